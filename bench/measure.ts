/** Timing and memory read-outs for the benchmark child processes. */

/** Returns how long a synchronous call took in milliseconds, with its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** Returns how long an asynchronous call took in milliseconds, with its result. */
export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** Full collections at most, while they still free something. */
const MAX_COLLECTIONS = 8;
/** A collection freeing less than this found nothing to free. */
const SETTLED_BYTES = 1024 * 1024;
/** Collections in a row that must free nothing before the heap counts as settled. */
const SETTLED_RUNS = 2;

/**
 * Runs full garbage collections when node runs with --expose-gc, until two in a row free less than a
 * megabyte. After a cold start at 10k the heap read 201, 201, then 172 MB: with bytecode flushing on, V8
 * frees some dead objects only at the third collection (with --no-flush-bytecode the first one read 172 MB),
 * so one collection freeing nothing does not yet mean that all is freed. Returns whether it could.
 */
export function collectGarbage(): boolean {
  const gc = globalThis.gc;
  if (!gc) return false;
  gc();
  let before = process.memoryUsage().heapUsed;
  let settled = 0;
  for (let run = 1; run < MAX_COLLECTIONS && settled < SETTLED_RUNS; run++) {
    gc();
    const after = process.memoryUsage().heapUsed;
    settled = before - after < SETTLED_BYTES ? settled + 1 : 0;
    before = after;
  }
  return true;
}

/** Returns the V8 heap in use after a full collection, in MB. */
export function heapAfterGcMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Returns the process's peak resident set size so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
