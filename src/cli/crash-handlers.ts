import { randomBytes } from "node:crypto";
import type { Logger } from "../core/index.ts";

/** What the handlers do when an exception escaped every catch: stop cleanly, then exit with the code. */
export type FatalStop = (code: number) => void;

/**
 * Logs what escaped every handler, each with an error id the log line and an operator can quote:
 * - an unhandled promise rejection is one piece of work that failed with nobody waiting for it; the rest of
 *   the process is intact, so it keeps serving;
 * - an uncaught exception leaves the process in a state Node does not vouch for, so it stops taking work,
 *   lets replies in flight finish (`stop`), and exits 1 for the supervisor to start a fresh one.
 * Returns the function that removes the handlers.
 * @example installCrashHandlers(process, logger, (code) => shutdown("uncaughtException").finally(() => process.exit(code)))
 */
export function installCrashHandlers(
  target: Pick<NodeJS.EventEmitter, "on" | "off">,
  logger: Logger,
  stop: FatalStop,
): () => void {
  let stopping = false;
  const onRejection = (reason: unknown): void => {
    logger.error(`error id ${errorId()} unhandled promise rejection (still serving):`, reason);
  };
  const onException = (error: Error): void => {
    logger.error(
      `error id ${errorId()} uncaught exception; stopping cleanly for the supervisor to restart:`,
      error,
    );
    if (stopping) return;
    stopping = true;
    stop(1);
  };
  target.on("unhandledRejection", onRejection);
  target.on("uncaughtException", onException);
  return () => {
    target.off("unhandledRejection", onRejection);
    target.off("uncaughtException", onException);
  };
}

function errorId(): string {
  return randomBytes(4).toString("hex").toUpperCase();
}
