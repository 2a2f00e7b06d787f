const HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/gm;
const BLOCKQUOTE = /^[ \t]{0,3}>[ \t]?/gm;
const IMAGE = /!\[([^\]]*)\]\([^)]*\)/g;
const LINK = /\[([^\]]+)\]\([^)]*\)/g;
const EMPHASIS = /(^|[\s(])(\*\*|__|\*|_|~~|`)(\S(?:.*?\S)?)\2(?=$|[\s).,;:!?،؟।])/gm;
const RULE = /^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm;
const FENCE = /^[ \t]{0,3}(?:```|~~~).*$/gm;
const HTML_TAG = /<\/?[a-z][^>]*>/gi;

/**
 * Returns Markdown as plain text: heading marks, quotes, emphasis, rules and fences dropped, links and images
 * reduced to their text, so titles and sentences read as written.
 * @example markdownToText("# Rome meeting\n\n**G7** [news](https://x.org)") // "Rome meeting\n\nG7 news"
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(FENCE, "")
    .replace(RULE, "")
    .replace(HEADING, "$1")
    .replace(BLOCKQUOTE, "")
    .replace(IMAGE, "$1")
    .replace(LINK, "$1")
    .replace(HTML_TAG, "")
    .replace(EMPHASIS, "$1$3");
}
