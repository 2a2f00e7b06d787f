import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SlackMessage } from "../../src/core/types.ts";
import { handleDigestCommand } from "../../src/digest/command.ts";
import { renderDigestForSubscription } from "../../src/digest/render.ts";
import type { Knowledge } from "../../src/knowledge/types.ts";
import { renderText } from "../../src/render/text.ts";
import { digestSeeds } from "../answer/digest-fixture.ts";
import { aSubscription } from "../support/subscription.ts";
import { startLibreTranslate, type TranslationServer } from "../support/translation-servers.ts";
import { cleanUp, translatorFor } from "../translate/fixture.ts";

let knowledge: Knowledge;
let server: TranslationServer;

beforeAll(async () => {
  knowledge = (await digestSeeds()).knowledge;
  server = await startLibreTranslate({ translate: (text, from, to) => `(${from}→${to}) ${text}` });
});

afterAll(async () => {
  await server.close();
  await cleanUp();
});

const text = (message: SlackMessage | null): string => (message ? renderText(message) : "");

describe("a digest posted with a translation server", () => {
  it("shows the other languages' sentences translated and marked, and keeps them for the next post", async () => {
    const { translator, store } = await translatorFor({
      kind: "libretranslate",
      url: server.url,
      timeoutMs: 2000,
    });
    const sub = aSubscription({ lang: "en", tz: "UTC", topics: ["iarms"] });
    const input = { knowledge, store, sub, localDate: "2024-09-30", now: new Date("2024-09-30T12:00:00Z") };
    const plain = text(await renderDigestForSubscription(input));
    const translated = text(await renderDigestForSubscription({ ...input, translator }));
    expect(plain).not.toContain("(ar→en)");
    expect(translated).toContain("(ar→en) ");
    expect(translated).toContain("machine translation");
    expect(translated.split("\n").filter((line) => line.includes("(ar→en)")).length).toBeGreaterThan(0);
    const requests = server.requests.length;
    expect(requests).toBeGreaterThan(0);
    expect(text(await renderDigestForSubscription({ ...input, translator }))).toBe(translated);
    expect(server.requests).toHaveLength(requests);
  });

  it("previews what would be posted, translations included, in the channel's language", async () => {
    const { translator, store } = await translatorFor({
      kind: "libretranslate",
      url: server.url,
      timeoutMs: 2000,
    });
    const preview = await handleDigestCommand({
      store,
      knowledge,
      channelId: "C0PREVIEW",
      userId: "U1",
      userTz: "UTC",
      locale: "it-IT",
      text: "preview",
      now: new Date("2024-09-30T09:00:00Z"),
      defaultLang: "en",
      translator,
    });
    const shown = renderText(preview);
    expect(shown).toMatch(/\((ar|sw|hi)→it\) /);
    expect(shown).toContain("traduzione automatica");
  });
});
