import { describe, expect, it } from "vitest";
import { createSearcher } from "../../src/search/searcher.ts";
import { docFromText, shippedLexicon } from "../extract/support.ts";

const CITIES = ["القاهرة", "تونس", "الرباط", "عمان", "بيروت", "الدوحة", "الجزائر", "بغداد", "دمشق", "مسقط"];

/** Arabic reports that all use "مستقبل" (future), whose skeleton is the name's. */
const futures = Array.from({ length: 240 }, (_, at) =>
  docFromText(
    `future-ar-${at}`,
    `اجتماع في ${CITIES[at % CITIES.length]} رقم ${at + 1}\n\nناقش المشاركون مستقبل التعاون الأمني في ${CITIES[(at + 3) % CITIES.length]} وتبادل المعلومات.\n`,
  ),
);
const docs = [
  ...futures,
  docFromText(
    "name-en",
    "Liaison officers meet\n\nThe liaison officer Omar Mastakibal briefed the group on the harbour inspections.\n",
  ),
  docFromText(
    "pair-ar",
    "زيارة يورغن شتوك\n\nاستقبلت الشرطه شيماتو وفدا، وزار يورغن شتوك مقر الشرطه شيماتو في الصباح.\n",
  ),
  docFromText(
    "port-en",
    "Port security review\n\nCustoms officers at Mombasa described the container checks introduced this year.\n",
  ),
  docFromText("visit-hi", "पुलिस प्रमुखों की बैठक\n\nप्रधानमंत्री मोदी ने बंदरगाह की सुरक्षा पर पुलिस प्रमुखों से बात की।\n"),
  docFromText(
    "visit-en",
    "Harbour visit\n\nDetective Inspector Connolly flew back from Lomé to lead the harbour patrol.\n",
  ),
  docFromText("lome-ar", "زيارة إلى لومي\n\nزار الوفد مدينة لومي لبحث أمن الموانئ في خليج غينيا.\n"),
  docFromText(
    "name-ar",
    "اجتماع ضباط الاتصال\n\nقدم ضابط الاتصال عمر ماستاكيبال إحاطة للمجموعة حول عمليات تفتيش الموانئ.\n",
  ),
];

describe("a name searched in the corpus's other scripts", () => {
  const searcher = createSearcher({ dir: "names", docs, warnings: [] }, shippedLexicon());

  it("finds the spelling of another script that is about as rare as the name", () => {
    expect(searcher.search("Mastakibal").map((hit) => hit.docId)).toContain("name-ar");
  });

  it("finds a short name whose skeleton is long enough only with its repeated consonant", () => {
    expect(searcher.search("مومباسا").map((hit) => hit.docId)).toEqual(["port-en"]);
    expect(searcher.search("मोम्बासा").map((hit) => hit.docId)).toEqual(["port-en"]);
  });

  it("leaves out a common word of another script that only shares the name's skeleton", () => {
    const found = searcher.search("Mastakibal", { limit: 20 }).map((hit) => hit.docId);
    expect(found.filter((id) => id.startsWith("future-ar"))).toEqual([]);
    expect(searcher.expand("Mastakibal").concepts.flat()).not.toContain("مستقبل");
  });

  it("finds a short name in another script by its vowels when its own script never writes it", () => {
    expect(searcher.expand("Modi").concepts.flat()).toContain("मोदी");
    expect(searcher.search("Modi").map((hit) => hit.docId)).toEqual(["visit-hi"]);
    expect(searcher.search("كونولي").map((hit) => hit.docId)).toEqual(["visit-en"]);
  });

  it("does not spell a short word in other scripts when its own script writes it", () => {
    expect(searcher.expand("Lomé").concepts.flat()).not.toContain("لومي");
  });

  it("spells two words in a row as a name of another script only when each part's skeleton agrees", () => {
    const concepts = (question: string): string[] => searcher.expand(question).concepts.flat();
    expect(concepts("Jürgen Stock")).toEqual(expect.arrayContaining(["يورغن", "شتوك"]));
    expect(concepts("sovayutu Shimato")).not.toContain("شرطه");
  });
});
