import type { RequestLimit } from "./http.ts";
import type { TranslateKind } from "./types.ts";

/** One translation API: how to send a batch of texts and read the reply. */
export interface TranslateBackend {
  kind: TranslateKind;
  /** The model translations are stored under; "" for a backend without models. */
  model: string;
  /** The server as log lines name it. */
  server: string;
  /** Most texts and characters sent in one request. */
  maxSegments: number;
  maxChars: number;
  /**
   * Returns one translation per text, in order, undefined where the reply gave none usable for that text;
   * throws a TranslateFailure when the whole request failed.
   */
  translateBatch(
    texts: readonly string[],
    source: string,
    target: string,
    limit: RequestLimit,
  ): Promise<(string | undefined)[]>;
}
