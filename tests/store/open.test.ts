import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/core/config.ts";
import { openStore } from "../../src/store/open.ts";

const dir = mkdtempSync(join(tmpdir(), "briefbot-open-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("openStore", () => {
  it("opens SQLite at BRIEFBOT_DB, creating its folder, when DATABASE_URL is not set", async () => {
    const file = join(dir, "nested", "bot.sqlite");
    const store = await openStore(readConfig({ BRIEFBOT_DB: file, DATABASE_URL: "  " }, dir).store);
    expect(await store.recordFirstSeen("doc", "h", new Date("2024-10-27T00:00:00Z"))).toBe(
      "2024-10-27T00:00:00.000Z",
    );
    await store.close();
    expect(existsSync(file)).toBe(true);
  });
});
