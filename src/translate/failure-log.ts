import type { TranslateLogger } from "./types.ts";

/** Reports one failure of a part of translation, e.g. ("server http://mt.local:5000", "HTTP 500: boom"). */
export type ReportFailure = (subject: string, reason: string) => void;

/** Quiet time between two log lines about one subject. */
const FAILURE_LOG_EVERY_MS = 60_000;

interface SubjectLog {
  lastLineAt: number;
  unlogged: number;
}

/**
 * Returns a reporter that writes at most one line per subject (a server, the store) per minute, naming it and
 * the latest error and counting the failures it kept quiet about: a dead server must not flood the log at
 * every reply.
 */
export function createFailureLog(clock: () => Date, logger: TranslateLogger): ReportFailure {
  const subjects = new Map<string, SubjectLog>();
  return (subject, reason) => {
    const now = clock().getTime();
    const known = subjects.get(subject);
    if (known && now - known.lastLineAt < FAILURE_LOG_EVERY_MS) {
      known.unlogged += 1;
      return;
    }
    const also = known && known.unlogged > 0 ? ` (${known.unlogged} more failures since the last line)` : "";
    logger.warn(`translation: ${subject} failed: ${reason}; original text shown${also}`);
    subjects.set(subject, { lastLineAt: now, unlogged: 0 });
  };
}
