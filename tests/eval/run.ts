/**
 * `npm run eval`: scores extraction and answers on the hand-written test corpora and prints the tables —
 * precision and recall per field and language, then the questions answered right, and each miss.
 */
import { FIXTURE_CORPORA, readFixtureCorpus } from "./fixture.ts";
import { type CorpusScore, FIELDS, scoreCorpus, type Tally } from "./score.ts";

const LANGS = ["all", "en", "fr", "it", "ar", "sw", "hi"] as const;

function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${Math.round((100 * part) / whole)}`;
}

function cell(tally: Tally | undefined): string {
  if (!tally) return "–";
  return `${percent(tally.tp, tally.tp + tally.fp)}/${percent(tally.tp, tally.tp + tally.fn)}`;
}

function printScore(score: CorpusScore, verbose: boolean): void {
  console.log(`\n## ${score.name}: extraction, precision/recall % per language\n`);
  console.log(`| field | ${LANGS.join(" | ")} |`);
  console.log(`|---|${LANGS.map(() => "---").join("|")}|`);
  for (const field of FIELDS) {
    const byLang = score.fields.get(field);
    console.log(`| ${field} | ${LANGS.map((lang) => cell(byLang?.get(lang))).join(" | ")} |`);
  }
  console.log(`\n## ${score.name}: questions answered right\n`);
  console.log("| kind | right | of | language right |");
  console.log("|---|---|---|---|");
  for (const kind of ["meeting", "digest", "brief"] as const) {
    const asked = score.questions.filter((question) => question.kind === kind);
    const right = asked.filter((question) => question.ok).length;
    const langRight = asked.filter((question) => !question.why?.startsWith("answered in")).length;
    console.log(`| ${kind} | ${right} | ${asked.length} | ${langRight} |`);
  }
  const briefs = score.questions.flatMap((question) => (question.retrieval ? [question.retrieval] : []));
  const expected = briefs.reduce((total, one) => total + one.expected, 0);
  const expectedCited = briefs.reduce((total, one) => total + one.expectedCited, 0);
  const unwanted = briefs.reduce((total, one) => total + one.unwantedCited, 0);
  // Precision over the documents a question lists either way: cited and wanted, of cited and listed.
  console.log(
    `
/brief retrieval: recall ${percent(expectedCited, expected)} %, precision ${percent(expectedCited, expectedCited + unwanted)} % (listed documents)`,
  );
  if (!verbose) return;
  console.log("\nmisses:");
  for (const question of score.questions.filter((candidate) => !candidate.ok))
    console.log(`- [${question.kind}] ${question.ask} (${question.lang}): ${question.why ?? ""}`);
}

const verbose = process.argv.includes("--misses");
const only = process.argv.find((arg) => arg.startsWith("corpus-"));
for (const name of FIXTURE_CORPORA.filter((candidate) => !only || candidate === only))
  printScore(await scoreCorpus(readFixtureCorpus(name)), verbose);
