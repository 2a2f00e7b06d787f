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

/** Full collections at most, while each still frees something. */
const MAX_COLLECTIONS = 8;
/** A collection freeing less than this has found all there was to free. */
const SETTLED_BYTES = 1024 * 1024;

/**
 * Runs full garbage collections when node runs with --expose-gc, until one frees less than a megabyte: after
 * a cold start, two sometimes left some dead objects counted (why V8 frees them late is not known).
 * Returns whether it could.
 */
export function collectGarbage(): boolean {
  const gc = globalThis.gc;
  if (!gc) return false;
  gc();
  let before = process.memoryUsage().heapUsed;
  for (let run = 1; run < MAX_COLLECTIONS; run++) {
    gc();
    const after = process.memoryUsage().heapUsed;
    if (before - after < SETTLED_BYTES) break;
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
