import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { fitHeapGrowth, holdHeapGrowth, whileReadingBack } from "../../src/core/heap-growth.ts";

const CHURN = join(import.meta.dirname, "fixtures", "heap-churn.ts");
const ANSWER_CHURN = join(import.meta.dirname, "fixtures", "answer-churn.ts");

/** The largest heap, in MB, of a child process that makes long-lived garbage, started with these flags. */
async function peakHeapMb(flags: readonly string[], mode: "hold" | "free"): Promise<number> {
  // A heap limit of 4 GB, as Node gives itself on a machine with 16 GB or more, whatever this one has.
  const { stdout } = await promisify(execFile)(process.execPath, [
    "--max-old-space-size=4096",
    ...flags,
    "--import",
    "tsx",
    CHURN,
    mode,
  ]);
  return Number(stdout.split(" ")[0]);
}

/** The full collections (and incremental markings) of a child answering after a start, fitted or only held. */
async function answeringCollections(mode: "held" | "fit"): Promise<{ full: number; incremental: number }> {
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", ANSWER_CHURN, mode]);
  return JSON.parse(stdout.split(" ")[0] ?? "") as { full: number; incremental: number };
}

describe("heap growth", () => {
  it("keeps a process that makes long-lived garbage to about half the heap V8 would let it grow to", async () => {
    const [free, held] = await Promise.all([peakHeapMb([], "free"), peakHeapMb([], "hold")]);
    expect(free).toBeGreaterThan(0);
    expect(held).toBeLessThan(free * 0.7);
  });

  it("leaves the growth a process was started with", async () => {
    expect(holdHeapGrowth(["--heap-growing-percent=300"])).toBe(false);
    expect(holdHeapGrowth(["--heap_growing_percent=300"])).toBe(false);
    const [free, held] = await Promise.all([
      peakHeapMb([], "free"),
      peakHeapMb(["--heap-growing-percent=300"], "hold"),
    ]);
    expect(held).toBeGreaterThan(free * 0.7);
  });

  it("lets the heap grow by a fifth while reading back, then holds it to a tenth again, even when reading fails", () => {
    const set: string[] = [];
    expect(holdHeapGrowth([], (flags) => set.push(flags))).toBe(true);
    expect(
      whileReadingBack(
        () => set.length,
        (flags) => set.push(flags),
      ),
    ).toBe(2);
    expect(() =>
      whileReadingBack(
        () => {
          throw new Error("unreadable");
        },
        (flags) => set.push(flags),
      ),
    ).toThrow("unreadable");
    expect(set).toEqual([
      "--heap-growing-percent=10",
      "--heap-growing-percent=20",
      "--heap-growing-percent=10",
      "--heap-growing-percent=20",
      "--heap-growing-percent=10",
    ]);
  });

  it("leaves the growth alone while reading back when the process was started with its own", () => {
    const set: string[] = [];
    expect(holdHeapGrowth(["--heap-growing-percent=300"], (flags) => set.push(flags))).toBe(false);
    expect(
      whileReadingBack(
        () => "read",
        (flags) => set.push(flags),
      ),
    ).toBe("read");
    expect(fitHeapGrowth(50, (flags) => set.push(flags))).toBe(false);
    expect(set).toEqual([]);
  });

  it("lets V8 grow the heap as it likes when a start keeps little, and holds it for one that keeps much", () => {
    const set: string[] = [];
    const record = (flags: string): void => {
      set.push(flags);
    };
    holdHeapGrowth([], record);
    expect(fitHeapGrowth(50, record)).toBe(false);
    expect(whileReadingBack(() => "read", record)).toBe("read");
    expect(fitHeapGrowth(750, record)).toBe(true);
    whileReadingBack(() => "read", record);
    expect(set).toEqual([
      "--heap-growing-percent=10",
      "--heap-growing-percent=0",
      "--allocation-site-pretenuring",
      "--incremental-marking",
      "--heap-growing-percent=10",
      "--no-allocation-site-pretenuring",
      "--no-incremental-marking",
      "--heap-growing-percent=20",
      "--heap-growing-percent=10",
    ]);
  });

  it("answers after a large start with under half the full collections of a held heap, none marked incrementally", async () => {
    const [held, fitted] = await Promise.all([answeringCollections("held"), answeringCollections("fit")]);
    expect(held.full).toBeGreaterThanOrEqual(4);
    expect(held.incremental).toBeGreaterThan(0);
    expect(fitted.full).toBeLessThan(held.full / 2);
    expect(fitted.incremental).toBe(0);
  });
});
