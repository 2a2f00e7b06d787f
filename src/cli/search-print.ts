import type { DocumentHit } from "../search/index.ts";

const PASSAGE_CHARS = 280;

function clip(text: string): string {
  const chars = Array.from(text);
  return chars.length <= PASSAGE_CHARS ? text : `${chars.slice(0, PASSAGE_CHARS).join("")}…`;
}

/**
 * Returns the ranked documents as the `briefbot search` command prints them: JSON, or one block per document
 * with the passage that matched and its language.
 * @example formatSearchForCli(hits, false) // "1. 003_… [ar] score 12.3 — مؤتمر التنسيق…\n   ¶5 (ar): …"
 */
export function formatSearchForCli(hits: readonly DocumentHit[], json: boolean): string {
  if (json) return JSON.stringify(hits, null, 2);
  if (hits.length === 0) return "No matching documents.";
  return hits
    .map((hit, rank) => {
      const head = `${rank + 1}. ${hit.docId} [${hit.lang}] score ${hit.score.toFixed(2)} — ${hit.title}`;
      const passages = hit.passages.map((p) => `   ¶${p.paragraph} (${p.lang}): ${clip(p.text)}`);
      return [head, ...passages].join("\n");
    })
    .join("\n\n");
}
