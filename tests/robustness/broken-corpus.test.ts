import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readConfig } from "../../src/core/config.ts";
import { isLoadWarning, loadCorpus, loadDocumentFile } from "../../src/corpus/load.ts";
import type { LoadWarning, SkipReason } from "../../src/corpus/types.ts";
import { loadKnowledge } from "../../src/knowledge/build.ts";
import type { Knowledge } from "../../src/knowledge/types.ts";
import { replyTo } from "../../src/render/reply.ts";
import { heldStill } from "../support/held-still.ts";
import { startHttpBriefbot } from "../support/http-briefbot.ts";
import { ok, type SlackApiStub, startSlackApiStub } from "../support/slack-api-stub.ts";
import { FORM, signedHeaders, slashCommandBody, TEST_WORKSPACE } from "../support/slack-request.ts";

const NOW = new Date("2024-10-01T09:00:00Z");
const clock = () => NOW;
const TWENTY_MB = 20 * 1024 * 1024;

/** Good documents in three languages, each with a word no other document uses, to ask about. */
const GOOD = [
  {
    file: "nairobi-workshop.txt",
    word: "cybercrime",
    text: [
      "Regional workshop on cybercrime in Nairobi",
      "The regional workshop on cybercrime took place in Nairobi on 12 and 13 March 2024, chaired by Inspector Amina Odhiambo of the Kenya Police.",
      "Delegates from twelve countries agreed to share cybercrime reports every month and to train investigators together.",
    ].join("\n\n"),
  },
  {
    file: "riunione-napoli.md",
    word: "contrabbando",
    text: [
      "---",
      "title: Riunione sul contrabbando a Napoli",
      "published: 2024-05-20",
      "lang: it",
      "---",
      "# Riunione sul contrabbando a Napoli",
      "",
      "La riunione sul contrabbando di sigarette si è svolta a Napoli il 20 maggio 2024 presso la Questura.",
      "",
      "I partecipanti hanno deciso di rafforzare i controlli nel porto e di scambiare informazioni sul contrabbando.",
    ].join("\n"),
  },
  {
    file: "mkutano-mombasa.txt",
    word: "uharamia",
    text: [
      "Mkutano kuhusu uharamia baharini Mombasa",
      "Mkutano kuhusu uharamia baharini ulifanyika mjini Mombasa tarehe 4 Juni 2024, ukiongozwa na Kamanda Juma Mwangi.",
      "Washiriki walikubaliana kushirikiana katika doria za pamoja dhidi ya uharamia katika Bahari ya Hindi.",
    ].join("\n\n"),
  },
] as const;

/** Every bad file, with what is wrong with it and the reason the loader must give. */
const BAD: readonly { file: string; reason: SkipReason }[] = [
  { file: "empty.txt", reason: "empty" },
  { file: "blank.md", reason: "empty" },
  { file: "photo.txt", reason: "binary" },
  { file: "controls.txt", reason: "binary" },
  { file: "huge.txt", reason: "too-large" },
  { file: "latin1.txt", reason: "not-utf8" },
  { file: "truncated-utf8.md", reason: "not-utf8" },
  { file: "bad-yaml.md", reason: "bad-front-matter" },
  { file: "unclosed.md", reason: "bad-front-matter" },
  { file: "list-front-matter.md", reason: "bad-front-matter" },
  { file: "dangling-link.txt", reason: "unreadable" },
  { file: "folder-link.md", reason: "unreadable" },
];

let dir: string;
let stub: SlackApiStub;

function writeBadFiles(into: string): void {
  writeFileSync(join(into, "empty.txt"), "");
  writeFileSync(join(into, "blank.md"), " \n\t\n\r\n");
  // A PNG header, then bytes of every value: what a misnamed picture looks like.
  const picture = Buffer.alloc(4096);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(picture);
  for (let at = 8; at < picture.length; at += 1) picture[at] = (at * 37) % 256;
  writeFileSync(join(into, "photo.txt"), picture);
  writeFileSync(
    join(into, "controls.txt"),
    "\u0001\u0002\u0003\u0004\u0005\u0006 ab\u0007\u0008\u000e\u000f".repeat(50),
  );
  writeFileSync(join(into, "huge.txt"), Buffer.alloc(TWENTY_MB, "word "));
  writeFileSync(
    join(into, "latin1.txt"),
    Buffer.from("Réunion à Genève sur la sécurité\n\nLe café était prêt.", "latin1"),
  );
  // A valid start whose last character is cut in the middle of its bytes.
  writeFileSync(join(into, "truncated-utf8.md"), Buffer.from("مؤتمر الأمن").subarray(0, -1));
  writeFileSync(
    join(into, "bad-yaml.md"),
    "---\ntitle: [unclosed\npublished: {2024\n---\nBody text about a meeting.\n",
  );
  writeFileSync(join(into, "unclosed.md"), "---\ntitle: Never closed\n\nBody text about a meeting.\n");
  writeFileSync(join(into, "list-front-matter.md"), "---\n- a\n- b\n---\nBody text about a meeting.\n");
  symlinkSync(join(into, "deleted-long-ago.txt"), join(into, "dangling-link.txt"));
  mkdirSync(join(into, "a-folder"));
  symlinkSync(join(into, "a-folder"), join(into, "folder-link.md"));
  // Not documents at all: never read, never warned about.
  writeFileSync(join(into, "scan.pdf"), "%PDF-1.7");
  writeFileSync(join(into, ".hidden.txt"), "");
  mkdirSync(join(into, "sub.md"));
}

/** Runs `work` while collecting what it writes to stderr, line by line. */
async function stderrOf<T>(work: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  });
  try {
    const result = await work();
    return { result, lines: written.join("").split("\n").filter(Boolean) };
  } finally {
    spy.mockRestore();
  }
}

/** How many "skipped <file>:" lines name each file. */
function skipCounts(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const file = /^skipped (.+?): /.exec(line)?.[1];
    if (file) counts.set(basename(file), (counts.get(basename(file)) ?? 0) + 1);
  }
  return counts;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-broken-"));
  for (const good of GOOD) writeFileSync(join(dir, good.file), `${good.text}\n`);
  writeBadFiles(dir);
  heldStill(dir);
  stub = await startSlackApiStub();
});

afterAll(async () => {
  await stub?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a corpus folder full of broken files", () => {
  it("loads the good documents and warns once per bad file, with the reason", async () => {
    const warnings: LoadWarning[] = [];
    const corpus = await loadCorpus(dir, { warn: (warning) => warnings.push(warning) });
    expect(corpus.docs.map((doc) => doc.id).sort()).toEqual(
      GOOD.map((good) => good.file.replace(/\.\w+$/, "")).sort(),
    );
    const byFile = Object.fromEntries(warnings.map((warning) => [basename(warning.file), warning.reason]));
    expect(byFile).toEqual(Object.fromEntries(BAD.map((bad) => [bad.file, bad.reason])));
    expect(warnings).toHaveLength(BAD.length);
    expect(corpus.warnings).toEqual(warnings);
  });

  it("returns a warning, never throws, for a file listed and then deleted before it is read", async () => {
    const vanishing = join(dir, "vanishing.txt");
    writeFileSync(vanishing, "A document that will be gone before it is read.\n");
    expect(readdirSync(dir)).toContain("vanishing.txt");
    unlinkSync(vanishing);
    const result = await loadDocumentFile(vanishing);
    expect(isLoadWarning(result) && result.reason).toBe("unreadable");
    expect(isLoadWarning(result) && result.detail).toMatch(/ENOENT/);
  });

  it("builds knowledge that answers about each good document, printing one skip line per bad file", async () => {
    const { result: knowledge, lines } = await stderrOf<Knowledge>(() =>
      loadKnowledge(readConfig({ BRIEFBOT_SEEDS: dir, BRIEFBOT_CACHE_DIR: "off" }, process.cwd()), clock),
    );
    expect(Object.fromEntries(skipCounts(lines))).toEqual(
      Object.fromEntries(BAD.map((bad) => [bad.file, 1])),
    );
    expect(knowledge.corpus.docs).toHaveLength(GOOD.length);
    for (const good of GOOD) {
      const reply = replyTo("brief", good.word, { knowledge, now: NOW, defaultLang: "en" });
      expect(reply.failure).toBeUndefined();
      expect(reply.message.metadata.event_payload.sources).toContain(good.file.replace(/\.\w+$/, ""));
    }
  });
});

describe("the HTTP app on a broken corpus", () => {
  it("starts, reports only the good documents on /healthz and answers a signed /brief about one", async () => {
    stub.on("auth.test", ok({ user_id: TEST_WORKSPACE.botUserId, bot_id: TEST_WORKSPACE.botId }));
    const { result: app, lines } = await stderrOf(() =>
      startHttpBriefbot({ stub, cwd: dir, seeds: dir, db: join(dir, "a-folder", "digest.sqlite"), clock }),
    );
    const { mode, exits, logLines } = app;
    expect(mode).toBe("http");
    expect(Object.fromEntries(skipCounts(lines))).toEqual(
      Object.fromEntries(BAD.map((bad) => [bad.file, 1])),
    );
    expect(logLines.filter((line) => line.includes("started in http mode"))).toHaveLength(1);
    const { origin } = app;
    try {
      const health = await fetch(`${origin}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ documents: GOOD.length });

      const responseUrl = stub.responseUrl("T0/broken-corpus/1");
      const body = slashCommandBody({ command: "/brief", text: "contrabbando", responseUrl });
      const ack = await fetch(`${origin}/slack/events`, {
        method: "POST",
        headers: signedHeaders(body, FORM),
        body,
      });
      expect(ack.status).toBe(200);
      const [call] = await stub.waitForCalls("/commands/T0/broken-corpus/1", 1);
      expect(call?.body.metadata).toMatchObject({
        event_type: "briefbot_reply",
        event_payload: { sources: expect.arrayContaining(["riunione-napoli"]) },
      });
    } finally {
      await app.stop();
    }
    expect(exits).toEqual([0]);
    expect(logLines.filter((line) => /xox[a-z]-|xapp-/.test(line))).toEqual([]);
  });
});
