import type { CustomRoute } from "@slack/bolt";
import type { KnowledgeSource } from "../knowledge/index.ts";

/** Path of the health check served next to /slack/events in HTTP mode. */
export const HEALTHZ_PATH = "/healthz";

/** Body of a ready health check. */
export interface HealthBody {
  documents: number;
  meetings: number;
}

/** Returns the health check route: 200 with document and meeting counts once knowledge is loaded, 503 before. */
export function healthzRoute(knowledge: KnowledgeSource): CustomRoute {
  return {
    path: HEALTHZ_PATH,
    method: ["GET"],
    handler: (_req, res) => {
      const current = knowledge.current();
      const ready = current !== undefined;
      const body: HealthBody | { status: "loading" } = ready
        ? { documents: current.corpus.docs.length, meetings: current.meetings.length }
        : { status: "loading" };
      res.writeHead(ready ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify(body));
    },
  };
}
