import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";
import { describe, expect, it } from "vitest";
import {
  addDays,
  digestInstantOn,
  isDue,
  isValidDigestTime,
  isValidTimeZone,
  localDateAt,
  nextDigestAt,
} from "../../src/answer/digest-time.ts";

dayjs.extend(utc);
dayjs.extend(timezone);

const at = (iso: string): Date => new Date(iso);
const sub = (time: string, tz: string, createdAt = "2024-01-01T00:00:00.000Z") => ({ time, tz, createdAt });

describe("digest instants", () => {
  it("posts at 08:30 Rome time on both 2024 change days, where adding a day to now is an hour off", () => {
    expect(nextDigestAt(sub("08:30", "Europe/Rome"), at("2024-03-30T09:00:00Z")).toISOString()).toBe(
      "2024-03-31T06:30:00.000Z",
    );
    expect(nextDigestAt(sub("08:30", "Europe/Rome"), at("2024-10-26T09:00:00Z")).toISOString()).toBe(
      "2024-10-27T07:30:00.000Z",
    );
    const naive = dayjs(at("2024-10-26T09:00:00Z")).tz("Europe/Rome").add(1, "day").hour(8).minute(30);
    expect(naive.toDate().toISOString()).not.toBe("2024-10-27T07:30:00.000Z");
  });

  it("posts a time skipped by spring-forward at the first valid instant after it (03:00 CEST)", () => {
    expect(digestInstantOn("2024-03-31", "02:30", "Europe/Rome").toISOString()).toBe(
      "2024-03-31T01:00:00.000Z",
    );
    expect(digestInstantOn("2024-03-10", "02:30", "America/St_Johns").toISOString()).toBe(
      "2024-03-10T05:30:00.000Z",
    );
  });

  it("posts a time repeated by fall-back at its first occurrence", () => {
    expect(digestInstantOn("2024-10-27", "02:30", "Europe/Rome").toISOString()).toBe(
      "2024-10-27T00:30:00.000Z",
    );
  });

  it("handles UTC+14 where the local date is a day ahead of UTC", () => {
    expect(localDateAt("Pacific/Kiritimati", at("2024-05-31T18:00:00Z"))).toBe("2024-06-01");
    expect(digestInstantOn("2024-06-01", "08:00", "Pacific/Kiritimati").toISOString()).toBe(
      "2024-05-31T18:00:00.000Z",
    );
    expect(isDue(sub("08:00", "Pacific/Kiritimati"), at("2024-05-31T18:00:00Z"))).toBe(true);
    expect(isDue(sub("08:00", "Pacific/Kiritimati"), at("2024-05-31T17:59:00Z"))).toBe(false);
  });

  it("handles Newfoundland's half-hour offsets in winter and summer", () => {
    expect(digestInstantOn("2024-01-15", "08:00", "America/St_Johns").toISOString()).toBe(
      "2024-01-15T11:30:00.000Z",
    );
    expect(digestInstantOn("2024-07-01", "08:00", "America/St_Johns").toISOString()).toBe(
      "2024-07-01T10:30:00.000Z",
    );
  });

  it("treats UTC plainly, including midnight and the last minute of the day", () => {
    expect(digestInstantOn("2024-10-27", "00:00", "UTC").toISOString()).toBe("2024-10-27T00:00:00.000Z");
    expect(nextDigestAt(sub("23:59", "UTC"), at("2024-12-31T23:59:00Z")).toISOString()).toBe(
      "2025-01-01T23:59:00.000Z",
    );
  });

  it("keeps every instant on its local date and time for a year of days in far-flung zones", () => {
    for (const tz of [
      "Europe/Rome",
      "America/St_Johns",
      "Pacific/Kiritimati",
      "Asia/Kolkata",
      "Australia/Lord_Howe",
    ]) {
      for (let i = 0; i < 366; i += 1) {
        const date = addDays("2024-01-01", i);
        const instant = dayjs(digestInstantOn(date, "08:30", tz)).tz(tz);
        expect(instant.format("YYYY-MM-DD HH:mm")).toBe(`${date} 08:30`);
      }
    }
  });
});

describe("isDue", () => {
  const rome = sub("08:00", "Europe/Rome");

  it("is due once the local time has come and stays due for the rest of that local day", () => {
    expect(isDue(rome, at("2024-10-27T06:59:00Z"))).toBe(false);
    expect(isDue(rome, at("2024-10-27T07:00:00Z"))).toBe(true);
    expect(isDue(rome, at("2024-10-27T22:59:00Z"))).toBe(true);
  });

  it("is not due again once today is posted, and not for yesterday once the local day has turned", () => {
    expect(isDue(rome, at("2024-10-27T12:00:00Z"), "2024-10-27")).toBe(false);
    expect(isDue(rome, at("2024-10-27T23:30:00Z"), "2024-10-26")).toBe(false);
    expect(isDue(rome, at("2024-10-28T07:00:00Z"), "2024-10-27")).toBe(true);
  });

  it("never catches up on a time that passed before the subscription existed", () => {
    const late = sub("08:00", "Europe/Rome", "2024-10-27T09:00:00.000Z");
    expect(isDue(late, at("2024-10-27T10:00:00Z"))).toBe(false);
    expect(nextDigestAt(late, at("2024-10-27T09:00:00Z")).toISOString()).toBe("2024-10-28T07:00:00.000Z");
  });
});

describe("argument checks", () => {
  it("accepts 24-hour times and known zones only", () => {
    expect(["08:00", "23:59", "00:00"].map(isValidDigestTime)).toEqual([true, true, true]);
    expect(["25:99", "8:00", "24:00", "08:60", ""].map(isValidDigestTime)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(["America/St_Johns", "UTC", "Mars/Olympus", ""].map(isValidTimeZone)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
