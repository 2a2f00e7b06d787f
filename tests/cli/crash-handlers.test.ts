import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const CHILD = join(import.meta.dirname, "crash-child.ts");

describe("what escapes every handler in a real process", () => {
  it("logs a lost promise with an error id and keeps serving, then stops cleanly with 1 on an uncaught exception", async () => {
    const result = await run(process.execPath, ["--import", "tsx", CHILD], { timeout: 20_000 }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: error.code ?? -1,
        stdout: error.stdout ?? "",
        stderr: error.stderr ?? "",
      }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n").filter(Boolean)).toEqual(["still serving", "stopping cleanly"]);
    const errors = result.stderr.split("\n").filter(Boolean);
    expect(errors).toEqual([
      expect.stringMatching(
        /^error id [0-9A-F]{8} unhandled promise rejection \(still serving\): a lost promise$/,
      ),
      expect.stringMatching(
        /^error id [0-9A-F]{8} uncaught exception; stopping cleanly for the supervisor to restart: thrown in a timer$/,
      ),
    ]);
  });
});
