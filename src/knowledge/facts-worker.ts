/**
 * The facts helper thread (facts-helper.ts starts it): reads the facts of the documents it is handed, batch by
 * batch, and answers each batch with their facts as saved and their meeting reports' summaries, counting the
 * batches answered in a shared integer so that a thread busy building can wait for them without its event
 * loop.
 */
import { type MessagePort, workerData } from "node:worker_threads";
import { createLexiconLookup } from "../corpus/index.ts";
import { extractFacts } from "../extract/index.ts";
import { ANSWERED, type HelperData, type HelperReply, type HelperRequest } from "./facts-helper.ts";
import { reportSummaryOf } from "./meeting-collector.ts";
import { parsedDocument } from "./saved-document.ts";
import { savedFactsJson } from "./saved-facts.ts";

const { entries, port, flags } = workerData as HelperData & { port: MessagePort };
const lexicon = createLexiconLookup({ entries });
const counter = new Int32Array(flags);

port.on("message", ({ docs }: HelperRequest) => {
  const replies: HelperReply[] = docs.map(([position, sent]) => {
    const doc = { ...sent.identity, ...parsedDocument(sent.saved) };
    try {
      const facts = extractFacts(doc, lexicon);
      return [position, { saved: savedFactsJson(facts, doc), summary: reportSummaryOf(doc, facts, lexicon) }];
    } catch {
      // The builder reads it again itself, where a failure is reported as it would be without a helper.
      return [position, undefined];
    }
  });
  port.postMessage(replies);
  Atomics.add(counter, ANSWERED, 1);
  Atomics.notify(counter, ANSWERED);
});
