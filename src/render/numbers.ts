import type { ReplyLang } from "../core/index.ts";

/** Formats by language and kind: making one costs more than a reply's other formatting together. */
const formats = new Map<string, Intl.NumberFormat>();
/** From a million up, numbers are written in words the way the sources write them ("85 million"). */
const COMPACT_FROM = 1e6;

/**
 * Returns a number written with the reply language's grouping and decimal marks, in Western digits as the
 * dates are, and large numbers in the language's words (Hindi counts in lakh and crore).
 * @example formatNumber(11700, "fr") // "11 700"
 * @example formatNumber(85000000, "it") // "85 milioni"
 */
export function formatNumber(value: number, lang: ReplyLang): string {
  const compact = Math.abs(value) >= COMPACT_FROM;
  return formatOf(lang, compact ? "compact" : "plain").format(value);
}

/**
 * Returns a percentage the way the reply language writes it, in Western digits.
 * @example formatPercent(38, "fr") // "38 %"
 */
export function formatPercent(value: number, lang: ReplyLang): string {
  return formatOf(lang, "percent").format(value / 100);
}

type FormatKind = "plain" | "compact" | "percent";

const OPTIONS: Record<FormatKind, Intl.NumberFormatOptions> = {
  plain: {},
  compact: { notation: "compact", compactDisplay: "long" },
  percent: { style: "percent" },
};

function formatOf(lang: ReplyLang, kind: FormatKind): Intl.NumberFormat {
  const key = `${lang}:${kind}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === "hi" ? "hi-IN" : lang, {
      numberingSystem: "latn",
      maximumFractionDigits: 2,
      ...OPTIONS[kind],
    });
    formats.set(key, format);
  }
  return format;
}
