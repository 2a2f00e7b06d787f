import type { SlackMessage } from "../../src/core/types.ts";
import {
  createScheduler,
  type RenderDigest,
  type Scheduler,
  type SchedulerDeps,
} from "../../src/digest/scheduler.ts";
import { createDigestPoster, type DigestPosterOptions } from "../../src/slack/digest-poster.ts";
import type { DigestStore, Subscription } from "../../src/store/types.ts";
import type { SlackApiStub } from "../support/slack-api-stub.ts";
import { aSubscription } from "../support/subscription.ts";

/** A clock the test moves by hand. */
export interface TestClock {
  now: Date;
  set(iso: string): void;
  read: () => Date;
}

/** Returns a clock starting at iso. */
export function testClock(iso: string): TestClock {
  const clock: TestClock = {
    now: new Date(iso),
    set(next) {
      clock.now = new Date(next);
    },
    read: () => clock.now,
  };
  return clock;
}

/** Returns a subscription for channelId at 08:00 Rome time, created well before the test days. */
export function romeSubscription(channelId: string, overrides: Partial<Subscription> = {}): Subscription {
  return aSubscription({ channelId, ...overrides });
}

/** A message naming the channel and date, standing in for the digest content (built elsewhere). */
export const renderPlain: RenderDigest = async (sub, localDate) =>
  plainMessage(sub.channelId, localDate, sub);

function plainMessage(channelId: string, localDate: string, sub: Subscription): SlackMessage {
  return {
    text: `digest ${channelId} ${localDate}`,
    blocks: [{ type: "section", text: { type: "mrkdwn", text: `digest ${channelId} ${localDate}` } }],
    metadata: {
      event_type: "briefbot_reply",
      event_payload: { lang: sub.lang, command: "digest", sources: [] },
    },
  };
}

/** Sleeps recorded instead of waited, so retry policies run instantly. */
export function recordingSleep(): { waits: number[]; sleep: (ms: number) => Promise<void> } {
  const waits: number[] = [];
  return {
    waits,
    sleep: async (ms) => {
      waits.push(ms);
    },
  };
}

/** Returns a scheduler posting to the stand-in, with fast retries and quiet logs; options override. */
export function schedulerFor(
  stub: SlackApiStub,
  store: DigestStore,
  clock: TestClock,
  options: Omit<Partial<SchedulerDeps>, "poster"> & { poster?: Partial<DigestPosterOptions> } = {},
): Scheduler {
  const { poster: posterOptions, ...deps } = options;
  const poster = createDigestPoster({
    token: "xoxb-test",
    slackApiUrl: stub.apiUrl,
    requestTimeoutMs: 300,
    backoffMs: (retry) => retry,
    sleep: async () => undefined,
    ...posterOptions,
  });
  return createScheduler({
    store,
    poster,
    render: renderPlain,
    clock: clock.read,
    instanceId: "test-instance",
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    ...deps,
  });
}

/** Returns the channel of each chat.postMessage the stand-in received, sorted. */
export function postedChannels(stub: SlackApiStub): string[] {
  return stub
    .callsTo("chat.postMessage")
    .map((call) => String(call.body.channel))
    .sort();
}
