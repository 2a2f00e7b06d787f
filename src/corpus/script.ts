import type { Script } from "./types.ts";

type KnownScript = Exclude<Script, "other">;

/** Scripts in the order of their code in the lookup table (code 0: not in these ranges). */
const SCRIPTS: readonly KnownScript[] = ["latin", "arabic", "devanagari", "cyrillic", "han"];

/**
 * The letters (\p{L}) of each script beyond ASCII in the Basic Multilingual Plane, as inclusive code-point
 * ranges (Unicode 17). A code point outside them (astral, punctuation, a combining mark, a letter of another
 * script) is classified once by the Unicode properties themselves and remembered; the ranges only spare
 * the common letters that look-up.
 */
const LETTER_RANGES: Readonly<Record<KnownScript, ReadonlyArray<readonly [number, number]>>> = {
  latin: [
    [0x00aa, 0x00aa],
    [0x00ba, 0x00ba],
    [0x00c0, 0x00d6],
    [0x00d8, 0x00f6],
    [0x00f8, 0x02b8],
    [0x02e0, 0x02e4],
    [0x1d00, 0x1d25],
    [0x1d2c, 0x1d5c],
    [0x1d62, 0x1d65],
    [0x1d6b, 0x1d77],
    [0x1d79, 0x1dbe],
    [0x1e00, 0x1eff],
    [0x2071, 0x2071],
    [0x207f, 0x207f],
    [0x2090, 0x209c],
    [0x212a, 0x212b],
    [0x2132, 0x2132],
    [0x214e, 0x214e],
    [0x2183, 0x2184],
    [0x2c60, 0x2c7f],
    [0xa722, 0xa787],
    [0xa78b, 0xa7dc],
    [0xa7f1, 0xa7ff],
    [0xab30, 0xab5a],
    [0xab5c, 0xab64],
    [0xab66, 0xab69],
    [0xfb00, 0xfb06],
    [0xff21, 0xff3a],
    [0xff41, 0xff5a],
  ],
  arabic: [
    [0x0620, 0x063f],
    [0x0641, 0x064a],
    [0x066e, 0x066f],
    [0x0671, 0x06d3],
    [0x06d5, 0x06d5],
    [0x06e5, 0x06e6],
    [0x06ee, 0x06ef],
    [0x06fa, 0x06fc],
    [0x06ff, 0x06ff],
    [0x0750, 0x077f],
    [0x0870, 0x0887],
    [0x0889, 0x088f],
    [0x08a0, 0x08c9],
    [0xfb50, 0xfbb1],
    [0xfbd3, 0xfd3d],
    [0xfd50, 0xfd8f],
    [0xfd92, 0xfdc7],
    [0xfdf0, 0xfdfb],
    [0xfe70, 0xfe74],
    [0xfe76, 0xfefc],
  ],
  devanagari: [
    [0x0904, 0x0939],
    [0x093d, 0x093d],
    [0x0950, 0x0950],
    [0x0958, 0x0961],
    [0x0971, 0x097f],
    [0xa8f2, 0xa8f7],
    [0xa8fb, 0xa8fb],
    [0xa8fd, 0xa8fe],
  ],
  cyrillic: [
    [0x0400, 0x0481],
    [0x048a, 0x052f],
    [0x1c80, 0x1c8a],
    [0x1d2b, 0x1d2b],
    [0x1d78, 0x1d78],
    [0xa640, 0xa66e],
    [0xa67f, 0xa69d],
  ],
  han: [
    [0x3005, 0x3005],
    [0x303b, 0x303b],
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfa6d],
    [0xfa70, 0xfad9],
  ],
};

/** Code of a letter of none of the known scripts, and of a code point that is not a letter. */
const OTHER = SCRIPTS.length + 1;
const NOT_LETTER = OTHER + 1;
/** Not yet classified: a code point outside the ranges, looked up by property once and then remembered. */
const UNKNOWN = 0;

/**
 * Script code (index in SCRIPTS + 1, OTHER or NOT_LETTER) of each BMP code point: the ranges filled at once,
 * every other code point once it has been met.
 */
const BMP_SCRIPT = new Uint8Array(0x10000);
SCRIPTS.forEach((script, at) => {
  for (const [from, to] of LETTER_RANGES[script]) BMP_SCRIPT.fill(at + 1, from, to + 1);
});

const SCRIPT_PATTERNS: readonly RegExp[] = [
  /\p{Script=Latin}/u,
  /\p{Script=Arabic}/u,
  /\p{Script=Devanagari}/u,
  /\p{Script=Cyrillic}/u,
  /\p{Script=Han}/u,
];
const LETTER = /\p{L}/u;

/** Returns the script code of a code point from its Unicode properties. */
function scriptCodeByProperty(point: number): number {
  const char = String.fromCodePoint(point);
  if (!LETTER.test(char)) return NOT_LETTER;
  const at = SCRIPT_PATTERNS.findIndex((pattern) => pattern.test(char));
  return at < 0 ? OTHER : at + 1;
}

/** Returns the script code of the code point starting at `at` (a lone surrogate is not a letter). */
function scriptCodeAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 1 : NOT_LETTER;
  if (code >= 0xd800 && code <= 0xdfff) return scriptCodeByProperty(text.codePointAt(at) ?? code);
  let known = BMP_SCRIPT[code] ?? UNKNOWN;
  if (known === UNKNOWN) {
    known = scriptCodeByProperty(code);
    BMP_SCRIPT[code] = known;
  }
  return known;
}

/**
 * Returns the script most of the text's letters are written in ("other" when no letter belongs to a known one;
 * on a tie, the script met first). One pass over the UTF-16 code units; only letters outside the common
 * ranges are looked up by Unicode property.
 * @example scriptOf("G7 इटली 2024 की पहली बैठक") // "devanagari"
 */
export function scriptOf(text: string): Script {
  const counts = new Uint32Array(NOT_LETTER);
  const firstSeen = new Uint32Array(NOT_LETTER);
  let seenSoFar = 0;
  for (let at = 0; at < text.length; at++) {
    const code = scriptCodeAt(text, at);
    if (code !== NOT_LETTER) {
      if (counts[code] === 0) firstSeen[code] = ++seenSoFar;
      counts[code] = (counts[code] ?? 0) + 1;
    }
    // A surrogate pair is one letter: skip its second half.
    const unit = text.charCodeAt(at);
    if (unit >= 0xd800 && unit <= 0xdbff && (text.codePointAt(at) ?? 0) > 0xffff) at++;
  }
  let best = 0;
  for (let code = 1; code <= OTHER; code++) {
    const count = counts[code] ?? 0;
    const bestCount = counts[best] ?? 0;
    if (
      count > bestCount ||
      (count > 0 && count === bestCount && (firstSeen[code] ?? 0) < (firstSeen[best] ?? 0))
    )
      best = code;
  }
  return SCRIPTS[best - 1] ?? "other";
}
