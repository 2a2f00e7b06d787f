/**
 * How far V8 lets the heap grow past what its last full collection left before it collects again. Left to
 * itself, with a heap limit of 2 GB or more (Node's default here is 4.1 GB), V8 allows up to four times: at
 * 100,000 documents the 638 MB a start leaves live became a 2.6 GB heap while questions were answered, and the
 * process's peak RSS 3.0 GB. Held to a fifth more, a cold start at 10,000 documents took as long (51.4 against
 * 51.6 s) and peaked at 471 MB instead of 563.
 */
import { setFlagsFromString } from "node:v8";

/** The share, in percent, by which the heap may grow between full collections. */
export const HEAP_GROWTH_PERCENT = 20;

const FLAG = /^--heap[-_]growing[-_]percent(=|$)/;

/**
 * Holds this process's heap growth between full collections to HEAP_GROWTH_PERCENT, unless the process was
 * started with its own `--heap-growing-percent`. Returns whether it set it. Called once, as the process starts.
 */
export function holdHeapGrowth(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((arg) => FLAG.test(arg))) return false;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH_PERCENT}`);
  return true;
}
