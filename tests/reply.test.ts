import { beforeAll, describe, expect, it } from "vitest";
import { SUPPORTED_LANGS } from "../src/core/i18n/index.ts";
import type { ReplyLang } from "../src/core/types.ts";
import type { Knowledge } from "../src/knowledge/types.ts";
import { decodeReplyState } from "../src/render/actions.ts";
import { parseLine, type ReplyContext, replyTo, replyToLine } from "../src/render/reply.ts";
import { renderText } from "../src/render/text.ts";
import { NOW, seedKnowledge } from "./answer/knowledge.ts";
import { limitViolations } from "./render/slack-limits.ts";

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await seedKnowledge();
});

function ctx(extra: Partial<ReplyContext> = {}): ReplyContext {
  return { knowledge, now: NOW, defaultLang: "en", ...extra };
}

function docLang(id: string): string | undefined {
  return knowledge.corpus.docs.find((doc) => doc.id === id)?.lang;
}

/** The ids of the documents that report the G7 Rome/Lyon meeting: the versions that name fentanyl. */
function fentanylVersions(): string[] {
  return knowledge.corpus.docs
    .filter((doc) => doc.paragraphs.some((p) => /fentanyl|الفنتانيل|फेंटानिल/iu.test(p.text)))
    .map((doc) => doc.id)
    .sort();
}

describe("replies to the commands of the issue", () => {
  it("/brief fentanyl with no locale answers in English citing the three Rome/Lyon versions", () => {
    const reply = replyToLine("/brief fentanyl", ctx());
    expect(reply.lang).toBe("en");
    expect(reply.rule).toBe("default");
    const versions = fentanylVersions();
    expect(versions).toHaveLength(3);
    expect([...reply.message.metadata.event_payload.sources].sort()).toEqual(
      expect.arrayContaining(versions),
    );
    expect(reply.message.metadata.event_payload).toMatchObject({ lang: "en", command: "brief" });
    const text = renderText(reply.message);
    expect(text).toMatch(/Arabic/);
    expect(text).toMatch(/Swahili/);
    expect(text).toMatch(/Hindi/);
  });

  it("/brief الفنتانيل answers in Arabic with an extracted Arabic summary", () => {
    const reply = replyToLine("/brief الفنتانيل", ctx());
    expect(reply.lang).toBe("ar");
    expect(reply.answer.command === "brief" && reply.answer.answer.kind).toBe("brief");
    if (reply.answer.command !== "brief" || reply.answer.answer.kind !== "brief") return;
    const summary = reply.answer.answer.summary;
    expect(summary.kind).toBe("extracted");
    expect(summary.kind === "extracted" && docLang(summary.docId)).toBe("ar");
  });

  it("a sw-KE user asking /brief fentanyl gets Swahili, summarised from the Swahili version's sentences on it", () => {
    const reply = replyToLine("/brief fentanyl", ctx({ locale: "sw-KE" }));
    expect(reply.lang).toBe("sw");
    if (reply.answer.command !== "brief" || reply.answer.answer.kind !== "brief") throw new Error("no brief");
    const summary = reply.answer.answer.summary;
    if (summary.kind !== "extracted") throw new Error("expected an extracted summary");
    expect(docLang(summary.docId)).toBe("sw");
    expect(summary.sentences.length).toBeGreaterThanOrEqual(1);
    expect(summary.sentences.length).toBeLessThanOrEqual(5);
    // Only sentences about the topic: no neighbour on another subject pads the summary.
    expect(summary.sentences.every((s) => /fentanyl/i.test(s.text))).toBe(true);
    expect(reply.message.metadata.event_payload.sources).toContain(summary.docId);
    expect(renderText(reply.message)).toContain("Kwa ufupi");
  });

  it("/meeting jumbo names Majlinda Bregu in the only spelling a version gives, and 17–18 November, year not given", () => {
    const reply = replyToLine("/meeting jumbo", ctx());
    const text = renderText(reply.message);
    expect(text).toContain("ماجليندا بريغو");
    expect(text).toContain("17–18 November (year not given)");
  });
});

describe("a summary composed for a language no version is written in", () => {
  it("says in one sentence where and when the topic came up", () => {
    const text = renderText(replyToLine("/brief fentanyl", ctx()).message);
    expect(text).toMatch(/Fentanyl came up at “[^”]+”, in Roma, 2024 \(year inferred\)\./u);
    expect(text).not.toContain("The dates given are");
  });
});

describe("quotes and decisions for a reader no version is written for", () => {
  it("gives an Italian reader the Swahili version's decision (Latin script, '24/7') before the Arabic", () => {
    const reply = replyToLine("/brief crypto lang:it", ctx());
    const answer = reply.answer.command === "brief" ? reply.answer.answer : undefined;
    const decisions = answer?.kind === "brief" ? answer.decisions : [];
    expect(decisions[0]?.lang).toBe("sw");
    expect(decisions[0]?.text).toContain("24/7");
  });
});

describe("a brief on an entry whose spelling is glued to the next word in every version", () => {
  it("finds the Rome/Lyon paragraph on synthetic drugs and quotes it", () => {
    const text = renderText(replyToLine("/brief synthetic drugs", ctx()).message);
    expect(text).toContain("Briefing: synthetic drugs");
    expect(text).toContain("paragraph 5");
  });
});

describe("a brief on a meeting's own name", () => {
  it("does not say the meeting was discussed at itself, and still gives its place and dates", () => {
    const text = renderText(replyToLine("/brief jumbo", ctx()).message);
    expect(text).not.toContain("was discussed at");
    expect(text).toContain("17–18 November (year not given)");
  });
});

describe("/meeting by an acronym", () => {
  it("finds JUMBO spelt out in Arabic or Hindi script", () => {
    for (const line of ["/meeting مؤتمر جامبو", "/meeting जंबो सम्मेलन"]) {
      const reply = replyToLine(line, ctx());
      const answer = reply.answer.command === "meeting" ? reply.answer.answer : undefined;
      expect(answer?.kind === "card" ? answer.slug : undefined, line).toBe("jumbo");
    }
  });

  it("finds the conference on the region its lead names, typed in small letters", () => {
    const reply = replyToLine("/meeting western balkans conference", ctx());
    const answer = reply.answer.command === "meeting" ? reply.answer.answer : undefined;
    expect(answer?.kind === "card" ? answer.slug : undefined).toBe("jumbo");
  });

  it("offers both G7 meetings for 'G7', though one title writes it as an acronym", () => {
    const reply = replyToLine("/meeting G7", ctx());
    const answer = reply.answer.command === "meeting" ? reply.answer.answer : undefined;
    expect(answer?.kind).toBe("choice");
  });
});

describe("a lang:xx before the command", () => {
  it("keeps the command and takes the language: lang:ar /meeting jumbo is an Arabic meeting card", () => {
    const reply = replyToLine("lang:ar /meeting jumbo", ctx());
    expect(reply.command).toBe("meeting");
    expect(reply.lang).toBe("ar");
  });
});

describe("a language Briefbot does not answer in", () => {
  it("says so in one line in the language the next rule chose, and answers", () => {
    const reply = replyToLine("/brief fentanyl lang:de", ctx());
    const text = renderText(reply.message);
    expect(reply.lang).toBe("en");
    expect(text).toContain("I cannot answer in “de”");
    expect(text).toContain("fentanyl");
  });
});

describe("every command in every supported language", () => {
  const lines = ["/brief fentanyl", "/meeting jumbo", "/meeting", "/help", "/brief", "/brief zzqxv nothing"];
  for (const lang of SUPPORTED_LANGS) {
    it(`answers ${lines.length} command lines in ${lang}, inside Slack's limits`, () => {
      for (const line of lines) {
        const reply = replyToLine(`${line} lang:${lang}`, ctx());
        expect(reply.lang).toBe(lang);
        expect(reply.failure).toBeUndefined();
        expect(limitViolations(reply.message.blocks)).toEqual([]);
        expect(reply.message.metadata.event_payload.lang).toBe(lang);
        const actions = reply.message.blocks.at(-1);
        expect(actions?.type).toBe("actions");
      }
    });
  }

  it("leaves no English phrase in a non-English reply", () => {
    const englishPhrases = [
      "Summary",
      "Sources",
      "Where it came up",
      "Participants",
      "year not given",
      "Share in channel",
    ];
    for (const lang of SUPPORTED_LANGS.filter((code) => code !== "en" && code !== "fr")) {
      const all = ["/brief fentanyl", "/meeting jumbo", "/help"]
        .map((line) => JSON.stringify(replyToLine(`${line} lang:${lang}`, ctx()).message.blocks))
        .join("\n");
      for (const phrase of englishPhrases) expect(all, `${lang}: ${phrase}`).not.toContain(phrase);
    }
  });
});

describe("no result, help and errors", () => {
  it("says nothing was found, in the asker's language, and offers what exists", () => {
    const reply = replyToLine("/brief fentanil lang:fr", ctx());
    if (reply.answer.command !== "brief" || reply.answer.answer.kind !== "not-found") {
      expect(reply.answer.command === "brief" && reply.answer.answer.kind).toBe("brief");
      return;
    }
    expect(renderText(reply.message)).toContain("Je n'ai rien trouvé");
  });

  it("offers the closest meetings for an unknown meeting name", () => {
    const reply = replyToLine("/meeting jumbbo conference", ctx());
    if (reply.answer.command !== "meeting") throw new Error("expected a meeting answer");
    if (reply.answer.answer.kind === "not-found") {
      expect(reply.answer.answer.suggestions.length).toBeGreaterThan(0);
    } else {
      expect(reply.answer.answer.kind).toBe("card");
    }
  });

  it("answers /brief alone and help with usage for every command, /digest included", () => {
    for (const line of ["/brief", "help", "/help", "/brief help"]) {
      const reply = replyToLine(line, ctx());
      expect(reply.answer.command === "error").toBe(false);
      const text = renderText(reply.message);
      expect(text).toContain("/brief");
      expect(text).toContain("/meeting");
      expect(text).toContain("/digest on");
    }
  });

  it("lists the meetings, newest first, for /meeting alone", () => {
    const reply = replyToLine("/meeting", ctx());
    if (reply.answer.command !== "meeting" || reply.answer.answer.kind !== "list") throw new Error("no list");
    expect(reply.answer.answer.meetings.length).toBe(knowledge.meetings.length);
  });

  it("answers a repeated question from memory, and afresh once the knowledge is rebuilt", () => {
    const first = replyTo("brief", "fentanyl", ctx());
    expect(replyTo("brief", "fentanyl", ctx()).message).toBe(first.message);
    expect(replyTo("brief", "fentanyl lang:fr", ctx()).message).not.toBe(first.message);
    const rebuilt = replyTo("brief", "fentanyl", ctx({ knowledge: { ...knowledge } }));
    expect(rebuilt.message).not.toBe(first.message);
    expect(rebuilt.message).toEqual(first.message);
  });

  it("never throws: a broken knowledge object becomes an apology with an error id", () => {
    const broken = { ...knowledge, meetings: null } as unknown as Knowledge;
    const reply = replyTo("meeting", "jumbo lang:sw", { knowledge: broken, now: NOW, defaultLang: "en" });
    expect(reply.lang).toBe("sw");
    expect(reply.failure?.errorId).toMatch(/^[0-9A-Z]{7,}$/);
    expect(renderText(reply.message)).toContain(reply.failure?.errorId ?? "missing");
    expect(renderText(reply.message)).toContain("Samahani");
  });

  it("carries the command and question in its buttons for the Slack layer", () => {
    const reply = replyToLine("/brief fentanyl lang:hi", ctx());
    const actions = reply.message.blocks.at(-1);
    if (actions?.type !== "actions") throw new Error("no actions");
    const button = actions.elements[0];
    const state = button?.type === "button" ? decodeReplyState(button.value ?? "") : undefined;
    expect(state).toEqual({ command: "brief", query: "fentanyl", lang: "hi" });
  });

  it("escapes a question full of mentions everywhere it is echoed", () => {
    const reply = replyToLine("/meeting <!channel> <@U999> @here", ctx());
    const visible = JSON.stringify({ text: reply.message.text, blocks: reply.message.blocks.slice(0, -1) });
    expect(visible).not.toMatch(/<[!@]/);
    expect(visible).not.toMatch(/@here/);
  });

  it("redraws in a forced language whatever the question's own language", () => {
    const reply = replyTo("brief", "الفنتانيل", ctx({ forceLang: "it" as ReplyLang }));
    expect(reply).toMatchObject({ lang: "it", rule: "forced" });
  });
});

describe("reading a command line", () => {
  it.each([
    ["/brief fentanyl", "brief", "fentanyl"],
    ["/MEETING  jumbo ", "meeting", "jumbo"],
    ["/digest on 08:00", "digest", "on 08:00"],
    ["help", "help", "help"],
    ["fentanyl", "brief", "fentanyl"],
    ["/unknown x", "help", "x"],
  ] as const)("reads %j as %s", (line, command, text) => {
    expect(parseLine(line)).toEqual({ command, text });
  });
});
