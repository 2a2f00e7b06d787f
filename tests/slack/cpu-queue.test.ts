import { describe, expect, it } from "vitest";
import { createCpuQueue } from "../../src/slack/cpu-queue.ts";

describe("the CPU queue", () => {
  it("runs pieces for one slice per turn, then lets waiting I/O through", async () => {
    let clock = 0;
    const queue = createCpuQueue(() => clock, 10);
    const ran: string[] = [];
    const pieces = Array.from({ length: 5 }, (_, i) =>
      queue.run(() => {
        ran.push(`piece ${i}`);
        clock += 4;
        return i;
      }),
    );
    // Stands for a request read in the same turn: it must come after one 10 ms slice (three 4 ms pieces),
    // neither after every piece nor after each one.
    setImmediate(() => ran.push("ack"));
    expect(await Promise.all(pieces)).toEqual([0, 1, 2, 3, 4]);
    expect(ran).toEqual(["piece 0", "piece 1", "piece 2", "ack", "piece 3", "piece 4"]);
  });

  it("rejects with the error a piece throws and runs the next piece", async () => {
    const queue = createCpuQueue();
    const failing = queue.run(() => {
      throw new Error("boom");
    });
    const next = queue.run(() => "ok");
    await expect(failing).rejects.toThrow("boom");
    expect(await next).toBe("ok");
  });
});
