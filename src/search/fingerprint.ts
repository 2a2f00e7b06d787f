/**
 * Digests that tell whether a saved index still fits the corpus and lexicon it is loaded with.
 */
import { createHash } from "node:crypto";
import type { Corpus, LexiconLookup } from "../corpus/index.ts";

/**
 * Returns a digest of the corpus's documents (ids, content hashes, paragraph counts) that changes whenever a
 * saved index would no longer match it.
 */
export function corpusFingerprint(corpus: Corpus): string {
  const hash = createHash("sha256");
  for (const doc of corpus.docs)
    hash.update(`${doc.id}\u0000${doc.hash}\u0000${doc.paragraphs.length}\u0000`);
  return hash.digest("hex");
}

/** Returns a digest of the lexicon's entries: entity ids in the index depend on every spelling. */
export function lexiconFingerprint(lexicon: LexiconLookup): string {
  return createHash("sha256").update(JSON.stringify(lexicon.entries)).digest("hex");
}
