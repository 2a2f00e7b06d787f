import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalise, normaliseToken, tokenise } from "../../src/corpus/normalise.ts";

const seed = (name: string): string => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), "utf8");

describe("normaliseToken", () => {
  it("makes the article and the proclitic و one term with the bare Arabic word", () => {
    const bare = normaliseToken("فنتانيل");
    expect(normaliseToken("الفنتانيل")).toBe(bare);
    expect(normaliseToken("والفنتانيل")).toBe(bare);
    expect(normaliseToken("بالفنتانيل")).toBe(bare);
    expect(normaliseToken("للفنتانيل")).toBe(bare);
  });

  it("strips the other attached proclitics: فال, كال, and و before a long enough word", () => {
    expect(normaliseToken("بالاشتراك")).toBe("اشتراك");
    expect(normaliseToken("فالتعاون")).toBe("تعاون");
    expect(normaliseToken("كالتعاون")).toBe("تعاون");
    expect(normaliseToken("وأعاد")).toBe("اعاد");
    expect(normaliseToken("وفي")).toBe("وفي");
  });

  it("strips clitics before unifying alef, so إليها keeps its first letters", () => {
    expect(normaliseToken("إليها")).toBe("اليها");
    expect(normaliseToken("إليها")).not.toBe("يها");
  });

  it("keeps a root و, so the ministry and 'and the ministry' stay one term", () => {
    expect(normaliseToken("وزارة")).toBe(normaliseToken("ووزارة"));
    expect(normaliseToken("وزارة")).toBe(normaliseToken("الوزارة"));
    expect(normaliseToken("وزراء")).toBe(normaliseToken("الوزراء"));
  });

  it("unifies alef forms, alef maqsura and ta marbuta", () => {
    expect(normaliseToken("الإنتربول")).toBe("انتربول");
    expect(normaliseToken("أيضا")).toBe("ايضا");
    expect(normaliseToken("آلية")).toBe("اليه");
    expect(normaliseToken("ٱلله")).toBe(normaliseToken("الله"));
    expect(normaliseToken("إلى")).toBe("الي");
    expect(normaliseToken("مؤتمرة")).toBe("مؤتمره");
  });

  it("reads a noun in ta marbuta with a pronoun as the noun, but not a short word ending in ته", () => {
    expect(normaliseToken("آليته")).toBe(normaliseToken("آلية"));
    expect(normaliseToken("حكومتهم")).toBe(normaliseToken("حكومة"));
    expect(normaliseToken("بيته")).toBe("بيته");
  });

  it("removes harakat, shadda, sukun, superscript alef and tatweel (words from the INTERPOL article)", () => {
    expect(normaliseToken("مموَّلة")).toBe(normaliseToken("مموله"));
    expect(normaliseToken("تبيُّن")).toBe("تبين");
    expect(normaliseToken("التعهدَ")).toBe("تعهد");
    expect(normaliseToken("عامًا")).toBe("عاما");
    expect(normaliseToken("هٰذا")).toBe("هذا");
    expect(normaliseToken("مـــؤتمر")).toBe("مؤتمر");
  });

  it("lowercases Latin and folds accents", () => {
    expect(normaliseToken("Fentanyl")).toBe("fentanyl");
    expect(normaliseToken("Vardé")).toBe("varde");
    expect(normaliseToken("Città")).toBe("citta");
    expect(normaliseToken("Straße")).toBe("strasse");
    expect(normaliseToken("INTERPOL")).toBe("interpol");
  });

  it("applies NFKC, so ligatures and full-width letters fold to plain ones", () => {
    expect(normaliseToken("ﬁnance")).toBe("finance");
    expect(normaliseToken("ＧＣＥＲＦ")).toBe("gcerf");
  });

  it("folds Arabic-Indic, Persian and Devanagari digits to ASCII", () => {
    expect(normaliseToken("٢٠٢٢")).toBe("2022");
    expect(normaliseToken("۱۹۵")).toBe("195");
    expect(normaliseToken("२०२४")).toBe("2024");
  });

  it("folds the Devanagari nukta, so एज़ोनी and एजोनी meet", () => {
    expect(normaliseToken("एज़ोनी")).toBe(normaliseToken("एजोनी"));
    expect(normaliseToken("क़ानून")).toBe("कानून");
    expect(normaliseToken("फ़ोकस")).toBe("फोकस");
    expect(normaliseToken("लड़ाई")).toBe(normaliseToken("लडाई"));
  });

  it("writes chandrabindu as anusvara, so परियोजनाएँ and परियोजनाएं meet", () => {
    expect(normaliseToken("परियोजनाएँ")).toBe(normaliseToken("परियोजनाएं"));
  });

  it("writes a half nasal before a stop as anusvara, so सन्दर्भ and संदर्भ (both in the Hindi seed) meet", () => {
    expect(normaliseToken("सन्दर्भ")).toBe(normaliseToken("संदर्भ"));
    expect(normaliseToken("फेन्टानिल")).toBe(normaliseToken("फेंटानिल"));
    expect(normaliseToken("अन्य")).toBe("अन्य");
    expect(normaliseToken("सम्मेलन")).toBe("सम्मेलन");
  });

  it("keeps Devanagari vowel signs and viramas", () => {
    expect(normaliseToken("सार्वजनिक")).toBe("सार्वजनिक");
    expect(normaliseToken("अंतर्राष्ट्रीय")).toBe("अंतर्राष्ट्रीय");
  });

  it("returns plain lowercase ASCII unchanged", () => {
    expect(normaliseToken("iarms")).toBe("iarms");
    expect(normaliseToken("g7")).toBe("g7");
  });
});

describe("tokenise", () => {
  it("splits on Arabic comma, semicolon and question mark and on the danda", () => {
    expect(tokenise("١٨ نوفمبر، ٢٠٢٢؛ لماذا؟ हाँ।नहीं")).toEqual([
      "١٨",
      "نوفمبر",
      "٢٠٢٢",
      "لماذا",
      "हाँ",
      "नहीं",
    ]);
  });

  it("keeps Devanagari combining marks and Arabic marks inside their words", () => {
    expect(tokenise("सार्वजनिक सुरक्षा")).toEqual(["सार्वजनिक", "सुरक्षा"]);
    expect(tokenise("مموَّلة أصلا.")).toEqual(["مموَّلة", "أصلا"]);
  });

  it("separates an Arabic proclitic glued to a Latin name (لـiARMS in the INTERPOL article)", () => {
    expect(tokenise("ويمكن لـiARMS ، التي")).toEqual(["ويمكن", "لـ", "iARMS", "التي"]);
  });

  it("keeps letters and digits of one script together", () => {
    expect(tokenise("G7 Rome/Lyon 24/7")).toEqual(["G7", "Rome", "Lyon", "24", "7"]);
  });
});

describe("normalise", () => {
  it("folds the date line of the INTERPOL article to ASCII digits", () => {
    const dateLine = seed("004_6ea3b8ed064881d9.txt").split("\n")[2] ?? "";
    expect(dateLine).toContain("٢٠٢٢");
    const words = normalise(dateLine).split(" ");
    expect(words).toContain("18");
    expect(words).toContain("2022");
  });

  it("gives the same terms for fentanyl in the Arabic and Swahili versions as for the bare word", () => {
    expect(normalise(seed("000_32986b6b78b62916.txt")).split(" ")).toContain(normaliseToken("فنتانيل"));
    expect(normalise(seed("001_7c412255d0c700a3.txt")).split(" ")).toContain(normaliseToken("fentanyl"));
  });

  it("joins normalised tokens with single spaces and drops punctuation", () => {
    expect(normalise("  Prefect Annunziato  Vardé. \n (UNODC), ")).toBe("prefect annunziato varde unodc");
  });
});
