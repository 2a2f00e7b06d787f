import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const BIN = join(process.cwd(), "bin", "briefbot.js");
const env = {
  ...process.env,
  BRIEFBOT_SEEDS: "seeds",
  BRIEFBOT_DB: join(mkdtempSync(join(tmpdir(), "briefbot-cli-")), "cli.sqlite"),
};

interface Payload {
  text: string;
  metadata: { event_type: string; event_payload: { lang: string; command: string; sources: string[] } };
}

async function briefbot(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env, timeout: 60_000 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; code?: number };
    return { stdout: failed.stdout ?? "", stderr: failed.stderr ?? "", code: failed.code ?? -1 };
  }
}

const ROME_LYON = ["000_32986b6b78b62916", "001_7c412255d0c700a3", "002_b3fcfc7112fb2b41"];

describe.concurrent("npx briefbot, the same answers without Slack", () => {
  it("answers /brief fentanyl in English citing every Rome/Lyon version", async () => {
    const { stdout, code } = await briefbot("ask", "--json", "/brief fentanyl");
    expect(code).toBe(0);
    const payload = JSON.parse(stdout) as Payload;
    expect(payload.metadata.event_type).toBe("briefbot_reply");
    expect(payload.metadata.event_payload.lang).toBe("en");
    expect(payload.metadata.event_payload.sources).toEqual(expect.arrayContaining(ROME_LYON));
  });

  it("answers in Arabic when asked in Arabic script", async () => {
    const { stdout } = await briefbot("ask", "--json", "/brief الفنتانيل");
    expect((JSON.parse(stdout) as Payload).metadata.event_payload.lang).toBe("ar");
  });

  it("answers in Swahili for a Swahili Slack locale, citing the Swahili version", async () => {
    const { stdout } = await briefbot("ask", "--json", "--locale", "sw-KE", "/brief fentanyl");
    const payload = JSON.parse(stdout) as Payload;
    expect(payload.metadata.event_payload.lang).toBe("sw");
    expect(payload.metadata.event_payload.sources).toContain("001_7c412255d0c700a3");
  });

  it("names Majlinda Bregu as the Arabic source spells her and 17–18 November, year not given, on the JUMBO card", async () => {
    const { stdout } = await briefbot("ask", "/meeting jumbo");
    expect(stdout).toContain("ماجليندا بريغو");
    expect(stdout).toMatch(/17–18 November \(year not given\)/u);
  });

  it("prints the ranked documents for a search, the INTERPOL article first for iARMS", async () => {
    const { stdout } = await briefbot("search", "--json", "iARMS");
    const hits = JSON.parse(stdout) as { docId: string; passages: { lang: string }[] }[];
    expect(hits[0]?.docId).toBe("004_6ea3b8ed064881d9");
    expect(hits[0]?.passages[0]?.lang).toBe("ar");
  });

  it("renders the digest for a date: the Mirabella Eclano meeting is in 2 days on 30 September 2024", async () => {
    const { stdout, code } = await briefbot("digest", "--date", "2024-09-30", "--lang", "en");
    expect(code).toBe(0);
    expect(stdout).toMatch(/Mirabella Eclano/u);
    expect(stdout).toMatch(/in 2 days/u);
  });

  it("answers /digest through the local store as the console does, not with the help text", async () => {
    const { stdout, code } = await briefbot("ask", "--json", "/digest status");
    expect(code).toBe(0);
    const payload = JSON.parse(stdout) as Payload;
    expect(payload.metadata.event_payload.command).toBe("digest");
    expect(payload.text).toContain("no daily digest");
  });

  it("answers an unknown option with the usage and exit code 2, not a stack trace", async () => {
    const { stderr, code } = await briefbot("ask", "--bogus", "x");
    expect(code).toBe(2);
    expect(stderr).toContain("Usage:");
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/u);
  });
});
