import { describe, expect, it } from "vitest";
import { toBatches } from "../../src/translate/batches.ts";
import { endpointUrl, serverName } from "../../src/translate/http.ts";
import { digitRuns, keepsNumbers } from "../../src/translate/numbers.ts";
import { readTranslations } from "../../src/translate/openai-prompt.ts";

describe("batches", () => {
  it("fills each request up to the segment and character limits, and sends an over-long text alone", () => {
    expect(toBatches(["aaaa", "bb", "cc", "dddddddddd", "e"], 3, 8)).toEqual([
      ["aaaa", "bb", "cc"],
      ["dddddddddd"],
      ["e"],
    ]);
    expect(toBatches([], 3, 8)).toEqual([]);
  });
});

describe("numbers kept by a translation", () => {
  it("reads digits of any script the corpus uses as 0-9", () => {
    expect(digitRuns("٢٠٢٤ و ۱۲ and १५ or 24/7")).toEqual(["2024", "12", "15", "24", "7"]);
  });

  it("requires every number of the source, as many times, and allows numbers added", () => {
    expect(keepsNumbers("5 e 5 persone, 2024", "5 and 5 people in 2024, ch. 3")).toBe(true);
    expect(keepsNumbers("5 e 5 persone", "5 people")).toBe(false);
    expect(keepsNumbers("riunione del 12", "meeting of the 13th")).toBe(false);
  });
});

describe("model replies", () => {
  it("takes each translation from its key and refuses a reply that is not a JSON object", () => {
    expect(readTranslations('{"2": "two", "1": "one"}', ["uno", "due"])).toEqual(["one", "two"]);
    expect(readTranslations('["one", "two"]', ["uno", "due"])).toBeUndefined();
    expect(readTranslations("one\ntwo", ["uno", "due"])).toBeUndefined();
    expect(readTranslations('{"1": 1, "2": " "}', ["uno", "due"])).toEqual([undefined, undefined]);
  });
});

describe("server addresses", () => {
  it("names a server without its credentials or query, and joins endpoints with one slash", () => {
    expect(serverName("https://bot:s3cret@mt.example.org/api/?key=abc")).toBe("https://mt.example.org/api");
    expect(endpointUrl("http://localhost:11434/v1/", "/chat/completions")).toBe(
      "http://localhost:11434/v1/chat/completions",
    );
    expect(endpointUrl("http://localhost:5000", "/translate")).toBe("http://localhost:5000/translate");
  });
});
