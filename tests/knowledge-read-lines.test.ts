import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readLines } from "../src/knowledge/read-lines.ts";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-lines-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const LINES = [
  '{"title":"Mkutano wa Dar es Salaam"}',
  '{"title":"اجتماع مجموعة روما/ليون في الرباط"}',
  '{"title":"रोम/ल्योन समूह की बैठक"}',
  "x".repeat(50),
];

function read(text: string, chunk: number, stopAt?: number): { lines: string[]; whole: boolean } {
  const path = join(dir, "file.json");
  writeFileSync(path, text);
  const lines: string[] = [];
  const whole = readLines(
    path,
    (line) => {
      lines.push(line);
      return lines.length !== stopAt;
    },
    chunk,
  );
  return { lines, whole };
}

describe("reading a cache file line by line", () => {
  it("gives every line whole, however the chunks cut the lines and the Arabic and Devanagari letters", () => {
    const text = `${LINES.join("\n")}\n`;
    for (const chunk of [1, 2, 3, 5, 7, 64, 1 << 20])
      expect(read(text, chunk).lines, String(chunk)).toEqual(LINES);
  });

  it("gives a last line without a newline, and skips empty lines", () => {
    expect(read(`${LINES[0]}\n\n${LINES[1]}`, 4).lines).toEqual([LINES[0], LINES[1]]);
  });

  it("stops when asked, and says it did not read to the end", () => {
    expect(read(`${LINES.join("\n")}\n`, 3, 2)).toEqual({ lines: LINES.slice(0, 2), whole: false });
    expect(read(`${LINES.join("\n")}\n`, 3).whole).toBe(true);
  });

  it("throws for a file that is not there", () => {
    expect(() => readLines(join(dir, "missing.json"), () => true)).toThrow(/ENOENT/);
  });
});
