import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "..");
const deployment = mkdtempSync(join(tmpdir(), "briefbot-build-"));
afterAll(() => rmSync(deployment, { recursive: true, force: true }));

describe("the build on its own", () => {
  beforeAll(async () => {
    await run(
      process.execPath,
      [
        join(ROOT, "node_modules", "typescript", "bin", "tsc"),
        "-p",
        "tsconfig.build.json",
        "--outDir",
        join(deployment, "dist"),
      ],
      { cwd: ROOT },
    );
    for (const part of ["bin", "seeds", "package.json"])
      cpSync(join(ROOT, part), join(deployment, part), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(deployment, "node_modules"), "dir");
  }, 120_000);

  it("answers /brief fentanyl from a copy holding only dist/, bin/, seeds/, package.json and node_modules", async () => {
    const env = { PATH: process.env.PATH ?? "" };
    const ask = () =>
      run(process.execPath, ["bin/briefbot.js", "ask", "/brief fentanyl"], { cwd: deployment, env });
    const first = await ask();
    expect(first.stdout).toContain("Briefing: fentanyl");
    expect(first.stderr).toBe("");
    // The second start reads the knowledge cache the first wrote, fingerprinted from dist/ alone.
    const second = await ask();
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe("");
  }, 180_000);

  it("reads facts on the built helper thread, without tsx", async () => {
    const script = `
      import { createLexiconLookup, loadLexiconFiles, loadCorpus } from "./dist/corpus/index.js";
      import { startFactsHelper } from "./dist/knowledge/facts-helper.js";
      const corpus = await loadCorpus("seeds");
      const helper = startFactsHelper(createLexiconLookup(loadLexiconFiles([])));
      helper.give(corpus.docs.map((doc, at) => [at, doc]));
      const replies = [];
      while (replies.length < corpus.docs.length && helper.wait(30000)) replies.push(...helper.take());
      helper.close();
      console.log(JSON.stringify(replies.map(([at, read]) => [corpus.docs[at].lang, JSON.parse(read.saved).lang])));`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
      cwd: deployment,
      env: { PATH: process.env.PATH ?? "" },
    });
    const read: [string, string][] = JSON.parse(stdout);
    expect(read.length).toBe(5);
    for (const [docLang, factsLang] of read) expect(factsLang).toBe(docLang);
    expect(new Set(read.map(([lang]) => lang))).toEqual(new Set(["ar", "sw", "hi"]));
  }, 60_000);
});
