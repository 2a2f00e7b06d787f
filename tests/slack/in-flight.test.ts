import { describe, expect, it } from "vitest";
import { createInFlight } from "../../src/slack/in-flight.ts";

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe("createInFlight", () => {
  it("waits for every tracked reply, including one that fails", async () => {
    const inFlight = createInFlight();
    const slow = deferred();
    void inFlight.track(slow.promise);
    inFlight.track(Promise.reject(new Error("x"))).catch(() => undefined);
    expect(inFlight.size()).toBe(2);
    setTimeout(slow.resolve, 20);
    expect(await inFlight.drain(2_000)).toBe(0);
    expect(inFlight.size()).toBe(0);
  });

  it("gives up after the timeout and says how many were cut short", async () => {
    const inFlight = createInFlight();
    void inFlight.track(deferred().promise);
    const began = Date.now();
    expect(await inFlight.drain(50)).toBe(1);
    expect(Date.now() - began).toBeLessThan(1_000);
  });
});
