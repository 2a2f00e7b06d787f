import type { Script } from "./types.ts";

const SCRIPT_PATTERNS: ReadonlyArray<readonly [Exclude<Script, "other">, RegExp]> = [
  ["latin", /\p{Script=Latin}/u],
  ["arabic", /\p{Script=Arabic}/u],
  ["devanagari", /\p{Script=Devanagari}/u],
  ["cyrillic", /\p{Script=Cyrillic}/u],
  ["han", /\p{Script=Han}/u],
];
const LETTER = /\p{L}/u;

/**
 * Returns the script most of the text's letters are written in ("other" when no letter belongs to a known one).
 * @example scriptOf("G7 इटली 2024 की पहली बैठक") // "devanagari"
 */
export function scriptOf(text: string): Script {
  const counts = new Map<Script, number>();
  for (const char of text) {
    if (!LETTER.test(char)) continue;
    const script = SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(char))?.[0] ?? "other";
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: Script = "other";
  let bestCount = 0;
  for (const [script, count] of counts) {
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  return best;
}
