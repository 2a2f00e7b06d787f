/**
 * Returns the texts grouped into requests of at most `maxSegments` texts and `maxChars` characters, in order;
 * a text longer than `maxChars` goes alone.
 * @example toBatches(["ab", "cd", "ef"], 2, 100) // [["ab", "cd"], ["ef"]]
 */
export function toBatches(texts: readonly string[], maxSegments: number, maxChars: number): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const text of texts) {
    const size = text.length;
    if (current.length > 0 && (current.length >= maxSegments || chars + size > maxChars)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(text);
    chars += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
