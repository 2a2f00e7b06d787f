/**
 * End to end: the bot in HTTP mode (the real `briefbot start`, seeds corpus) and a bare Bolt app, each a
 * process of its own, answering signed /brief requests from autocannon at a fixed concurrency. A local
 * Slack stand-in answers the Web API and receives every response_url post, so the time to the reply is
 * measured where Slack would see it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon, { type AutocannonRequest } from "autocannon";
import { LEXICON, ROOT } from "./generate.ts";
import {
  freePort,
  httpModeEnv,
  type ServerProcess,
  SIGNING_SECRET,
  startNode,
  stopServer,
  waitForOk,
} from "./processes.ts";
import { slackSignatureHeaders, slashCommandBody } from "./signing.ts";
import { type SlackSink, startSlackSink } from "./slack-sink.ts";
import { median, quantile, round } from "./stats.ts";
import { lexiconTopics, readLexiconText } from "./topics.ts";

const USERS = Array.from({ length: 20 }, (_, i) => `U0BENCH${i}`);
const WARM_UP_S = 3;
/** Waiting for replies still queued after the load stops: give up after this long without one arriving, or in all. */
const DRAIN_IDLE_MS = 15_000;
const DRAIN_TOTAL_MS = 300_000;

/** What one load run against one app measured. */
export interface LoadFigures {
  requests: number;
  /** Acked requests per second while the load ran. */
  requestsPerSecond: number;
  /**
   * Replies posted to response_url per second, from the first request sent to the last reply received:
   * the work actually done, which a server that acks first and answers later can lag far behind.
   */
  repliesPerSecond: number;
  ackP50Ms: number;
  ackP99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** response_url posts received for acked requests. */
  replies: number;
  /** Requests turned away at once with the "busy, try again" note in the ack body (never a response_url post). */
  busy: number;
  replyShare: number;
  /** From sending the request to the reply reaching response_url. */
  replyP50Ms: number;
  replyP99Ms: number;
}

/** One round: the bare app and the bot, back to back, and their throughput ratios. */
export interface E2eRound {
  bot: LoadFigures;
  bare: LoadFigures;
  /** Replies per second, bot ÷ bare: the ratio the target is about. */
  ratio: number;
  /** Acks per second, bot ÷ bare. */
  ackRatio: number;
}

/** The end-to-end benchmark's figures: every round, and medians over rounds. */
export interface E2eResult {
  durationS: number;
  connections: number;
  questions: number;
  rounds: E2eRound[];
  bot: LoadFigures;
  bare: LoadFigures;
  ratio: number;
  ackRatio: number;
}

/** Options for runE2e. */
export interface E2eOptions {
  durationS: number;
  connections: number;
  rounds: number;
  log: (line: string) => void;
}

/** Questions in several languages: the lexicon's topic labels in every language, and words it lacks. */
export function e2eQuestions(): string[] {
  const topics = lexiconTopics(readLexiconText(LEXICON));
  const labels = topics.flatMap((topic) => Object.values(topic.labels));
  return [...labels, "INTERPOL", "Rome Lyon", "meeting", "Nairobi", "zzkqx", "lang:sw terrorism", "help"];
}

/** A server under load: which app, its process and its base URL. */
export interface Target {
  name: "bot" | "bare";
  server: ServerProcess;
  url: string;
}

/** Starts the bot or the bare app on a free port and waits for its /healthz. */
export async function startTarget(name: "bot" | "bare", sink: SlackSink, dbDir: string): Promise<Target> {
  const port = await freePort();
  const env = httpModeEnv(port, sink.apiUrl, join(ROOT, "seeds"), join(dbDir, `${name}.sqlite`));
  const args =
    name === "bot"
      ? [join(ROOT, "bin", "briefbot.js"), "start"]
      : ["--import", "tsx", join(ROOT, "bench", "bare-app.ts")];
  const server = startNode(args, env, ROOT);
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/healthz`, server, performance.now(), 120_000, 50);
  return { name, server, url };
}

async function drain(sink: SlackSink, ids: readonly string[]): Promise<void> {
  let lastSeen = -1;
  const started = performance.now();
  let lastChange = started;
  while (performance.now() - lastChange < DRAIN_IDLE_MS && performance.now() - started < DRAIN_TOTAL_MS) {
    const seen = ids.filter((id) => sink.responses.has(id)).length;
    if (seen === ids.length) return;
    if (seen !== lastSeen) {
      lastSeen = seen;
      lastChange = performance.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let requestCounter = 0;

/** Loads one app with signed /brief requests for durationS and returns what it measured. */
export async function loadTarget(
  target: Target,
  sink: SlackSink,
  questions: readonly string[],
  durationS: number,
  connections: number,
): Promise<LoadFigures> {
  const sent = new Map<string, number>();
  const acked: string[] = [];
  let busy = 0;
  const result = await autocannon({
    url: target.url,
    connections,
    duration: durationS,
    timeout: 10,
    requests: [
      {
        method: "POST",
        path: "/slack/events",
        setupRequest: (request: AutocannonRequest, context: Record<string, unknown>): AutocannonRequest => {
          requestCounter++;
          const id = `${target.name}-${requestCounter}`;
          const body = slashCommandBody({
            command: "/brief",
            text: questions[requestCounter % questions.length] ?? "",
            responseUrl: `${sink.url}/respond/${id}`,
            userId: USERS[requestCounter % USERS.length] ?? "U0BENCH",
            channelId: "C0BENCH",
            triggerId: id,
          });
          context.id = id;
          sent.set(id, performance.now());
          return {
            ...request,
            method: "POST",
            path: "/slack/events",
            body,
            headers: slackSignatureHeaders(SIGNING_SECRET, body, Math.floor(Date.now() / 1000)),
          };
        },
        onResponse: (status: number, body: string, context: Record<string, unknown>): void => {
          if (status !== 200 || typeof context.id !== "string") return;
          if (body.trim() === "") acked.push(context.id);
          else busy++;
        },
      },
    ],
  });
  await drain(sink, acked);
  const replyTimes: number[] = [];
  let firstSent = Number.POSITIVE_INFINITY;
  let lastArrived = Number.NEGATIVE_INFINITY;
  for (const id of acked) {
    const arrived = sink.responses.get(id);
    const start = sent.get(id);
    if (start !== undefined) firstSent = Math.min(firstSent, start);
    if (arrived !== undefined && start !== undefined) {
      replyTimes.push(arrived - start);
      lastArrived = Math.max(lastArrived, arrived);
    }
  }
  const replySpanS = (lastArrived - firstSent) / 1000;
  const requests = result["2xx"] + result.non2xx;
  return {
    requests,
    requestsPerSecond: round(requests / result.duration, 1),
    repliesPerSecond: round(replySpanS > 0 ? replyTimes.length / replySpanS : 0, 1),
    ackP50Ms: result.latency.p50,
    ackP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    replies: replyTimes.length,
    busy,
    replyShare: round(acked.length === 0 ? 0 : replyTimes.length / acked.length, 4),
    replyP50Ms: round(quantile(replyTimes, 0.5), 1),
    replyP99Ms: round(quantile(replyTimes, 0.99), 1),
  };
}

function medianFigures(all: readonly LoadFigures[]): LoadFigures {
  const pickMedian = (field: keyof LoadFigures): number =>
    round(median(all.map((figures) => figures[field])), 2);
  return {
    requests: pickMedian("requests"),
    requestsPerSecond: pickMedian("requestsPerSecond"),
    repliesPerSecond: pickMedian("repliesPerSecond"),
    ackP50Ms: pickMedian("ackP50Ms"),
    ackP99Ms: pickMedian("ackP99Ms"),
    non2xx: pickMedian("non2xx"),
    errors: pickMedian("errors"),
    timeouts: pickMedian("timeouts"),
    replies: pickMedian("replies"),
    busy: pickMedian("busy"),
    replyShare: pickMedian("replyShare"),
    replyP50Ms: pickMedian("replyP50Ms"),
    replyP99Ms: pickMedian("replyP99Ms"),
  };
}

/** Runs the end-to-end benchmark: rounds of bare app then bot (order alternating), each for durationS. */
export async function runE2e(options: E2eOptions): Promise<E2eResult> {
  const questions = e2eQuestions();
  const sink = await startSlackSink();
  const dbDir = mkdtempSync(join(tmpdir(), "briefbot-bench-"));
  const targets: Target[] = [];
  try {
    const bare = await startTarget("bare", sink, dbDir);
    targets.push(bare);
    const bot = await startTarget("bot", sink, dbDir);
    targets.push(bot);
    for (const target of [bare, bot])
      await loadTarget(target, sink, questions, WARM_UP_S, options.connections);
    const rounds: E2eRound[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const order = round % 2 === 0 ? [bare, bot] : [bot, bare];
      const figures: Partial<Record<"bot" | "bare", LoadFigures>> = {};
      for (const target of order) {
        options.log(`e2e round ${round + 1}/${options.rounds}: ${target.name} for ${options.durationS} s`);
        figures[target.name] = await loadTarget(
          target,
          sink,
          questions,
          options.durationS,
          options.connections,
        );
      }
      if (!figures.bot || !figures.bare) throw new Error("a load run did not report");
      rounds.push({
        bot: figures.bot,
        bare: figures.bare,
        ratio: figures.bot.repliesPerSecond / figures.bare.repliesPerSecond,
        ackRatio: figures.bot.requestsPerSecond / figures.bare.requestsPerSecond,
      });
    }
    return {
      durationS: options.durationS,
      connections: options.connections,
      questions: questions.length,
      rounds,
      bot: medianFigures(rounds.map((r) => r.bot)),
      bare: medianFigures(rounds.map((r) => r.bare)),
      ratio: round(median(rounds.map((r) => r.ratio)), 3),
      ackRatio: round(median(rounds.map((r) => r.ackRatio)), 3),
    };
  } finally {
    for (const target of targets) await stopServer(target.server);
    await sink.close();
    rmSync(dbDir, { recursive: true, force: true });
  }
}
