import { describe, expect, it } from "vitest";
import { type AnswerQueueOptions, createAnswerQueue } from "../../src/slack/answer-queue.ts";

/** A job that runs until released, recording when it started. */
function gate(log: string[], name: string) {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const job = async (): Promise<void> => {
    log.push(name);
    await released;
  };
  return { job, release: () => release() };
}

function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function queueWith(options: Partial<AnswerQueueOptions> = {}) {
  let clock = 0;
  const queue = createAnswerQueue({
    maxInFlight: 1,
    maxReplyMs: 60_000,
    maxWaitingPerUser: 100,
    initialAnswerMs: 100,
    now: () => clock,
    ...options,
  });
  return { queue, advance: (ms: number) => (clock += ms) };
}

describe("the answer queue", () => {
  it("runs no more answers at once than its cap", async () => {
    const { queue } = queueWith({ maxInFlight: 2 });
    const log: string[] = [];
    const jobs = ["a", "b", "c"].map((name) => gate(log, name));
    for (const [i, { job }] of jobs.entries()) queue.offer(`U${i}`, job);
    await settle();
    expect(log).toEqual(["a", "b"]);
    expect([queue.running(), queue.waiting()]).toEqual([2, 1]);
    jobs[0]?.release();
    await settle();
    expect(log).toEqual(["a", "b", "c"]);
  });

  it("lets a second user's question go next instead of behind all of the first user's", async () => {
    const { queue } = queueWith();
    const log: string[] = [];
    const first = ["a1", "a2", "a3"].map((name) => gate(log, name));
    const other = gate(log, "b1");
    const done = first.map(({ job }) => queue.offer("UA", job));
    queue.offer("UB", other.job);
    for (const { release } of [...first, other]) release();
    await Promise.all(done);
    expect(log).toEqual(["a1", "b1", "a2", "a3"]);
  });

  it("turns away a user's question beyond their share of the waiting line, not another user's", () => {
    const { queue } = queueWith({ maxWaitingPerUser: 2 });
    const log: string[] = [];
    const offered = ["a1", "a2", "a3"].map((name) => queue.offer("UA", gate(log, name).job));
    expect(offered.map((taken) => taken !== undefined)).toEqual([true, true, false]);
    expect(queue.offer("UB", gate(log, "b1").job)).toBeDefined();
  });

  it("turns a question away when its reply would come later than the bound", () => {
    const { queue } = queueWith({ maxInFlight: 2, maxReplyMs: 350 });
    const log: string[] = [];
    // Expected replies: 100, 100, 200, 200, 300, 300, then 400 ms: over the bound.
    const taken = Array.from({ length: 7 }, (_, i) => queue.offer(`U${i}`, gate(log, `q${i}`).job));
    expect(taken.map((answered) => answered !== undefined)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it("learns how long answers take and takes fewer when they slow down", async () => {
    const { queue, advance } = queueWith({ maxReplyMs: 1_000 });
    const log: string[] = [];
    for (let round = 0; round < 30; round++) {
      const { job, release } = gate(log, `slow${round}`);
      const done = queue.offer(`U${round}`, job);
      await settle();
      advance(400);
      release();
      await done;
    }
    const taken = Array.from({ length: 10 }, (_, i) => queue.offer(`V${i}`, gate(log, `q${i}`).job));
    // With answers near 400 ms, a reply within 1 s leaves room for two answers ahead of it, not nine.
    expect(taken.filter((answered) => answered !== undefined)).toHaveLength(2);
  });

  it("keeps going after a job fails", async () => {
    const { queue } = queueWith();
    const failed = queue.offer("UA", async () => {
      throw new Error("posting failed");
    });
    let ran = false;
    const next = queue.offer("UB", async () => {
      ran = true;
    });
    await Promise.all([failed, next]);
    expect(ran).toBe(true);
    expect([queue.running(), queue.waiting()]).toEqual([0, 0]);
  });

  it("lets a running answer older than staleAfterMs stop holding its slot, up to maxRunning", async () => {
    const { queue, advance } = queueWith({ maxInFlight: 1, staleAfterMs: 500, maxRunning: 2 });
    const log: string[] = [];
    const stuck = gate(log, "stuck");
    queue.offer("UA", stuck.job);
    const next = gate(log, "next");
    queue.offer("UB", next.job);
    const third = gate(log, "third");
    queue.offer("UC", third.job);
    await settle();
    expect(log).toEqual(["stuck"]);
    advance(600);
    // Any turn of the queue looks again: the stuck answer no longer holds the one slot.
    queue.offer("UD", gate(log, "fourth").job);
    await settle();
    expect(log).toEqual(["stuck", "next"]);
    advance(600);
    queue.offer("UE", gate(log, "fifth").job);
    await settle();
    // Two running, both stale: maxRunning holds the rest back.
    expect(log).toEqual(["stuck", "next"]);
    expect([queue.running(), queue.waiting()]).toEqual([2, 3]);
    stuck.release();
    next.release();
  });

  it("on close, turns every waiting answer away through its note and takes no more", async () => {
    const { queue } = queueWith({ maxInFlight: 1 });
    const log: string[] = [];
    const running = gate(log, "running");
    queue.offer("UA", running.job);
    const told: string[] = [];
    const waiting = ["UB", "UC", "UD"].map((userId) =>
      queue.offer(userId, gate(log, userId).job, async () => {
        told.push(userId);
        return userId !== "UD";
      }),
    );
    await settle();
    const closed = await queue.close();
    expect(closed).toEqual({ turnedAway: 3, untold: 1 });
    expect(told).toEqual(["UB", "UC", "UD"]);
    await Promise.all(waiting);
    expect(log).toEqual(["running"]);
    expect(queue.offer("UE", gate(log, "late").job)).toBeUndefined();
    running.release();
  });
});
