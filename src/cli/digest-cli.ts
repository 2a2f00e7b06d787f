import { hostname } from "node:os";
import { parseArgs } from "node:util";
import { composeDigest } from "../answer/digest.ts";
import { isValidTimeZone, localDateAt } from "../answer/digest-time.ts";
import { watchKey } from "../answer/digest-topics.ts";
import { defaultLangFrom } from "../answer/language.ts";
import { asReplyLang } from "../core/i18n/index.ts";
import { renderDigestForSubscription, withStoredFirstSeen } from "../digest/render.ts";
import { createScheduler, type PassReport, type SchedulerLogger } from "../digest/scheduler.ts";
import { loadKnowledge } from "../knowledge/build.ts";
import { renderDigest } from "../render/digest.ts";
import { renderText } from "../render/text.ts";
import { createDigestPoster } from "../slack/digest-poster.ts";
import { openStore } from "../store/open.ts";

/** Where the digest CLI writes; the process's streams by default. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const PROCESS_IO: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

const USAGE = `Usage:
  briefbot digest [--json] [--date YYYY-MM-DD] [--lang xx] [--tz Area/City] [--topics a,b]
                                  render the digest for a local date (default today) without Slack
  briefbot digest run-due         post every digest that is due now, once, and exit
`;

const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Runs `briefbot digest …` and returns the exit code: renders a digest for a date from the same code as the
 * bot (--json prints the Slack payload), or with `run-due` runs one scheduler pass against the store.
 * @example await runDigestCli(["--date", "2024-09-30", "--lang", "it"], process.env, process.cwd(), () => new Date()) // 0
 */
export async function runDigestCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  clock: () => Date,
  io: CliIo = PROCESS_IO,
): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals[0] === "run-due" && positionals.length === 1) return runDue(env, cwd, clock, io);
  if (positionals.length > 0) {
    io.err(USAGE);
    return 2;
  }
  const tz = values.tz ?? "UTC";
  const lang = values.lang === undefined ? defaultLangFrom(env) : asReplyLang(values.lang);
  const date = values.date ?? localDateAt(tz, clock());
  const problem = !isValidTimeZone(tz)
    ? `unknown time zone "${tz}"`
    : lang === undefined
      ? `unsupported language "${values.lang}" (en, ar, sw, hi, it, fr)`
      : LOCAL_DATE.test(date)
        ? undefined
        : `bad date "${date}" (YYYY-MM-DD)`;
  if (problem !== undefined || lang === undefined) {
    io.err(`${problem}\n${USAGE}`);
    return 2;
  }
  const knowledge = await loadKnowledge(env, cwd, clock);
  const topics = (values.topics ?? "")
    .split(",")
    .map((term) => watchKey(term, knowledge.lexicon))
    .filter((topic) => topic !== "");
  const answer = composeDigest({
    knowledge,
    localDate: date,
    tz,
    lang,
    topics,
    until: clock().toISOString(),
  });
  const message = renderDigest(answer);
  io.out(values.json ? `${JSON.stringify(message, null, 2)}\n` : `${renderText(message)}\n`);
  return 0;
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      date: { type: "string" },
      lang: { type: "string" },
      tz: { type: "string" },
      topics: { type: "string" },
    },
  });
}

async function runDue(env: NodeJS.ProcessEnv, cwd: string, clock: () => Date, io: CliIo): Promise<number> {
  const token = env.SLACK_BOT_TOKEN?.trim();
  if (!token) {
    io.err("SLACK_BOT_TOKEN is missing: run-due posts to Slack\n");
    return 2;
  }
  const slackApiUrl = env.SLACK_API_URL?.trim();
  const store = await openStore(env);
  try {
    const knowledge = await withStoredFirstSeen(await loadKnowledge(env, cwd, clock), store, clock());
    const logger: SchedulerLogger = {
      info: (...message) => io.err(`${message.join(" ")}\n`),
      warn: (...message) => io.err(`${message.join(" ")}\n`),
      error: (...message) => io.err(`${message.join(" ")}\n`),
    };
    const scheduler = createScheduler({
      store,
      poster: createDigestPoster({ token, ...(slackApiUrl ? { slackApiUrl } : {}) }),
      render: (sub, localDate) =>
        renderDigestForSubscription({ knowledge, store, sub, localDate, now: clock() }),
      clock,
      instanceId: `${hostname()}-${process.pid}`,
      logger,
    });
    const report = await scheduler.runDuePass();
    io.out(`${passSummary(report)}\n`);
    return report.outcomes.some((outcome) => outcome.result === "failed") ? 1 : 0;
  } finally {
    await store.close();
  }
}

/** One line per pass: how many subscriptions and what happened to the due ones. */
function passSummary(report: PassReport): string {
  const counts = new Map<string, number>();
  for (const outcome of report.outcomes) counts.set(outcome.result, (counts.get(outcome.result) ?? 0) + 1);
  const parts = [...counts].map(([result, count]) => `${count} ${result}`);
  return `digest run-due at ${report.at}: ${report.subscriptions} subscriptions, ${parts.join(", ") || "none due"}`;
}
