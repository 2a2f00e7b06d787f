/**
 * Words of the question that the thesaurus does not know are also searched in the corpus's other scripts:
 * "captagon" finds "الكبتاغون" and "कैप्टागन" when their consonant skeletons agree.
 */
import { matchTokens } from "../corpus/lexicon-match.ts";
import { scriptOf } from "../corpus/script.ts";
import { consonantSignature } from "../corpus/transliterate.ts";
import type { Script } from "../corpus/types.ts";
import type { Passage } from "./passages.ts";

/** Skeletons this short ("d", "kn", "kln") join unrelated words; names and loanwords are longer. */
const MIN_SIGNATURE = 4;
const MIN_WORD_LENGTH = 4;

/** The corpus's words by consonant skeleton, each with its script. */
export type SkeletonIndex = ReadonlyMap<string, ReadonlyMap<string, Script>>;

/**
 * Returns the index of the passages' normalised words by consonant skeleton.
 * @example skeletonIndex(passages).get("kbtgn") // Map { "كبتاغون" => "arabic" }
 */
export function skeletonIndex(passages: readonly Passage[]): SkeletonIndex {
  const index = new Map<string, Map<string, Script>>();
  const seen = new Set<string>();
  for (const passage of passages) {
    for (const token of matchTokens(passage.text)) {
      const word = token.norm;
      if (seen.has(word) || word.length < MIN_WORD_LENGTH) continue;
      seen.add(word);
      const signature = consonantSignature(word);
      if (signature.length < MIN_SIGNATURE) continue;
      const words = index.get(signature) ?? new Map<string, Script>();
      words.set(word, scriptOf(word));
      index.set(signature, words);
    }
  }
  return index;
}

/**
 * Returns the corpus words of other scripts that spell a question word, for words long enough to tell.
 * @example crossScriptSpellings("captagon", index) // ["كبتاغون", "कैप्टागन"]
 */
export function crossScriptSpellings(word: string, index: SkeletonIndex): string[] {
  if (word.length < MIN_WORD_LENGTH) return [];
  const signature = consonantSignature(word);
  if (signature.length < MIN_SIGNATURE) return [];
  const script = scriptOf(word);
  const found: string[] = [];
  for (const [other, otherScript] of index.get(signature) ?? []) {
    if (otherScript !== script && other !== word) found.push(other);
  }
  return found;
}
