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
  /**
   * An answer running longer than this is stuck on a slow endpoint (a response_url that does not answer):
   * it stops holding one of the maxInFlight slots, so it cannot starve the others. Default maxReplyMs.
   */
  staleAfterMs?: number;
  /** Answers running at once, stuck ones included; a bound on sockets and memory. Default 4 × maxInFlight. */
  maxRunning?: number;
  /** Monotonic milliseconds, to time answers. */
  now: () => number;
}

/** Sends the "busy" note instead of the answer; resolves whether it reached the user. */
export type TurnAway = () => Promise<boolean>;

/** What closing the queue did with the answers still waiting. */
export interface TurnedAway {
  /** Waiting answers that got the busy note instead. */
  turnedAway: number;
  /** Of those, how many notes could not be delivered. */
  untold: number;
}

/** Answers waiting their turn, taken from users in rotation and run a few at a time. */
export interface AnswerQueue {
  /**
   * Queues `job` for `userId` when its reply can be expected within maxReplyMs; returns a promise that
   * settles when the job has run (or, once the queue closed, when `turnAway` told the user the bot is
   * busy), or undefined when the queue turned it away at once (the caller says "busy").
   */
  offer(userId: string, job: () => Promise<void>, turnAway?: TurnAway): Promise<void> | undefined;
  /**
   * Takes no more work and turns every waiting answer away through its TurnAway (a shutdown); answers
   * already running go on. Resolves once every note was sent or failed.
   */
  close(): Promise<TurnedAway>;
  /** Answers queued and not started yet. */
  waiting(): number;
  /** Answers started and not finished yet, stuck ones included. */
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
  turnAway: TurnAway | undefined;
  done: () => void;
}

/**
 * Returns an empty queue. Users take turns: each has a line of their own and every waiting user gets one
 * answer per round, so a user with many questions delays another user's question by at most one of theirs.
 * Admission goes by the age of the running work: answers younger than staleAfterMs hold the slots, older
 * ones are stuck on I/O and make room. The expected reply time of a newcomer is the answers ahead of it
 * divided among the slots, times the running mean of answer times, plus its own answer.
 */
export function createAnswerQueue(options: AnswerQueueOptions): AnswerQueue {
  const staleAfterMs = options.staleAfterMs ?? options.maxReplyMs;
  const maxRunning = options.maxRunning ?? 4 * options.maxInFlight;
  const lines = new Map<string, Waiting[]>();
  /** Start times of the answers running now. */
  const started = new Set<{ at: number }>();
  let waiting = 0;
  let meanAnswerMs = options.initialAnswerMs;
  let closed = false;
  let wake: NodeJS.Timeout | undefined;

  /** Running answers young enough to hold a slot. */
  const holding = (): number => {
    const now = options.now();
    let count = 0;
    for (const { at } of started) if (now - at < staleAfterMs) count += 1;
    return count;
  };

  const expectedReplyMs = (): number => {
    const ahead = Math.max(0, waiting + holding() + 1 - options.maxInFlight);
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

  /** While answers wait behind full slots, looks again when the youngest running answer turns stale. */
  const wakeWhenSlotFrees = (): void => {
    clearTimeout(wake);
    wake = undefined;
    if (waiting === 0 || started.size >= maxRunning || started.size === 0) return;
    const now = options.now();
    const soonest = Math.min(...[...started].map(({ at }) => at + staleAfterMs - now));
    wake = setTimeout(startNext, Math.max(1, soonest));
    wake.unref();
  };

  function startNext(): void {
    while (holding() < options.maxInFlight && started.size < maxRunning) {
      const next = nextInRotation();
      if (next === undefined) break;
      waiting -= 1;
      const entry = { at: options.now() };
      started.add(entry);
      void next
        .job()
        .catch(() => undefined)
        .then(() => {
          // A stuck answer measures the endpoint, not the work: it counts as no longer than staleAfterMs.
          const took = Math.min(options.now() - entry.at, staleAfterMs);
          meanAnswerMs += SMOOTHING * (took - meanAnswerMs);
          started.delete(entry);
          next.done();
          startNext();
        });
    }
    wakeWhenSlotFrees();
  }

  return {
    offer(userId, job, turnAway) {
      if (closed) return undefined;
      const line = lines.get(userId) ?? [];
      if (line.length >= options.maxWaitingPerUser) return undefined;
      if (expectedReplyMs() > options.maxReplyMs) return undefined;
      return new Promise<void>((done) => {
        line.push({ job, turnAway, done });
        lines.set(userId, line);
        waiting += 1;
        // Started on the next turn, so the caller's ack goes out before any of the answer's work.
        queueMicrotask(startNext);
      });
    },
    async close() {
      closed = true;
      clearTimeout(wake);
      const left = [...lines.values()].flat();
      lines.clear();
      waiting = 0;
      const told = await Promise.all(
        left.map(async (entry) => {
          const reached = entry.turnAway ? await entry.turnAway().catch(() => false) : false;
          entry.done();
          return reached;
        }),
      );
      return { turnedAway: left.length, untold: told.filter((reached) => !reached).length };
    },
    waiting: () => waiting,
    running: () => started.size,
  };
}
