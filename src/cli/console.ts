import { createInterface } from "node:readline";
import type { Config, ReplyLang } from "../core/index.ts";
import { asReplyLang, fitHeapGrowth } from "../core/index.ts";
import { loadKnowledge, startLine } from "../knowledge/index.ts";
import { renderText, replyToLine } from "../render/index.ts";
import type { DigestStore } from "../store/index.ts";
import { openStore } from "../store/index.ts";
import { replyLocally } from "./local-reply.ts";
import { cliTranslator } from "./translator.ts";

/** What a console line asks for besides a command: a language or locale switch, or leaving. */
type ConsoleDirective =
  | { kind: "lang"; lang: ReplyLang | undefined }
  | { kind: "locale"; locale: string | undefined }
  | { kind: "quit" }
  | { kind: "command"; line: string };

const LANG_ONLY = /^lang:(\S+)$/u;
const LOCALE = /^:locale(?:\s+(\S+))?$/u;

/**
 * Returns what one console line asks for.
 * @example readConsoleLine("lang:fr") // { kind: "lang", lang: "fr" }
 * @example readConsoleLine(":locale sw-KE") // { kind: "locale", locale: "sw-KE" }
 */
export function readConsoleLine(line: string): ConsoleDirective {
  const trimmed = line.trim();
  if (trimmed === ":quit" || trimmed === ":q" || trimmed === ":exit") return { kind: "quit" };
  const lang = LANG_ONLY.exec(trimmed);
  if (lang) return { kind: "lang", lang: lang[1] === "auto" ? undefined : asReplyLang(lang[1]) };
  const locale = LOCALE.exec(trimmed);
  if (locale) return { kind: "locale", locale: locale[1] };
  return { kind: "command", line: trimmed };
}

/**
 * Runs the local console until end of input: each line is answered by the same code the Slack listeners use.
 * `lang:xx` alone pins the reply language (`lang:auto` unpins it), `:locale xx-YY` sets the Slack-like locale.
 */
export async function runConsole(config: Config, clock: () => Date): Promise<void> {
  const began = performance.now();
  const knowledge = await loadKnowledge(config, clock);
  fitHeapGrowth();
  // The same start line as the Slack modes, on stderr so the answers alone go to stdout.
  process.stderr.write(
    `[INFO] briefbot ${startLine("console", undefined, knowledge, performance.now() - began)}\n`,
  );
  const { defaultLang } = config;
  let forceLang: ReplyLang | undefined;
  let locale: string | undefined;
  let store: Promise<DigestStore> | undefined;
  const digestStore = (): Promise<DigestStore> => {
    store ??= openStore(config.store);
    return store;
  };
  const translator = await cliTranslator(config, digestStore, clock);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const prompt = (): void => {
    if (process.stdin.isTTY) rl.prompt();
  };
  process.stdout.write(
    `${renderText(replyToLine("help", { knowledge, now: clock(), defaultLang, locale, forceLang }).message)}\n`,
  );
  prompt();
  for await (const line of rl) {
    const directive = readConsoleLine(line);
    if (directive.kind === "quit") break;
    if (directive.kind === "lang") forceLang = directive.lang;
    else if (directive.kind === "locale") locale = directive.locale;
    else if (directive.line !== "") {
      const message = await replyLocally(directive.line, {
        knowledge,
        now: clock(),
        defaultLang,
        locale,
        forceLang,
        store: digestStore,
        ...(translator ? { translator } : {}),
      });
      process.stdout.write(`${renderText(message)}\n\n`);
    }
    prompt();
  }
  rl.close();
  if (store) await (await store).close();
}
