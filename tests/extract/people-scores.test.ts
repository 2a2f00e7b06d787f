import { describe, expect, it } from "vitest";
import { normalise } from "../../src/corpus/normalise.ts";
import { extractPeople } from "../../src/extract/people.ts";
import { sentence } from "./support.ts";

type Script = "latin" | "arabic" | "devanagari";

/** A sentence written for this test, with the people a careful reader finds in it and who chaired. */
interface Case {
  lang: string;
  script: Script;
  text: string;
  chairs: string[];
  others: string[];
}

const CASES: readonly Case[] = [
  {
    lang: "en",
    script: "latin",
    text: "It was co-chaired by Colonel Marta Ilves, Head of the Estonian Border Guard, and Omar Haddad, UNHCR Regional Coordinator.",
    chairs: ["Marta Ilves", "Omar Haddad"],
    others: [],
  },
  {
    lang: "en",
    script: "latin",
    text: "Opening remarks were delivered by Deputy Commissioner Tendai Moyo of the Zimbabwe Republic Police, and Director of Police Samuel Boateng presented the findings.",
    chairs: [],
    others: ["Tendai Moyo", "Samuel Boateng"],
  },
  {
    lang: "en",
    script: "latin",
    text: "Representatives of the Directorate and the Coast Guard attended the closing session.",
    chairs: [],
    others: [],
  },
  {
    lang: "it",
    script: "latin",
    text: "La sessione è stata presieduta dalla dott.ssa Elena Marchetti, direttrice del Servizio per la Cooperazione Internazionale di Polizia.",
    chairs: ["Elena Marchetti"],
    others: [],
  },
  {
    lang: "it",
    script: "latin",
    text: "Sono intervenuti il Questore Antonio De Luca e la Commissaria Paola Ricci.",
    chairs: [],
    others: ["Antonio De Luca", "Paola Ricci"],
  },
  {
    lang: "fr",
    script: "latin",
    text: "La séance a été ouverte par le préfet Alain Rousseau, puis présidée par la commissaire divisionnaire Nadia Belkacem.",
    chairs: ["Nadia Belkacem"],
    others: ["Alain Rousseau"],
  },
  {
    lang: "fr",
    script: "latin",
    text: "Un représentant de la Direction générale a pris la parole.",
    chairs: [],
    others: [],
  },
  {
    lang: "ar",
    script: "arabic",
    text: "وترأس الاجتماع العميد عبد الله بن راشد النعيمي، وألقى السيد فريد الزين، مدير الشرطة القضائية، كلمة افتتاحية.",
    chairs: ["عبد الله بن راشد النعيمي"],
    others: ["فريد الزين"],
  },
  {
    lang: "ar",
    script: "arabic",
    text: "وحضر ممثلون عن المديرية العامة للأمن الوطني وعن إدارة مكافحة المخدرات.",
    chairs: [],
    others: [],
  },
  {
    lang: "hi",
    script: "devanagari",
    text: "कार्यशाला की अध्यक्षता पुलिस महानिदेशक श्री विवेक सहाय ने की, जबकि उद्घाटन भाषण संयुक्त सचिव सुश्री कविता राणा ने दिया।",
    chairs: ["विवेक सहाय"],
    others: ["कविता राणा"],
  },
  {
    lang: "hi",
    script: "devanagari",
    text: "गृह मंत्रालय के वरिष्ठ अधिकारियों ने बैठक में भाग लिया।",
    chairs: [],
    others: [],
  },
  {
    lang: "sw",
    script: "latin",
    text: "Kikao kiliongozwa na Kamishna wa Polisi, Dkt. Rashid Omari, na kufunguliwa na Waziri wa Mambo ya Ndani, Bi. Zuhura Salim.",
    chairs: ["Rashid Omari"],
    others: ["Zuhura Salim"],
  },
  {
    lang: "sw",
    script: "latin",
    text: "Mwakilishi wa Shirika la Polisi la Kimataifa alihudhuria kikao hicho.",
    chairs: [],
    others: [],
  },
];

interface Score {
  found: number;
  expected: number;
  right: number;
}

function scoreOf(found: readonly string[], expected: readonly string[]): Score {
  const key = (name: string): string => normalise(name);
  const right = found.filter((name) => expected.some((other) => key(other) === key(name))).length;
  return { found: found.length, expected: expected.length, right };
}

function add(into: Map<string, Score>, lang: string, score: Score): void {
  const known = into.get(lang) ?? { found: 0, expected: 0, right: 0 };
  into.set(lang, {
    found: known.found + score.found,
    expected: known.expected + score.expected,
    right: known.right + score.right,
  });
}

const precision = (score: Score): number => (score.found === 0 ? 1 : score.right / score.found);
const recall = (score: Score): number => (score.expected === 0 ? 1 : score.right / score.expected);

describe("people and chairs scored per language on sentences written for the purpose", () => {
  const chairs = new Map<string, Score>();
  const people = new Map<string, Score>();
  for (const item of CASES) {
    const found = extractPeople(sentence(item.text, item.lang, item.script));
    add(
      chairs,
      item.lang,
      scoreOf(
        found.filter((person) => person.part === "chair").map((person) => person.name),
        item.chairs,
      ),
    );
    add(
      people,
      item.lang,
      scoreOf(
        found.map((person) => person.name),
        [...item.chairs, ...item.others],
      ),
    );
  }

  it.each(["en", "it", "fr", "ar", "hi", "sw"])("names the chairs and nobody else as chair (%s)", (lang) => {
    const score = chairs.get(lang) as Score;
    expect(precision(score)).toBe(1);
    expect(recall(score)).toBe(1);
  });

  it.each(["en", "it", "fr", "ar", "hi", "sw"])(
    "finds the named people and no role or unit phrase as a person (%s)",
    (lang) => {
      const score = people.get(lang) as Score;
      expect(precision(score)).toBe(1);
      expect(recall(score)).toBeGreaterThanOrEqual(0.9);
    },
  );
});
