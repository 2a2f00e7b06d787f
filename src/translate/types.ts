import type { TranslationStore } from "../store/index.ts";

export type { TranslateKind, TranslateSettings } from "../core/index.ts";

/** One segment as the reader gets it: translated by machine, or the original when it could not be. */
export interface TranslatedSegment {
  text: string;
  /** True when `text` is a machine translation, false when it is the original. */
  machine: boolean;
}

/** Translates text segments from one language to another; never throws, never rejects. */
export interface Translator {
  /**
   * Returns the segments translated from `source` into `target`, in order; a segment that could not be
   * translated (server failing, slow, unreachable, wrong key, unsupported pair, daily cap) comes back as
   * its original. Languages are ISO 639-1 codes, e.g. translate(["Italia presiede"], "it", "en").
   */
  translate(segments: readonly string[], source: string, target: string): Promise<TranslatedSegment[]>;
  /** Returns the segments as translate() would using stored translations only: no request to the server. */
  stored(segments: readonly string[], source: string, target: string): Promise<TranslatedSegment[]>;
}

/** Where the translator writes its once-a-minute failure lines. */
export interface TranslateLogger {
  warn(message: string): void;
}

/** What a translator uses besides its settings: the store for the cache and the cap, a clock, a logger. */
export interface TranslatorDeps {
  store: TranslationStore;
  clock: () => Date;
  logger: TranslateLogger;
}
