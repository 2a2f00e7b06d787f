import { describe, expect, it } from "vitest";
import { readDateFacts, readDates } from "../../src/extract/dates.ts";
import type { DatePoint, DateSpan, SourceRef } from "../../src/extract/types.ts";

function only(text: string, year?: number): DateSpan {
  const spans = readDates(text, year === undefined ? {} : { year });
  expect(spans, `dates read from "${text}"`).toHaveLength(1);
  const [span] = spans;
  if (span === undefined) throw new Error("no date");
  return span;
}

function day(month: number, dayOfMonth: number, year?: number): DatePoint {
  return year === undefined ? { month, day: dayOfMonth } : { year, month, day: dayOfMonth };
}

describe("single days in every language", () => {
  it.each([
    ["en", "The meeting took place on 18 November 2022 in Wiesbaden.", day(11, 18, 2022)],
    ["en", "It opened on November 18, 2022.", day(11, 18, 2022)],
    ["en", "Signed on 2 Oct 2024.", day(10, 2, 2024)],
    ["en", "Signed on Oct. 2, 2024.", day(10, 2, 2024)],
    ["en", "on the 2nd of October 2024", day(10, 2, 2024)],
    ["ar", "١٨ نوفمبر، ٢٠٢٢", day(11, 18, 2022)],
    ["ar", "في 5 تشرين الأول 2023", day(10, 5, 2023)],
    ["ar", "يوم 3 تشرين الثاني 2021", day(11, 3, 2021)],
    ["ar", "في 9 أيلول/سبتمبر 2022", day(9, 9, 2022)],
    ["ar", "في ١٢ كانون الثاني/يناير ٢٠٢٢", day(1, 12, 2022)],
    ["ar", "في 18 من شهر نوفمبر 2022", day(11, 18, 2022)],
    ["ar", "في 1 شباط 2020", day(2, 1, 2020)],
    ["sw", "tarehe 2 Oktoba 2024", day(10, 2, 2024)],
    ["sw", "tarehe 30 Novemba 2023", day(11, 30, 2023)],
    ["sw", "tarehe 5 Januari", day(1, 5)],
    ["hi", "4 अक्टूबर 2024 को", day(10, 4, 2024)],
    ["hi", "12 अक्तूबर 2024 को", day(10, 12, 2024)],
    ["hi", "18 नवम्बर 2022", day(11, 18, 2022)],
    ["hi", "18 नवंबर 2022", day(11, 18, 2022)],
    ["hi", "१८ नवंबर २०२२", day(11, 18, 2022)],
    ["hi", "3 फ़रवरी 2021", day(2, 3, 2021)],
    ["it", "il 1° ottobre 2024", day(10, 1, 2024)],
    ["it", "il 25 dicembre 2023", day(12, 25, 2023)],
    ["fr", "le 1er octobre 2024", day(10, 1, 2024)],
    ["fr", "le 15 février 2024", day(2, 15, 2024)],
    ["fr", "le 15 fevrier 2024", day(2, 15, 2024)],
    ["fr", "le 3 août 2024", day(8, 3, 2024)],
    ["fr", "le 3 aout 2024", day(8, 3, 2024)],
    ["iso", "Published 2024-10-02.", day(10, 2, 2024)],
  ])("reads a %s day: %s", (_lang, text, expected) => {
    const span = only(text);
    expect(span.start).toEqual(expected);
    expect(span.end).toBeUndefined();
    expect(span.precision).toBe("day");
    expect(span.yearStatus).toBe(expected.year === undefined ? "not-given" : "stated");
  });

  it("keeps the words it read as the surface, in the original digits", () => {
    expect(only("صدر في ١٨ نوفمبر، ٢٠٢٢ بيان").surface).toBe("١٨ نوفمبر، ٢٠٢٢");
    expect(only("Mkutano tarehe 2 Oktoba.").surface).toBe("2 Oktoba");
  });

  it("reads a figure-only date when the language fixes the order, and not when it is ambiguous", () => {
    expect(readDates("il 02/10/2024", { lang: "it" })[0]?.start).toEqual(day(10, 2, 2024));
    expect(readDates("on 25/12/2024")[0]?.start).toEqual(day(12, 25, 2024));
    expect(readDates("on 12/25/2024")[0]?.start).toEqual(day(12, 25, 2024));
    expect(readDates("on 02/10/2024", { lang: "en" })).toEqual([]);
  });

  it("reads 'May' and 'March' as months only when capitalised", () => {
    expect(only("on 5 May 2024").start).toEqual(day(5, 5, 2024));
    expect(readDates("the 5 may attend, 3 march on")).toEqual([]);
  });
});

describe("ranges and lists", () => {
  it.each([
    ["sw", "tarehe 2 - 4 Oktoba", day(10, 2), day(10, 4)],
    ["sw", "kuanzia 2 hadi 4 Oktoba", day(10, 2), day(10, 4)],
    ["en", "2–4 October 2024", day(10, 2, 2024), day(10, 4, 2024)],
    ["en", "from 2 to 4 October 2024", day(10, 2, 2024), day(10, 4, 2024)],
    ["en", "between 2 and 4 October", day(10, 2), day(10, 4)],
    ["en", "October 2–4, 2024", day(10, 2, 2024), day(10, 4, 2024)],
    ["en", "30 September – 2 October", day(9, 30), day(10, 2)],
    ["en", "October 30 – November 2, 2024", day(10, 30, 2024), day(11, 2, 2024)],
    ["en", "30 December – 2 January 2025", day(12, 30, 2024), day(1, 2, 2025)],
    ["it", "dal 2 al 4 ottobre", day(10, 2), day(10, 4)],
    ["it", "dal 30 settembre all'1 ottobre 2024", day(9, 30, 2024), day(10, 1, 2024)],
    ["it", "tra il 2 e il 4 ottobre", day(10, 2), day(10, 4)],
    ["fr", "du 2 au 4 octobre", day(10, 2), day(10, 4)],
    ["fr", "du 30 septembre au 2 octobre 2024", day(9, 30, 2024), day(10, 2, 2024)],
    ["hi", "2 - 4 अक्टूबर को", day(10, 2), day(10, 4)],
    ["hi", "2 से 4 अक्टूबर तक", day(10, 2), day(10, 4)],
    ["ar", "من 2 إلى 4 أكتوبر", day(10, 2), day(10, 4)],
    ["ar", "بين 2 و 4 تشرين الأول", day(10, 2), day(10, 4)],
  ])("reads a %s range: %s", (_lang, text, start, end) => {
    const span = only(text);
    expect(span.start).toEqual(start);
    expect(span.end).toEqual(end);
    expect(span.listed).toBeUndefined();
    expect(span.precision).toBe("day");
  });

  it("includes the word that opens a range in its surface", () => {
    expect(only("held from 2 to 4 October 2024.").surface).toBe("from 2 to 4 October 2024");
    expect(only("si terrà dal 2 al 4 ottobre.").surface).toBe("dal 2 al 4 ottobre");
  });

  it.each([
    ["ar", "يومي 17 و 18 نوفمبر", [17, 18]],
    ["ar", "يومي 7 و2 أكتوبر", [7, 2]],
    ["en", "17 and 18 November", [17, 18]],
    ["en", "on 17, 18 and 19 November", [17, 18, 19]],
    ["en", "November 17 and 18", [17, 18]],
    ["it", "il 17 e 18 novembre", [17, 18]],
    ["fr", "les 17 et 18 novembre", [17, 18]],
    ["sw", "tarehe 17 na 18 Novemba", [17, 18]],
    ["hi", "17 और 18 नवंबर को", [17, 18]],
  ])("reads a %s list of days in the order written: %s", (_lang, text, days) => {
    const span = only(text);
    const month = span.start.month ?? 0;
    expect(span.listed).toEqual(days.map((d) => day(month, d)));
    expect(span.start.day).toBe(Math.min(...days));
    expect(span.end?.day).toBe(Math.max(...days));
  });

  it("reads a range followed by a listed day as two dates sharing the month and year", () => {
    const spans = readDates("2–4 and 7 October 2024");
    expect(spans.map((span) => [span.start, span.end])).toEqual([
      [day(10, 2, 2024), day(10, 4, 2024)],
      [day(10, 7, 2024), undefined],
    ]);
  });

  it("reads every date of a sentence in order", () => {
    const spans = readDates("After 18 November 2022 the group met again from 2 to 4 October 2024 in Rome.");
    expect(spans.map((span) => span.start)).toEqual([day(11, 18, 2022), day(10, 2, 2024)]);
  });
});

describe("month and year precision", () => {
  it.each([
    ["September 2024", { year: 2024, month: 9 }],
    ["في أيلول/سبتمبر 2022", { year: 2022, month: 9 }],
    ["منذ كانون الثاني/يناير 2022", { year: 2022, month: 1 }],
    ["tangu Oktoba 2023", { year: 2023, month: 10 }],
    ["अक्टूबर 2024 में", { year: 2024, month: 10 }],
    ["a ottobre 2024", { year: 2024, month: 10 }],
    ["en décembre 2023", { year: 2023, month: 12 }],
  ])("reads a month and year: %s", (text, start) => {
    const span = only(text);
    expect(span.start).toEqual(start);
    expect(span.precision).toBe("month");
    expect(span.yearStatus).toBe("stated");
  });

  it("reads a range of months", () => {
    const span = only("September – October 2024");
    expect([span.start, span.end]).toEqual([
      { year: 2024, month: 9 },
      { year: 2024, month: 10 },
    ]);
  });

  it.each([
    ["في عام 2021", 2021],
    ["in 2021", 2021],
    ["in the year 2019", 2019],
    ["since 2020", 2020],
    ["mwaka 2021", 2021],
    ["nel 2021", 2021],
    ["entro il 2030", 2030],
    ["en 2021", 2021],
    ["depuis 2019", 2019],
    ["2021 में", 2021],
    ["वर्ष 2021 में", 2021],
  ])("reads a bare year in date context: %s", (text, year) => {
    const span = only(text);
    expect(span.start).toEqual({ year });
    expect(span.precision).toBe("year");
    expect(span.yearStatus).toBe("stated");
  });

  it("does not read a month named alone as a date", () => {
    expect(readDates("وفي أيلول/سبتمبر، أطلق الإنتربول")).toEqual([]);
    expect(readDates("in September the group met")).toEqual([]);
  });
});

describe("year status", () => {
  it("marks a written year as stated even when the context has another", () => {
    const span = only("2 - 4 Oktoba 2023", 2024);
    expect(span.yearStatus).toBe("stated");
    expect(span.start.year).toBe(2023);
  });

  it("infers a missing year from the context and says so", () => {
    const span = only("tarehe 2 - 4 Oktoba", 2024);
    expect(span.yearStatus).toBe("inferred");
    expect([span.start, span.end]).toEqual([day(10, 2, 2024), day(10, 4, 2024)]);
  });

  it("gives every listed day the inferred year", () => {
    expect(only("يومي 7 و2 أكتوبر", 2024).listed).toEqual([day(10, 7, 2024), day(10, 2, 2024)]);
  });

  it("never invents a year when the context has none", () => {
    const span = only("يومي 17 و 18 نوفمبر");
    expect(span.yearStatus).toBe("not-given");
    expect(span.start.year).toBeUndefined();
    expect(span.end?.year).toBeUndefined();
  });

  it("does not infer a year that would make the date impossible", () => {
    const span = only("on 29 February", 2023);
    expect(span.yearStatus).toBe("not-given");
    expect(span.start).toEqual(day(2, 29));
    expect(only("on 29 February", 2024).start).toEqual(day(2, 29, 2024));
  });
});

describe("things that are not dates", () => {
  it.each([
    "more than 70 speakers from 40 countries",
    "G7 Italia 2024",
    "un réseau actif 24/7",
    "195 member countries",
    "more than 120 million dollars",
    "أكثر من 31000 ضحية و14000 مجرم",
    "31,000 victims in 68 countries",
    "قبل 13 عامًا",
    "version 1.5 of the tool",
    "at 10:30 in Rome",
    "a 3G network",
    "ICSE 68 بلدا",
    "the 5 may attend",
  ])("reads nothing in: %s", (text) => {
    expect(readDates(text)).toEqual([]);
  });

  it.each([
    "31 February 2024",
    "30 February",
    "29 February 2023",
    "0 October 2024",
    "32 October",
    "2024-13-02",
    "2024-02-30",
  ])("rejects the impossible date %s", (text) => {
    expect(readDates(text)).toEqual([]);
  });

  it("rejects a range that runs backwards across months without a year", () => {
    expect(readDates("30 December – 2 January")).toEqual([]);
  });
});

describe("date facts", () => {
  it("attaches the sentence each date was read from", () => {
    const refs: SourceRef[] = [
      { docId: "a", paragraph: 1, sentence: 1, text: "Nothing dated here." },
      { docId: "a", paragraph: 2, sentence: 3, text: "watakutana tarehe 2 - 4 Oktoba." },
    ];
    const facts = readDateFacts(refs, { year: 2024, yearSource: "title" });
    expect(facts).toHaveLength(1);
    expect(facts[0]?.ref).toBe(refs[1]);
    expect(facts[0]?.yearStatus).toBe("inferred");
  });
});
