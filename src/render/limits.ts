/** Slack Block Kit limits a message must stay within, or Slack rejects it. */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  fields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 2000,
  optionText: 75,
  optionValue: 150,
  buttonValue: 2000,
  blockId: 255,
  actionText: 75,
  /** Slack accepts far more in `text`, but a notification shows only the start. */
  fallbackText: 3000,
} as const;

const ELLIPSIS = "…";

/**
 * Returns text cut to at most `max` UTF-16 units, ending with "…" and the tail when cut; never splits a
 * surrogate pair. Slack counts characters, so counting code units is the safe side.
 * @example shorten("abcdef", 4) // "abc…"
 */
export function shorten(text: string, max: number, tail = ""): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - ELLIPSIS.length - tail.length);
  let cut = text.slice(0, room);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}${tail}`.slice(0, max);
}
