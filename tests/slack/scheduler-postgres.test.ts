import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgresStore } from "../../src/store/postgres.ts";
import type { DigestStore } from "../../src/store/types.ts";
import {
  dropSchemas,
  freshSchemaName,
  PG_TEST_URL,
  postgresRequiredError,
  postgresUnreachable,
} from "../store/postgres-test-db.ts";
import { type SlackApiStub, startSlackApiStub } from "../support/slack-api-stub.ts";
import { postedChannels, romeSubscription, schedulerFor, testClock } from "./scheduler-fixture.ts";

const unreachable = await postgresUnreachable();

describe("digest scheduler on one PostgreSQL database", () => {
  const schema = freshSchemaName();
  const stores: DigestStore[] = [];
  let stub: SlackApiStub;

  beforeAll(async () => {
    if (unreachable !== undefined) throw postgresRequiredError(unreachable);
    stub = await startSlackApiStub();
  });
  afterAll(async () => {
    await Promise.allSettled(stores.map((store) => store.close()));
    await stub?.close();
    if (unreachable === undefined) await dropSchemas([schema]);
  });

  it("posts each digest exactly once when three instances run their passes at the same moment", async () => {
    const opened = await Promise.all(
      ["a", "b", "c"].map(() => openPostgresStore({ connectionString: PG_TEST_URL, schema })),
    );
    stores.push(...opened);
    const [first] = opened;
    for (const id of ["C1", "C2", "C3", "C4"]) await first?.upsertSubscription(romeSubscription(id));
    const clock = testClock("2024-10-27T07:05:00Z");
    const schedulers = opened.map((store, i) => schedulerFor(stub, store, clock, { instanceId: `pg-${i}` }));
    const reports = await Promise.all([...schedulers, ...schedulers].map((s) => s.runDuePass()));
    expect(postedChannels(stub)).toEqual(["C1", "C2", "C3", "C4"]);
    const posted = reports.flatMap((r) => r.outcomes).filter((o) => o.result === "posted");
    expect(posted.map((o) => o.channelId).sort()).toEqual(["C1", "C2", "C3", "C4"]);

    // A restarted instance on the same database posts nothing more that day.
    const restarted = await openPostgresStore({ connectionString: PG_TEST_URL, schema });
    stores.push(restarted);
    clock.set("2024-10-27T15:00:00Z");
    expect(
      (await schedulerFor(stub, restarted, clock, { instanceId: "pg-new" }).runDuePass()).outcomes,
    ).toEqual([]);
    expect(stub.callsTo("chat.postMessage")).toHaveLength(4);
  });
});
