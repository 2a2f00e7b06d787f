/**
 * Returns `compute` remembering its answers for up to `limit` different keys (words, unless said otherwise).
 * Once full it forgets them all at once: a word then costs one computation more, where a least-recently-used
 * order would cost bookkeeping on every hit, and words repeat enough that the memo refills with the ones that
 * matter.
 * @example const upper = memoised(1000, (word) => word.toUpperCase()); upper("rome") // "ROME"
 */
export function memoised<T, K = string>(limit: number, compute: (key: K) => T): (key: K) => T {
  const known = new Map<K, T>();
  return (key) => {
    const remembered = known.get(key);
    if (remembered !== undefined) return remembered;
    const result = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, result);
    return result;
  };
}
