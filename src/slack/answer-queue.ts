/** How many answers run at once and how long a reply may be kept waiting. */
export interface AnswerQueueOptions {
  /** Answers worked on at once: waiting for the locale, computing, posting the reply. */
  maxInFlight: number;
  /** A request whose reply is expected later than this is turned away at once instead of queued. */
  maxReplyMs: number;
  /** Answers one user may have waiting; more are turned away, so one busy user cannot crowd out the others. */
  maxWaitingPerUser: number;
  /** What an answer is assumed to take until some have been timed. */
  initialAnswerMs: number;
  /** Monotonic milliseconds, to time answers. */
  now: () => number;
}

/** Answers waiting their turn, taken from users in rotation and run a few at a time. */
export interface AnswerQueue {
  /**
   * Queues `job` for `userId` when its reply can be expected within maxReplyMs; returns a promise that
   * settles when the job has run, or undefined when the queue turned it away (the caller says "busy").
   */
  offer(userId: string, job: () => Promise<void>): Promise<void> | undefined;
  /** Answers queued and not started yet. */
  waiting(): number;
  /** Answers started and not finished yet. */
  running(): number;
}

/**
 * Defaults: replies within three seconds, four waiting per user, 64 answers at once (with 8, answers starved
 * behind a flood of acks: 110 replies/s against 690 with 64 in the signed /brief benchmark).
 */
export const DEFAULT_ANSWER_QUEUE: Omit<AnswerQueueOptions, "now"> = {
  maxInFlight: 64,
  maxReplyMs: 3_000,
  maxWaitingPerUser: 4,
  initialAnswerMs: 50,
};

/** Weight of the latest answer in the running mean of answer times: recent load counts, one outlier does not. */
const SMOOTHING = 0.1;

interface Waiting {
  job: () => Promise<void>;
  done: () => void;
}

/**
 * Returns an empty queue. Users take turns: each has a line of their own and every waiting user gets one
 * answer per round, so a user with many questions delays another user's question by at most one of theirs.
 * The expected reply time of a newcomer is the answers ahead of it divided among the slots, times the
 * running mean of answer times, plus its own answer.
 */
export function createAnswerQueue(options: AnswerQueueOptions): AnswerQueue {
  const lines = new Map<string, Waiting[]>();
  let waiting = 0;
  let running = 0;
  let meanAnswerMs = options.initialAnswerMs;

  const expectedReplyMs = (): number => {
    const ahead = Math.max(0, waiting + running + 1 - options.maxInFlight);
    return Math.ceil(ahead / options.maxInFlight) * meanAnswerMs + meanAnswerMs;
  };

  const nextInRotation = (): Waiting | undefined => {
    for (const [userId, line] of lines) {
      lines.delete(userId);
      const next = line.shift();
      // Re-inserting moves the user to the end of the Map's order: the next turn is someone else's.
      if (line.length > 0) lines.set(userId, line);
      if (next !== undefined) return next;
    }
    return undefined;
  };

  const startNext = (): void => {
    while (running < options.maxInFlight) {
      const next = nextInRotation();
      if (next === undefined) return;
      waiting -= 1;
      running += 1;
      const began = options.now();
      void next
        .job()
        .catch(() => undefined)
        .then(() => {
          meanAnswerMs += SMOOTHING * (options.now() - began - meanAnswerMs);
          running -= 1;
          next.done();
          startNext();
        });
    }
  };

  return {
    offer(userId, job) {
      const line = lines.get(userId) ?? [];
      if (line.length >= options.maxWaitingPerUser) return undefined;
      if (expectedReplyMs() > options.maxReplyMs) return undefined;
      return new Promise<void>((done) => {
        line.push({ job, done });
        lines.set(userId, line);
        waiting += 1;
        // Started on the next turn, so the caller's ack goes out before any of the answer's work.
        queueMicrotask(startNext);
      });
    },
    waiting: () => waiting,
    running: () => running,
  };
}
