/**
 * A second thread that reads documents' facts while this one builds the rest of the knowledge. Reading facts
 * is most of a cold build (96 of 173 s at 100,000 documents), and the machines we run on have two cores.
 * The thread answers through a port this thread reads without its event loop, since a build runs through in
 * one go.
 */
import { availableParallelism } from "node:os";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { Doc, LexiconEntry, LexiconLookup } from "../corpus/index.ts";
import type { ReportSummary } from "../extract/index.ts";
import { type SavedDocument, savedDocument } from "./saved-document.ts";

/** What the helper thread starts with, besides its port. */
export interface HelperData {
  entries: LexiconEntry[];
  /** Two Int32: at ANSWERED the batches the thread answered, at FAILED 1 once it could not start. */
  flags: SharedArrayBuffer;
}

/** Where the helper's flags are in `HelperData.flags`. */
export const ANSWERED = 0;
export const FAILED = 1;

/** A document as handed to the helper: what it is and its parsed content. */
export interface SentDocument {
  identity: Pick<Doc, "id" | "path" | "hash" | "bytes">;
  saved: SavedDocument;
}

/** A batch of documents for the helper, each with the position the builder knows it by. */
export interface HelperRequest {
  docs: [position: number, doc: SentDocument][];
}

/** What the helper read of a document: its facts as saved (saved-facts.ts) and its report's summary. */
export interface HelperRead {
  saved: string;
  summary: ReportSummary | undefined;
}

/** What the helper read of a document, or undefined when it could not read it. */
export type HelperReply = [position: number, read: HelperRead | undefined];

/** The builder's side of the helper thread. */
export interface FactsHelper {
  /** Hands the helper a batch of documents to read, by position. */
  give(docs: readonly (readonly [position: number, doc: Doc])[]): void;
  /** Returns what the helper has read since the last call, without waiting. */
  take(): HelperReply[];
  /** Waits until the helper answers another batch or `ms` pass; returns whether it answered (false once failed). */
  wait(ms: number): boolean;
  /** Stops the thread. */
  close(): void;
}

/**
 * Documents to read from which a helper pays: starting one costs a few hundred milliseconds (a second or two
 * when it compiles the TypeScript sources), what one core reads of a thousand documents in a second.
 */
export const HELPER_FROM = 2_000;

/**
 * Returns what `buildKnowledge` takes as `factsHelper`: a helper started for HELPER_FROM documents or more,
 * on a machine with a core to spare for it.
 * @example factsHelperFor(lexicon)(100) // undefined: read here
 */
export function factsHelperFor(
  lexicon: LexiconLookup,
  cores = availableParallelism(),
): (documents: number) => FactsHelper | undefined {
  return (documents) => (documents >= HELPER_FROM && cores > 1 ? startFactsHelper(lexicon) : undefined);
}

/**
 * Starts a thread that reads facts, and summarises the meetings they report, with the same lexicon. Returns
 * at once; documents handed to it before it has loaded wait in its port.
 * @example const helper = startFactsHelper(lexicon); helper.give([[0, doc]]); helper.wait(1000); helper.take()
 */
export function startFactsHelper(lexicon: LexiconLookup): FactsHelper {
  const flags = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const counter = new Int32Array(flags);
  const { port1, port2 } = new MessageChannel();
  const worker = helperThread({ entries: [...lexicon.entries], flags, port: port2 });
  worker.unref();
  let seen = 0;
  return {
    give(docs) {
      const request: HelperRequest = {
        docs: docs.map(([position, doc]) => [
          position,
          {
            identity: { id: doc.id, path: doc.path, hash: doc.hash, bytes: doc.bytes },
            saved: savedDocument(doc),
          },
        ]),
      };
      port1.postMessage(request);
    },
    take() {
      const replies: HelperReply[] = [];
      for (let received = receiveMessageOnPort(port1); received; received = receiveMessageOnPort(port1))
        replies.push(...(received.message as HelperReply[]));
      return replies;
    },
    wait(ms) {
      const result =
        Atomics.load(counter, FAILED) === 1 ? "timed-out" : Atomics.wait(counter, ANSWERED, seen, ms);
      seen = Atomics.load(counter, ANSWERED);
      return result !== "timed-out" && Atomics.load(counter, FAILED) === 0;
    },
    close() {
      port1.close();
      void worker.terminate();
    },
  };
}

/**
 * The helper thread, from a small module that imports its entry: the built one next to this file in a build;
 * from the sources (tsx, vitest) the TypeScript one, after registering tsx in the thread (loader hooks are per
 * thread). When the import fails, the module raises the thread's FAILED flag and wakes the builder, which
 * then reads the helper's share itself instead of waiting for it.
 */
function helperThread(workerData: HelperData & { port: MessagePort }): Worker {
  const here = import.meta.url;
  const built = here.endsWith(".js");
  const entry = new URL(built ? "./facts-worker.js" : "./facts-worker.ts", here).href;
  const tsx = built
    ? ""
    : `(await import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})).register();`;
  const boot = `try { ${tsx} await import(${JSON.stringify(entry)}); } catch {
    const { workerData } = await import("node:worker_threads");
    const flags = new Int32Array(workerData.flags);
    Atomics.store(flags, ${FAILED}, 1);
    Atomics.notify(flags, ${ANSWERED});
  }`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {
    workerData,
    transferList: [workerData.port],
    execArgv: [],
  });
  // What failed is handled through the flag; the builder's event loop may never see this event.
  worker.on("error", () => {});
  return worker;
}
