import { describe, expect, it } from "vitest";
import { extractPeople } from "../../src/extract/people.ts";
import { sentence } from "./support.ts";

function people(text: string, lang = "en", script: "latin" | "arabic" | "devanagari" = "latin") {
  return extractPeople(sentence(text, lang, script)).map(({ name, role, affiliation, entityId }) => ({
    name,
    role,
    affiliation,
    entityId,
  }));
}

describe("people with roles", () => {
  it("reads an English title before a name and an apposition after it", () => {
    const found = people(
      "The session was opened by Prefect Marco Tullio, Deputy Director General of Public Security, and by Hanna Lindqvist, Director of the Baltic Maritime Council.",
    );
    expect(found).toContainEqual({
      name: "Marco Tullio",
      role: "Prefect, Deputy Director General",
      affiliation: "Public Security",
      entityId: undefined,
    });
    expect(found).toContainEqual({
      name: "Hanna Lindqvist",
      role: "Director",
      affiliation: "Baltic Maritime Council",
      entityId: undefined,
    });
  });

  it("reads lower-case Italian and French titles before the name", () => {
    expect(people("Ha parlato il prefetto Mario Bianchi.", "it")[0]).toMatchObject({
      name: "Mario Bianchi",
      role: "prefetto",
    });
    expect(
      people("Le préfet Jean Dupont, Directeur général de la Police, a ouvert la séance.", "fr")[0],
    ).toMatchObject({
      name: "Jean Dupont",
      role: "préfet, Directeur général",
    });
  });

  it("gives the affiliation written between the title and a comma-separated name", () => {
    expect(
      people("La Segretaria generale dell'Agenzia Nordica, Anna Verdi, ha concluso.", "it")[0],
    ).toMatchObject({
      name: "Anna Verdi",
      role: "Segretaria generale",
      affiliation: "Agenzia Nordica",
    });
  });

  it("reads people in a Latin-script language with its own titles (Spanish, German)", () => {
    expect(people("El ministro Julio Pérez inauguró la reunión.", "es")[0]).toMatchObject({
      name: "Julio Pérez",
    });
    expect(people("Die Generalsekretärin Maria Schmidt sprach in Bonn.", "de")[0]).toMatchObject({
      name: "Maria Schmidt",
      role: "Generalsekretärin",
    });
  });

  it("does not take a capitalised sentence start or an institution for a person", () => {
    expect(people("The Regional Cooperation Council met in October with the Director.")).toEqual([]);
    expect(people("Minister of the Interior said nothing new.")).toEqual([]);
  });

  it("finds the names after an Arabic title up to the comma and keeps the affiliation apart", () => {
    const found = people(
      "إلى جانب الأمين العام لمجلس البحر الشمالي سامي هالونن والمدير العام.",
      "ar",
      "arabic",
    );
    expect(found[0]).toMatchObject({
      name: "سامي هالونن",
      role: "الأمين العام",
      affiliation: "مجلس البحر الشمالي",
    });
  });

  it("finds the name after a Hindi title up to the conjunction", () => {
    const found = people("उप महासचिव राहुल वर्मा और निदेशक अनिल कपूर ने भाग लिया।", "hi", "devanagari");
    expect(found.map((person) => person.name)).toEqual(["राहुल वर्मा", "अनिल कपूर"]);
  });

  it("reads a name set off by commas after an Arabic title and its body, without any lexicon entry", () => {
    const [found] = people("حضر المدير العام للوكالة البحرية، نادر الشامي، الاجتماع.", "ar", "arabic");
    expect(found).toMatchObject({
      name: "نادر الشامي",
      role: "المدير العام",
      affiliation: "الوكالة البحرية",
    });
  });
});
