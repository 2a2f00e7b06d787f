import { isBoilerplate, repeatsTitle } from "./boilerplate.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { detectLanguage } from "./language.ts";
import { markdownToText } from "./markdown.ts";
import { ownCopy, paragraphOf } from "./paragraph.ts";
import { splitParagraphs } from "./paragraphs.ts";
import { scriptOf } from "./script.ts";
import { splitSentences } from "./sentences.ts";
import type { Doc, LangCode, LoadWarning, Paragraph } from "./types.ts";

/** A file's decoded text and what is known about it before it is read as a document. */
export interface DocumentSource {
  id: string;
  path: string;
  text: string;
  bytes: number;
  hash: string;
  markdown: boolean;
}

const HAS_WORD = /[\p{L}\p{N}]/u;
/** An issuing body's line heading a release ("गृह मंत्रालय", "Ministero dell'Interno") has this many words at most. */
const ISSUER_WORDS = 3;
const HEADLINE_WORDS = 30;
const SENTENCE_END = /[.!?।؟]\s*$/u;

/**
 * Reads a decoded file as a document: front matter, title (front matter or first non-empty line), content
 * paragraphs without the title line, closing title repeat or newsletter calls, sentences, language, script.
 * Returns a warning instead when the front matter is broken or nothing is left.
 * @example parseDocument({ id: "a", path: "a.txt", text: "Rome\n\nThe G7 met.", bytes: 16, hash: "…", markdown: false })
 */
export function parseDocument(source: DocumentSource): Doc | LoadWarning {
  const split = splitFrontMatter(source.text);
  if (!split.ok) return { file: source.path, reason: "bad-front-matter", detail: split.detail };
  const { frontMatter } = split;
  const body = source.markdown ? markdownToText(split.body) : split.body;
  const lines = body.split(/\r\n?|\n/);
  const { firstIndex, issuerIndex } = titleLines(lines);
  const firstLine = lines[firstIndex]?.trim();
  const stated = frontMatter.title ?? firstLine;
  if (stated === undefined) return { file: source.path, reason: "empty" };
  // The first line is a piece of the whole file: kept as is, it would keep all of the file's text alive.
  const title = ownCopy(stated);
  const titleIsFirstLine = firstLine !== undefined && repeatsTitle(firstLine, title);
  const content = titleIsFirstLine
    ? lines.filter((_, index) => index !== firstIndex && index !== issuerIndex).join("\n")
    : body;
  const texts = contentParagraphs(content, title);
  const allText = [title, ...texts].join("\n");
  const lang: LangCode = frontMatter.lang ?? detectLanguage(allText);
  const paragraphs: Paragraph[] = texts.map((text, index) =>
    paragraphOf(index + 1, text, splitSentences(text, lang)),
  );
  return {
    id: source.id,
    path: source.path,
    title,
    lang,
    script: scriptOf(allText),
    ...(frontMatter.published === undefined ? {} : { published: frontMatter.published }),
    ...(frontMatter.source === undefined ? {} : { source: frontMatter.source }),
    paragraphs,
    hash: source.hash,
    bytes: source.bytes,
  };
}

/**
 * The index of the title line: the first line with words, unless it is only the issuing body (a line of at
 * most three words, as "गृह मंत्रालय" heads a PIB release) followed by a headline — a line of its own, not
 * ended like a sentence. The issuer's line is then left out of the content with the title.
 */
function titleLines(lines: readonly string[]): { firstIndex: number; issuerIndex?: number } {
  const first = lines.findIndex((line) => HAS_WORD.test(line));
  const words = (line: string | undefined): number => line?.trim().split(/\s+/u).filter(Boolean).length ?? 0;
  if (first < 0 || words(lines[first]) > ISSUER_WORDS || SENTENCE_END.test(lines[first] ?? ""))
    return { firstIndex: first };
  const next = lines.findIndex((line, at) => at > first && HAS_WORD.test(line));
  const after = lines[next + 1];
  const headline =
    next > first &&
    words(lines[next]) > ISSUER_WORDS &&
    words(lines[next]) <= HEADLINE_WORDS &&
    !SENTENCE_END.test(lines[next] ?? "") &&
    (after === undefined || !HAS_WORD.test(after));
  return headline ? { firstIndex: next, issuerIndex: first } : { firstIndex: first };
}

/** Paragraphs that are content: newsletter calls dropped anywhere, title repeats dropped from the end. */
function contentParagraphs(body: string, title: string): string[] {
  const paragraphs = splitParagraphs(body).filter((paragraph) => !isBoilerplate(paragraph));
  while (paragraphs.length > 0) {
    const last = paragraphs[paragraphs.length - 1];
    if (last === undefined || !repeatsTitle(last, title)) break;
    paragraphs.pop();
  }
  return paragraphs;
}
