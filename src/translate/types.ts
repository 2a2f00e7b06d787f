import type { TranslationStore } from "../store/index.ts";

/** Which API the translation server speaks. */
export type TranslateKind = "libretranslate" | "openai";

/** Every translation API Briefbot speaks, for validating configuration. */
export const TRANSLATE_KINDS: readonly TranslateKind[] = ["libretranslate", "openai"];

/** Per-request wait for the translation server when the operator sets none. */
export const DEFAULT_TRANSLATE_TIMEOUT_MS = 8000;

/** How to reach the translation server; read from BRIEFBOT_TRANSLATE_* by the configuration. */
export interface TranslateSettings {
  kind: TranslateKind;
  /** Base URL, e.g. "http://localhost:5000" (LibreTranslate) or "http://localhost:11434/v1" (Ollama). */
  url: string;
  /** LibreTranslate's api_key, or the Bearer token of an OpenAI-compatible server. */
  apiKey?: string;
  /** The chat model (OpenAI-compatible servers only), e.g. "qwen2.5:7b". */
  model?: string;
  /** Longest wait for one request before the originals are used. */
  timeoutMs: number;
  /** Most characters sent for translation per UTC day; no cap when absent. */
  dailyChars?: number;
}

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
