import { parseArgs } from "node:util";
import { type Config, ConfigError, errorMessage, readConfig, readStartConfig } from "../core/index.ts";

// Each command imports what it needs when it runs: Bolt alone takes a quarter of a second to load, and
// `ask`, `search` or the console never need it.

const DIGEST_USAGE = `  briefbot digest [--json] [--date YYYY-MM-DD] [--lang xx] [--topics a,b] [--tz Area/City]
                                                   the digest for a date, without Slack
  briefbot digest run-due                          one scheduler pass (post every digest that is due), then exit
`;

/** One line of usage per command, and the whole. */
const COMMAND_USAGE: Readonly<Record<string, string>> = {
  start:
    "  briefbot start                                   run the bot (Slack when tokens are set, else a local console)\n",
  console: "  briefbot console                                 the local console\n",
  ask: '  briefbot ask [--json] [--locale xx-YY] "<line>"  answer one command line, e.g. "/brief fentanyl"\n',
  search:
    '  briefbot search [--json] "<question>"            ranked documents with the passage that matched\n',
  meetings:
    "  briefbot meetings [--json]                       every meeting with its facts and their sources\n",
  digest: DIGEST_USAGE,
};

const USAGE = `Usage:\n${Object.values(COMMAND_USAGE).join("")}  briefbot help                                    this text (also -h, --help after any command)\n`;

/** Wrong use of the command line: said in one line, followed by the usage, exit code 2. */
class UsageError extends Error {}

const clock = (): Date => new Date();

const isHelp = (arg: string): boolean => arg === "-h" || arg === "--help";

/** Returns the common options and positionals; throws a UsageError for an unknown or malformed option. */
function readOptions(args: string[], options: { json?: true; locale?: true }) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...(options.json ? { json: { type: "boolean", default: false } } : {}),
        ...(options.locale ? { locale: { type: "string" } } : {}),
      },
    });
  } catch (error) {
    // Node's message goes on to explain `--`; the first sentence says what is wrong.
    throw new UsageError(errorMessage(error).split(". ")[0] ?? "bad option");
  }
}

/**
 * Runs one CLI invocation and returns the process exit code: 0 done (and for -h/--help, anywhere), 2 wrong
 * use (unknown command or option, missing words, a bad environment), 1 a failure while running, said in
 * one line (the stack too with LOG_LEVEL=debug). A reader that stops reading (`| head -1`) ends it quietly.
 */
export async function main(argv: string[]): Promise<number> {
  endQuietlyOnClosedPipe();
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || isHelp(command)) {
    process.stdout.write(USAGE);
    return 0;
  }
  const usage = COMMAND_USAGE[command];
  if (usage === undefined) return wrongUse(`briefbot: unknown command "${command}"`, USAGE);
  if (rest.some(isHelp)) {
    process.stdout.write(`Usage:\n${usage}`);
    return 0;
  }
  let config: Config;
  try {
    // `start` reads the .env file as a deployment would, and needs a whole Slack configuration or none.
    config = command === "start" ? readStartConfig() : readConfig(process.env, process.cwd(), "command");
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  try {
    return await run(command, rest, config);
  } catch (error) {
    if (error instanceof UsageError)
      return wrongUse(`briefbot ${command}: ${error.message}`, `Usage:\n${usage}`);
    const debug = config.logLevel === "debug" && error instanceof Error && error.stack;
    process.stderr.write(`briefbot ${command}: ${debug || errorMessage(error).split("\n")[0]}\n`);
    return 1;
  }
}

function wrongUse(problem: string, usage: string): number {
  process.stderr.write(`${problem}\n${usage}`);
  return 2;
}

let pipeWatched = false;

/** An EPIPE on stdout means the reader is gone (`briefbot ask … | head -1`): nothing is left to say. */
function endQuietlyOnClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}

async function run(command: string, rest: string[], config: Config): Promise<number> {
  switch (command) {
    case "digest": {
      const { runDigestCli } = await import("./digest-cli.ts");
      return runDigestCli(rest, config, clock);
    }
    case "start": {
      const { positionals } = readOptions(rest, {});
      if (positionals.length > 0) throw new UsageError(`unexpected "${positionals[0]}"`);
      const mode = await (await import("./start.ts")).startBriefbot(config);
      if (mode === "console") await (await import("./console.ts")).runConsole(config, clock);
      return 0;
    }
    case "console": {
      const { positionals } = readOptions(rest, {});
      if (positionals.length > 0) throw new UsageError(`unexpected "${positionals[0]}"`);
      await (await import("./console.ts")).runConsole(config, clock);
      return 0;
    }
    case "ask":
      return ask(rest, config);
    case "search":
      return search(rest, config);
    default:
      return meetings(rest, config);
  }
}

/** The words of a command line, or a UsageError when there are none. */
function wordsOf(positionals: string[], what: string): string {
  const words = positionals.join(" ").trim();
  if (words === "") throw new UsageError(`needs ${what}`);
  return words;
}

async function ask(rest: string[], config: Config): Promise<number> {
  const { values, positionals } = readOptions(rest, { json: true, locale: true });
  const line = wordsOf(positionals, 'a command line, e.g. "/brief fentanyl"');
  const [{ loadKnowledge }, { replyLocally }, { renderText }, { openStore }, { cliTranslator }] =
    await Promise.all([
      import("../knowledge/index.ts"),
      import("./local-reply.ts"),
      import("../render/index.ts"),
      import("../store/index.ts"),
      import("./translator.ts"),
    ]);
  const knowledge = await loadKnowledge(config, clock);
  let store: ReturnType<typeof openStore> | undefined;
  const openOnce = () => {
    store ??= openStore(config.store);
    return store;
  };
  const translator = await cliTranslator(config, openOnce, clock);
  const message = await replyLocally(line, {
    knowledge,
    now: clock(),
    ...(typeof values.locale === "string" ? { locale: values.locale } : {}),
    defaultLang: config.defaultLang,
    store: openOnce,
    ...(translator ? { translator } : {}),
  });
  if (store) await (await store).close();
  process.stdout.write(values.json ? `${JSON.stringify(message, null, 2)}\n` : `${renderText(message)}\n`);
  return 0;
}

async function search(rest: string[], config: Config): Promise<number> {
  const { values, positionals } = readOptions(rest, { json: true });
  const question = wordsOf(positionals, "a question, e.g. briefbot search iARMS");
  const [{ loadKnowledge }, { formatSearchForCli }] = await Promise.all([
    import("../knowledge/index.ts"),
    import("./search-print.ts"),
  ]);
  const knowledge = await loadKnowledge(config, clock);
  const hits = knowledge.search.search(question, { limit: 10, passages: 1 });
  process.stdout.write(`${formatSearchForCli(hits, values.json === true)}\n`);
  return 0;
}

async function meetings(rest: string[], config: Config): Promise<number> {
  const { values, positionals } = readOptions(rest, { json: true });
  if (positionals.length > 0) throw new UsageError(`unexpected "${positionals[0]}"`);
  const [{ loadKnowledge }, { formatMeetingsForCli }] = await Promise.all([
    import("../knowledge/index.ts"),
    import("./meetings-print.ts"),
  ]);
  const knowledge = await loadKnowledge(config, clock);
  process.stdout.write(`${formatMeetingsForCli(knowledge.meetings, values.json === true)}\n`);
  return 0;
}
