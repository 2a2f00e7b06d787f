/** A process with Briefbot's crash handlers that loses a promise, goes on, then throws from a timer. */
import { installCrashHandlers } from "../../src/cli/crash-handlers.ts";

const line = (...message: unknown[]): string =>
  message.map((part) => (part instanceof Error ? part.message : String(part))).join(" ");
const logger = {
  info: (...message: unknown[]) => process.stdout.write(`${line(...message)}\n`),
  warn: (...message: unknown[]) => process.stderr.write(`${line(...message)}\n`),
  error: (...message: unknown[]) => process.stderr.write(`${line(...message)}\n`),
};
installCrashHandlers(process, logger, (code) => {
  process.stdout.write("stopping cleanly\n");
  setTimeout(() => process.exit(code), 20);
});
void Promise.reject(new Error("a lost promise"));
setTimeout(() => {
  process.stdout.write("still serving\n");
  setTimeout(() => {
    throw new Error("thrown in a timer");
  }, 10);
}, 50);
