/**
 * How far V8 lets the heap grow past what its last full collection left before it collects again. Left to
 * itself, with a heap limit of 2 GB or more (Node's default here is 4.1 GB), V8 allows up to four times: at
 * 100,000 documents the 638 MB a start leaves live became a 2.6 GB heap while questions were answered, and the
 * process's peak RSS 3.0 GB. Held to a fifth, the same start peaked at 1.68 GB, its heap reaching 1.24 GB
 * while questions held 0.96 GB live: a tenth, what the bench measures, aims below 1.5 GB. At 10,000 documents
 * a cold start held to a fifth peaked at 471 MB instead of 563, in the same time (51.4 against 51.6 s), and
 * one held to a tenth at 432 MB against 423 at a fifth (60.1 against 56.5 s; single runs swing by 10 s).
 * The price is answers: collections come far more often and their pauses land in them. At 100,000 documents,
 * a warm start and its answers held to a tenth peaked at 1.44 GB instead of 2.91, with /brief p99 353 ms
 * instead of 126 (before the search's first pass, src/search/top-candidates.ts, which took it to 92 ms held).
 * So a process starts held (holdHeapGrowth); once its knowledge is loaded, a start that keeps less than
 * HOLD_FROM_MB goes back to V8's own growth, which answers faster, and one that keeps more answers with full
 * collections made in one pause and without pretenuring (fitHeapGrowth, ANSWERING_FLAGS); a held start lets
 * the heap grow by a fifth while it reads its cache back (whileReadingBack).
 */
import { getHeapStatistics, setFlagsFromString } from "node:v8";

/** The share, in percent, by which the heap may grow between full collections. */
export const HEAP_GROWTH_PERCENT = 10;

/**
 * The share while a start reads back what an earlier one saved, all of which it keeps. Measured by hand at
 * 100,000 documents, five warm starts each, alternated: reading the cache's documents, search index and
 * meeting heads let grow by a fifth took the start from 7.7–8.3 s (median 8.0) to 7.2–7.8 s (median 7.5),
 * with 12 mark-compacts instead of 14; its peak RSS was 1,306–1,353 MB against 1,193–1,344 MB, below the
 * 1,467 MB the bench's warm child reaches answering questions after the start.
 */
export const READ_BACK_GROWTH_PERCENT = 20;

/**
 * The heap a start keeps, in MB, from which its growth stays held. V8's own growth lets a heap reach up to
 * four times what it keeps, and a start that keeps less than this stays within a gigabyte of heap that
 * way; it then answers faster. Measured on the seeds (50 MB kept): the signed /brief benchmark posted 1,577
 * replies/s with V8's own growth against 1,167–1,229 held to a tenth, ack p99 48 against 57–60 ms. A start
 * at 1,000 documents keeps about 60 MB, at 10,000 about 160 MB, at 100,000 about 750 MB.
 */
export const HOLD_FROM_MB = 256;

/**
 * The growth holdHeapGrowth set and fitHeapGrowth may change, in percent (0: V8's own); undefined when the
 * process was started with its own `--heap-growing-percent`, which is left alone.
 */
let heldAt: number | undefined;

const FLAG = /^--heap[-_]growing[-_]percent(=|$)/;

/** Sets V8 flags; node:v8's setFlagsFromString unless a test gives its own. */
type SetFlags = (flags: string) => void;

const growth = (percent: number): string => `--heap-growing-percent=${percent}`;

/**
 * Holds this process's heap growth between full collections to HEAP_GROWTH_PERCENT, unless the process was
 * started with its own `--heap-growing-percent`. Returns whether it set it. Called once, as the process
 * starts: what a start reads and builds is held too.
 */
export function holdHeapGrowth(
  execArgv: readonly string[] = process.execArgv,
  setFlags: SetFlags = setFlagsFromString,
): boolean {
  heldAt = execArgv.some((arg) => FLAG.test(arg)) ? undefined : HEAP_GROWTH_PERCENT;
  if (heldAt !== undefined) setFlags(growth(heldAt));
  return heldAt !== undefined;
}

/**
 * How a held heap is collected while questions are answered, as V8 flags. Measured by hand at 100,000
 * documents (bench/answer-gc.ts, 1,200 /brief questions, a slow machine):
 * - Without pretenuring: a start teaches V8 that what its allocation sites make lives long, and V8 goes on
 *   making the answers' short-lived objects in the old generation. As started, a pass had 6 full collections
 *   instead of 2, and 256 MB promoted instead of 98. A full collection forced after the start (as the bench's
 *   scale child does) resets those decisions, which is why that child measured fewer.
 * - Without incremental marking: each full collection is one pause (630–1,050 ms here) in a single answer,
 *   instead of marking over about a second while the answers of that second run 3–10 times slower. /brief
 *   p99 went from 5.4–7.2 times the p50 to 3.5–4.4 times (58–89 ms to 38–55 ms here), its slowest answer
 *   from 110–200 ms to 0.8–1.1 s. The README's Benchmarks has every run.
 */
const ANSWERING_FLAGS = ["--no-allocation-site-pretenuring", "--no-incremental-marking"] as const;
const V8_OWN_FLAGS = ["--allocation-site-pretenuring", "--incremental-marking"] as const;

/**
 * Returns whether the heap's growth stays held once a start keeps `keptMb` of heap (by default the heap in
 * use now): held to HEAP_GROWTH_PERCENT from HOLD_FROM_MB on, and collected as ANSWERING_FLAGS say; left to
 * V8 below it. Changes nothing in a process started with its own growth. Called once a start has loaded its
 * knowledge.
 * @example fitHeapGrowth(50) // false: the seeds' start answers with V8's own growth
 */
export function fitHeapGrowth(
  keptMb: number = getHeapStatistics().used_heap_size / 2 ** 20,
  setFlags: SetFlags = setFlagsFromString,
): boolean {
  if (heldAt === undefined) return false;
  heldAt = keptMb >= HOLD_FROM_MB ? HEAP_GROWTH_PERCENT : 0;
  setFlags(growth(heldAt));
  for (const flag of heldAt === 0 ? V8_OWN_FLAGS : ANSWERING_FLAGS) setFlags(flag);
  return heldAt !== 0;
}

/**
 * Returns what `read` returns, the heap let grow by READ_BACK_GROWTH_PERCENT while it runs and held as
 * before after, when the growth is held. For reading back what a start keeps: each full collection while
 * the heap only grows marks everything read so far.
 * @example whileReadingBack(() => readMeetingsFile(path)) // the meetings, read with fewer collections
 */
export function whileReadingBack<T>(read: () => T, setFlags: SetFlags = setFlagsFromString): T {
  const held = heldAt;
  // V8's own growth is faster than the read-back's already.
  if (held === undefined || held === 0) return read();
  setFlags(growth(READ_BACK_GROWTH_PERCENT));
  try {
    return read();
  } finally {
    setFlags(growth(held));
  }
}
