import { readConfig } from "../../src/core/config.ts";
import { loadKnowledge } from "../../src/knowledge/build.ts";
import type { Knowledge } from "../../src/knowledge/types.ts";

/** A fixed clock, so answers never depend on when the tests run. */
export const NOW = new Date("2024-10-01T09:00:00Z");

let seeds: Promise<Knowledge> | undefined;

/** Returns the knowledge built from the real seed folder, loaded once per test file. */
export function seedKnowledge(): Promise<Knowledge> {
  const loading = seeds ?? loadKnowledge(readConfig({ BRIEFBOT_SEEDS: "seeds" }, process.cwd()), () => NOW);
  seeds = loading;
  return loading;
}
