import { SUPPORTED_LANGS } from "../../src/core/i18n/index.ts";
import type { SlackMessage } from "../../src/core/types.ts";
import { SLACK_LIMITS } from "../../src/render/limits.ts";
import { limitViolations } from "../render/slack-limits.ts";

/** Slack's limits that src/render/limits.ts does not name, from the Block Kit reference. */
const MORE_LIMITS = {
  actionsElements: 25,
  actionId: 255,
  selectOptions: 100,
  placeholderText: 150,
  buttonUrl: 3000,
} as const;

const BLOCK_TYPES = new Set(["header", "section", "context", "actions", "divider", "image", "rich_text"]);
const TEXT_TYPES = new Set(["plain_text", "mrkdwn"]);
/** A UTF-16 unit of a surrogate pair standing alone: with the u flag a whole pair is one code point and never matches. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/** Slack markup that pings or links: <!channel>, <!here>, <!everyone>, <!subteam^…>, <@U…>, <#C…>. */
const MENTION_MARKUP = /<[!@#]/u;
/** The bare words Slack turns into @-mentions of a whole channel. */
const BARE_MENTION = /@(?:channel|here|everyone)\b/iu;

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function lengthProblem(what: string, text: Json, max: number, min = 1): string[] {
  if (typeof text !== "string") return [`${what}: not a string`];
  if (text.length < min) return [`${what}: empty`];
  return text.length > max ? [`${what}: ${text.length} > ${max}`] : [];
}

function textObjectProblems(what: string, object: Json, max: number, only?: "plain_text"): string[] {
  if (!isRecord(object)) return [`${what}: not a text object`];
  const type = object.type;
  if (typeof type !== "string" || !TEXT_TYPES.has(type)) return [`${what}: text type ${String(type)}`];
  if (only && type !== only) return [`${what}: ${type} where only ${only} is allowed`];
  return lengthProblem(what, object.text, max);
}

function elementProblems(what: string, element: Json): string[] {
  if (!isRecord(element)) return [`${what}: not an object`];
  const problems = lengthProblem(`${what} action_id`, element.action_id, MORE_LIMITS.actionId);
  if (element.type === "button") {
    problems.push(...textObjectProblems(`${what} text`, element.text, SLACK_LIMITS.actionText, "plain_text"));
    if (element.value !== undefined)
      problems.push(...lengthProblem(`${what} value`, element.value, SLACK_LIMITS.buttonValue));
    if (element.url !== undefined)
      problems.push(...lengthProblem(`${what} url`, element.url, MORE_LIMITS.buttonUrl));
    return problems;
  }
  if (element.type === "static_select") {
    problems.push(
      ...textObjectProblems(
        `${what} placeholder`,
        element.placeholder,
        MORE_LIMITS.placeholderText,
        "plain_text",
      ),
    );
    const options = element.options;
    if (!Array.isArray(options) || options.length === 0) return [...problems, `${what}: no options`];
    if (options.length > MORE_LIMITS.selectOptions) problems.push(`${what}: ${options.length} options`);
    const values = new Set<Json>();
    options.forEach((option: Json, at) => {
      if (!isRecord(option)) {
        problems.push(`${what} option ${at}: not an object`);
        return;
      }
      problems.push(
        ...textObjectProblems(
          `${what} option ${at} text`,
          option.text,
          SLACK_LIMITS.optionText,
          "plain_text",
        ),
        ...lengthProblem(`${what} option ${at} value`, option.value, SLACK_LIMITS.optionValue),
      );
      if (values.has(option.value)) problems.push(`${what} option ${at}: duplicate value`);
      values.add(option.value);
    });
    return problems;
  }
  return [...problems, `${what}: element type ${String(element.type)} not checked`];
}

function blockProblems(block: Json, at: number): string[] {
  const what = `block ${at}`;
  if (!isRecord(block)) return [`${what}: not an object`];
  const type = block.type;
  if (typeof type !== "string" || !BLOCK_TYPES.has(type)) return [`${what}: type ${String(type)}`];
  const problems =
    block.block_id === undefined
      ? []
      : lengthProblem(`${what} block_id`, block.block_id, SLACK_LIMITS.blockId);
  switch (type) {
    case "header":
      problems.push(
        ...textObjectProblems(`${what} header`, block.text, SLACK_LIMITS.headerText, "plain_text"),
      );
      break;
    case "section": {
      if (block.text === undefined && block.fields === undefined)
        problems.push(`${what}: neither text nor fields`);
      if (block.text !== undefined)
        problems.push(...textObjectProblems(`${what} text`, block.text, SLACK_LIMITS.sectionText));
      if (block.fields !== undefined) {
        const fields = Array.isArray(block.fields) ? block.fields : [];
        if (fields.length === 0 || fields.length > SLACK_LIMITS.fields)
          problems.push(`${what}: ${fields.length} fields`);
        for (const [index, field] of fields.entries())
          problems.push(...textObjectProblems(`${what} field ${index}`, field, SLACK_LIMITS.fieldText));
      }
      if (block.accessory !== undefined)
        problems.push(...elementProblems(`${what} accessory`, block.accessory));
      break;
    }
    case "context": {
      const elements = Array.isArray(block.elements) ? block.elements : [];
      if (elements.length === 0 || elements.length > SLACK_LIMITS.contextElements)
        problems.push(`${what}: ${elements.length} context elements`);
      for (const [index, element] of elements.entries())
        problems.push(...textObjectProblems(`${what} element ${index}`, element, SLACK_LIMITS.contextText));
      break;
    }
    case "actions": {
      const elements = Array.isArray(block.elements) ? block.elements : [];
      if (elements.length === 0 || elements.length > MORE_LIMITS.actionsElements)
        problems.push(`${what}: ${elements.length} action elements`);
      for (const [index, element] of elements.entries())
        problems.push(...elementProblems(`${what} element ${index}`, element));
      break;
    }
  }
  return problems;
}

/** Returns every string in a JSON value with the key it sits under. */
function stringsOf(value: Json, key = ""): { key: string; text: string }[] {
  if (typeof value === "string") return [{ key, text: value }];
  if (Array.isArray(value)) return value.flatMap((item) => stringsOf(item, key));
  if (isRecord(value)) return Object.entries(value).flatMap(([name, item]) => stringsOf(item, name));
  return [];
}

/**
 * Returns every way a message breaks Slack's Block Kit rules, checked block by block and element by element,
 * plus strings that are not well-formed Unicode (Slack cannot store a lone surrogate). Empty when valid.
 */
export function payloadProblems(message: SlackMessage): string[] {
  const problems = [...limitViolations(message.blocks)];
  if (!Array.isArray(message.blocks) || message.blocks.length === 0) problems.push("no blocks");
  for (const [at, block] of message.blocks.entries()) problems.push(...blockProblems(block, at));
  problems.push(...lengthProblem("fallback text", message.text, SLACK_LIMITS.fallbackText));
  for (const { key, text } of stringsOf(message)) {
    if (LONE_SURROGATE.test(text))
      problems.push(`lone surrogate in ${key}: ${JSON.stringify(text.slice(0, 80))}`);
  }
  const roundTrip: unknown = JSON.parse(JSON.stringify(message));
  if (JSON.stringify(roundTrip) !== JSON.stringify(message)) problems.push("not plain JSON");
  return problems;
}

/**
 * Returns the text a reader sees (fallback and every text object) that could ping or link: Slack mention
 * markup or a bare @channel/@here/@everyone. Button and option values are opaque data Slack never renders,
 * so they are not read.
 */
export function echoedMentions(message: SlackMessage): string[] {
  const shown = [
    message.text,
    ...stringsOf(message.blocks)
      .filter(({ key }) => key === "text")
      .map(({ text }) => text),
  ];
  return shown.filter((text) => MENTION_MARKUP.test(text) || BARE_MENTION.test(text));
}

/** Returns what is wrong with a reply's metadata, given the command asked and the corpus's document ids. */
export function metadataProblems(
  message: SlackMessage,
  expected: { lang: string; command: string; docIds: ReadonlySet<string> },
): string[] {
  const problems: string[] = [];
  const { metadata } = message;
  if (metadata.event_type !== "briefbot_reply") problems.push(`event_type ${metadata.event_type}`);
  const payload = metadata.event_payload;
  if (!SUPPORTED_LANGS.includes(payload.lang)) problems.push(`metadata lang ${payload.lang}`);
  if (payload.lang !== expected.lang) problems.push(`metadata lang ${payload.lang} ≠ reply ${expected.lang}`);
  if (payload.command !== expected.command) problems.push(`metadata command ${payload.command}`);
  const unknown = payload.sources.filter((id) => !expected.docIds.has(id));
  if (unknown.length > 0) problems.push(`unknown sources ${unknown.join(", ")}`);
  if (new Set(payload.sources).size !== payload.sources.length) problems.push("duplicate sources");
  return problems;
}
