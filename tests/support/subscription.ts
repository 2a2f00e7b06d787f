import type { Subscription } from "../../src/store/types.ts";

/**
 * Returns a digest subscription: channel C1 at 08:00 Rome time in Italian, no topics, created by U1 well
 * before the tests' days; `overrides` change what a test is about.
 * @example aSubscription({ tz: "UTC", lang: "en" }).time // "08:00"
 */
export function aSubscription(overrides: Partial<Subscription> = {}): Subscription {
  return {
    channelId: "C1",
    time: "08:00",
    tz: "Europe/Rome",
    lang: "it",
    quiet: false,
    topics: [],
    createdBy: "U1",
    createdAt: "2024-10-01T00:00:00.000Z",
    ...overrides,
  };
}
