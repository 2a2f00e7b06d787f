/**
 * The lexicon: loading the shipped file and a corpus folder's own, and looking terms and mentions up in it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkRelated, mergeEntries, parseLexiconText } from "./lexicon-file.ts";
import { createPhraseMatcher, matchTokens } from "./lexicon-match.ts";
import type { Lexicon, LexiconEntry, LexiconLookup, LexiconMention } from "./lexicon-types.ts";
import { shippedThesaurus } from "./thesaurus/index.ts";
import type { LangCode } from "./types.ts";

/** Names a corpus folder's own lexicon may have, in the order they are applied. */
export const CORPUS_LEXICON_FILES = ["lexicon.yml", "lexicon.yaml", "lexicon.json"] as const;

/**
 * Returns the corpus folder's own lexicon files (an operator's hints that extend the shipped thesaurus).
 * @example lexiconPaths("/data/docs") // ["/data/docs/lexicon.yml"] when that file exists
 */
export function lexiconPaths(corpusDir: string): string[] {
  return CORPUS_LEXICON_FILES.map((name) => join(corpusDir, name)).filter((path) => existsSync(path));
}

/**
 * Returns the shipped thesaurus extended by lexicon files, in order: a file adds entries and extends earlier
 * ones by id. Throws an Error naming the file when one cannot be read or is invalid.
 */
export function loadLexiconFiles(paths: readonly string[]): Lexicon {
  let entries: LexiconEntry[] = shippedThesaurus().entries;
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      throw new Error(
        `${path}: cannot read lexicon file: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    entries = mergeEntries(entries, parseLexiconText(text, path), path);
    checkRelated(entries, path);
  }
  return { entries };
}

/**
 * Returns look-ups over a lexicon: by id, by any spelling (after normalisation), and every mention in a text.
 * @example createLexiconLookup(lexicon).find("والفنتانيل")[0]?.id // "fentanyl"
 */
export function createLexiconLookup(lexicon: Lexicon): LexiconLookup {
  const entries = lexicon.entries;
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const matcher = createPhraseMatcher(entries);
  const resolveIds = (ids: readonly string[]): LexiconEntry[] =>
    ids.map((id) => byId.get(id)).filter((entry): entry is LexiconEntry => entry !== undefined);

  return {
    entries,
    matcher,
    byId: (id) => byId.get(id),
    find(term) {
      const found = resolveIds(matcher.lookup(matchTokens(term.normalize("NFKC"))));
      const named = byId.get(term.trim());
      return named && !found.includes(named) ? [named, ...found] : found;
    },
    mentions(text, options = {}) {
      const tokens = matchTokens(text);
      const out: LexiconMention[] = [];
      for (const match of matcher.match(tokens, "longest", {
        aliases: false,
        anyCase: options.anyCase ?? false,
      })) {
        const entry = resolveIds(match.ids)[0];
        const first = tokens[match.start];
        const last = tokens[match.end - 1];
        if (!entry || !first || !last) continue;
        out.push({ entry, surface: text.slice(first.start, last.end), start: first.start, end: last.end });
      }
      return out;
    },
    label: (id: string, lang: LangCode) => byId.get(id)?.labels[lang],
  };
}
