import type { Logger } from "@slack/bolt";
import type { ReplyLang } from "../core/index.ts";
import type { KnowledgeSource } from "../knowledge/index.ts";
import type { DigestStore } from "../store/index.ts";
import type { Translator } from "../translate/index.ts";
import type { AnswerQueue } from "./answer-queue.ts";
import type { CpuQueue } from "./cpu-queue.ts";
import type { InFlight } from "./in-flight.ts";
import type { KnownLocales } from "./known-locales.ts";
import type { LocaleLookup, UserInfoLookup } from "./user-locale.ts";

/** What every listener needs, built once per app. */
export interface SlackDeps {
  knowledge: KnowledgeSource;
  localeOf: LocaleLookup;
  /** Locale and time zone from users.info, sharing the locale's cache. */
  userInfoOf: UserInfoLookup;
  /** Where /digest keeps subscriptions; without one, /digest answers with help. */
  store?: Promise<DigestStore>;
  /** The operator's translation server (ready once the store is); without one, text is shown as written. */
  translator?: Promise<Translator | undefined>;
  clock: () => Date;
  defaultLang: ReplyLang;
  logger: Logger;
  inFlight: InFlight;
  /** Where replies are computed, one per event-loop turn. */
  cpu: CpuQueue;
  /** Answers waiting their turn; a request it turns away is told the bot is busy. */
  answers: AnswerQueue;
  /** Locales seen while answering, so a busy reply can be in the user's language without waiting. */
  knownLocales: KnownLocales;
  /** Whether the digest schedule is paused because Slack refused the bot token. */
  digestsRefused: () => boolean;
}
