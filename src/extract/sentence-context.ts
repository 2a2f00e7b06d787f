import type { LangCode, LexiconLookup, LexiconMention, Script } from "../corpus/index.ts";
import type { SourceRef } from "./types.ts";

/** One sentence being read for facts, with what is known about it once, shared by every extractor. */
export interface SentenceContext {
  ref: SourceRef;
  lang: LangCode;
  script: Script;
  lexicon: LexiconLookup;
  /** Lexicon mentions in `ref.text`, in text order. */
  mentions: readonly LexiconMention[];
}

/**
 * Returns the sentence context of a SourceRef, finding its lexicon mentions once.
 * @example sentenceContext(ref, "it", "latin", lexicon).mentions[0]?.entry.id // "rome"
 */
export function sentenceContext(
  ref: SourceRef,
  lang: LangCode,
  script: Script,
  lexicon: LexiconLookup,
): SentenceContext {
  return { ref, lang, script, lexicon, mentions: lexicon.mentions(ref.text) };
}
