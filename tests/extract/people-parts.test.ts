import { describe, expect, it } from "vitest";
import { extractPeople } from "../../src/extract/people.ts";
import { sentence } from "./support.ts";

type Script = "latin" | "arabic" | "devanagari";

function people(text: string, lang: string, script: Script = "latin") {
  return extractPeople(sentence(text, lang, script)).map(({ name, role, affiliation, part }) => ({
    name,
    role,
    affiliation,
    part,
  }));
}

function chairs(text: string, lang: string, script: Script = "latin"): string[] {
  return people(text, lang, script)
    .filter((person) => person.part === "chair")
    .map((person) => person.name);
}

describe("chairs, speakers and participants in English", () => {
  it("makes the person opening the meeting a speaker and the one it was chaired by the chair", () => {
    const found = people(
      "The meeting was opened by Minister Laura Kessler and chaired by Director General Tomas Brandt of the Border Agency.",
      "en",
    );
    expect(found).toContainEqual(expect.objectContaining({ name: "Laura Kessler", part: "speaker" }));
    expect(found).toContainEqual(
      expect.objectContaining({
        name: "Tomas Brandt",
        role: "Director General",
        affiliation: "Border Agency",
        part: "chair",
      }),
    );
  });

  it("gives two chairs to 'co-chaired by A and B', names with particles kept whole", () => {
    expect(
      chairs(
        "The session was co-chaired by Ambassador Jean-Baptiste de La Roche and Dr. Abdullah bin Saeed Al Mansouri.",
        "en",
      ),
    ).toEqual(["Jean-Baptiste de La Roche", "Abdullah bin Saeed Al Mansouri"]);
  });

  it("chairs only the person the cue points at, not everyone in the sentence", () => {
    const found = people(
      "The workshop, chaired by Commissioner Grace Wanjiru, heard Inspector General Peter Otieno and Director Amina Yusuf.",
      "en",
    );
    expect(found.filter((person) => person.part === "chair").map((person) => person.name)).toEqual([
      "Grace Wanjiru",
    ]);
    expect(found.map((person) => person.name)).toEqual(
      expect.arrayContaining(["Peter Otieno", "Amina Yusuf"]),
    );
  });

  it("reads no person from a role phrase without a name", () => {
    expect(people("A representative of the Directorate presented the report.", "en")).toEqual([]);
    expect(people("The meeting was chaired by a senior official of the Ministry.", "en")).toEqual([]);
  });
});

describe("chairs and speakers in Italian and French", () => {
  it("reads 'presieduta dal prefetto' as the chair and 'aperta dal dott.' as a speaker", () => {
    const found = people(
      "La riunione, presieduta dal prefetto Marco Rinaldi, è stata aperta dal dott. Luca Ferri.",
      "it",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ name: "Marco Rinaldi", role: "prefetto", part: "chair" }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ name: "Luca Ferri", role: undefined, part: "speaker" }),
    );
  });

  it("gives both chairs of 'sotto la presidenza congiunta del Questore … e del Prefetto …'", () => {
    expect(
      chairs(
        "I lavori si sono svolti sotto la presidenza congiunta del Questore Paolo Greco e del Prefetto Giulia Conti.",
        "it",
      ),
    ).toEqual(["Paolo Greco", "Giulia Conti"]);
  });

  it("reads 'présidée par M. …' with the role in apposition, and 'ouverte par Mme …' as a speaker", () => {
    const found = people(
      "La conférence était présidée par M. Jean-Baptiste de La Roche, Directeur général de la Police nationale, et ouverte par Mme Claire Dubois.",
      "fr",
    );
    expect(found).toContainEqual({
      name: "Jean-Baptiste de La Roche",
      role: "Directeur général",
      affiliation: "Police nationale",
      part: "chair",
    });
    expect(found).toContainEqual(expect.objectContaining({ name: "Claire Dubois", part: "speaker" }));
  });

  it("gives both chairs of 'sous la présidence conjointe de la ministre … et du commissaire …'", () => {
    expect(
      chairs(
        "La réunion s'est tenue sous la présidence conjointe de la ministre Awa Diallo et du commissaire Karim Benali.",
        "fr",
      ),
    ).toEqual(["Awa Diallo", "Karim Benali"]);
  });
});

describe("chairs and people in Arabic", () => {
  it("reads the chair after ترأس through his rank, with bin and a family name, and no person in a unit's name", () => {
    const found = people(
      "ترأس الاجتماع اللواء خالد بن سعيد المنصوري، مدير إدارة مكافحة المخدرات، بحضور السيدة ليلى حسن.",
      "ar",
      "arabic",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ name: "خالد بن سعيد المنصوري", role: "اللواء, مدير", part: "chair" }),
    );
    expect(found).toContainEqual(expect.objectContaining({ name: "ليلى حسن", part: "participant" }));
    expect(found.map((person) => person.name).join(" ")).not.toContain("إدارة");
    expect(found).toHaveLength(2);
  });

  it("makes the minister who opened the conference a speaker and the two it was co-chaired by its chairs", () => {
    const found = people(
      "افتتح وزير الداخلية التونسي الدكتور سامي الطرابلسي أعمال المؤتمر، الذي عقد برئاسة مشتركة بين السفير جمال الدين العلوي والسيدة منى الخطيب.",
      "ar",
      "arabic",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ name: "سامي الطرابلسي", role: "وزير", part: "speaker" }),
    );
    expect(found.filter((person) => person.part === "chair").map((person) => person.name)).toEqual([
      "جمال الدين العلوي",
      "منى الخطيب",
    ]);
  });

  it("reads no person from 'a representative of' a directorate", () => {
    expect(people("شارك ممثل عن إدارة مكافحة المخدرات في الاجتماع.", "ar", "arabic")).toEqual([]);
    expect(people("وحضر مدير عام الجمارك ومسؤولون من وزارة الداخلية.", "ar", "arabic")).toEqual([]);
  });
});

describe("chairs and people in Hindi", () => {
  it("reads the chair named before की अध्यक्षता में and the director who gave the opening speech as a speaker", () => {
    const found = people(
      "केंद्रीय गृह सचिव श्री अजय कुमार भल्ला की अध्यक्षता में बैठक हुई, जिसमें निदेशक सुनील मेहरा ने उद्घाटन भाषण दिया।",
      "hi",
      "devanagari",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ name: "अजय कुमार भल्ला", role: "सचिव", part: "chair" }),
    );
    expect(found).toContainEqual(expect.objectContaining({ name: "सुनील मेहरा", part: "speaker" }));
  });

  it("gives both chairs of a joint chairing (संयुक्त अध्यक्षता)", () => {
    expect(
      chairs("श्री राजीव कुमार और सुश्री अनीता राव की संयुक्त अध्यक्षता में सम्मेलन आयोजित किया गया।", "hi", "devanagari"),
    ).toEqual(["राजीव कुमार", "अनीता राव"]);
  });

  it("reads no person from a role without a name", () => {
    expect(people("वरिष्ठ अधिकारी ने बैठक में भाग लिया।", "hi", "devanagari")).toEqual([]);
    expect(people("गृह मंत्रालय के निदेशक के अनुसार बैठक सफल रही।", "hi", "devanagari")).toEqual([]);
  });
});

describe("chairs and people in Swahili", () => {
  it("reads the chair after 'uliongozwa na' and the minister who opened it as a speaker", () => {
    const found = people(
      "Mkutano huo uliongozwa na Kamishna Grace Wanjiru na ulifunguliwa rasmi na Waziri Hassan Mwinyi.",
      "sw",
    );
    expect(found).toContainEqual(expect.objectContaining({ name: "Grace Wanjiru", part: "chair" }));
    expect(found).toContainEqual(expect.objectContaining({ name: "Hassan Mwinyi", part: "speaker" }));
  });

  it("reads 'chini ya uenyekiti wa Bw. …' with the role and body in apposition", () => {
    expect(
      people(
        "Kikao kilifanyika chini ya uenyekiti wa Bw. Juma Hamisi, Mkurugenzi wa Idara ya Uhamiaji.",
        "sw",
      ),
    ).toEqual([{ name: "Juma Hamisi", role: "Mkurugenzi", affiliation: "Idara ya Uhamiaji", part: "chair" }]);
  });

  it("reads no person from a representative of a ministry", () => {
    expect(people("Mwakilishi wa Wizara ya Mambo ya Ndani alihudhuria kikao hicho.", "sw")).toEqual([]);
  });
});
