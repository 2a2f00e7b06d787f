import type { CustomRoute } from "@slack/bolt";
import type { KnowledgeSource } from "../knowledge/index.ts";
import type { DigestStore } from "../store/index.ts";
import type { SlackAuth } from "./auth-check.ts";

/** Path of the health check served next to /slack/events in HTTP mode. */
export const HEALTHZ_PATH = "/healthz";
/** How long the health check waits for the store's probe. */
const STORE_PROBE_MS = 2_000;

/** Body of a ready health check. */
export interface HealthBody {
  status: "ok";
  documents: number;
  meetings: number;
  store: "ok";
  slack: "ok";
}

/** Body of a health check that is not ready: why, in words an operator can act on. */
export interface UnhealthyBody {
  /** "starting" while everything wrong is still coming up; "unavailable" once something failed. */
  status: "starting" | "unavailable";
  /** Every reason joined, e.g. "starting: auth.test to https://slack.com/api/auth.test failed: …". */
  reason: string;
  reasons: string[];
}

/** What the health check looks at. */
export interface HealthSources {
  knowledge: KnowledgeSource;
  /** The store, possibly still opening; absent when the app has none. */
  store?: Promise<DigestStore>;
  /** The bot token's check against Slack. */
  slackAuth: () => SlackAuth;
}

/**
 * Returns the health check route: 200 with document and meeting counts once the knowledge is loaded, the
 * store answers its probe and Slack accepted the bot token; 503 with the reasons otherwise.
 */
export function healthzRoute(sources: HealthSources): CustomRoute {
  let opened: DigestStore | undefined;
  let openFailed: string | undefined;
  sources.store?.then(
    (store) => {
      opened = store;
    },
    (error: unknown) => {
      openFailed = `store: ${error instanceof Error ? error.message : String(error)}`;
    },
  );
  return {
    path: HEALTHZ_PATH,
    method: ["GET"],
    handler: (_req, res) => {
      void health(sources, opened, openFailed).then((body) => {
        res.writeHead(body.status === "ok" ? 200 : 503, {
          "content-type": "application/json",
          "cache-control": "no-store",
        });
        res.end(JSON.stringify(body));
      });
    },
  };
}

async function health(
  sources: HealthSources,
  store: DigestStore | undefined,
  storeFailed: string | undefined,
): Promise<HealthBody | UnhealthyBody> {
  const starting: string[] = [];
  const failing: string[] = [];
  const knowledge = sources.knowledge.current();
  if (knowledge === undefined) starting.push("starting: loading the corpus");
  const auth = sources.slackAuth();
  if (auth.state === "checking") starting.push(`starting: ${auth.reason}`);
  if (auth.state === "refused") failing.push(auth.reason);
  if (storeFailed !== undefined) failing.push(storeFailed);
  else if (sources.store !== undefined && store === undefined) starting.push("starting: opening the store");
  else if (store !== undefined) {
    const probed = await store.probe(STORE_PROBE_MS);
    if (!probed.ok) failing.push(probed.reason);
  }
  const reasons = [...failing, ...starting];
  if (reasons.length > 0 || knowledge === undefined)
    return { status: failing.length > 0 ? "unavailable" : "starting", reason: reasons.join("; "), reasons };
  return {
    status: "ok",
    documents: knowledge.corpus.docs.length,
    meetings: knowledge.meetings.length,
    store: "ok",
    slack: "ok",
  };
}
