/**
 * Bounded edit distance for typo correction against the lexicon's (small) vocabulary.
 */

/** Rows reused across calls: a question compares each word with hundreds of spellings. */
let before = new Int32Array(64);
let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * Returns the optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps)
 * between a and b, or max + 1 as soon as it must exceed max.
 * @example editDistance("fentanil", "fentanyl", 2) // 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (previous.length < width) {
    before = new Int32Array(width * 2);
    previous = new Int32Array(width * 2);
    current = new Int32Array(width * 2);
  }
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const charA = a.charCodeAt(i - 1);
    const lastA = i > 1 ? a.charCodeAt(i - 2) : -1;
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const charB = b.charCodeAt(j - 1);
      const cost = charA === charB ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (j > 1 && charA === b.charCodeAt(j - 2) && lastA === charB) {
        value = Math.min(value, (before[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  const distance = previous[b.length] as number;
  return distance > max ? max + 1 : distance;
}
