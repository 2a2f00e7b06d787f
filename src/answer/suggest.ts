import type { ReplyLang, StepwiseBuild } from "../core/index.ts";
import { stepwisePer } from "../core/index.ts";
import { normalise } from "../corpus/index.ts";
import type { Meeting } from "../extract/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { entityLabel, meetingName } from "./naming.ts";
import type { Suggestion } from "./types.ts";

const MAX_SUGGESTIONS = 5;
/** Below this share of shared letter triples a spelling only looks alike by accident. */
const MIN_SIMILARITY = 0.3;

/** A topic the documents cover, or a meeting: what a suggestion may point at, in any reply language. */
type Target = { kind: "topic"; id: string } | { kind: "meeting"; meeting: Meeting };

/**
 * The letter triples of every spelling of every target, built once per Knowledge object: comparing the
 * question with each spelling afresh cost more than the rest of a reply at 10,000 documents.
 */
export interface TrigramTable {
  targets: Target[];
  /** Per distinct normalised spelling: how many distinct triples it has. */
  spellingSizes: Int32Array;
  /**
   * The targets (positions in `targets`) spelled so, for spelling s at `targetsAt[s]` up to
   * `targetsAt[s + 1]` in `targetList`: typed arrays, as a table of every meeting's spellings is large.
   */
  targetsAt: Int32Array;
  targetList: Int32Array;
  /** Per triple: the distinct spellings containing it. */
  postings: Map<string, Int32Array>;
}

/**
 * Returns the topics and meetings of the corpus whose spellings look most like the question, best first.
 * Only things the documents actually cover are offered.
 * @example closest("fentanil", "en", knowledge)[0]?.command // "/brief fentanyl"
 */
export function closest(query: string, lang: ReplyLang, knowledge: Knowledge): Suggestion[] {
  const table = trigramTableOf(knowledge);
  const asked = trigrams(normalise(query));
  const shared = new Map<number, number>();
  for (const gram of asked) {
    for (const spelling of table.postings.get(gram) ?? [])
      shared.set(spelling, (shared.get(spelling) ?? 0) + 1);
  }
  const best = new Map<number, number>();
  for (const [spelling, count] of shared) {
    const score = (2 * count) / (asked.size + (table.spellingSizes[spelling] as number));
    if (score < MIN_SIMILARITY) continue;
    const end = table.targetsAt[spelling + 1] as number;
    for (let at = table.targetsAt[spelling] as number; at < end; at++) {
      const target = table.targetList[at] as number;
      if (score > (best.get(target) ?? 0)) best.set(target, score);
    }
  }
  const ranked = [...best].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const out: Suggestion[] = [];
  for (const [at] of ranked) {
    if (out.length >= MAX_SUGGESTIONS) break;
    const suggestion = suggestionFor(table.targets[at] as Target, lang, knowledge);
    if (suggestion) out.push(suggestion);
  }
  return out;
}

function suggestionFor(target: Target, lang: ReplyLang, knowledge: Knowledge): Suggestion | undefined {
  if (target.kind === "meeting") {
    const { meeting } = target;
    return {
      kind: "meeting",
      label: meetingName(meeting, lang),
      command: `/meeting ${meeting.aliases[0] ?? meeting.slug}`,
    };
  }
  const label = entityLabel(knowledge.lexicon, target.id, lang);
  return label ? { kind: "topic", label, command: `/brief ${label}` } : undefined;
}

/** Returns the letter triples of every topic and meeting spelling, built once per Knowledge object. */
export function trigramTableOf(knowledge: Knowledge): TrigramTable {
  return trigramBuild(knowledge).finish();
}

/** Returns the build of the knowledge's trigram table, one per Knowledge object, to be finished or advanced. */
export const trigramBuild: (knowledge: Knowledge) => StepwiseBuild<TrigramTable> = stepwisePer(trigramSteps);

function* trigramSteps(knowledge: Knowledge): Generator<void, TrigramTable, void> {
  const targets: Target[] = [];
  const spellingsOfTarget: string[][] = [];
  const topicIds = new Set<string>();
  for (const outline of knowledge.outlines.values()) for (const id of outline.topics) topicIds.add(id);
  for (const id of topicIds) {
    const entry = knowledge.lexicon.byId(id);
    if (!entry) continue;
    targets.push({ kind: "topic", id });
    spellingsOfTarget.push([...Object.values(entry.labels), ...entry.variants]);
  }
  for (const meeting of knowledge.meetings) {
    targets.push({ kind: "meeting", meeting });
    spellingsOfTarget.push([meeting.slug, ...meeting.aliases, ...Object.values(meeting.names)]);
  }
  const spellingIds = new Map<string, number>();
  const sizes: number[] = [];
  const spellingTargets: number[][] = [];
  const postings = new Map<string, number[]>();
  for (const [target, spellings] of spellingsOfTarget.entries()) {
    yield;
    for (const spelling of spellings) {
      const normal = normalise(spelling);
      let id = spellingIds.get(normal);
      if (id === undefined) {
        id = sizes.length;
        spellingIds.set(normal, id);
        const grams = trigrams(normal);
        sizes.push(grams.size);
        spellingTargets.push([]);
        for (const gram of grams) {
          const list = postings.get(gram);
          if (list) list.push(id);
          else postings.set(gram, [id]);
        }
      }
      const owners = spellingTargets[id] as number[];
      if (owners[owners.length - 1] !== target) owners.push(target);
    }
  }
  const targetsAt = new Int32Array(spellingTargets.length + 1);
  spellingTargets.forEach((owners, spelling) => {
    targetsAt[spelling + 1] = (targetsAt[spelling] as number) + owners.length;
  });
  return {
    targets,
    spellingSizes: Int32Array.from(sizes),
    targetsAt,
    targetList: Int32Array.from(spellingTargets.flat()),
    postings: new Map([...postings].map(([gram, list]) => [gram, Int32Array.from(list)])),
  };
}

function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const grams = new Set<string>();
  const chars = [...padded];
  for (let i = 0; i + 3 <= chars.length; i += 1) grams.add(chars.slice(i, i + 3).join(""));
  return grams;
}
