import { createHash } from "node:crypto";
import { join } from "node:path";
import { parseDocument } from "../../src/corpus/document.ts";
import { createLexiconLookup, loadLexiconFiles } from "../../src/corpus/lexicon.ts";
import type { LexiconLookup } from "../../src/corpus/lexicon-types.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import type { Corpus, Doc } from "../../src/corpus/types.ts";
import type { ReportedMeeting } from "../../src/extract/meetings.ts";
import { mergedMeetings, reportSummary } from "../../src/extract/merge.ts";
import { type SentenceContext, sentenceContext } from "../../src/extract/sentence-context.ts";
import type { Meeting } from "../../src/extract/types.ts";

const SEEDS = join(import.meta.dirname, "..", "..", "seeds");

let lexicon: LexiconLookup | undefined;
let corpus: Promise<Corpus> | undefined;

/** The shipped lexicon, loaded once per test file. */
export function shippedLexicon(): LexiconLookup {
  lexicon ??= createLexiconLookup(loadLexiconFiles([]));
  return lexicon;
}

/** The seed documents read by the real loader, once per test file. */
export function seedCorpus(): Promise<Corpus> {
  corpus ??= loadCorpus(SEEDS);
  return corpus;
}

/** A document read by the real parser from text written in a test. */
export function docFromText(id: string, text: string): Doc {
  const bytes = Buffer.byteLength(text);
  const hash = createHash("sha256").update(text).digest("hex");
  const parsed = parseDocument({ id, path: `${id}.txt`, text, bytes, hash, markdown: false });
  if ("reason" in parsed) throw new Error(`test document ${id} did not parse: ${parsed.reason}`);
  return parsed;
}

/** One sentence of a given language and script as the extractors see it, with the shipped lexicon. */
export function sentence(text: string, lang = "en", script: Doc["script"] = "latin"): SentenceContext {
  return sentenceContext({ docId: "t", paragraph: 1, sentence: 1, text }, lang, script, shippedLexicon());
}

/** The meetings merged from these reports, all at once (the bot merges them one at a time). */
export function mergeMeetings(reports: readonly ReportedMeeting[], lexicon: LexiconLookup): Meeting[] {
  return [
    ...mergedMeetings(
      reports.map(reportSummary),
      (position) => reports[position] as ReportedMeeting,
      lexicon,
    ),
  ];
}
