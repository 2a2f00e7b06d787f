import type { TranslateBackend } from "./backend.ts";
import { endpointUrl, postJson, serverName, TranslateFailure } from "./http.ts";
import { readTranslations, translationMessages } from "./openai-prompt.ts";
import type { TranslateSettings } from "./types.ts";

/** Returns choices[0].message.content of a chat completion, or undefined. */
function replyContent(reply: unknown): string | undefined {
  if (!reply || typeof reply !== "object" || !("choices" in reply) || !Array.isArray(reply.choices))
    return undefined;
  const [choice]: unknown[] = reply.choices;
  if (!choice || typeof choice !== "object" || !("message" in choice)) return undefined;
  const message = choice.message;
  if (!message || typeof message !== "object" || !("content" in message)) return undefined;
  return typeof message.content === "string" ? message.content : undefined;
}

/**
 * Returns the backend for an OpenAI-compatible server (OpenAI, Ollama, vLLM, llama.cpp): POST
 * <url>/chat/completions with the model, a Bearer key when one is set, and a prompt whose reply mirrors the
 * numbered segments.
 */
export function openAiBackend(settings: TranslateSettings): TranslateBackend {
  const url = endpointUrl(settings.url, "/chat/completions");
  const model = settings.model ?? "";
  const headers: Record<string, string> = settings.apiKey
    ? { authorization: `Bearer ${settings.apiKey}` }
    : {};
  return {
    kind: "openai",
    model,
    server: serverName(settings.url),
    // Smaller than LibreTranslate's: a model writes its reply token by token, and the whole batch must
    // arrive within the timeout.
    maxSegments: 8,
    maxChars: 1500,
    async translateBatch(texts, source, target, limit) {
      const body = {
        model,
        messages: translationMessages(texts, source, target),
        temperature: 0,
        stream: false,
      };
      const content = replyContent(await postJson(url, body, headers, limit));
      if (content === undefined)
        throw new TranslateFailure("reply not understood: no choices[0].message.content");
      const translations = readTranslations(content, texts);
      if (!translations || translations.every((t) => t === undefined))
        throw new TranslateFailure(`reply did not mirror the ${texts.length} numbered segments`);
      return translations;
    },
  };
}
