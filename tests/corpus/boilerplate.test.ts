import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isBoilerplate, repeatsTitle } from "../../src/corpus/boilerplate.ts";
import { splitParagraphs } from "../../src/corpus/paragraphs.ts";

const seed = (name: string): string[] =>
  splitParagraphs(readFileSync(new URL(`../../seeds/${name}`, import.meta.url), "utf8"));

describe("isBoilerplate", () => {
  it("recognises the newsletter calls closing the Swahili and Arabic Rome/Lyon articles", () => {
    const swahili = seed("001_7c412255d0c700a3.txt");
    const arabic = seed("000_32986b6b78b62916.txt");
    expect(swahili.filter(isBoilerplate)).toEqual(["Jiandikishe kwenye jarida letu!"]);
    expect(arabic.filter(isBoilerplate)).toEqual(["اشترك في نشرتنا الإخبارية!"]);
  });

  it("finds no boilerplate among the paragraphs of the Hindi and INTERPOL articles", () => {
    expect(seed("002_b3fcfc7112fb2b41.txt").filter(isBoilerplate)).toEqual([]);
    expect(seed("004_6ea3b8ed064881d9.txt").filter(isBoilerplate)).toEqual([]);
  });

  it("recognises subscription calls in other languages", () => {
    for (const line of [
      "Subscribe to our newsletter!",
      "Iscriviti alla newsletter",
      "Abonnez-vous à notre lettre d'information",
      "Suscríbete a nuestro boletín",
      "Jisajili kupokea habari zetu",
      "न्यूज़लेटर की सदस्यता लें",
      "اشتركوا في النشرة البريدية",
    ]) {
      expect(isBoilerplate(line), line).toBe(true);
    }
  });

  it("keeps a long paragraph that mentions a newsletter as content", () => {
    const paragraph =
      "The ministers agreed to publish a joint newsletter on synthetic drugs every quarter, so that police services in all member countries can share trends in fentanyl trafficking.";
    expect(isBoilerplate(paragraph)).toBe(false);
  });
});

describe("repeatsTitle", () => {
  it("recognises the closing line of each Rome/Lyon version as its title", () => {
    for (const name of ["000_32986b6b78b62916.txt", "001_7c412255d0c700a3.txt", "002_b3fcfc7112fb2b41.txt"]) {
      const paragraphs = seed(name);
      expect(repeatsTitle(paragraphs[paragraphs.length - 1] ?? "", paragraphs[0] ?? ""), name).toBe(true);
    }
  });

  it("does not take a content paragraph for the title", () => {
    const paragraphs = seed("001_7c412255d0c700a3.txt");
    expect(repeatsTitle(paragraphs[1] ?? "", paragraphs[0] ?? "")).toBe(false);
  });

  it("tolerates punctuation, case and a few framing words", () => {
    expect(repeatsTitle("Source: G7 ITALIA 2024.", "G7 Italia 2024")).toBe(true);
    expect(repeatsTitle("G7 Italia", "G7 Italia 2024")).toBe(false);
  });
});
