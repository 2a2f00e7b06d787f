/**
 * A document's fact outline: the little that answers read of every document at once (topics for the help
 * and suggestions, names for the question-language vocabulary, whether it announces follow-ups for the
 * digest), held for the whole archive while the facts themselves stay on the fact shelf.
 */
import type { DocumentFacts } from "../extract/index.ts";
import type { FactOutline } from "./types.ts";

/**
 * Returns the outline of a document's facts.
 * @example outlineOf(facts) // { topics: ["fentanyl"], names: ["Roma", "Stefano Gambacurta"], followUps: true }
 */
export function outlineOf(facts: DocumentFacts): FactOutline {
  return {
    topics: facts.topics,
    names: [...new Set([...facts.people, ...facts.places].map((named) => named.name))],
    followUps: facts.followUps.length > 0,
  };
}

/** Returns an outline read back from its JSON, or undefined when the JSON is not one. */
export function parsedOutline(json: string): FactOutline | undefined {
  const value: unknown = JSON.parse(json);
  if (typeof value !== "object" || value === null) return undefined;
  const { topics, names, followUps } = value as Partial<Record<keyof FactOutline, unknown>>;
  const strings = (list: unknown): list is string[] =>
    Array.isArray(list) && list.every((item) => typeof item === "string");
  if (!strings(topics) || !strings(names) || typeof followUps !== "boolean") return undefined;
  return { topics, names, followUps };
}
