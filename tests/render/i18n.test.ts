import { describe, expect, it } from "vitest";
import { asReplyLang, languageName, messagesFor, SUPPORTED_LANGS } from "../../src/core/i18n/index.ts";
import type { Messages } from "../../src/core/i18n/types.ts";

/** Sample arguments for every message function, by its path in the catalogue. */
const SAMPLE_ARGS: Readonly<Record<string, unknown[]>> = {
  "common.list": [["Alpha", "Beta", "Gamma"]],
  "common.more": [4],
  "common.shortened": ["Doc, 3"],
  "common.otherLanguage": ["de"],
  "common.unsupportedLang": ["de"],
  "brief.figure": ["1,500", "N", "more-than"],
  "brief.inQuotes": ["X"],
  "meeting.choose": ["Q"],
  "brief.headline": ["X"],
  "brief.extractedFrom": ["L", "T"],
  "brief.composedFrom": [["L1", "L2"]],
  "brief.what": [
    { topic: "X", meeting: "M", place: "P", dates: "D", people: [], decisions: 0, documents: 2 },
  ],
  "brief.who": [["A", "B"]],
  "brief.decided": [3],
  "brief.quoteSource": ["L", "T", 7],
  "brief.citation": ["T", "L", [1, 2]],
  "brief.notFound": ["Q"],
  "meeting.conflict": [
    "S",
    [
      { languages: ["L1"], value: "V1" },
      { languages: ["L2", "L3"], value: "V2" },
    ],
  ],
  "meeting.notFound": ["Q"],
  "slack.sharedBy": ["<@U1>"],
  "slack.apology": ["E1"],
  "digest.headline": ["D"],
  "digest.topicTitle": ["T"],
  "digest.inDays": [5],
  "digest.added": ["D"],
  "digest.subscribed": ["08:00", "Z", "L"],
  "digest.firstDigest": ["D", "08:00"],
  "digest.at": ["D", "08:00"],
  "digest.topicAdded": ["T"],
  "digest.topicExists": ["T"],
  "digest.topicRemoved": ["T"],
  "digest.topicAbsent": ["T"],
  "digest.badTime": ["25:99"],
  "digest.badZone": ["Z"],
  "digest.badLang": ["xx", "L"],
  "digest.badArgument": ["A"],
  "digest.unknownSubcommand": ["S"],
};

/** Paths whose value may legitimately be spelled the same in two languages (names, codes, loanwords). */
const MAY_MATCH_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  fr: ["meeting.dates", "meeting.participants"],
  it: ["digest.no"],
  // Swahili and Hindi quote with the same curly marks as English.
  sw: ["brief.inQuotes"],
  hi: ["brief.inQuotes"],
};

function flatten(value: unknown, path: string, out: Map<string, string>): void {
  if (typeof value === "string") out.set(path, value);
  else if (typeof value === "function") {
    const args = SAMPLE_ARGS[path];
    if (!args) throw new Error(`no sample arguments for ${path}`);
    out.set(path, String(value(...args)));
  } else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) flatten(child, path ? `${path}.${key}` : key, out);
  }
}

function flat(messages: Messages): Map<string, string> {
  const out = new Map<string, string>();
  flatten(messages, "", out);
  return out;
}

describe("message catalogues", () => {
  const english = flat(messagesFor("en"));

  for (const lang of SUPPORTED_LANGS.filter((code) => code !== "en")) {
    it(`has every string translated into ${lang}, none left in English`, () => {
      const own = flat(messagesFor(lang));
      expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
      const allowed = new Set([...(MAY_MATCH_ENGLISH[lang] ?? []), "languageNames.hi", "languageNames.sw"]);
      const untranslated = [...own].filter(
        ([path, value]) => !allowed.has(path) && value.trim() !== "" && value === english.get(path),
      );
      expect(untranslated).toEqual([]);
    });
  }

  it("names each language in its own language, all different", () => {
    const names = SUPPORTED_LANGS.map((lang) => messagesFor(lang).languageName);
    expect(new Set(names).size).toBe(SUPPORTED_LANGS.length);
    for (const lang of SUPPORTED_LANGS) {
      expect(messagesFor(lang).languageNames[lang].toLowerCase()).toBe(
        messagesFor(lang).languageName.toLowerCase(),
      );
    }
  });

  it("reads a Slack locale as a reply language and refuses unsupported ones", () => {
    expect(asReplyLang("sw-KE")).toBe("sw");
    expect(asReplyLang("fr_FR")).toBe("fr");
    expect(asReplyLang("de-DE")).toBeUndefined();
    expect(asReplyLang(undefined)).toBeUndefined();
  });

  it("names a document language outside the supported set without inventing a name", () => {
    expect(languageName("ar", "sw")).toBe("Kiarabu");
    expect(languageName("de", "fr")).toContain("de");
  });

  it("lists names the way each language joins them", () => {
    expect(messagesFor("en").common.list(["A", "B", "C"])).toBe("A, B and C");
    expect(messagesFor("sw").common.list(["A", "B"])).toBe("A na B");
    expect(messagesFor("ar").common.list(["أ", "ب"])).toBe("أ وب");
  });
});
