/**
 * Which code of the bot a corpus-scale child runs. `npm start` runs the JavaScript build in dist/ (see
 * bin/briefbot.js), so the bench does too once bench/run.ts has built it; without a build it measures the
 * TypeScript sources through tsx. The two differ: at 10,000 documents a knowledge build took 8–12 % more CPU
 * from the sources (tsx's output names every function it creates, and the facts helper thread compiles the
 * sources again).
 */

/** The build in dist/ or the sources in src/. */
export type BotCode = "dist" | "src";

/** The environment variable bench/run.ts sets for its children: the code they are to run. */
export const BENCH_CODE = "BRIEFBOT_BENCH_CODE";

/**
 * Returns the code named in the environment, the sources unless it names the build.
 * @example botCodeIn({ BRIEFBOT_BENCH_CODE: "dist" }) // "dist"
 */
export function botCodeIn(env: NodeJS.ProcessEnv): BotCode {
  return env[BENCH_CODE] === "dist" ? "dist" : "src";
}
