import { keepsNumbers } from "./numbers.ts";

/** A chat message of the OpenAI-compatible API. */
export interface ChatMessage {
  role: "system" | "user";
  content: string;
}

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/**
 * Returns the English name of a language code, for the prompt; the code itself when unknown.
 * @example languageName("sw") // "Swahili"
 */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Returns the messages asking for a translation: the texts go as a JSON object keyed "1", "2", … and the
 * reply must be the same keys with the translations, so segments cannot run into each other or swap.
 */
export function translationMessages(texts: readonly string[], source: string, target: string): ChatMessage[] {
  const from = languageName(source);
  const to = languageName(target);
  const numbered = Object.fromEntries(texts.map((text, i) => [String(i + 1), text]));
  return [
    {
      role: "system",
      content: [
        `You are a translation engine. Translate from ${from} to ${to}.`,
        `The user sends a JSON object whose values are separate text segments keyed "1", "2", and so on.`,
        `Reply with only a JSON object with exactly the same keys, each value the ${to} translation of the`,
        "segment under the same key. Translate each segment on its own: never merge, split, reorder, summarise",
        "or explain. Keep names of people, organisations and places, acronyms, codes, numbers and dates exactly",
        "as written (digits may be written 0-9). No text before or after the JSON object.",
      ].join(" "),
    },
    { role: "user", content: JSON.stringify(numbered) },
  ];
}

/** Returns the JSON object inside a model's reply, ignoring reasoning blocks and code fences; undefined if none. */
function replyObject(content: string): Record<string, unknown> | undefined {
  const visible = content.replace(/<think>[\s\S]*?<\/think>/g, "");
  const start = visible.indexOf("{");
  const end = visible.lastIndexOf("}");
  if (start < 0 || end <= start) return undefined;
  try {
    const parsed: unknown = JSON.parse(visible.slice(start, end + 1));
    return parsed && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Returns the translation of each text from a model's reply, in order: undefined where the key is missing,
 * empty, not text, or the translation lost or changed a number of the source.
 * @example readTranslations('{"1":"Italy chairs LEPSG"}', ["L'Italia presiede il LEPSG"]) // ["Italy chairs LEPSG"]
 */
export function readTranslations(
  content: string,
  texts: readonly string[],
): (string | undefined)[] | undefined {
  const reply = replyObject(content);
  if (!reply) return undefined;
  return texts.map((text, i) => {
    const translated = reply[String(i + 1)];
    if (typeof translated !== "string" || translated.trim() === "") return undefined;
    return keepsNumbers(text, translated) ? translated.trim() : undefined;
  });
}
