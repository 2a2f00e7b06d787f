/**
 * The node flags the bot starts with, as `npm start` gives them (package.json); the Dockerfile's CMD and the
 * first line of bin/briefbot.js give the same (tests/deploy.test.ts). The bench's children run the bot with
 * them, so it measures the bot as it runs.
 */
import { readFileSync } from "node:fs";

/**
 * Returns the flags between `node` and the script in a start command.
 * @example nodeFlagsOf("exec node --max-semi-space-size=32 bin/briefbot.js start") // ["--max-semi-space-size=32"]
 */
export function nodeFlagsOf(command: string): string[] {
  const words = command.trim().split(/\s+/u);
  const node = words.indexOf("node");
  if (node < 0) throw new Error(`not a node command: ${command}`);
  const flags: string[] = [];
  for (const word of words.slice(node + 1)) {
    if (!word.startsWith("-")) break;
    flags.push(word);
  }
  return flags;
}

/** Returns the node flags of package.json's start script. */
export function botNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    scripts: { start: string };
  };
  return nodeFlagsOf(pkg.scripts.start);
}
