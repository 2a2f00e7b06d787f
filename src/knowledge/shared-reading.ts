/**
 * Reading documents' facts on two threads: this one takes them from the front, the helper (facts-helper.ts)
 * from the back, a few batches at a time, until they meet. Facts are used as they come, in either order.
 */
import type { Doc } from "../corpus/index.ts";
import type { DocumentFacts } from "../extract/index.ts";
import type { FactsHelper, HelperRead } from "./facts-helper.ts";
import { revivedFacts } from "./saved-facts.ts";

/** How documents are handed to the helper. */
export interface Handing {
  /** Documents handed at a time. */
  batch: number;
  /** Batches the helper holds at once: enough that it never idles between two, few enough to split evenly. */
  inFlight: number;
  /**
   * How long this thread, done with its own share, waits for a helper that answers nothing before reading the
   * helper's share itself. A batch takes tens of milliseconds; a helper that failed to start never answers.
   */
  stallMs: number;
}

const HANDING: Handing = { batch: 32, inFlight: 3, stallMs: 10_000 };

/** Reading a list of documents' facts, shared with a helper thread when there is one. */
export interface SharedReading {
  /** Uses what the helper read and hands it more, without waiting: for calling between other work. */
  meanwhile(): void;
  /** Reads every document not read yet, here and on the helper, and returns once each one's facts are used. */
  finish(): void;
}

/**
 * Returns a reading of `docs`, calling `use` once per document with its position in `docs`, its facts and,
 * when the helper read them, what it read. Without a helper, `finish` reads them all here, in order.
 * @example sharedReading(docs, read, use, helper).finish() // use called docs.length times
 */
export function sharedReading(
  docs: readonly Doc[],
  read: (doc: Doc) => DocumentFacts,
  use: (at: number, facts: DocumentFacts, helped?: HelperRead) => void,
  helper: FactsHelper | undefined,
  handing: Handing = HANDING,
): SharedReading {
  const { batch: size, inFlight, stallMs } = handing;
  const done = new Uint8Array(docs.length);
  let front = 0;
  // The helper has been handed every document from `back` on.
  let back = docs.length;
  let handed = 0;
  const useHere = (at: number): void => {
    done[at] = 1;
    use(at, read(docs[at] as Doc));
  };
  const meanwhile = (): void => {
    if (!helper) return;
    for (const [at, helped] of helper.take()) {
      handed--;
      if (done[at] === 1) continue;
      const doc = docs[at] as Doc;
      const facts = helped === undefined ? undefined : revivedFacts(JSON.parse(helped.saved), doc);
      if (facts === undefined) useHere(at);
      else {
        done[at] = 1;
        use(at, facts, helped);
      }
    }
    while (handed < inFlight * size && back > front) {
      const from = Math.max(front, back - size);
      const batch: [number, Doc][] = [];
      for (let at = from; at < back; at++) batch.push([at, docs[at] as Doc]);
      helper.give(batch);
      handed += batch.length;
      back = from;
    }
  };
  return {
    meanwhile,
    finish() {
      meanwhile();
      while (front < back) {
        // Moved on before handing out more: the helper must not be handed the document read here.
        const at = front++;
        if (done[at] === 0) useHere(at);
        meanwhile();
      }
      while (helper && handed > 0) {
        if (helper.wait(stallMs)) meanwhile();
        else {
          for (let at = back; at < docs.length; at++) if (done[at] === 0) useHere(at);
          handed = 0;
        }
      }
    },
  };
}
