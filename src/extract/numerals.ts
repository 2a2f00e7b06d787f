/** Zero code points of the digit systems read as numbers: Arabic-Indic, Extended Arabic-Indic, Devanagari. */
const DIGIT_ZEROS: readonly number[] = [0x0660, 0x06f0, 0x0966];
const NON_ASCII_DIGIT = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]/g;

/**
 * Returns the text with every Arabic-Indic or Devanagari digit written as an ASCII digit.
 * @example asciiDigits("١٨ نوفمبر ٢٠٢٢") // "18 نوفمبر 2022"
 */
export function asciiDigits(text: string): string {
  return text.replace(NON_ASCII_DIGIT, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9) ?? code;
    return String(code - zero);
  });
}

/**
 * Returns the number a written numeral stands for, with thousands separators (",", ".", thin or plain
 * spaces, Arabic ٬) removed and a decimal comma, point or Arabic ٫ before one or two digits read as one;
 * undefined when it is not a number.
 * @example parseNumeral("31,000") // 31000
 * @example parseNumeral("3,6") // 3.6
 * @example parseNumeral("२,३८,०००") // 238000
 */
export function parseNumeral(written: string): number | undefined {
  const ascii = asciiDigits(written);
  // Indian grouping: thousands, then lakhs and crores in pairs of digits ("2,38,000").
  if (/^\d{1,2}(?:,\d{2})+,\d{3}$/.test(ascii)) return Number(ascii.replaceAll(",", ""));
  const plain = ascii
    .replace(/[,.\u066C\u202F\u00A0 ](?=\d{3}(?!\d))/g, "")
    .replace(/[,.\u066B](?=\d{1,2}$)/, ".");
  if (!/^\d+(?:\.\d{1,2})?$/.test(plain)) return undefined;
  return Number(plain);
}
