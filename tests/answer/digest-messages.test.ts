import { describe, expect, it } from "vitest";
import { messagesFor, SUPPORTED_LANGS } from "../../src/core/i18n/index.ts";
import type { DigestMessages } from "../../src/core/i18n/types.ts";

/** Every digest string, functions called with sample arguments, by key. */
function strings(digest: DigestMessages): Map<string, string> {
  const out = new Map<string, string>();
  const samples: { [K in keyof DigestMessages]?: () => string } = {
    headline: () => digest.headline("D"),
    topicTitle: () => digest.topicTitle("T"),
    inDays: () => [0, 1, 2, 5, 11].map(digest.inDays).join("|"),
    added: () => digest.added("D"),
    subscribed: () => digest.subscribed("08:00", "Europe/Rome", "L"),
    firstDigest: () => digest.firstDigest("D", "08:00"),
    at: () => digest.at("D", "08:00"),
    topicAdded: () => digest.topicAdded("T"),
    topicExists: () => digest.topicExists("T"),
    topicRemoved: () => digest.topicRemoved("T"),
    topicAbsent: () => digest.topicAbsent("T"),
    badTime: () => digest.badTime("25:99"),
    badZone: () => digest.badZone("Mars/Olympus"),
    badLang: () => digest.badLang("xx", "A, B"),
    badArgument: () => digest.badArgument("V"),
    unknownSubcommand: () => digest.unknownSubcommand("V"),
  };
  for (const [key, value] of Object.entries(digest)) {
    const sample = samples[key as keyof DigestMessages];
    if (sample) out.set(key, sample());
    else if (typeof value === "string") out.set(key, value);
    else out.set(key, JSON.stringify(value));
  }
  return out;
}

/** Words that are the same in English and the language. */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = { it: ["no"] };

describe("digest messages", () => {
  const english = strings(messagesFor("en").digest);

  for (const lang of SUPPORTED_LANGS.filter((code) => code !== "en")) {
    it(`has every digest string in ${lang}, none left in English, every argument used`, () => {
      const own = strings(messagesFor(lang).digest);
      expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
      const untranslated = [...own].filter(
        ([key, value]) => value === english.get(key) && !(SAME_AS_ENGLISH[lang] ?? []).includes(key),
      );
      expect(untranslated).toEqual([]);
      expect(own.get("subscribed")).toContain("Europe/Rome");
      expect(own.get("badLang")).toContain("A, B");
      expect(own.get("firstDigest")).toContain("08:00");
      expect(messagesFor(lang).digest.usage).toHaveLength(messagesFor("en").digest.usage.length);
    });
  }

  it("counts days with each language's own forms", () => {
    const days = (lang: (typeof SUPPORTED_LANGS)[number], n: number) => messagesFor(lang).digest.inDays(n);
    expect([0, 1, 2, 3, 11, 100].map((n) => days("ar", n))).toEqual([
      "اليوم",
      "غدًا",
      "بعد يومين",
      "بعد 3 أيام",
      "بعد 11 يومًا",
      "بعد 100 يوم",
    ]);
    expect([1, 2].map((n) => days("fr", n))).toEqual(["demain", "dans 2 jours"]);
    expect([1, 2].map((n) => days("it", n))).toEqual(["domani", "tra 2 giorni"]);
    expect([0, 2].map((n) => days("sw", n))).toEqual(["leo", "baada ya siku 2"]);
    expect([0, 2].map((n) => days("hi", n))).toEqual(["आज", "2 दिन में"]);
  });
});
