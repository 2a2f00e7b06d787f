import { type Logger, webApi } from "@slack/bolt";

/** Reads one user's Slack locale (e.g. "sw-KE"); undefined when Slack has none. */
export type FetchLocale = (userId: string) => Promise<string | undefined>;

/** Returns a user's locale from the cache or Slack; undefined when unknown, failed or too slow. */
export type LocaleLookup = (userId: string) => Promise<string | undefined>;

/** Options of {@link createLocaleLookup}. */
export interface LocaleLookupOptions {
  fetchLocale: FetchLocale;
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

interface CacheEntry {
  locale: Promise<string | undefined>;
  expiresAt: number;
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
  const cache = new Map<string, CacheEntry>();
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const now = (): number => options.clock().getTime();

  const start = (userId: string): CacheEntry => {
    const entry: CacheEntry = { locale: Promise.resolve(undefined), expiresAt: now() + options.ttlMs };
    entry.locale = options.fetchLocale(userId).catch((error: unknown) => {
      options.logger?.warn(`users.info failed for ${userId}; replying without a locale:`, error);
      entry.expiresAt = now() + options.failureTtlMs;
      return undefined;
    });
    return entry;
  };

  return (userId) => {
    let entry = cache.get(userId);
    if (entry === undefined || entry.expiresAt <= now()) {
      entry = start(userId);
      cache.delete(userId);
      cache.set(userId, entry);
      if (cache.size > maxEntries) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
      }
    }
    return withDeadline(entry.locale, options.timeoutMs, undefined);
  };
}

/** Returns a FetchLocale calling users.info with include_locale through the given client. */
export function usersInfoLocale(client: webApi.WebClient): FetchLocale {
  return async (userId) => {
    const result = await client.users.info({ user: userId, include_locale: true });
    return result.user?.locale;
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
