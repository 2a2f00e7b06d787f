/** A one-field MiniSearch index over short reports in several languages, as the frozen-index tests build it. */
import MiniSearch from "minisearch";
import { addAllFrozen } from "../../src/search/frozen-build.ts";

/** One short report. */
export interface TextRecord {
  id: number;
  text: string;
}

/** The options of every text index: prefix and fuzzy search, as the bot asks for words. */
export const TEXT_OPTIONS = { fields: ["text"], searchOptions: { prefix: true, fuzzy: 0.2 } };

/** Reports on the same meeting in five languages and three scripts, and two on other topics. */
export const REPORTS: readonly string[] = [
  "The Roma/Lyon Group met in Rome on fentanyl and synthetic drugs",
  "Il Gruppo Roma/Lione si è riunito a Roma sul fentanyl e sulle droghe sintetiche",
  "Le groupe de Rome/Lyon s'est réuni à Rome sur le fentanyl",
  "Kikundi cha Roma/Lyon kilikutana mjini Roma kuhusu fentanyl na dawa za kulevya",
  "اجتمعت مجموعة روما/ليون في روما بشأن الفنتانيل",
  "रोम/ल्योन समूह की बैठक रोम में फेंटानिल पर हुई",
  "Ports and cocaine: the customs of Genoa seized 3 tonnes of cocaine in the port",
  "Fentanyl fentanyl fentanyl: a third report on fentanyl precursors",
  "Cybercrime and ransomware attacks on hospitals in Bologna",
];

/** Returns an index of the texts, each a record whose id is its position. */
export function textIndex(texts: readonly string[]): MiniSearch<TextRecord> {
  const index = new MiniSearch<TextRecord>(TEXT_OPTIONS);
  index.addAll(texts.map((text, id) => ({ id, text })));
  return index;
}

/** Returns the same index as `textIndex`, built with its postings and terms frozen. */
export function frozenTextIndex(texts: readonly string[]): MiniSearch<TextRecord> {
  const index = new MiniSearch<TextRecord>(TEXT_OPTIONS);
  addAllFrozen(
    index,
    texts.map((text, id) => ({ id, text })),
  );
  return index;
}

/**
 * The index's saved JSON with its terms in code-unit order: a frozen index lists its terms sorted, MiniSearch's
 * tree in the order it holds them.
 */
export function savedByTerm<T>(index: MiniSearch<T>): string {
  const json = index.toJSON();
  return JSON.stringify({ ...json, index: [...json.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) });
}
