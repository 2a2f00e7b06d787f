import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "..", "src");
/** Entry points: the only code allowed to reach into slack/. */
const ENTRY_ROOMS = new Set(["cli", "main.ts"]);
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']+)["']/g;

interface Edge {
  from: string;
  to: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The room of a file: its first folder under src/, or the file's own name at the top. */
function roomOf(file: string): string {
  return relative(SRC, file).split(sep)[0] ?? "";
}

/** Every relative import of every file under src/, as paths relative to src/. */
function importEdges(): Edge[] {
  return sourceFiles(SRC).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(SPECIFIER)].map((match) => ({
      from: relative(SRC, file),
      to: relative(SRC, resolve(dirname(file), match[1] ?? "")),
    })),
  );
}

/** Returns one cycle of rooms as "a → b → a", or undefined when the room graph has none. */
function roomCycle(edges: readonly Edge[]): string | undefined {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const [a, b] = [roomOf(join(SRC, from)), roomOf(join(SRC, to))];
    if (a === b) continue;
    next.set(a, (next.get(a) ?? new Set()).add(b));
  }
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (room: string): string | undefined => {
    if (path.includes(room)) return [...path.slice(path.indexOf(room)), room].join(" → ");
    if (done.has(room)) return undefined;
    path.push(room);
    for (const target of next.get(room) ?? []) {
      const found = visit(target);
      if (found) return found;
    }
    path.pop();
    done.add(room);
    return undefined;
  };
  for (const room of next.keys()) {
    const found = visit(room);
    if (found) return found;
  }
  return undefined;
}

describe("the rooms of src/", () => {
  const edges = importEdges();

  it("finds the imports it checks", () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(edges.some((edge) => edge.to === join("core", "index.ts"))).toBe(true);
  });

  it("holds no loose file at the top of src/ but main.ts", () => {
    const loose = readdirSync(SRC, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== "main.ts")
      .map((entry) => entry.name);
    expect(loose).toEqual([]);
  });

  it("has no folder that imports a folder importing it back", () => {
    expect(roomCycle(edges)).toBeUndefined();
  });

  it("reaches another folder only through its index.ts", () => {
    const inner = edges.filter(
      ({ from, to }) => roomOf(join(SRC, from)) !== roomOf(join(SRC, to)) && to.split(sep).length !== 2,
    );
    const notIndex = edges.filter(
      ({ from, to }) =>
        roomOf(join(SRC, from)) !== roomOf(join(SRC, to)) &&
        to.split(sep).length === 2 &&
        !to.endsWith(`${sep}index.ts`),
    );
    expect([...inner, ...notIndex].map(({ from, to }) => `${from} → ${to}`)).toEqual([]);
  });

  it("lets only the entry points import slack/", () => {
    const reaching = edges.filter(
      ({ from, to }) =>
        roomOf(join(SRC, to)) === "slack" &&
        roomOf(join(SRC, from)) !== "slack" &&
        !ENTRY_ROOMS.has(roomOf(join(SRC, from))),
    );
    expect(reaching.map(({ from, to }) => `${from} → ${to}`)).toEqual([]);
  });

  it("gives every folder an index.ts that says what it holds and may use", () => {
    const rooms = readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    for (const room of rooms) {
      const index = readFileSync(join(SRC, room.name, "index.ts"), "utf8");
      expect(index, room.name).toMatch(/^\/\*\*[^\n]*May use[^\n]*\*\//m);
    }
  });
});

describe("the room walk", () => {
  it("reports a cycle between two folders", () => {
    const edges = [
      { from: join("answer", "a.ts"), to: join("render", "index.ts") },
      { from: join("render", "b.ts"), to: join("answer", "index.ts") },
    ];
    expect(roomCycle(edges)).toBe("answer → render → answer");
  });

  it("reports no cycle when imports run one way", () => {
    const edges = [
      { from: join("render", "b.ts"), to: join("answer", "index.ts") },
      { from: join("answer", "a.ts"), to: join("core", "index.ts") },
    ];
    expect(roomCycle(edges)).toBeUndefined();
  });
});
