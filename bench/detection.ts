/**
 * Script and language detection throughput over a generated corpus (`--size`, default 10000, generated when
 * missing): scriptOf and detectLanguage on each document's whole text, and parseDocument (which calls both),
 * in MB of UTF-16 text per second, best of `--runs` passes. Prints one JSON line.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseDocument } from "../src/corpus/document.ts";
import { detectLanguage } from "../src/corpus/language.ts";
import { scriptOf } from "../src/corpus/script.ts";
import { ensureCorpus } from "./generate.ts";
import { round } from "./stats.ts";

const { values } = parseArgs({
  options: { size: { type: "string", default: "10000" }, runs: { type: "string", default: "3" } },
});
const { docsDir } = ensureCorpus(Number(values.size));
const texts = readdirSync(docsDir)
  .sort()
  .map((name) => readFileSync(join(docsDir, name), "utf8"));
const megabytes = texts.reduce((sum, text) => sum + text.length * 2, 0) / 1024 / 1024;

/** Returns the best MB/s of `runs` passes of `fn` over every text. */
function throughput(fn: (text: string, at: number) => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < Number(values.runs); run++) {
    const start = performance.now();
    for (let at = 0; at < texts.length; at++) fn(texts[at] ?? "", at);
    best = Math.min(best, performance.now() - start);
  }
  return round(megabytes / (best / 1000), 1);
}

const languages = new Map<string, number>();
for (const text of texts) {
  const lang = detectLanguage(text);
  languages.set(lang, (languages.get(lang) ?? 0) + 1);
}
const figures = {
  docs: texts.length,
  textMb: round(megabytes, 1),
  scriptOfMbPerS: throughput((text) => scriptOf(text)),
  detectLanguageMbPerS: throughput((text) => detectLanguage(text)),
  parseDocumentMbPerS: throughput((text, at) =>
    parseDocument({ id: String(at), path: `${at}.txt`, text, bytes: text.length, hash: "", markdown: false }),
  ),
  languages: Object.fromEntries([...languages].sort()),
};
process.stdout.write(`${JSON.stringify(figures)}\n`);
