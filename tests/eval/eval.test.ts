import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_CORPORA, readFixtureCorpus } from "./fixture.ts";
import { type CorpusScore, scoreCorpus, type Tally } from "./score.ts";

/**
 * Floors the extraction and the answers must keep on the hand-written corpora (npm run eval prints the
 * figures): precision and recall in percent over all languages, and the share of questions answered right.
 * Raise them as the bot gets better; a drop below one is a regression.
 */
const FLOORS: Record<
  (typeof FIXTURE_CORPORA)[number],
  { fields: Record<string, [number, number]>; questions: Record<string, number> }
> = {
  "corpus-a": {
    fields: {
      "is-meeting": [95, 95],
      dates: [95, 95],
      place: [95, 95],
      chairs: [95, 90],
      participants: [90, 85],
      organisations: [80, 75],
      merge: [95, 95],
    },
    questions: { meeting: 90, digest: 90, brief: 90 },
  },
  "corpus-b": {
    fields: {
      "is-meeting": [95, 95],
      dates: [95, 95],
      place: [95, 80],
      chairs: [95, 80],
      participants: [90, 60],
      organisations: [90, 65],
      merge: [95, 95],
    },
    questions: { meeting: 85, digest: 80, brief: 90 },
  },
  "corpus-c": {
    fields: {
      "is-meeting": [95, 95],
      dates: [95, 95],
      place: [85, 80],
      chairs: [85, 70],
      participants: [90, 85],
      organisations: [90, 65],
      merge: [95, 95],
    },
    questions: { meeting: 80, digest: 80, brief: 80 },
  },
  // Written blind after the code, to measure it rather than to fit it.
  "corpus-d": {
    fields: {
      "is-meeting": [95, 95],
      dates: [80, 80],
      place: [95, 80],
      chairs: [95, 85],
      participants: [95, 70],
      organisations: [90, 50],
      merge: [95, 95],
    },
    questions: { meeting: 75, digest: 90, brief: 85 },
  },
};

function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : (100 * part) / whole;
}

function precision(tally: Tally): number {
  return percent(tally.tp, tally.tp + tally.fp);
}

function recall(tally: Tally): number {
  return percent(tally.tp, tally.tp + tally.fn);
}

describe.each(FIXTURE_CORPORA)("what a careful reader finds in %s", (name) => {
  let score: CorpusScore;
  beforeAll(async () => {
    score = await scoreCorpus(readFixtureCorpus(name));
  }, 120_000);

  it.each(Object.entries(FLOORS[name].fields))(
    "keeps %s above its precision and recall floors",
    (field, floors) => {
      const tally = score.fields.get(field)?.get("all") ?? { tp: 0, fp: 0, fn: 0 };
      expect(precision(tally)).toBeGreaterThanOrEqual(floors[0]);
      expect(recall(tally)).toBeGreaterThanOrEqual(floors[1]);
    },
  );

  it.each(Object.entries(FLOORS[name].questions))("answers enough %s questions right", (kind, floor) => {
    const asked = score.questions.filter((question) => question.kind === kind);
    const right = asked.filter((question) => question.ok).length;
    expect(asked.length).toBeGreaterThan(0);
    expect(percent(right, asked.length)).toBeGreaterThanOrEqual(floor);
  });
});
