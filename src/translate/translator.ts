import { createHash } from "node:crypto";
import type { TranslationScope } from "../store/index.ts";
import type { TranslateBackend } from "./backend.ts";
import { toBatches } from "./batches.ts";
import { createFailureLog } from "./failure-log.ts";
import type { RequestLimit } from "./http.ts";
import { libreTranslateBackend } from "./libretranslate.ts";
import { openAiBackend } from "./openai.ts";
import type { TranslatedSegment, TranslateSettings, Translator, TranslatorDeps } from "./types.ts";

/** Requests in flight at once for one call: enough to fill a digest quickly, few enough not to swamp a server. */
const PARALLEL_REQUESTS = 4;

/**
 * Returns the key a text is stored under: the sha256 of the text, in hex.
 * @example textHash("abc") // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function backendFor(settings: TranslateSettings): TranslateBackend {
  return settings.kind === "openai" ? openAiBackend(settings) : libreTranslateBackend(settings);
}

/** Returns each segment with its translation where `known` has one that differs, else the original. */
function assemble(segments: readonly string[], known: ReadonlyMap<string, string>): TranslatedSegment[] {
  return segments.map((text) => {
    const translated = known.get(text);
    return translated !== undefined && translated !== text
      ? { text: translated, machine: true }
      : { text, machine: false };
  });
}

/**
 * Returns a Translator over the configured server: stored translations first (any process may have made
 * them), then the rest batched into requests that share one timeout, within the daily cap; every failure
 * leaves the original and is logged at most once a minute per server.
 */
export function createTranslator(settings: TranslateSettings, deps: TranslatorDeps): Translator {
  const backend = backendFor(settings);
  const report = createFailureLog(deps.clock, deps.logger);
  const server = `server ${backend.server}`;
  const meter = backend.model ? `${backend.kind}:${backend.model}` : backend.kind;
  const scopeOf = (source: string, target: string): TranslationScope => ({
    sourceLang: source,
    targetLang: target,
    backend: backend.kind,
    model: backend.model,
  });

  /** Returns the stored translations of the texts, by text; none when the store fails. */
  async function storedFor(texts: readonly string[], scope: TranslationScope): Promise<Map<string, string>> {
    const known = new Map<string, string>();
    if (texts.length === 0) return known;
    try {
      const byHash = await deps.store.findTranslations(scope, texts.map(textHash));
      for (const text of texts) {
        const translated = byHash.get(textHash(text));
        if (translated !== undefined) known.set(text, translated);
      }
    } catch (error) {
      report("store", `reading translations: ${reasonOf(error)}`);
    }
    return known;
  }

  /** Returns whether the day's cap leaves room for the texts, counting them when it does. */
  async function withinCap(texts: readonly string[]): Promise<boolean> {
    const cap = settings.dailyChars;
    if (cap === undefined) return true;
    const chars = texts.reduce((sum, text) => sum + Array.from(text).length, 0);
    const day = deps.clock().toISOString().slice(0, 10);
    try {
      if (await deps.store.reserveTranslationChars(day, meter, chars, cap)) return true;
      report(server, `daily cap of ${cap} translated characters reached`);
    } catch (error) {
      // Without the count the cap cannot be kept, and the cap protects a paid API: send nothing.
      report("store", `counting translated characters: ${reasonOf(error)}`);
    }
    return false;
  }

  /** Translates one batch into `known` and stores what came back; false when the server failed. */
  async function requestBatch(
    batch: readonly string[],
    scope: TranslationScope,
    limit: RequestLimit,
    known: Map<string, string>,
  ): Promise<boolean> {
    if (!(await withinCap(batch))) return true;
    let translations: (string | undefined)[];
    try {
      translations = await backend.translateBatch(batch, scope.sourceLang, scope.targetLang, limit);
    } catch (error) {
      report(server, reasonOf(error));
      return false;
    }
    const fresh = batch.flatMap((text, i) => {
      const translated = translations[i];
      if (translated === undefined) return [];
      known.set(text, translated);
      return [{ textHash: textHash(text), translated }];
    });
    if (fresh.length < batch.length)
      report(server, `no usable translation for ${batch.length - fresh.length} of ${batch.length} segments`);
    try {
      await deps.store.saveTranslations(scope, fresh, deps.clock());
    } catch (error) {
      report("store", `saving translations: ${reasonOf(error)}`);
    }
    return true;
  }

  /** Requests the missing texts; all requests of one call end by one timeout, and a failure stops the rest. */
  async function requestMissing(
    missing: readonly string[],
    scope: TranslationScope,
    known: Map<string, string>,
  ): Promise<void> {
    const queue = toBatches(missing, backend.maxSegments, backend.maxChars);
    const limit: RequestLimit = {
      signal: AbortSignal.timeout(settings.timeoutMs),
      timeoutMs: settings.timeoutMs,
    };
    let failed = false;
    const worker = async (): Promise<void> => {
      for (let batch = queue.shift(); batch && !failed; batch = queue.shift()) {
        if (!(await requestBatch(batch, scope, limit, known))) failed = true;
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_REQUESTS, queue.length) }, worker));
  }

  function wantedTexts(segments: readonly string[]): string[] {
    return [...new Set(segments.filter((text) => text.trim() !== ""))];
  }

  return {
    async translate(segments, source, target) {
      const scope = scopeOf(source.toLowerCase(), target.toLowerCase());
      if (scope.sourceLang === scope.targetLang) return assemble(segments, new Map());
      try {
        const wanted = wantedTexts(segments);
        const known = await storedFor(wanted, scope);
        const missing = wanted.filter((text) => !known.has(text));
        if (missing.length > 0) await requestMissing(missing, scope, known);
        return assemble(segments, known);
      } catch (error) {
        report(server, reasonOf(error));
        return assemble(segments, new Map());
      }
    },

    async stored(segments, source, target) {
      const scope = scopeOf(source.toLowerCase(), target.toLowerCase());
      if (scope.sourceLang === scope.targetLang) return assemble(segments, new Map());
      return assemble(segments, await storedFor(wantedTexts(segments), scope));
    },
  };
}
