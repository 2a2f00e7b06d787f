import { execFile, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/index.ts";

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, "..", "..");
const BIN = join(repoRoot, "bin", "briefbot.js");
const dir = mkdtempSync(join(tmpdir(), "briefbot-cmdline-"));
const env = {
  ...process.env,
  BRIEFBOT_SEEDS: join(repoRoot, "seeds"),
  BRIEFBOT_DB: join(dir, "cli.sqlite"),
  // The repository's knowledge cache, which the other CLI tests keep warm: each child reads the seeds once.
  BRIEFBOT_CACHE_DIR: join(repoRoot, "data", "cache"),
  LOG_LEVEL: "info",
};
/** A stack frame as Node prints one. */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/mu;

/** `briefbot …` as a real child process. */
async function briefbot(
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<{ stdout: string; stderr: string; code: number }> {
  return run(process.execPath, [BIN, ...args], {
    env: { ...env, ...extraEnv },
    cwd: dir,
    timeout: 60_000,
  }).then(
    ({ stdout, stderr }) => ({ stdout, stderr, code: 0 }),
    (error: { stdout?: string; stderr?: string; code?: number }) => ({
      stdout: error.stdout ?? "",
      stderr: error.stderr ?? "",
      code: error.code ?? -1,
    }),
  );
}

/** The CLI's own entry (what bin/briefbot.js runs), in this process, with what it writes to each stream. */
async function mainOf(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  const written = { stdout: "", stderr: "" };
  const capture = (stream: "stdout" | "stderr") =>
    vi.spyOn(process[stream], "write").mockImplementation((chunk: string | Uint8Array) => {
      written[stream] += String(chunk);
      return true;
    });
  const spies = [capture("stdout"), capture("stderr")];
  try {
    const code = await main(args);
    return { ...written, code };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

describe("asking the command line for help", () => {
  it.each([
    [["-h"], "briefbot start"],
    [["--help"], "briefbot start"],
    [["help"], "briefbot start"],
    [["ask", "-h"], "briefbot ask"],
    [["search", "--help"], "briefbot search"],
    [["meetings", "-h"], "briefbot meetings"],
    [["digest", "--help"], "briefbot digest run-due"],
    [["digest", "run-due", "-h"], "briefbot digest run-due"],
    [["start", "--help"], "briefbot start"],
    [["console", "-h"], "briefbot console"],
  ])("prints the usage on stdout and returns 0 for %j", async (args, shows) => {
    const { stdout, stderr, code } = await mainOf(args);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage:\n/u);
    expect(stdout).toContain(shows);
    expect(stderr).toBe("");
  });
});

describe("wrong use of the command line", () => {
  it.each([
    [["bogus"], 'briefbot: unknown command "bogus"'],
    [["ask"], "briefbot ask: needs a command line"],
    [["search"], "briefbot search: needs a question"],
    [["search", "   "], "briefbot search: needs a question"],
    [["ask", "--bogus", "x"], "briefbot ask: Unknown option '--bogus'"],
    [["meetings", "extra"], 'briefbot meetings: unexpected "extra"'],
    [["digest", "--bogus"], "briefbot digest: Unknown option '--bogus'"],
    [["digest", "--tz", "Mars/Olympus"], 'briefbot digest: unknown time zone "Mars/Olympus"'],
    [["digest", "--date", "2024-13-45"], 'briefbot digest: bad date "2024-13-45"'],
    [["start", "now"], 'briefbot start: unexpected "now"'],
  ])("returns 2 with one line and the usage for %j, never a stack", async (args, line) => {
    const { stderr, code } = await mainOf(args);
    expect(code).toBe(2);
    const [first, ...rest] = stderr.split("\n");
    expect(first).toContain(line);
    expect(rest[0]).toBe("Usage:");
    expect(stderr).not.toMatch(STACK_FRAME);
  });
});

describe.concurrent("the same as a real process", () => {
  it("exits 0 with the usage for -h", async () => {
    const { stdout, code } = await briefbot(["digest", "-h"]);
    expect(code).toBe(0);
    expect(stdout).toContain("briefbot digest run-due");
  });

  it("exits 2 for wrong use, without a stack", async () => {
    const { stderr, code } = await briefbot(["digest", "--tz", "Mars/Olympus"]);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(STACK_FRAME);
  });

  it("exits 2 reporting every bad environment value together", async () => {
    const { stderr, code } = await briefbot(["search", "x"], {
      PORT: "eighty",
      BRIEFBOT_DEFAULT_LANG: "klingon",
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/PORT[\s\S]*BRIEFBOT_DEFAULT_LANG/u);
  });

  it("exits 1 with one line naming the problem, and the stack only with LOG_LEVEL=debug", async () => {
    const empty = join(dir, "empty.sqlite");
    writeFileSync(empty, "");
    // run-due opens the store before anything else, so the failure comes at once.
    const failing = { BRIEFBOT_DB: empty, SLACK_BOT_TOKEN: "xoxb-1-2-cmdline" };
    const plain = await briefbot(["digest", "run-due"], failing);
    expect(plain.code).toBe(1);
    expect(plain.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^briefbot digest: store: .*empty\.sqlite is empty \(0 bytes\)/u),
    ]);
    const debug = await briefbot(["digest", "run-due"], { ...failing, LOG_LEVEL: "debug" });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(STACK_FRAME);
  });

  it("names a corpus folder that is not there", async () => {
    const { stderr, code } = await briefbot(["search", "iARMS"], {
      BRIEFBOT_SEEDS: join(dir, "no-such-folder"),
    });
    expect(code).toBe(1);
    expect(stderr.trimEnd()).toMatch(
      /^briefbot search: cannot read the corpus folder .*no-such-folder \(BRIEFBOT_SEEDS\): ENOENT/u,
    );
  });

  it("ends quietly when the reader is gone before it writes, as with briefbot ask … | head -1", async () => {
    const child = spawn(process.execPath, [BIN, "--help"], {
      env,
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // The reading end closes before the answer is written, as `head` does once it has its line.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) =>
      child.on("exit", (exitCode) => resolve(exitCode)),
    );
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });
});
