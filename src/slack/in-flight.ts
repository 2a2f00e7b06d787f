/** Replies still being worked on, so a shutdown can wait for them. */
export interface InFlight {
  /** Runs the task, remembering it until it settles; returns its result. */
  track<T>(task: Promise<T>): Promise<T>;
  /** How many tasks have not settled yet. */
  size(): number;
  /** Resolves once every tracked task has settled, or after `timeoutMs`; returns how many were still running. */
  drain(timeoutMs: number): Promise<number>;
}

/** Returns an empty tracker of replies in flight. */
export function createInFlight(): InFlight {
  const running = new Set<Promise<unknown>>();
  return {
    track<T>(task: Promise<T>): Promise<T> {
      const settled = task.then(
        () => undefined,
        () => undefined,
      );
      running.add(settled);
      void settled.then(() => running.delete(settled));
      return task;
    },
    size: () => running.size,
    async drain(timeoutMs: number): Promise<number> {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      // Tasks may start while we wait (a request accepted just before the server closed), so loop.
      while (running.size > 0) {
        const all = Promise.all([...running]).then(() => false);
        const expired = await Promise.race([all, timedOut.then(() => true)]);
        if (expired) break;
      }
      clearTimeout(timer);
      return running.size;
    },
  };
}
