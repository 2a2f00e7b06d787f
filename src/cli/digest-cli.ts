import { hostname } from "node:os";
import { parseArgs } from "node:util";
import { composeDigest, type DigestAnswer, isValidTimeZone, localDateAt, watchKey } from "../answer/index.ts";
import { asReplyLang, type Config, errorMessage, type Logger } from "../core/index.ts";
import {
  createScheduler,
  type PassReport,
  renderDigestForSubscription,
  withStoredFirstSeen,
} from "../digest/index.ts";
import { type Knowledge, loadKnowledge } from "../knowledge/index.ts";
import { renderDigest, renderText } from "../render/index.ts";
import { openStore } from "../store/index.ts";
import { translateDigest } from "../translate/index.ts";
import { cliTranslator } from "./translator.ts";

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
 * @example await runDigestCli(["--date", "2024-09-30", "--lang", "it"], readConfig(), () => new Date()) // 0
 */
export async function runDigestCli(
  args: string[],
  config: Config,
  clock: () => Date,
  io: CliIo = PROCESS_IO,
): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    // Node's message goes on to explain `--`; the first sentence says what is wrong.
    io.err(`briefbot digest: ${errorMessage(error).split(". ")[0]}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals[0] === "run-due" && positionals.length === 1) return runDue(config, clock, io);
  if (positionals.length > 0) {
    io.err(`briefbot digest: unexpected "${positionals[0]}"\n${USAGE}`);
    return 2;
  }
  const tz = values.tz ?? "UTC";
  const lang = values.lang === undefined ? config.defaultLang : asReplyLang(values.lang);
  // The zone is checked before anything reads a date in it: dayjs throws on a zone it does not know.
  const date = isValidTimeZone(tz) ? (values.date ?? localDateAt(tz, clock())) : "";
  const problem = !isValidTimeZone(tz)
    ? `unknown time zone "${tz}" (an IANA zone such as Europe/Rome)`
    : lang === undefined
      ? `unsupported language "${values.lang}" (en, ar, sw, hi, it, fr)`
      : LOCAL_DATE.test(date)
        ? undefined
        : `bad date "${date}" (YYYY-MM-DD)`;
  if (problem !== undefined || lang === undefined) {
    io.err(`briefbot digest: ${problem}\n${USAGE}`);
    return 2;
  }
  const knowledge = await loadKnowledge(config, clock);
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
  const message = renderDigest(await translatedDigest(answer, knowledge, config, clock));
  io.out(values.json ? `${JSON.stringify(message, null, 2)}\n` : `${renderText(message)}\n`);
  return 0;
}

/** Returns the digest with its foreign texts translated when a translation server is configured. */
async function translatedDigest(
  answer: DigestAnswer,
  knowledge: Knowledge,
  config: Config,
  clock: () => Date,
): Promise<DigestAnswer> {
  if (!config.translate) return answer;
  const store = await openStore(config.store);
  try {
    const translator = await cliTranslator(config, () => Promise.resolve(store), clock);
    return translator ? await translateDigest(answer, knowledge, translator) : answer;
  } finally {
    await store.close();
  }
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

async function runDue(config: Config, clock: () => Date, io: CliIo): Promise<number> {
  const token = config.botToken;
  if (!token) {
    io.err(`briefbot digest: run-due posts to Slack and needs SLACK_BOT_TOKEN\n${USAGE}`);
    return 2;
  }
  const { slackApiUrl } = config;
  // The store first: a file that is not a database stops the run before anything else loads.
  const store = await openStore(config.store);
  try {
    // Bolt and the Web API client load only for the one command that posts.
    const { createDigestPoster } = await import("../slack/index.ts");
    const knowledge = await withStoredFirstSeen(await loadKnowledge(config, clock), store, clock());
    const translator = await cliTranslator(config, () => Promise.resolve(store), clock);
    const logger: Logger = {
      info: (...message) => io.err(`${message.join(" ")}\n`),
      warn: (...message) => io.err(`${message.join(" ")}\n`),
      error: (...message) => io.err(`${message.join(" ")}\n`),
    };
    const scheduler = createScheduler({
      store,
      poster: createDigestPoster({
        token,
        requestTimeoutMs: config.timeouts.slackCallMs,
        ...(slackApiUrl ? { slackApiUrl } : {}),
      }),
      render: (sub, localDate) =>
        renderDigestForSubscription({
          knowledge,
          store,
          sub,
          localDate,
          now: clock(),
          ...(translator ? { translator } : {}),
        }),
      clock,
      instanceId: `${hostname()}-${process.pid}`,
      logger,
    });
    const report = await scheduler.runDuePass();
    io.out(`${passSummary(report)}\n`);
    return report.outcomes.some((outcome) => outcome.result === "failed" || outcome.result === "refused")
      ? 1
      : 0;
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
