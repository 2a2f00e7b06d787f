/** Core: languages and every user-visible string, command names, config read once, small shared types and helpers. May use nothing else in src/. */
export {
  type Config,
  ConfigError,
  type ConfigPurpose,
  DEFAULT_PORT,
  DEFAULT_RESCAN_SECONDS,
  DEFAULT_TRANSLATE_TIMEOUT_MS,
  type Env,
  LOG_LEVELS,
  type LogLevelName,
  type RunMode,
  readConfig,
  readStartConfig,
  type StoreSettings,
  type Timeouts,
  TRANSLATE_KINDS,
  type TranslateKind,
  type TranslateSettings,
  withEnvFile,
} from "./config.ts";
export { errorMessage } from "./errors.ts";
export { fitHeapGrowth, HEAP_GROWTH_PERCENT, holdHeapGrowth, whileReadingBack } from "./heap-growth.ts";
export { asReplyLang, languageName, messagesFor, SUPPORTED_LANGS } from "./i18n/index.ts";
export type { Messages } from "./i18n/types.ts";
export type { Logger } from "./logger.ts";
export type { Lru } from "./lru.ts";
export { createLru } from "./lru.ts";
export { memoised } from "./memo.ts";
export type { StepwiseBuild } from "./stepwise.ts";
export { stepwise, stepwisePer } from "./stepwise.ts";
export type { CommandName, ReplyLang, ReplyMetadata, SlackMessage } from "./types.ts";
