import { execFile, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, "..", "..");
const BIN = join(repoRoot, "bin", "briefbot.js");
const dir = mkdtempSync(join(tmpdir(), "briefbot-cmdline-"));
const env = {
  ...process.env,
  BRIEFBOT_SEEDS: join(repoRoot, "seeds"),
  BRIEFBOT_DB: join(dir, "cli.sqlite"),
  LOG_LEVEL: "info",
};
/** A stack frame as Node prints one. */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/mu;

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

describe.concurrent("asking the command line for help", () => {
  it.each([
    [["-h"], "briefbot start"],
    [["help"], "briefbot start"],
    [["ask", "-h"], "briefbot ask"],
    [["search", "--help"], "briefbot search"],
    [["digest", "run-due", "-h"], "briefbot digest run-due"],
    [["start", "--help"], "briefbot start"],
  ])("prints the usage on stdout and exits 0 for %j", async (args, shows) => {
    const { stdout, stderr, code } = await briefbot(args);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage:\n/u);
    expect(stdout).toContain(shows);
    expect(stderr).toBe("");
  });
});

describe.concurrent("wrong use of the command line", () => {
  it.each([
    [["bogus"], 'briefbot: unknown command "bogus"'],
    [["ask"], "briefbot ask: needs a command line"],
    [["search", "   "], "briefbot search: needs a question"],
    [["ask", "--bogus", "x"], "briefbot ask: Unknown option '--bogus'"],
    [["meetings", "extra"], 'briefbot meetings: unexpected "extra"'],
    [["digest", "--tz", "Mars/Olympus"], 'briefbot digest: unknown time zone "Mars/Olympus"'],
    [["digest", "--date", "2024-13-45"], 'briefbot digest: bad date "2024-13-45"'],
  ])("exits 2 with one line and the usage for %j, never a stack", async (args, line) => {
    const { stderr, code } = await briefbot(args);
    expect(code).toBe(2);
    const [first, ...rest] = stderr.split("\n");
    expect(first).toContain(line);
    expect(rest[0]).toBe("Usage:");
    expect(stderr).not.toMatch(STACK_FRAME);
  });

  it("reports every bad environment value together with exit 2", async () => {
    const { stderr, code } = await briefbot(["search", "x"], {
      PORT: "eighty",
      BRIEFBOT_DEFAULT_LANG: "klingon",
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/PORT[\s\S]*BRIEFBOT_DEFAULT_LANG/u);
  });
});

describe.concurrent("failures while running", () => {
  it("exits 1 with one line naming the problem, and the stack only with LOG_LEVEL=debug", async () => {
    const empty = join(dir, "empty.sqlite");
    writeFileSync(empty, "");
    const plain = await briefbot(["ask", "/digest status"], { BRIEFBOT_DB: empty });
    expect(plain.code).toBe(1);
    expect(plain.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^briefbot ask: store: .*empty\.sqlite is empty \(0 bytes\)/u),
    ]);
    const debug = await briefbot(["ask", "/digest status"], { BRIEFBOT_DB: empty, LOG_LEVEL: "debug" });
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

  it("ends quietly when the reader is gone before it writes, as with briefbot meetings | head -1", async () => {
    const child = spawn(process.execPath, [BIN, "meetings", "--json"], {
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
