import words from "an-array-of-english-words" with { type: "json" };

let english: ReadonlySet<string> | undefined;

/**
 * Returns whether a lower-case word is an English dictionary word: a short question's English words
 * ("police school") show its language where the corpus and the thesaurus do not.
 * @example isEnglishWord("school") // true
 * @example isEnglishWord("meridionale") // false
 */
export function isEnglishWord(word: string): boolean {
  english ??= new Set(words as readonly string[]);
  return english.has(word);
}
