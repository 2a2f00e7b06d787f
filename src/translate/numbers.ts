/** The zero of each decimal digit set the corpus languages write numbers in: Latin, Arabic-Indic, Persian, Devanagari. */
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966];

function asciiDigit(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
  return char;
}

/**
 * Returns the runs of digits in a text, written in 0–9 whatever the script.
 * @example digitRuns("٢٠٢٤ and 24/7") // ["2024", "24", "7"]
 */
export function digitRuns(text: string): string[] {
  const ascii = Array.from(text, asciiDigit).join("");
  return ascii.match(/[0-9]+/g) ?? [];
}

/**
 * Returns whether every number of the source appears in the translation, as often as in the source:
 * a model that drops or changes a figure must not reach the reader.
 * @example keepsNumbers("Reunión el 12 de mayo", "Meeting on 12 May") // true
 */
export function keepsNumbers(source: string, translation: string): boolean {
  const available = new Map<string, number>();
  for (const run of digitRuns(translation)) available.set(run, (available.get(run) ?? 0) + 1);
  for (const run of digitRuns(source)) {
    const left = available.get(run) ?? 0;
    if (left === 0) return false;
    available.set(run, left - 1);
  }
  return true;
}
