import type { Config, RunMode } from "../core/index.ts";
import type { StartIo } from "../slack/index.ts";

/**
 * Starts Briefbot in the mode the configuration selects (Socket Mode, HTTP, or "console" for the caller to run)
 * and returns that mode. In Slack modes the process then runs until SIGTERM/SIGINT, which stop new work,
 * wait for replies in flight, close the store and exit 0.
 */
export async function startBriefbot(config: Config, io: StartIo = {}): Promise<RunMode["kind"]> {
  const { mode } = config;
  if (mode.kind === "console") return "console";
  // Bolt, the store drivers and the scheduler load only here: the console never needs them.
  const { startSlack } = await import("../slack/index.ts");
  const started = await startSlack(config, mode, io);
  const exit = io.exit ?? ((code: number) => process.exit(code));
  const signals = io.signals ?? process;
  let stopping = false;
  const onSignal = (signal: string): void => {
    if (stopping) {
      // A second Ctrl-C means "now": give up waiting for replies in flight.
      started.logger.warn(`${signal} again: exiting without waiting`);
      exit(1);
      return;
    }
    stopping = true;
    started.shutdown(signal).then(exit, (error: unknown) => {
      started.logger.error("shutdown failed:", error);
      exit(1);
    });
  };
  signals.on("SIGTERM", () => onSignal("SIGTERM"));
  signals.on("SIGINT", () => onSignal("SIGINT"));
  io.onStarted?.(started);
  return mode.kind;
}
