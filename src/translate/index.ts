export { toBatches } from "./batches.ts";
export { FAILURE_LOG_EVERY_MS } from "./failure-log.ts";
export { languageName } from "./openai-prompt.ts";
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
