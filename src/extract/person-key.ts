import { normalise } from "../corpus/index.ts";
import type { Participant } from "./types.ts";

/**
 * Returns one key per person across documents and languages: the lexicon id when the lexicon knows them,
 * else the normalised name.
 * @example personKey({ name: "Majlinda Bregu", ref }) // "name:majlinda bregu"
 */
export function personKey(person: Participant): string {
  return person.entityId ? `entity:${person.entityId}` : `name:${normalise(person.name)}`;
}
