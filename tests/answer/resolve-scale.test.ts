import { describe, expect, it } from "vitest";
import { shippedLexicon, syntheticMeetings } from "../../bench/meetings.ts";
import { resolveMeeting } from "../../src/answer/resolve.ts";
import type { Meeting } from "../../src/extract/types.ts";

/** The meetings, wrapped so that every read of one of them by position is counted. */
function counted(meetings: Meeting[]): { list: readonly Meeting[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(meetings, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list, reads: () => reads };
}

describe("resolving /meeting over many meetings", () => {
  const lexicon = shippedLexicon();

  it("reads each meeting a bounded number of times when thousands share a place", () => {
    const small = counted(syntheticMeetings(500));
    const large = counted(syntheticMeetings(2000));
    resolveMeeting("rome", small.list, lexicon);
    resolveMeeting("rome", large.list, lexicon);
    // Counting every meeting's holders again for each shared entity read the list n² times (4 million here).
    expect(large.reads()).toBeLessThanOrEqual(10 * 2000);
    expect(large.reads() / small.reads()).toBeLessThan(4 * 1.5);
  });

  it("still offers the meetings held in Rome as candidates", () => {
    const { candidates, meeting } = resolveMeeting("rome", syntheticMeetings(50), lexicon);
    expect(meeting).toBeUndefined();
    expect(candidates).toHaveLength(5);
    expect(candidates.every((candidate) => candidate.meeting.place?.entityId === "rome")).toBe(true);
  });
});
