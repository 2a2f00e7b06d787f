import { memoised } from "../core/index.ts";
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
  return { ref, lang, script, lexicon, mentions: mentionsIn(ref.text, lexicon) };
}

/**
 * A document's sentences are looked up in the lexicon while its facts are read and again when its meeting
 * is named; a memo of the last few sentences per lexicon saves the second look-up, small so it pins little
 * text once a build is done. It forgets all at once when full (memoised): an LRU reorders on every hit, and
 * its get and set were 0.8 s of 38 s in a CPU profile of a build at 10,000 documents.
 */
const MENTION_MEMO_SIZE = 256;
const mentionMemos = new WeakMap<LexiconLookup, (text: string) => readonly LexiconMention[]>();

/**
 * Returns the lexicon mentions of a text, in text order, as `lexicon.mentions` does.
 * @example mentionsIn("Il vertice di Roma", lexicon)[0]?.entry.id // "rome"
 */
export function mentionsIn(text: string, lexicon: LexiconLookup): readonly LexiconMention[] {
  let memo = mentionMemos.get(lexicon);
  if (!memo) {
    memo = memoised(MENTION_MEMO_SIZE, (sentence) => lexicon.mentions(sentence));
    mentionMemos.set(lexicon, memo);
  }
  return memo(text);
}
