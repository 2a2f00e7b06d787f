import { normaliseToken } from "../corpus/index.ts";
import { asciiDigits } from "./numerals.ts";

/** One token of a text read for dates; offsets index the original text. */
export interface DateToken {
  kind: "num" | "word" | "punct";
  /** As written, with digits of any supported script turned into ASCII digits. */
  text: string;
  /** Normalised key for words (see `normaliseToken`); the text itself for numbers and punctuation. */
  key: string;
  start: number;
  end: number;
  /** Whether whitespace separates this token from the one before it. */
  spaced: boolean;
}

const TOKEN = /(\d+)|([\p{L}\p{M}\u200C\u200D]+)|(\S)/gu;

/**
 * Splits text into numbers, words and single punctuation marks, keeping offsets into the original text
 * (digit folding keeps lengths, so they line up).
 * @example dateTokens("يومي 7 و2 أكتوبر").map((t) => t.text) // ["يومي", "7", "و", "2", "أكتوبر"]
 */
export function dateTokens(text: string): DateToken[] {
  const folded = asciiDigits(text);
  const tokens: DateToken[] = [];
  let previousEnd = 0;
  for (const match of folded.matchAll(TOKEN)) {
    const written = match[0];
    const start = match.index;
    const kind = match[1] !== undefined ? "num" : match[2] !== undefined ? "word" : "punct";
    tokens.push({
      kind,
      text: written,
      key: kind === "word" ? normaliseToken(written) : written,
      start,
      end: start + written.length,
      spaced: start > previousEnd || tokens.length === 0,
    });
    previousEnd = start + written.length;
  }
  return tokens;
}
