import type { Config } from "../core/index.ts";
import type { DigestStore } from "../store/index.ts";
import { createTranslator, type Translator } from "../translate/index.ts";

/**
 * Returns the translator the configuration asks for, over the store (opened now, as translations are kept
 * there), logging to stderr; undefined when no translation server is configured.
 */
export async function cliTranslator(
  config: Config,
  store: () => Promise<DigestStore>,
  clock: () => Date,
): Promise<Translator | undefined> {
  if (!config.translate) return undefined;
  return createTranslator(config.translate, {
    store: await store(),
    clock,
    logger: { warn: (line) => process.stderr.write(`${line}\n`) },
  });
}
