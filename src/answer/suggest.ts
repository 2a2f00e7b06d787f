import { normalise } from "../corpus/normalise.ts";
import type { Knowledge } from "../knowledge-types.ts";
import type { ReplyLang } from "../render/types.ts";
import { entityLabel, meetingName } from "./naming.ts";
import type { Suggestion } from "./types.ts";

const MAX_SUGGESTIONS = 5;
/** Below this share of shared letter triples a spelling only looks alike by accident. */
const MIN_SIMILARITY = 0.3;

interface Candidate {
  suggestion: Suggestion;
  spellings: string[];
}

/**
 * Returns the topics and meetings of the corpus whose spellings look most like the question, best first.
 * Only things the documents actually cover are offered.
 * @example closest("fentanil", "en", knowledge)[0]?.command // "/brief fentanyl"
 */
export function closest(query: string, lang: ReplyLang, knowledge: Knowledge): Suggestion[] {
  const asked = trigrams(normalise(query));
  const scored = candidates(lang, knowledge)
    .map((candidate) => ({
      candidate,
      score: Math.max(
        0,
        ...candidate.spellings.map((spelling) => dice(asked, trigrams(normalise(spelling)))),
      ),
    }))
    .filter((entry) => entry.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score);
  return scored.slice(0, MAX_SUGGESTIONS).map((entry) => entry.candidate.suggestion);
}

function candidates(lang: ReplyLang, knowledge: Knowledge): Candidate[] {
  const topicIds = new Set<string>();
  for (const facts of knowledge.facts.values()) for (const id of facts.topics) topicIds.add(id);
  const topics = [...topicIds].flatMap((id): Candidate[] => {
    const entry = knowledge.lexicon.byId(id);
    const label = entityLabel(knowledge.lexicon, id, lang);
    if (!entry || !label) return [];
    return [
      {
        suggestion: { kind: "topic", label, command: `/brief ${label}` },
        spellings: [...Object.values(entry.labels), ...entry.variants],
      },
    ];
  });
  const meetings = knowledge.meetings.map(
    (meeting): Candidate => ({
      suggestion: {
        kind: "meeting",
        label: meetingName(meeting, lang),
        command: `/meeting ${meeting.aliases[0] ?? meeting.slug}`,
      },
      spellings: [meeting.slug, ...meeting.aliases, ...Object.values(meeting.names)],
    }),
  );
  return [...topics, ...meetings];
}

function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const grams = new Set<string>();
  const chars = [...padded];
  for (let i = 0; i + 3 <= chars.length; i += 1) grams.add(chars.slice(i, i + 3).join(""));
  return grams;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}
