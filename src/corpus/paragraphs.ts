/** Line endings that close a paragraph: a line ending this way is never joined to the next one. */
const LINE_END = /[.!?؟؛۔।॥:;…"”’»)\]]$/u;
const LIST_ITEM = /^(?:[-*•·–]|\d{1,3}[.)])\s/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
const LOWERCASE_START = /^\p{Ll}/u;
/** Lines at least this long without closing punctuation read as hard-wrapped prose; shorter ones as headings. */
const WRAPPED_LINE = 50;

/**
 * Returns the body's paragraphs: blank-line blocks, single lines that read as their own paragraph split
 * apart, hard-wrapped lines joined, consecutive duplicate lines and punctuation-only lines dropped.
 * @example splitParagraphs("Title\n\nOne line\nwrapped.\n\n/\n\nTwo.") // ["Title", "One line wrapped.", "Two."]
 */
export function splitParagraphs(body: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let lastLine = "";
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join(" "));
    current = [];
  };
  for (const raw of body.split(/\r\n?|\n|\u2028|\u2029/u)) {
    const line = raw.replace(/[\s\u200B\uFEFF]+/gu, " ").trim();
    if (line === "") {
      flush();
      continue;
    }
    if (!HAS_WORD.test(line) || line === lastLine) continue;
    lastLine = line;
    const previous = current[current.length - 1];
    if (previous !== undefined && !continues(previous, line)) flush();
    current.push(line);
  }
  flush();
  return paragraphs;
}

function continues(previous: string, next: string): boolean {
  if (LINE_END.test(previous) || LIST_ITEM.test(next)) return false;
  return LOWERCASE_START.test(next) || previous.length >= WRAPPED_LINE;
}
