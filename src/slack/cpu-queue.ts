/** Runs synchronous work one piece per event-loop turn. */
export interface CpuQueue {
  /** Runs `work` after the pieces queued before it, with I/O handled in between; resolves with its result. */
  run<T>(work: () => T): Promise<T>;
}

/**
 * Returns an empty queue. Answering is synchronous CPU work: run back to back, fifty answers would hold up
 * the acks of requests arriving meanwhile; one per turn lets each waiting request be read and acked between
 * two answers.
 */
export function createCpuQueue(): CpuQueue {
  const pending: (() => void)[] = [];
  let draining = false;
  const next = (): void => {
    const piece = pending.shift();
    if (piece === undefined) {
      draining = false;
      return;
    }
    piece();
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
