import type { TranslateBackend } from "./backend.ts";
import { endpointUrl, postJson, serverName, TranslateFailure } from "./http.ts";
import type { TranslateSettings } from "./types.ts";

function usable(translated: unknown): string | undefined {
  return typeof translated === "string" && translated.trim() !== "" ? translated : undefined;
}

/** Returns the translations a /translate reply holds for `count` texts, in order; throws when it holds none. */
function readReply(reply: unknown, count: number): (string | undefined)[] {
  const translated =
    reply && typeof reply === "object" && "translatedText" in reply ? reply.translatedText : undefined;
  if (count === 1 && typeof translated === "string") return [usable(translated)];
  if (Array.isArray(translated) && translated.length === count) return translated.map(usable);
  const got = Array.isArray(translated) ? `${translated.length} translations` : typeof translated;
  throw new TranslateFailure(`reply not understood: translatedText is ${got} for ${count} texts`);
}

/**
 * Returns the LibreTranslate backend: POST <url>/translate with {q, source, target, format: "text", api_key?},
 * q a string for one text and an array for several; translatedText mirrors q.
 */
export function libreTranslateBackend(settings: TranslateSettings): TranslateBackend {
  const url = endpointUrl(settings.url, "/translate");
  return {
    kind: "libretranslate",
    model: "",
    server: serverName(settings.url),
    maxSegments: 20,
    maxChars: 4000,
    async translateBatch(texts, source, target, limit) {
      const body = {
        q: texts.length === 1 ? texts[0] : texts,
        source,
        target,
        format: "text",
        ...(settings.apiKey ? { api_key: settings.apiKey } : {}),
      };
      return readReply(await postJson(url, body, {}, limit), texts.length);
    },
  };
}
