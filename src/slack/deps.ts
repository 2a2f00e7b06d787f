import type { Logger } from "@slack/bolt";
import type { ReplyLang } from "../render/types.ts";
import type { DigestStore } from "../store/types.ts";
import type { CpuQueue } from "./cpu-queue.ts";
import type { InFlight } from "./in-flight.ts";
import type { KnowledgeSource } from "./knowledge-source.ts";
import type { LocaleLookup, UserInfoLookup } from "./user-locale.ts";

/** What every listener needs, built once per app. */
export interface SlackDeps {
  knowledge: KnowledgeSource;
  localeOf: LocaleLookup;
  /** Locale and time zone from users.info, sharing the locale's cache. */
  userInfoOf: UserInfoLookup;
  /** Where /digest keeps subscriptions; without one, /digest answers with help. */
  store?: Promise<DigestStore>;
  clock: () => Date;
  defaultLang: ReplyLang;
  logger: Logger;
  inFlight: InFlight;
  /** Where replies are computed, one per event-loop turn. */
  cpu: CpuQueue;
}
