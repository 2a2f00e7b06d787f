import { answerDigest } from "../answer/index.ts";
import type { SlackMessage } from "../core/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { renderDigest } from "../render/index.ts";
import type { DigestStore, Subscription } from "../store/index.ts";
import { type Translator, translateDigest } from "../translate/index.ts";

/** What one scheduled digest is rendered from. */
export interface SubscriptionDigestInput {
  knowledge: Knowledge;
  store: DigestStore;
  sub: Subscription;
  /** The channel's local date, YYYY-MM-DD. */
  localDate: string;
  /** When the digest is composed; documents first seen later wait for the next digest. Defaults to the end of the local date. */
  now?: Date;
  /** The operator's translation server: text from documents in other languages is translated at posting. */
  translator?: Translator;
}

/**
 * Returns the channel's digest for its local date as a Slack message, new documents counted since its last
 * posted digest, with text from documents in other languages machine-translated when a translator is given;
 * null when the channel is quiet and there is nothing to say. The scheduler's `render`.
 */
export async function renderDigestForSubscription(
  input: SubscriptionDigestInput,
): Promise<SlackMessage | null> {
  const { knowledge, store, sub, localDate } = input;
  const since = await store.lastDigestAt(sub.channelId);
  const answer = answerDigest({
    knowledge,
    localDate,
    tz: sub.tz,
    lang: sub.lang,
    topics: sub.topics,
    quiet: sub.quiet,
    ...(since === undefined ? {} : { since }),
    ...(input.now === undefined ? {} : { until: input.now.toISOString() }),
  });
  if (!answer) return null;
  return renderDigest(input.translator ? await translateDigest(answer, knowledge, input.translator) : answer);
}

/**
 * Records every document's first-seen time in the store (keeping earlier ones) and returns the knowledge with
 * those times, so "new since the last digest" survives restarts and is the same on every instance. Only
 * documents the store does not know, or knows with another content hash, are written: a restart over an
 * unchanged folder is one read, not one round trip per document.
 */
export async function withStoredFirstSeen(
  knowledge: Knowledge,
  store: DigestStore,
  now: Date,
): Promise<Knowledge> {
  const known = await store.firstSeenAll();
  const firstSeen = new Map<string, string>();
  for (const doc of knowledge.corpus.docs) {
    const seen = known.get(doc.id);
    firstSeen.set(
      doc.id,
      seen?.hash === doc.hash ? seen.firstSeenAt : await store.recordFirstSeen(doc.id, doc.hash, now),
    );
  }
  return { ...knowledge, firstSeen };
}
