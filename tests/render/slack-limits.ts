import type { KnownBlock } from "@slack/types";
import { SLACK_LIMITS } from "../../src/render/limits.ts";

/** Checks every limit Slack enforces on a message; returns the violations found. */
export function limitViolations(blocks: KnownBlock[]): string[] {
  const problems: string[] = [];
  if (blocks.length > SLACK_LIMITS.blocks) problems.push(`${blocks.length} blocks`);
  for (const block of blocks) {
    if (block.type === "header" && block.text.text.length > SLACK_LIMITS.headerText) problems.push("header");
    if (block.type === "section") {
      if ((block.text?.text.length ?? 0) > SLACK_LIMITS.sectionText) problems.push("section text");
      if ((block.fields?.length ?? 0) > SLACK_LIMITS.fields) problems.push("field count");
      for (const field of block.fields ?? [])
        if (field.text.length > SLACK_LIMITS.fieldText) problems.push("field");
    }
    if (block.type === "context") {
      if (block.elements.length > SLACK_LIMITS.contextElements) problems.push("context count");
      for (const element of block.elements) {
        if ("text" in element && element.text.length > SLACK_LIMITS.contextText)
          problems.push("context text");
      }
    }
  }
  return problems;
}
