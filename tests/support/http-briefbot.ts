import { EventEmitter } from "node:events";
import { startBriefbot } from "../../src/cli/start.ts";
import { type Env, readStartConfig } from "../../src/core/config.ts";
import type { StartedBriefbot } from "../../src/slack/start.ts";
import type { SlackApiStub } from "./slack-api-stub.ts";
import { TEST_WORKSPACE } from "./slack-request.ts";

/** `briefbot start` running in HTTP mode in this process, with what it logged and how it exited. */
export interface HttpBriefbot {
  mode: Awaited<ReturnType<typeof startBriefbot>>;
  started: StartedBriefbot | undefined;
  /** http://127.0.0.1:<port> of the running app. */
  origin: string;
  logLines: string[];
  exits: number[];
  signals: EventEmitter;
  /** Sends SIGTERM and waits (up to 5 s) for the app to exit. */
  stop(): Promise<void>;
}

/** What a test chooses about the app it starts; the Slack credentials are the test workspace's. */
export interface HttpBriefbotOptions {
  stub: SlackApiStub;
  cwd: string;
  seeds: string;
  db: string;
  clock?: () => Date;
  env?: Env;
}

/** Starts the real app in HTTP mode on a free port against the Slack stand-in, as `npm start` would. */
export async function startHttpBriefbot(options: HttpBriefbotOptions): Promise<HttpBriefbot> {
  const signals = new EventEmitter();
  const logLines: string[] = [];
  const exits: number[] = [];
  let started: StartedBriefbot | undefined;
  const env: Env = {
    SLACK_BOT_TOKEN: TEST_WORKSPACE.botToken,
    SLACK_SIGNING_SECRET: TEST_WORKSPACE.signingSecret,
    PORT: "0",
    SLACK_API_URL: options.stub.apiUrl,
    BRIEFBOT_SEEDS: options.seeds,
    BRIEFBOT_DB: options.db,
    ...options.env,
  };
  const mode = await startBriefbot(readStartConfig(env, options.cwd), {
    ...(options.clock ? { clock: options.clock } : {}),
    signals,
    exit: (code) => exits.push(code),
    logSink: (_level, line) => logLines.push(line),
    onStarted: (running) => {
      started = running;
    },
  });
  return {
    mode,
    started,
    origin: `http://127.0.0.1:${started?.port}`,
    logLines,
    exits,
    signals,
    async stop() {
      signals.emit("SIGTERM");
      const deadline = Date.now() + 5_000;
      while (exits.length === 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };
}
