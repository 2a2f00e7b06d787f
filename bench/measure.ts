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

/** Runs a full garbage collection when node runs with --expose-gc; returns whether it could. */
export function collectGarbage(): boolean {
  if (!globalThis.gc) return false;
  globalThis.gc();
  globalThis.gc();
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
