/** Translate: machine translation of document text through the operator's LibreTranslate or OpenAI-compatible server, stored and capped. May use core/, store/, knowledge/, answer/. */
export {
  type TranslatedAnswer,
  type TranslationSource,
  translateAnswer,
  translateDigest,
} from "./answer.ts";
export { createTranslator } from "./translator.ts";
export type {
  TranslatedSegment,
  TranslateKind,
  TranslateLogger,
  TranslateSettings,
  Translator,
  TranslatorDeps,
} from "./types.ts";
