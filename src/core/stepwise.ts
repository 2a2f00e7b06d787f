/**
 * A value built in small steps, so that building it ahead of need can give the event loop back between
 * steps, while a caller that needs the value now can still have it at once.
 */
export interface StepwiseBuild<T> {
  /** Returns the value, doing at once whatever work is left; throws what a step threw, every time. */
  finish(): T;
  /** Works on the value for about `budgetMs` (at least one step); returns whether it is done. */
  advance(budgetMs: number): boolean;
}

/**
 * Returns a build driven by a generator that yields between steps and returns the value.
 * @example stepwise(countTo(3)).finish() // 3, where countTo yields before each count
 */
export function stepwise<T>(
  steps: Generator<void, T, void>,
  clock: () => number = () => performance.now(),
): StepwiseBuild<T> {
  let done: { value: T } | undefined;
  let failed: { error: unknown } | undefined;
  // Let go once over: a finished generator still holds every variable its steps used (their working tables).
  let left: Generator<void, T, void> | undefined = steps;
  const step = (): boolean => {
    if (done) return true;
    // A generator that threw is over: asking it again would look like a finished build with no value.
    if (failed) throw failed.error;
    if (!left) throw new Error("stepwise: no steps left and no value");
    try {
      const next = left.next();
      if (next.done) {
        done = { value: next.value };
        left = undefined;
      }
    } catch (error) {
      failed = { error };
      left = undefined;
      throw error;
    }
    return done !== undefined;
  };
  return {
    finish() {
      while (!done) step();
      return done.value;
    },
    advance(budgetMs) {
      const until = clock() + budgetMs;
      while (!step()) if (clock() >= until) return false;
      return true;
    },
  };
}

/**
 * Returns a function giving each key one build of its own, made from `steps` on first ask and kept for as
 * long as the key lives.
 * @example const vocabularyBuild = stepwisePer(vocabularySteps); vocabularyBuild(knowledge).finish()
 */
export function stepwisePer<K extends object, T>(
  steps: (key: K) => Generator<void, T, void>,
): (key: K) => StepwiseBuild<T> {
  const builds = new WeakMap<K, StepwiseBuild<T>>();
  return (key) => {
    let build = builds.get(key);
    if (!build) {
      build = stepwise(steps(key));
      builds.set(key, build);
    }
    return build;
  };
}
