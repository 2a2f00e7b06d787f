import { describe, expect, it } from "vitest";
import { extractOrganisations } from "../../src/extract/organisations.ts";
import { sentenceContext } from "../../src/extract/sentence-context.ts";
import { sentence, shippedLexicon } from "./support.ts";

describe("organisations", () => {
  it("reads an acronym with its parenthesised expansion written either way round", () => {
    const found = extractOrganisations(
      sentence(
        "Experts of the Nordic Border Agency (NBA) and of OCEANUS (Organisation for Coastal Enforcement) attended.",
      ),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ acronym: "NBA", expansion: "Nordic Border Agency" }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ acronym: "OCEANUS", expansion: "Organisation for Coastal Enforcement" }),
    );
  });

  it("takes the Arabic words before “(ACRONYM)” as its expansion", () => {
    const [found] = extractOrganisations(
      sentence("وقد أطلقت الشرطة وهيئة الرقابة البحرية الشمالية (NMCA) مبادرة.", "ar", "arabic"),
    );
    expect(found).toMatchObject({ acronym: "NMCA", expansion: "هيئة الرقابة البحرية الشمالية" });
  });

  it("uses the lexicon in any script, with its acronym and English expansion", () => {
    const found = extractOrganisations(
      sentence("ووفقا لتقديرات مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "ar", "arabic"),
    );
    expect(found[0]).toMatchObject({ entityId: "unodc", acronym: "UNODC", confidence: 1 });
  });

  it("splits two known acronyms a scrape glued together", () => {
    const found = extractOrganisations(sentence("Delegates of INTERPOLUNODC joined."));
    expect(found.map((org) => org.entityId)).toEqual(["interpol", "unodc"]);
  });

  it("keeps unexplained capitals as a low-confidence organisation, but not roman numerals or surnames", () => {
    const found = extractOrganisations(sentence("Chapter XIV of the KRAKEN charter was read by Eva NOVAK."), [
      "Eva NOVAK",
    ]);
    expect(found).toEqual([expect.objectContaining({ name: "KRAKEN", confidence: 0.4 })]);
  });

  it("finds institutions by their head noun in several languages", () => {
    const names = (text: string, lang: string) =>
      extractOrganisations(sentence(text, lang)).map((org) => org.name);
    expect(names("The Ministry of Coastal Affairs and the Harbour Police Directorate signed.", "en")).toEqual(
      ["Ministry of Coastal Affairs", "Harbour Police Directorate"],
    );
    expect(
      names(
        "Il Ministero dell'Ambiente e la Direzione Centrale della Polizia Marittima hanno firmato.",
        "it",
      ),
    ).toEqual(["Ministero dell'Ambiente", "Direzione Centrale della Polizia Marittima"]);
  });

  it("marks a group named as the threat as a threat, and the bodies at the table as bodies", () => {
    const roles = (text: string, lang: string, script: "latin" | "arabic" | "devanagari" = "latin") =>
      extractOrganisations(sentence(text, lang, script)).map((org) => [org.acronym ?? org.name, org.role]);
    expect(
      roles("Europol experts discussed the threat posed by the Sahel Liberation Front (SLF).", "en"),
    ).toEqual([
      ["Europol", undefined],
      ["SLF", "threat"],
    ]);
    expect(roles("Les délégués de Frontex ont évoqué la lutte contre le réseau FANTOME.", "fr")).toEqual([
      ["Frontex", undefined],
      ["FANTOME", "threat"],
    ]);
    expect(
      roles(
        "Washiriki kutoka AFRIPOL walijadili mapambano dhidi ya kundi la MRC (Mombasa Republican Council).",
        "sw",
      ),
    ).toEqual([
      ["AFRIPOL", undefined],
      ["MRC", "threat"],
    ]);
    expect(roles("ناقش ممثلو الإنتربول سبل مكافحة تنظيم داعش في المنطقة.", "ar", "arabic")).toEqual([
      ["INTERPOL", undefined],
      ["تنظيم داعش", "threat"],
    ]);
    expect(
      roles("इंटरपोल के प्रतिनिधियों ने KLF समूह के खिलाफ संयुक्त कार्रवाई पर चर्चा की।", "hi", "devanagari"),
    ).toEqual([
      ["INTERPOL", undefined],
      ["KLF", "threat"],
    ]);
    expect(
      roles("Il gruppo di lavoro dell'OSCE ha esaminato la minaccia rappresentata dalla rete VIPERA.", "it"),
    ).toContainEqual(["VIPERA", "threat"]);
  });

  it("names a ministry as the text does, with a country only where the sentence ties one to it", () => {
    const names = (text: string, lang: string, script: "latin" | "arabic" = "latin") =>
      extractOrganisations(sentence(text, lang, script)).map((org) => org.name);
    expect(names("The conference in Tunis was organised by the Ministry of the Interior.", "en")).toEqual([
      "Ministry of the Interior",
    ]);
    expect(names("The Tunisian Ministry of Interior hosted the delegations.", "en")).toEqual([
      "Tunisian Ministry of Interior",
    ]);
    expect(names("Officers of the State Police of Kenya attended.", "en")).not.toContainEqual(
      expect.stringContaining("Italian"),
    );
    expect(names("نظمت وزارة الداخلية التونسية المؤتمر.", "ar", "arabic")).toEqual([
      "وزارة الداخلية التونسية",
    ]);
    expect(names("نظمت وزارة الداخلية المؤتمر في تونس.", "ar", "arabic")).toEqual(["وزارة الداخلية"]);
  });

  it("marks a group the attacks are claimed by as a threat, its expansion written before the acronym", () => {
    const found = extractOrganisations(
      sentence(
        "Selon l'AFRIPOL, la plupart des attaques ont été revendiquées par le Front de libération du désert (FLD).",
        "fr",
      ),
    );
    expect(found.map((org) => [org.acronym, org.role])).toEqual([
      ["AFRIPOL", undefined],
      ["FLD", "threat"],
    ]);
  });

  it("reads neither a dateline town in capitals nor a role phrase as an organisation", () => {
    const opening = sentenceContext(
      {
        docId: "t",
        paragraph: 1,
        sentence: 1,
        text: "LUSAKA, 4 March – The Harbour Police Service met delegates.",
      },
      "en",
      "latin",
      shippedLexicon(),
    );
    expect(extractOrganisations(opening).map((org) => org.name)).toEqual(["Harbour Police Service"]);
    expect(
      extractOrganisations(sentence("Kamishna Msaidizi wa Polisi alihudhuria kikao.", "sw")).map(
        (org) => org.name,
      ),
    ).toEqual([]);
  });
});
