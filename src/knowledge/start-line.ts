import type { Knowledge } from "./types.ts";

/**
 * Returns the one start line every mode prints: mode, corpus folder, counts, languages and time taken.
 * @example startLine("http", 3000, knowledge, 412) // "started in http mode on port 3000: corpus /srv/seeds, 5 documents, 2 meetings, languages ar, hi, sw (412 ms)"
 */
export function startLine(mode: string, port: number | undefined, knowledge: Knowledge, ms: number): string {
  const langs = [...new Set(knowledge.corpus.docs.map((doc) => doc.lang))].sort();
  const where = port === undefined ? "" : ` on port ${port}`;
  return (
    `started in ${mode} mode${where}: corpus ${knowledge.corpus.dir}, ${knowledge.corpus.docs.length} documents, ` +
    `${knowledge.meetings.length} meetings, languages ${langs.join(", ") || "none"} (${Math.round(ms)} ms)`
  );
}
