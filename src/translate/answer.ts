import {
  type Answer,
  type DigestAnswer,
  digestForeignTexts,
  digestWithTranslations,
  type ForeignText,
  foreignTexts,
  type TranslationLookup,
  withTranslations,
} from "../answer/index.ts";
import type { ReplyLang } from "../core/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import type { TranslatedSegment, Translator } from "./types.ts";

/** Where translations come from: the server (stored ones first), or the store alone. */
export type TranslationSource = "server" | "stored";

/** An answer with its foreign texts translated as far as they could be. */
export interface TranslatedAnswer<T> {
  answer: T;
  /** The answer shows text from documents in another language (so it has something to translate). */
  foreign: boolean;
  /** Some foreign text is still shown as written: a server call may still translate it. */
  pending: boolean;
}

/** Translates the texts, one request group per source language, and returns a lookup over the results. */
async function lookupFor(
  texts: readonly ForeignText[],
  target: ReplyLang,
  translator: Translator,
  source: TranslationSource,
): Promise<{ lookup: TranslationLookup; pending: boolean }> {
  const byLang = new Map<string, string[]>();
  for (const { text, lang } of texts) byLang.set(lang, [...(byLang.get(lang) ?? []), text]);
  const table = new Map<string, TranslatedSegment>();
  await Promise.all(
    [...byLang].map(async ([from, group]) => {
      const done =
        source === "server"
          ? await translator.translate(group, from, target)
          : await translator.stored(group, from, target);
      for (const [i, segment] of done.entries()) table.set(`${from}\u0000${group[i]}`, segment);
    }),
  );
  const pending = [...table.values()].some((segment) => !segment.machine);
  const lookup: TranslationLookup = (text, from) => {
    const segment = table.get(`${from}\u0000${text}`);
    return segment?.machine ? segment.text : undefined;
  };
  return { lookup, pending };
}

/**
 * Returns the answer with the quotes, decisions, summary sentences and titles that come from documents in
 * another language than `lang` machine-translated and marked; the answer as it is when there are none.
 */
export async function translateAnswer(
  answer: Answer,
  lang: ReplyLang,
  knowledge: Knowledge,
  translator: Translator,
  source: TranslationSource = "server",
): Promise<TranslatedAnswer<Answer>> {
  const texts = foreignTexts(answer, lang, knowledge);
  if (texts.length === 0) return { answer, foreign: false, pending: false };
  const { lookup, pending } = await lookupFor(texts, lang, translator, source);
  return { answer: withTranslations(answer, lang, knowledge, lookup), foreign: true, pending };
}

/** Returns the digest with its foreign texts machine-translated into the channel's language and marked. */
export async function translateDigest(
  answer: DigestAnswer,
  knowledge: Knowledge,
  translator: Translator,
): Promise<DigestAnswer> {
  const texts = digestForeignTexts(answer, knowledge);
  if (texts.length === 0) return answer;
  const { lookup } = await lookupFor(texts, answer.lang, translator, "server");
  return digestWithTranslations(answer, knowledge, lookup);
}
