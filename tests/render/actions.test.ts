import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SUPPORTED_LANGS } from "../../src/core/i18n/index.ts";
import type { CommandName } from "../../src/core/types.ts";
import {
  actionsBlock,
  decodeReplyState,
  encodeReplyState,
  LANG_ACTION,
  SHARE_ACTION,
} from "../../src/render/actions.ts";
import { SLACK_LIMITS } from "../../src/render/limits.ts";

const COMMANDS: CommandName[] = ["brief", "meeting", "digest", "help"];
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("reply state in buttons", () => {
  it("round-trips command, language and a query containing the separator", () => {
    const state = { command: "meeting" as const, lang: "sw" as const, query: "rome|lyon lang:xx" };
    expect(decodeReplyState(encodeReplyState(state))).toEqual(state);
  });

  it("stays within the limit for any query and decodes to a prefix of it", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 400 }),
        fc.constantFrom(...COMMANDS),
        fc.constantFrom(...SUPPORTED_LANGS),
        fc.integer({ min: 10, max: 300 }),
        (query, command, lang, max) => {
          const encoded = encodeReplyState({ command, lang, query }, max);
          expect(encoded.length).toBeLessThanOrEqual(max);
          const decoded = decodeReplyState(encoded);
          expect(decoded?.command).toBe(command);
          expect(decoded?.lang).toBe(lang);
          expect(query.startsWith(decoded?.query ?? "\u0000")).toBe(true);
          expect(decoded?.query ?? "").not.toMatch(LONE_SURROGATE);
        },
      ),
    );
  });

  it("refuses values it did not make", () => {
    expect(decodeReplyState("hello")).toBeUndefined();
    expect(decodeReplyState("1|de|b|x")).toBeUndefined();
    expect(decodeReplyState("1|en|z|x")).toBeUndefined();
  });

  it("offers a share button and the other five languages, each named in its own language", () => {
    const long = "ف".repeat(3000);
    const block = actionsBlock({ command: "brief", lang: "ar", query: long });
    const [button, select] = block.elements;
    expect(button?.type === "button" && button.action_id).toBe(SHARE_ACTION);
    expect(button?.type === "button" && (button.value ?? "").length).toBeLessThanOrEqual(
      SLACK_LIMITS.buttonValue,
    );
    if (select?.type !== "static_select") throw new Error("expected a static select");
    expect(select.action_id).toBe(LANG_ACTION);
    const options = select.options ?? [];
    expect(options.map((option) => option.text.text)).toEqual([
      "English",
      "Kiswahili",
      "हिन्दी",
      "Italiano",
      "Français",
    ]);
    for (const option of options)
      expect((option.value ?? "").length).toBeLessThanOrEqual(SLACK_LIMITS.optionValue);
    expect(options.map((option) => decodeReplyState(option.value ?? "")?.lang)).toEqual([
      "en",
      "sw",
      "hi",
      "it",
      "fr",
    ]);
  });
});
