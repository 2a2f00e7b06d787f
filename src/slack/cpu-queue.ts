/** Runs synchronous work in slices of event-loop turns. */
export interface CpuQueue {
  /** Runs `work` after the pieces queued before it, with I/O handled in between; resolves with its result. */
  run<T>(work: () => T): Promise<T>;
}

/** How long one turn may run queued pieces before letting I/O (acks, reply posts) through. */
const DEFAULT_SLICE_MS = 10;

/**
 * Returns an empty queue. Answering is synchronous CPU work: run back to back without end, answers would
 * hold up the acks of requests arriving meanwhile; one per turn starves the answers instead, because under
 * load every turn also reads and acks dozens of requests. Each turn runs pieces until `sliceMs` have passed
 * (at least one piece), so an ack waits at most about one slice and answers get their share of the CPU.
 */
export function createCpuQueue(
  now: () => number = () => performance.now(),
  sliceMs: number = DEFAULT_SLICE_MS,
): CpuQueue {
  const pending: (() => void)[] = [];
  let draining = false;
  const next = (): void => {
    const began = now();
    do {
      const piece = pending.shift();
      if (piece === undefined) {
        draining = false;
        return;
      }
      piece();
    } while (now() - began < sliceMs);
    setImmediate(next);
  };
  return {
    run<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        pending.push(() => {
          try {
            resolve(work());
          } catch (error) {
            reject(error);
          }
        });
        if (!draining) {
          draining = true;
          setImmediate(next);
        }
      });
    },
  };
}
