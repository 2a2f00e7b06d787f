import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openFactShelf } from "../../src/knowledge/fact-shelf.ts";

let dir = "";
let path = "";

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-shelf-"));
  path = join(dir, "facts.sqlite");
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("the fact shelf", () => {
  it("replaces a file that is no SQLite database with an empty shelf", () => {
    writeFileSync(path, "not a database at all, though long enough to look like one");
    const shelf = openFactShelf(path, "code-a");
    expect(shelf.outlines.size).toBe(0);
    shelf.write("doc", "{}", "{}");
    shelf.close();
    expect(openFactShelf(path, "code-a").outlines.has("doc")).toBe(true);
  });

  it("makes a shelf of the earlier layout, outlines beside the facts, anew for the same code", () => {
    const earlier = new Database(path);
    earlier.exec(
      "CREATE TABLE stamp (value TEXT NOT NULL); INSERT INTO stamp (value) VALUES ('code-a');" +
        "CREATE TABLE facts (key TEXT PRIMARY KEY, json TEXT NOT NULL, outline TEXT NOT NULL) WITHOUT ROWID;" +
        "INSERT INTO facts VALUES ('old', '{}', '{}');",
    );
    earlier.close();
    const shelf = openFactShelf(path, "code-a");
    expect(shelf.outlines.size).toBe(0);
    expect(shelf.read("old")).toBeUndefined();
    shelf.write("doc", '{"facts":1}', '{"outline":1}');
    shelf.close();
    const again = openFactShelf(path, "code-a");
    expect([...again.outlines]).toEqual([["doc", '{"outline":1}']]);
    expect(again.read("doc")).toBe('{"facts":1}');
    again.close();
  });

  it("throws, and leaves the file alone, when another process holds it locked", () => {
    const shelf = openFactShelf(path, "code-a");
    shelf.write("doc", '{"facts":1}', "{}");
    shelf.close();
    const other = new Database(path);
    other.exec("BEGIN EXCLUSIVE");
    try {
      expect(() => openFactShelf(path, "code-b")).toThrow(/locked/);
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    const again = openFactShelf(path, "code-a");
    expect(again.read("doc")).toBe('{"facts":1}');
    again.close();
  });
});
