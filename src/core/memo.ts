/**
 * Returns `compute` remembering its answers for up to `limit` different words. Once full it forgets them all
 * at once: a word then costs one computation more, where a least-recently-used order would cost bookkeeping
 * on every hit, and words repeat enough that the memo refills with the ones that matter.
 * @example const upper = memoised(1000, (word) => word.toUpperCase()); upper("rome") // "ROME"
 */
export function memoised<T>(limit: number, compute: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    const remembered = known.get(word);
    if (remembered !== undefined) return remembered;
    const result = compute(word);
    if (known.size >= limit) known.clear();
    known.set(word, result);
    return result;
  };
}
