import { beforeAll, describe, expect, it } from "vitest";
import { chooseReplyLanguage, stripLangTokens } from "../../src/answer/language.ts";
import type { ReplyLang } from "../../src/core/types.ts";
import type { Knowledge } from "../../src/knowledge/types.ts";
import { seedKnowledge } from "./knowledge.ts";

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await seedKnowledge();
});

function choose(text: string, locale?: string, defaultLang: ReplyLang = "en") {
  return chooseReplyLanguage(
    text,
    locale === undefined ? { knowledge, defaultLang } : { knowledge, locale, defaultLang },
  );
}

describe("rule 1: an explicit lang:xx token", () => {
  it("answers in the language asked for, whatever the script, locale and default say", () => {
    expect(choose("الفنتانيل lang:it", "sw-KE", "fr")).toEqual({
      lang: "it",
      rule: "explicit",
      query: "الفنتانيل",
    });
  });

  it("removes an unsupported token and lets the next rule decide", () => {
    expect(choose("lang:de mkutano wa Roma", "fr-FR")).toEqual({
      lang: "sw",
      rule: "words",
      query: "mkutano wa Roma",
      unsupported: "de",
    });
  });

  it("reads region-tagged codes and strips every token", () => {
    expect(stripLangTokens("a lang:pt-BR b lang:FR")).toEqual({ query: "a b", requested: ["pt-BR", "FR"] });
    expect(choose("fentanyl lang:FR").lang).toBe("fr");
  });
});

describe("rule 2: the script of the question", () => {
  it("answers Arabic script in Arabic even when the locale says otherwise", () => {
    expect(choose("الفنتانيل", "fr-FR")).toMatchObject({ lang: "ar", rule: "script" });
  });

  it("answers Devanagari in Hindi", () => {
    expect(choose("फेंटानिल के बारे में क्या तय हुआ", "it-IT")).toMatchObject({ lang: "hi", rule: "script" });
  });

  it("takes a short question's script as its language: franc cannot tell Arabic from Persian in two words", () => {
    expect(choose("اجتماع أروشا", "fr-FR")).toMatchObject({ lang: "ar", rule: "script" });
    expect(choose("नई दिल्ली बिम्सटेक बैठक", "fr-FR")).toMatchObject({ lang: "hi", rule: "script" });
  });

  it("reads French from its letters when no vocabulary knows the word", () => {
    expect(choose("conférence de Tunis", "it-IT")).toMatchObject({ lang: "fr", rule: "words" });
  });

  it("does not answer Marathi in Hindi: it falls through to the locale", () => {
    expect(choose("मी उद्या मुंबईला जाणार आहे आणि तिथे बैठक होईल", "fr-FR")).toMatchObject({
      lang: "fr",
      rule: "locale",
    });
  });

  it("does not answer Urdu in Arabic: it falls through to the locale", () => {
    const urdu = "یہ اجلاس روم میں ہوا تھا اور اس میں منشیات پر بات ہوئی";
    expect(choose(urdu, "fr-FR")).toMatchObject({ lang: "fr", rule: "locale" });
    expect(choose(urdu)).toMatchObject({ lang: "en", rule: "default" });
  });
});

describe("rule 3: the words of the question", () => {
  it.each([
    ["what was decided about cryptocurrencies", "en"],
    ["riunione Roma Lione", "it"],
    ["réunion de Rome", "fr"],
    ["mkutano wa Roma", "sw"],
    ["police school conference", "en"],
    ["rotta meridionale", "it"],
    ["rotta balcanica", "it"],
  ] as const)("answers %j in %s, against a locale and default that say otherwise", (question, lang) => {
    expect(choose(question, "hi-IN", "ar")).toEqual({ lang, rule: "words", query: question });
  });

  it("trusts franc on a long sentence", () => {
    const question =
      "Quali decisioni sono state prese dalla riunione sulla sicurezza informatica e sul riciclaggio?";
    expect(choose(question, "sw-KE")).toMatchObject({ lang: "it", rule: "words" });
  });

  it("lets names, acronyms and words shared across languages decide nothing", () => {
    expect(choose("UNODC Interpol G7", "sw-KE")).toMatchObject({ lang: "sw", rule: "locale" });
    expect(choose("fentanyl", "fr-FR")).toMatchObject({ lang: "fr", rule: "locale" });
  });
});

describe("rules 4 and 5: the Slack locale, then the workspace default", () => {
  it("uses the asker's locale when the question cannot tell", () => {
    expect(choose("fentanyl", "sw-KE")).toEqual({ lang: "sw", rule: "locale", query: "fentanyl" });
  });

  it("skips an unsupported locale for the workspace default", () => {
    expect(choose("fentanyl", "de-DE", "hi")).toEqual({ lang: "hi", rule: "default", query: "fentanyl" });
    expect(choose("", undefined, "ar")).toEqual({ lang: "ar", rule: "default", query: "" });
  });
});
