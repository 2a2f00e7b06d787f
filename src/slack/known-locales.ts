/** The Slack locale last seen for each user, readable without waiting (e.g. while acking). */
export interface KnownLocales {
  /** The user's locale as last looked up (e.g. "sw-KE"), undefined when none is known. */
  get(userId: string): string | undefined;
  /** Remembers the user's locale, dropping the oldest entry beyond the bound. */
  remember(userId: string, locale: string): void;
}

const DEFAULT_MAX_ENTRIES = 10_000;

/** Returns an empty, bounded memory of users' locales. */
export function createKnownLocales(maxEntries: number = DEFAULT_MAX_ENTRIES): KnownLocales {
  const locales = new Map<string, string>();
  return {
    get: (userId) => locales.get(userId),
    remember(userId, locale) {
      locales.delete(userId);
      locales.set(userId, locale);
      if (locales.size > maxEntries) {
        const oldest = locales.keys().next();
        if (!oldest.done) locales.delete(oldest.value);
      }
    },
  };
}
