import type { Knowledge } from "./types.ts";

/** The current Knowledge, swappable when the corpus is rescanned; empty until the first load finishes. */
export interface KnowledgeSource {
  /** The knowledge now, or undefined while the first load is still running. */
  current(): Knowledge | undefined;
  /** Resolves with the current knowledge as soon as there is one. */
  ready(): Promise<Knowledge>;
  /** Installs a freshly loaded knowledge; later replies read it. */
  set(knowledge: Knowledge): void;
}

/** Returns a knowledge source, already filled when `initial` is given. */
export function createKnowledgeSource(initial?: Knowledge): KnowledgeSource {
  let current = initial;
  let resolveFirst: (knowledge: Knowledge) => void = () => {};
  const first = new Promise<Knowledge>((resolve) => {
    resolveFirst = resolve;
  });
  if (initial !== undefined) resolveFirst(initial);
  return {
    current: () => current,
    ready: async () => current ?? (await first),
    set(knowledge) {
      current = knowledge;
      resolveFirst(knowledge);
    },
  };
}
