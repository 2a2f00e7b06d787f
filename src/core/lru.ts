/**
 * A small least-recently-used memo: repeated questions are common, and their answers are pure data.
 */

/** A bounded map that forgets the entry used least recently once full. */
export interface Lru<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
}

/**
 * Returns an empty memo holding at most `capacity` entries.
 * @example const memo = createLru<string, number>(2); memo.set("a", 1); memo.get("a") // 1
 */
export function createLru<K, V>(capacity: number): Lru<K, V> {
  const entries = new Map<K, V>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value === undefined) return undefined;
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      entries.delete(key);
      if (entries.size >= capacity) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      entries.set(key, value);
    },
  };
}
