/** Translate: machine translation of document text through the operator's LibreTranslate or OpenAI-compatible server, stored and capped. May use core/, store/, knowledge/, answer/. */
export {
  type TranslatedAnswer,
  type TranslationSource,
  translateAnswer,
  translateDigest,
} from "./answer.ts";
export { createTranslator, textHash } from "./translator.ts";
export {
  DEFAULT_TRANSLATE_TIMEOUT_MS,
  TRANSLATE_KINDS,
  type TranslatedSegment,
  type TranslateKind,
  type TranslateLogger,
  type TranslateSettings,
  type Translator,
  type TranslatorDeps,
} from "./types.ts";
