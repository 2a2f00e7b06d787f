import { type Logger, webApi } from "@slack/bolt";
import { LRUCache } from "lru-cache";

/** Reads one user's Slack locale (e.g. "sw-KE"); undefined when Slack has none. */
export type FetchLocale = (userId: string) => Promise<string | undefined>;

/** Returns a user's locale from the cache or Slack; undefined when unknown, failed or too slow. */
export type LocaleLookup = (userId: string) => Promise<string | undefined>;

/** What users.info says about a user that replies use: locale (e.g. "sw-KE") and IANA time zone. */
export interface UserInfo {
  locale?: string;
  tz?: string;
}

/** Reads one user's locale and time zone from Slack. */
export type FetchUserInfo = (userId: string) => Promise<UserInfo>;

/** Returns what is known of a user from the cache or Slack; empty when unknown, failed or too slow. */
export type UserInfoLookup = (userId: string) => Promise<UserInfo>;

/** Options of {@link createLocaleLookup}. */
export interface LocaleLookupOptions extends CacheOptions {
  fetchLocale: FetchLocale;
}

/** Options of {@link createUserInfoLookup}. */
export interface UserInfoLookupOptions extends CacheOptions {
  fetchUserInfo: FetchUserInfo;
}

/** How long and how many answers are kept, and how long one is waited for. */
interface CacheOptions {
  clock: () => Date;
  /** How long a looked-up locale is trusted. */
  ttlMs: number;
  /** How long to wait for Slack before replying without a locale. */
  timeoutMs: number;
  /** How long a failed lookup is remembered, so a failing Slack does not slow every reply down. */
  failureTtlMs: number;
  /** Cache size bound; the oldest entry goes first. */
  maxEntries?: number;
  logger?: Logger;
}

const DEFAULT_MAX_ENTRIES = 10_000;

function withDeadline<T>(task: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([task, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Returns a per-user locale lookup cached for `ttlMs` (by the injected clock). Concurrent lookups for one
 * user share a single Slack call; a lookup slower than `timeoutMs` answers undefined at once while the call
 * finishes in the background and fills the cache for the next reply.
 */
export function createLocaleLookup(options: LocaleLookupOptions): LocaleLookup {
  const { fetchLocale, ...cache } = options;
  return localeFrom(
    createUserInfoLookup({
      ...cache,
      fetchUserInfo: async (userId) => {
        const locale = await fetchLocale(userId);
        return locale === undefined ? {} : { locale };
      },
    }),
  );
}

/** Returns the locale part of a user-info lookup, sharing its cache. */
export function localeFrom(lookup: UserInfoLookup): LocaleLookup {
  return async (userId) => (await lookup(userId)).locale;
}

/**
 * Returns a per-user lookup of locale and time zone, cached as {@link createLocaleLookup} describes; a
 * lookup slower than `timeoutMs` answers {} at once.
 */
export function createUserInfoLookup(options: UserInfoLookupOptions): UserInfoLookup {
  const cache = new LRUCache<string, Promise<UserInfo>>({
    max: options.maxEntries ?? DEFAULT_MAX_ENTRIES,
    ttl: options.ttlMs,
    // Every check reads the injected clock; the default would reuse one reading for a millisecond.
    ttlResolution: 0,
    perf: { now: () => options.clock().getTime() },
  });

  const start = (userId: string): Promise<UserInfo> => {
    const info = options.fetchUserInfo(userId).catch((error: unknown): UserInfo => {
      options.logger?.warn(`users.info failed for ${userId}; replying without a locale:`, error);
      if (cache.peek(userId) === info) cache.set(userId, info, { ttl: options.failureTtlMs });
      return {};
    });
    cache.set(userId, info);
    return info;
  };

  return (userId) => withDeadline<UserInfo>(cache.get(userId) ?? start(userId), options.timeoutMs, {});
}

/** Returns a FetchLocale calling users.info with include_locale through the given client. */
export function usersInfoLocale(client: webApi.WebClient): FetchLocale {
  const fetchInfo = usersInfo(client);
  return async (userId) => (await fetchInfo(userId)).locale;
}

/** Returns a FetchUserInfo calling users.info with include_locale through the given client. */
export function usersInfo(client: webApi.WebClient): FetchUserInfo {
  return async (userId) => {
    const { user } = await client.users.info({ user: userId, include_locale: true });
    const info: UserInfo = {};
    if (user?.locale) info.locale = user.locale;
    if (user?.tz) info.tz = user.tz;
    return info;
  };
}

/** Options of {@link createLocaleClient}. */
export interface LocaleClientOptions {
  slackApiUrl?: string;
  /** Longest a users.info call may run before it is abandoned. */
  timeoutMs: number;
  logger: Logger;
}

/**
 * Returns a Web API client only for locale lookups: no retries and rate limits rejected at once, because
 * a 429 on the shared client would pause its whole queue, and replies must not wait for a locale.
 */
export function createLocaleClient(botToken: string, options: LocaleClientOptions): webApi.WebClient {
  return new webApi.WebClient(botToken, {
    ...(options.slackApiUrl === undefined ? {} : { slackApiUrl: options.slackApiUrl }),
    logger: options.logger,
    timeout: options.timeoutMs,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
}
