import { openSqliteStore } from "../../src/store/sqlite.ts";

/** What the racing test sends each child process. */
export interface ClaimOrder {
  file: string;
  instanceId: string;
  channelId: string;
  dates: string[];
  now: string;
}

// A process of its own opening the same file, so claims really contend for SQLite's write lock.
process.once("message", async (order: ClaimOrder) => {
  const store = await openSqliteStore({ file: order.file, busyTimeoutMs: 10_000 });
  process.send?.("ready");
  process.once("message", async () => {
    const won: string[] = [];
    for (const date of order.dates) {
      if (await store.claimDigest(order.channelId, date, order.instanceId, new Date(order.now)))
        won.push(date);
    }
    await store.close();
    process.send?.(won, () => process.exit(0));
  });
});
