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

/**
 * Prepares an installed knowledge in the background, in slices that leave the event loop free; `wanted` turns
 * false once a newer knowledge replaced it.
 */
export type Preparer = (knowledge: Knowledge, options: { wanted: () => boolean }) => Promise<void>;

/**
 * Returns a knowledge source, already filled when `initial` is given. `prepare` starts on each installed
 * knowledge once the event loop is free, and stops when a newer one replaces it: tables the first question
 * would otherwise build are ready before it comes, without delaying the start.
 */
export function createKnowledgeSource(initial?: Knowledge, prepare?: Preparer): KnowledgeSource {
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
      if (prepare) {
        const wanted = (): boolean => current === knowledge;
        setImmediate(() => {
          // A table that failed to build fails again, visibly, in the answer to the first question needing it.
          if (wanted()) prepare(knowledge, { wanted }).catch(() => {});
        }).unref();
      }
    },
  };
}
