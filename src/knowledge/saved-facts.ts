/**
 * A document's facts as saved on disk: JSON with every source reference shortened to where it points in the
 * document ([paragraph, sentence], plus its own text when that is not the document's sentence) and no
 * document id. Revived against the document, the references share one object per sentence again.
 */
import { type Doc, sentenceAt } from "../corpus/index.ts";
import type { DocumentFacts, SourceRef } from "../extract/index.ts";

/** A source reference inside saved facts: paragraph and sentence of the document, and its own text if other. */
interface SavedRef {
  $ref: [paragraph: number, sentence: number] | [paragraph: number, sentence: number, text: string];
}

/** Returns whether a value is a SourceRef (exactly its four keys). */
export function isSourceRef(value: unknown): value is SourceRef {
  if (typeof value !== "object" || value === null) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 4 && "docId" in value && "paragraph" in value && "sentence" in value && "text" in value
  );
}

/** Returns the text of a document's sentence by its 1-based paragraph and sentence numbers. */
export function sentenceText(doc: Doc, paragraph: number, sentence: number): string | undefined {
  const found = doc.paragraphs[paragraph - 1];
  return found === undefined ? undefined : sentenceAt(found, sentence);
}

/**
 * Returns the facts as saved, in JSON.
 * @example savedFactsJson(facts, doc) // '{"lang":"sw","dates":[{"ref":{"$ref":[1,2]},…}],…}'
 */
export function savedFactsJson(facts: DocumentFacts, doc: Doc): string {
  return JSON.stringify(facts, (key, value: unknown) => {
    if (key === "docId" && typeof value === "string") return undefined;
    if (!isSourceRef(value)) return value;
    const ref: SavedRef = {
      $ref:
        sentenceText(doc, value.paragraph, value.sentence) === value.text
          ? [value.paragraph, value.sentence]
          : [value.paragraph, value.sentence, value.text],
    };
    return ref;
  });
}

/**
 * Returns parsed JSON with every `{ "$ref": [...] }` object replaced by what `refOf` makes of its array,
 * replaced in place: a JSON.parse reviver, called for every value, costs several times more.
 * @example replaceRefs(JSON.parse('{"ref":{"$ref":[1,2]}}'), refOf).ref // refOf([1, 2])
 */
export function replaceRefs(value: unknown, refOf: (ref: unknown[]) => unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    for (let at = 0; at < value.length; at++) value[at] = replaceRefs(value[at], refOf);
    return value;
  }
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.$ref)) return refOf(record.$ref);
  for (const key in record) record[key] = replaceRefs(record[key], refOf);
  return record;
}

/** Returns saved facts (parsed JSON) bound to the document again, or undefined when they are no object. */
export function revivedFacts(saved: unknown, doc: Doc): DocumentFacts | undefined {
  const refs = new Map<string, SourceRef>();
  const refOf = ([paragraph, sentence, own]: SavedRef["$ref"]): SourceRef => {
    const key = `${paragraph}:${sentence}:${own ?? ""}`;
    const known = refs.get(key);
    if (known) return known;
    const text = own ?? sentenceText(doc, paragraph, sentence) ?? "";
    const ref = { docId: doc.id, paragraph, sentence, text };
    refs.set(key, ref);
    return ref;
  };
  const revived = replaceRefs(saved, (ref) => refOf(ref as SavedRef["$ref"]));
  if (typeof revived !== "object" || revived === null || Array.isArray(revived)) return undefined;
  return { docId: doc.id, ...revived } as DocumentFacts;
}
