import type { ReplyLang } from "../types.ts";
import { messages as ar } from "./ar.ts";
import { messages as en } from "./en.ts";
import { messages as fr } from "./fr.ts";
import { messages as hi } from "./hi.ts";
import { messages as it } from "./it.ts";
import { messages as sw } from "./sw.ts";
import type { Messages } from "./types.ts";

/** The reply languages, in the order menus list them. */
export const SUPPORTED_LANGS: readonly ReplyLang[] = ["en", "ar", "sw", "hi", "it", "fr"];

const CATALOGUE: Readonly<Record<ReplyLang, Messages>> = { en, ar, sw, hi, it, fr };

/** Returns every user-visible string in a reply language. */
export function messagesFor(lang: ReplyLang): Messages {
  return CATALOGUE[lang];
}

/**
 * Returns the code as a reply language when it is one (case and region ignored), else undefined.
 * @example asReplyLang("sw-KE") // "sw"
 */
export function asReplyLang(code: string | undefined): ReplyLang | undefined {
  const base = code?.trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LANGS.find((lang) => lang === base);
}

/** Names a document language in the reply language; codes outside the supported set use the generic form. */
export function languageName(code: string, lang: ReplyLang): string {
  const messages = messagesFor(lang);
  const known = asReplyLang(code);
  return known ? messages.languageNames[known] : messages.common.otherLanguage(code);
}
