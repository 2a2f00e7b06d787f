import { describe, expect, it } from "vitest";
import { createRng, intBetween, pick, type Rng } from "../../bench/prng.ts";
import { type ReportSummary, SAME_EVENT_THRESHOLD, similarPairs } from "../../src/extract/merge.ts";

const WEIGHTS = [1, 2, 3, 6];

/**
 * Reports told in families: each family shares a core of keys, each report keeps part of it and adds keys
 * of its own and keys common to the whole archive, so pairs score on both sides of the threshold.
 */
function familyReports(rng: Rng, families: number): ReportSummary[] {
  const common = Array.from({ length: 6 }, (_, at) => `common:${at}`);
  const reports: ReportSummary[] = [];
  for (let family = 0; family < families; family++) {
    const core = Array.from({ length: intBetween(rng, 3, 10) }, (_, at) => `family:${family}:${at}`);
    const year = rng.next() < 0.3 ? undefined : pick(rng, [2020, 2021]);
    const day = intBetween(rng, 40, 480);
    for (let told = intBetween(rng, 1, 5); told > 0; told--) {
      const evidence = new Map<string, number>();
      for (const key of core) if (rng.next() < 0.75) evidence.set(key, pick(rng, WEIGHTS));
      for (let own = intBetween(rng, 0, 3); own > 0; own--)
        evidence.set(`own:${rng.next()}`, pick(rng, WEIGHTS));
      for (const key of common) if (rng.next() < 0.3) evidence.set(key, pick(rng, WEIGHTS));
      const days: [number, number] | undefined =
        rng.next() < 0.4 ? undefined : [day + intBetween(rng, -2, 2), day + intBetween(rng, 2, 4)];
      const dated = rng.next() < 0.2 ? undefined : year;
      reports.push({ evidence, bounds: { entityId: undefined, year: dated, days } });
    }
  }
  return reports;
}

/** Weighted Jaccard similarity, written out the plain way. */
function similarity(a: ReportSummary, b: ReportSummary): number {
  let shared = 0;
  let union = 0;
  for (const key of new Set([...a.evidence.keys(), ...b.evidence.keys()])) {
    shared += Math.min(a.evidence.get(key) ?? 0, b.evidence.get(key) ?? 0);
    union += Math.max(a.evidence.get(key) ?? 0, b.evidence.get(key) ?? 0);
  }
  return shared / union;
}

function couldBeOne(a: ReportSummary, b: ReportSummary): boolean {
  const [x, y] = [a.bounds, b.bounds];
  if (x.year !== undefined && y.year !== undefined && x.year !== y.year) return false;
  return !x.days || !y.days || (x.days[0] <= y.days[1] && y.days[0] <= x.days[1]);
}

/** Every pair of positions (a before b) that could be one event and reaches the threshold, by comparing all. */
function everyPairCompared(reports: readonly ReportSummary[]): string[] {
  const found: string[] = [];
  reports.forEach((a, x) => {
    reports.forEach((b, y) => {
      if (x >= y || !couldBeOne(a, b)) return;
      const score = similarity(a, b);
      if (score >= SAME_EVENT_THRESHOLD) found.push(`${x}-${y}`);
    });
  });
  return found.sort();
}

describe("pairs of reports of one event", () => {
  it("finds exactly the pairs comparing every report with every other finds", () => {
    const reports = familyReports(createRng(7), 250);
    const expected = everyPairCompared(reports);
    const found = similarPairs(reports);
    // The families put many pairs on either side of the threshold, just above it included.
    expect(expected.length).toBeGreaterThan(150);
    const scores = found.map((pair) => pair.score);
    expect(scores.filter((score) => score < SAME_EVENT_THRESHOLD + 0.05).length).toBeGreaterThan(30);
    expect(found.map((pair) => `${pair.a}-${pair.b}`).sort()).toEqual(expected);
    for (const pair of found)
      expect(pair.score).toBeCloseTo(
        similarity(reports[pair.a] as ReportSummary, reports[pair.b] as ReportSummary),
      );
  });

  it("finds a pair that shares only keys most reports have", () => {
    const shared = new Map([
      ["common:0", 2],
      ["common:1", 2],
    ]);
    const crowd = Array.from({ length: 50 }, (_, at) => ({
      evidence: new Map([...shared, [`own:${at}:a`, 6], [`own:${at}:b`, 6], [`own:${at}:c`, 6]]),
      bounds: { entityId: undefined, year: 2024, days: undefined },
    }));
    const pair = [0, 1].map(() => ({
      evidence: new Map(shared),
      bounds: { entityId: undefined, year: undefined, days: undefined },
    }));
    const found = similarPairs([...crowd, ...pair]);
    expect(found.map((one) => [one.a, one.b, one.score])).toEqual([[50, 51, 1]]);
  });
});
