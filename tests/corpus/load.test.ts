import { createHash } from "node:crypto";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isLoadWarning, loadCorpus, loadDocumentFile } from "../../src/corpus/load.ts";
import type { Corpus, Doc, LoadWarning } from "../../src/corpus/types.ts";

const seedsDir = fileURLToPath(new URL("../../seeds/", import.meta.url));
const fixturesDir = fileURLToPath(new URL("./fixtures/", import.meta.url));
const LIMIT = 64 * 1024;

let dir = "";
let corpus: Corpus;
const warned: LoadWarning[] = [];

const docById = (id: string): Doc => {
  const doc = corpus.docs.find((candidate) => candidate.id === id);
  if (doc === undefined) throw new Error(`document ${id} was not loaded`);
  return doc;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "briefbot-corpus-"));
  for (const name of await readdir(seedsDir)) await copyFile(join(seedsDir, name), join(dir, name));
  for (const name of await readdir(fixturesDir)) await copyFile(join(fixturesDir, name), join(dir, name));
  await writeFile(join(dir, "empty.txt"), "");
  await writeFile(join(dir, "blank.md"), " \n\t\n  \n");
  await writeFile(
    join(dir, "image.txt"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  );
  await writeFile(
    join(dir, "controls.txt"),
    Buffer.from("\x01\x02\x03\x04\x05\x06\x07\x08ab\x0e\x0f\x10\x11"),
  );
  await writeFile(
    join(dir, "latin1.txt"),
    Buffer.from([0x43, 0x69, 0x74, 0xe9, 0x20, 0x64, 0x65, 0x20, 0x52, 0x6f, 0x6d, 0x65]),
  );
  await writeFile(join(dir, "huge.txt"), `Huge file\n\n${"The meeting went on. ".repeat(LIMIT / 10)}`);
  await writeFile(join(dir, "broken-front-matter.md"), "---\ntitle: [never closed\n---\nBody text.\n");
  await writeFile(
    join(dir, "with-bom.txt"),
    `\uFEFFBOM title\n\nA document whose file starts with a byte order mark.\n`,
  );
  await writeFile(join(dir, "lexicon.yml"), "entries: []\n");
  await writeFile(join(dir, "notes.pdf"), "%PDF-1.4");
  await mkdir(join(dir, "folder.txt"));
  corpus = await loadCorpus(dir, { maxBytes: LIMIT, settleMs: 0, warn: (warning) => warned.push(warning) });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("loadCorpus on a folder with broken files beside good ones", () => {
  it("loads every good .txt and .md file, sorted by name, with the file name as id", () => {
    expect(corpus.docs.map((doc) => doc.id)).toEqual([
      "000_32986b6b78b62916",
      "001_7c412255d0c700a3",
      "002_b3fcfc7112fb2b41",
      "003_83bbd339d5c662bb",
      "004_6ea3b8ed064881d9",
      "lyon-meeting",
      "seminario-napoli",
      "with-bom",
    ]);
  });

  it("skips each broken file with exactly one warning naming it and the reason", () => {
    const byFile = corpus.warnings.map((warning) => [warning.file.slice(dir.length + 1), warning.reason]);
    expect(byFile).toEqual([
      ["blank.md", "empty"],
      ["broken-front-matter.md", "bad-front-matter"],
      ["controls.txt", "binary"],
      ["empty.txt", "empty"],
      ["huge.txt", "too-large"],
      ["image.txt", "binary"],
      ["latin1.txt", "not-utf8"],
    ]);
    expect(warned).toEqual(corpus.warnings);
  });

  it("ignores the lexicon file, other extensions and folders without a warning", () => {
    const named = [...corpus.warnings.map((warning) => warning.file), ...corpus.docs.map((doc) => doc.path)];
    for (const ignored of ["lexicon.yml", "notes.pdf", "folder.txt"]) {
      expect(named.some((file) => file.endsWith(ignored))).toBe(false);
    }
  });

  it("detects the seed documents' languages and scripts", () => {
    const seeds = corpus.docs.slice(0, 5);
    expect(seeds.map((doc) => doc.lang)).toEqual(["ar", "sw", "hi", "ar", "ar"]);
    expect(seeds.map((doc) => doc.script)).toEqual(["arabic", "latin", "devanagari", "arabic", "arabic"]);
  });

  it("takes the first non-empty line as title and leaves it, the closing repeat and the newsletter call out of the content", () => {
    const swahili = docById("001_7c412255d0c700a3");
    expect(swahili.title).toBe("Mkutano wa kwanza wa wakuu wa wajumbe wa G7 Italia 2024");
    const texts = swahili.paragraphs.map((paragraph) => paragraph.text);
    expect(texts[0]).toMatch(/^Mkutano wa kwanza wa mkutano huo/);
    expect(texts.at(-1)).toMatch(/^Matokeo ya kazi ya Kikundi/);
    expect(texts).not.toContain("Jiandikishe kwenye jarida letu!");
    expect(texts).not.toContain(swahili.title);
    expect(swahili.paragraphs.map((paragraph) => paragraph.index)).toEqual(texts.map((_, at) => at + 1));
  });

  it("splits paragraphs into numbered sentences", () => {
    const hindi = docById("002_b3fcfc7112fb2b41");
    const first = hindi.paragraphs[0];
    expect(first?.sentences.map((sentence) => sentence.index)).toEqual([1, 2, 3]);
    expect(first?.sentences[1]?.text).toMatch(/^सार्वजनिक सुरक्षा/);
  });

  it("lets front matter set title, language, date and source over what is detected", () => {
    const lyon = docById("lyon-meeting");
    expect(lyon.title).toBe("Lyon working group on maritime piracy");
    expect(lyon.lang).toBe("en");
    expect(lyon.published).toBe("2023-06-14");
    expect(lyon.source).toBe("https://example.org/news/lyon-piracy");
    expect(lyon.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "Lyon piracy meeting",
      "The working group on maritime piracy met in Lyon on 13 June. Commissioner Halvard Quist chaired the session.",
      "Delegates from twelve coastal states reviewed seizures of stolen fuel. Dr. Amara Okonkwo presented the new reporting form.",
    ]);
  });

  it("detects the language of a document without front matter and drops its closing title", () => {
    const napoli = docById("seminario-napoli");
    expect(napoli.lang).toBe("it");
    expect(napoli.published).toBeUndefined();
    expect(napoli.paragraphs).toHaveLength(2);
  });

  it("reads a file with a byte order mark and hashes the file's bytes", async () => {
    const bom = docById("with-bom");
    expect(bom.title).toBe("BOM title");
    const bytes = await readFile(join(dir, "with-bom.txt"));
    expect(bom.hash).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(bom.bytes).toBe(bytes.length);
  });
});

describe("loadDocumentFile", () => {
  it("reports a file that vanished between listing and reading as unreadable instead of throwing", async () => {
    const result = await loadDocumentFile(join(dir, "deleted-meanwhile.txt"));
    expect(isLoadWarning(result) && result.reason).toBe("unreadable");
  });

  it("checks the size before reading, so the limit applies to any file", async () => {
    const result = await loadDocumentFile(join(seedsDir, "002_b3fcfc7112fb2b41.txt"), { maxBytes: 1000 });
    expect(isLoadWarning(result) && result.reason).toBe("too-large");
  });
});

describe("loadCorpus with two files of the same name", () => {
  it("gives the later of report.md and report.txt its full file name as id, so ids stay unique", async () => {
    const twins = await mkdtemp(join(tmpdir(), "briefbot-twins-"));
    try {
      await writeFile(join(twins, "report.txt"), "Plain report\n\nThe plain text version.\n");
      await writeFile(join(twins, "report.md"), "# Markdown report\n\nThe Markdown version.\n");
      const loaded = await loadCorpus(twins, { settleMs: 0 });
      expect(loaded.docs.map((doc) => [doc.id, doc.title])).toEqual([
        ["report", "Markdown report"],
        ["report.txt", "Plain report"],
      ]);
    } finally {
      await rm(twins, { recursive: true, force: true });
    }
  });
});
