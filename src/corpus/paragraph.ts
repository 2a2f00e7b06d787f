import type { Paragraph, Sentence } from "./types.ts";

/**
 * Where a paragraph's sentences are, flat: a sentence written in the paragraph as two offsets (start, end)
 * into its text, one that is not (two fragments joined, spaces collapsed) as its own text.
 */
export type SentencePlaces = readonly (number | string)[];

/**
 * A paragraph holding its sentences as places in its text. A sentence object and its sliced string cost
 * about 80 bytes each; across a whole archive that was more than the text itself, so the sentences are
 * made when they are read.
 */
class PlacedParagraph implements Paragraph {
  readonly index: number;
  readonly text: string;
  /**
   * The places, one character per offset when every place is an offset that fits one (a string of a byte
   * or two an offset, where an array takes eight and some fifty more), else as given.
   */
  readonly #places: string | SentencePlaces;

  constructor(index: number, text: string, places: SentencePlaces) {
    this.index = index;
    this.text = text;
    // An array kept as it is is copied: one grown by push keeps room to grow (up to half its length again).
    this.#places = places.every((place) => typeof place === "number" && place >= 0 && place <= MAX_CODE)
      ? codes(places as number[])
      : places.slice();
  }

  /** The places as `placedParagraph` takes them. */
  get places(): SentencePlaces {
    const places = this.#places;
    if (typeof places !== "string") return places;
    const offsets: number[] = [];
    for (let at = 0; at < places.length; at++) offsets.push(places.charCodeAt(at));
    return offsets;
  }

  get sentences(): Sentence[] {
    const sentences: Sentence[] = [];
    for (let at = 0; at < this.#places.length; at = this.#next(at))
      sentences.push({ index: sentences.length + 1, text: this.#textAt(at) });
    return sentences;
  }

  /** The text of the sentence numbered `index` (1-based), without making the others. */
  sentence(index: number): string | undefined {
    if (index < 1) return undefined;
    let at = 0;
    for (let count = 1; count < index && at < this.#places.length; count++) at = this.#next(at);
    return at < this.#places.length ? this.#textAt(at) : undefined;
  }

  #placeAt(at: number): number | string | undefined {
    const places = this.#places;
    return typeof places === "string" ? places.charCodeAt(at) : places[at];
  }

  #next(at: number): number {
    return typeof this.#placeAt(at) === "string" ? at + 1 : at + 2;
  }

  #textAt(at: number): string {
    const place = this.#placeAt(at);
    return typeof place === "string" ? place : this.text.slice(place, this.#placeAt(at + 1) as number);
  }
}

/** The largest offset one UTF-16 code unit holds. */
const MAX_CODE = 0xffff;
/** Arguments given to one String.fromCharCode call: a paragraph may have more sentences than a call takes. */
const CODES_PER_CALL = 4096;

/** The string whose characters have these codes. */
function codes(values: readonly number[]): string {
  if (values.length <= CODES_PER_CALL) return String.fromCharCode(...values);
  const parts: string[] = [];
  for (let at = 0; at < values.length; at += CODES_PER_CALL)
    parts.push(String.fromCharCode(...values.slice(at, at + CODES_PER_CALL)));
  return parts.join("");
}

/**
 * Returns a paragraph whose sentences are read from their places in its text.
 * @example placedParagraph(1, "Rome. Lyon.", [0, 5, 6, 11]).sentences[1]?.text // "Lyon."
 */
export function placedParagraph(index: number, text: string, places: SentencePlaces): Paragraph {
  return new PlacedParagraph(index, text, places);
}

/**
 * Returns a paragraph of its sentences as split, each found in its text where it is written there, else
 * kept as its own copy (never a piece of a longer working string, which it would keep alive).
 * @example paragraphOf(1, "Rome.  Lyon.", ["Rome.", "Lyon."]).sentences[1]?.text // "Lyon."
 */
export function paragraphOf(index: number, text: string, sentences: readonly string[]): Paragraph {
  return placedParagraph(index, text, placesOf(text, sentences));
}

/**
 * Returns the text of a paragraph's sentence by its 1-based number; a placed paragraph makes only that one.
 * @example sentenceAt(paragraphOf(1, "Rome. Lyon.", ["Rome.", "Lyon."]), 2) // "Lyon."
 */
export function sentenceAt(paragraph: Paragraph, index: number): string | undefined {
  if (paragraph instanceof PlacedParagraph) return paragraph.sentence(index);
  return paragraph.sentences[index - 1]?.text;
}

/**
 * Returns where a paragraph's sentences are in its text, as `placedParagraph` takes them.
 * @example sentencePlaces(paragraphOf(1, "Rome. Lyon.", ["Rome.", "Lyon."])) // [0, 5, 6, 11]
 */
export function sentencePlaces(paragraph: Paragraph): SentencePlaces {
  if (paragraph instanceof PlacedParagraph) return paragraph.places;
  return placesOf(
    paragraph.text,
    paragraph.sentences.map((sentence) => sentence.text),
  );
}

function placesOf(text: string, sentences: readonly string[]): SentencePlaces {
  const places: (number | string)[] = [];
  let from = 0;
  for (const sentence of sentences) {
    const found = text.indexOf(sentence, from);
    if (found < 0) {
      places.push(ownCopy(sentence));
    } else {
      from = found + sentence.length;
      places.push(found, from);
    }
  }
  return places;
}

/**
 * A string holding only its own characters. V8 keeps a piece cut from a longer string as a view of it, so
 * the longer one cannot be freed while the piece lives; a concatenation is flattened into a new string
 * when it is sliced, and the slice then keeps only that (one character longer than the piece).
 */
export function ownCopy(piece: string): string {
  return ` ${piece}`.slice(1);
}
