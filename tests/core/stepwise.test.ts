import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { stepwise, stepwisePer } from "../../src/core/stepwise.ts";

function* countTo(last: number, steps: number[]): Generator<void, number, void> {
  for (let count = 1; count <= last; count++) {
    yield;
    steps.push(count);
  }
  return last;
}

/** A full garbage collection, asked of V8 from inside the test. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

describe("a stepwise build", () => {
  it("lets go of what its steps worked with once it is over, keeping only the value", async () => {
    let working: WeakRef<object> | undefined;
    function* steps(): Generator<void, number, void> {
      const table = new Map([["kbtgn", "كبتاغون"]]);
      // Used by a function made inside, as a build's memo is: then the generator's own scope holds it.
      const look = (key: string): string => table.get(key) ?? "";
      working = new WeakRef(table);
      yield;
      return look("kbtgn").length;
    }
    const build = stepwise(steps());
    expect(build.finish()).toBe(7);
    // A WeakRef's target lives at least to the end of the task that made it.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(working?.deref()).toBeUndefined();
    expect(build.finish()).toBe(7);
  });

  it("finishes at once what is left, and gives the same value again without working", () => {
    const steps: number[] = [];
    const build = stepwise(countTo(5, steps));
    expect(build.finish()).toBe(5);
    expect(steps).toEqual([1, 2, 3, 4, 5]);
    expect(build.finish()).toBe(5);
    expect(build.advance(0)).toBe(true);
    expect(steps.length).toBe(5);
  });

  it("works for about the budget it is given, and at least one step", () => {
    let time = 0;
    const steps: number[] = [];
    const build = stepwise(countTo(10, steps), () => {
      time += 3;
      return time;
    });
    expect(build.advance(0)).toBe(false);
    const afterNothing = steps.length;
    expect(afterNothing).toBeLessThanOrEqual(1);
    expect(build.advance(7)).toBe(false);
    expect(steps.length - afterNothing).toBeGreaterThanOrEqual(1);
    expect(steps.length).toBeLessThan(10);
    expect(build.advance(1000)).toBe(true);
    expect(steps).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("throws what a step threw, each time it is asked again", () => {
    function* failing(): Generator<void, string, void> {
      yield;
      throw new Error("unreadable");
    }
    const build = stepwise(failing());
    expect(() => build.finish()).toThrow("unreadable");
    expect(() => build.finish()).toThrow("unreadable");
    expect(() => build.advance(5)).toThrow("unreadable");
  });

  it("gives each key one build of its own, made on first ask", () => {
    const made: string[] = [];
    const buildOf = stepwisePer((key: { name: string }) => {
      made.push(key.name);
      return countTo(key.name.length, []);
    });
    const rome = { name: "Rome" };
    const lyon = { name: "Lyon!" };
    expect(buildOf(rome)).toBe(buildOf(rome));
    expect(buildOf(rome).finish()).toBe(4);
    expect(buildOf(lyon).finish()).toBe(5);
    expect(made).toEqual(["Rome", "Lyon!"]);
  });
});
