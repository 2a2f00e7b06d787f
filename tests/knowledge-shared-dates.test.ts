import { describe, expect, it } from "vitest";
import type { DateSpan, FollowUp, SourceRef } from "../src/extract/types.ts";
import { dateSharer } from "../src/knowledge/shared-dates.ts";
import type { MeetingHead } from "../src/knowledge/shelved-meetings.ts";

const ref = (docId: string, sentence: number): SourceRef => ({ docId, paragraph: 1, sentence, text: "…" });

/** A freshly revived span of 24 and 27 March 2023, as JSON.parse gives it: its own objects each time. */
function march(surface = "24 and 27 March 2023"): DateSpan {
  return JSON.parse(
    JSON.stringify({
      precision: "day",
      yearStatus: "stated",
      surface,
      start: { year: 2023, month: 3, day: 24 },
      end: { year: 2023, month: 3, day: 27 },
      listed: [
        { year: 2023, month: 3, day: 24 },
        { year: 2023, month: 3, day: 27 },
      ],
    }),
  ) as DateSpan;
}

function head(docId: string, followUps: FollowUp[], dates?: MeetingHead["dates"]): MeetingHead {
  return {
    slug: docId,
    aliases: [],
    names: { en: docId },
    kind: "meeting",
    ...(dates === undefined ? {} : { dates }),
    topics: [],
    followUps,
    versions: [{ docId, lang: "en", title: docId }],
  };
}

describe("dates shared among meeting heads", () => {
  it("gives follow-ups announcing the same dates one frozen object, and different dates their own", () => {
    const share = dateSharer();
    const first = share(
      head("a", [
        { name: "It was decided", dates: march(), place: "Sesi", ref: ref("a", 1) },
        { name: "It was decided", dates: march(), place: "Sesi", ref: ref("a", 5) },
      ]),
    );
    const second = share(head("b", [{ name: "Next", dates: march(), ref: ref("b", 2) }]));
    const other = share(head("c", [{ name: "Next", dates: march("24 e 27 marzo 2023"), ref: ref("c", 2) }]));
    const [one, two] = first.followUps;
    expect(one?.dates).toBe(two?.dates);
    expect(second.followUps[0]?.dates).toBe(one?.dates);
    expect(other.followUps[0]?.dates).not.toBe(one?.dates);
    expect(other.followUps[0]?.dates).toEqual(march("24 e 27 marzo 2023"));
    expect(Object.isFrozen(one?.dates)).toBe(true);
    expect(Object.isFrozen(one?.dates?.start)).toBe(true);
    expect(one?.ref).not.toBe(two?.ref);
    expect(first.followUps).toEqual([
      { name: "It was decided", dates: march(), place: "Sesi", ref: ref("a", 1) },
      { name: "It was decided", dates: march(), place: "Sesi", ref: ref("a", 5) },
    ]);
  });

  it("leaves a span with a field it does not know, or a day off the calendar, its own: no look-alike stands in for it", () => {
    const share = dateSharer();
    const plain = share(head("a", [{ name: "Next", dates: march(), ref: ref("a", 1) }]));
    const odd = { ...march(), approximate: true } as DateSpan;
    const kept = share(head("b", [{ name: "Next", dates: odd, ref: ref("b", 1) }]));
    expect(kept.followUps[0]?.dates).toBe(odd);
    expect(kept.followUps[0]?.dates).not.toBe(plain.followUps[0]?.dates);
    expect(Object.isFrozen(odd)).toBe(false);
    const month13 = march();
    month13.start = { year: 2023, month: 13, day: 24 };
    const strange = share(head("c", [{ name: "Next", dates: month13, ref: ref("c", 1) }]));
    expect(strange.followUps[0]?.dates).toBe(month13);
    expect(strange.followUps[0]?.dates?.start).toEqual({ year: 2023, month: 13, day: 24 });
  });

  it("keeps a meeting's own dates with their sentence, sharing only the days", () => {
    const share = dateSharer();
    const announced = share(head("a", [{ name: "Next", dates: march(), ref: ref("a", 1) }]));
    const held = share(head("b", [], { ...march(), ref: ref("b", 3) }));
    expect(held.dates?.ref).toEqual(ref("b", 3));
    expect(held.dates).not.toBe(announced.followUps[0]?.dates);
    expect(held.dates?.start).toBe(announced.followUps[0]?.dates?.start);
    expect(held.dates?.listed?.[1]).toBe(announced.followUps[0]?.dates?.end);
  });
});
