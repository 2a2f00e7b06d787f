import { parseArgs } from "node:util";
import { type Config, ConfigError, readConfig, readStartConfig } from "../core/index.ts";

// Each command imports what it needs when it runs: Bolt alone takes a quarter of a second to load, and
// `ask`, `search` or the console never need it.

const USAGE = `Usage:
  briefbot start                                   run the bot (Slack when tokens are set, else a local console)
  briefbot console                                 the local console
  briefbot ask [--json] [--locale xx-YY] "<line>"  answer one command line, e.g. "/brief fentanyl"
  briefbot search [--json] "<question>"            ranked documents with the passage that matched
  briefbot meetings [--json]                       every meeting with its facts and their sources
  briefbot digest [--json] [--date YYYY-MM-DD] [--lang xx] [--topics a,b] [--tz Zone]
                                                   the digest for a date, without Slack
  briefbot digest run-due                          one scheduler pass (post every digest that is due), then exit
`;

const clock = (): Date => new Date();

/** Returns the common options and positionals, or undefined when an option is unknown or malformed. */
function readOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: "boolean", default: false }, locale: { type: "string" } },
    });
  } catch {
    return undefined;
  }
}

/** Runs one CLI invocation; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let config: Config;
  try {
    // `start` reads the .env file as a deployment would; every other command only the environment.
    config = command === "start" ? readStartConfig() : readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  return run(command, rest, config);
}

async function run(command: string | undefined, rest: string[], config: Config): Promise<number> {
  if (command === "digest") return (await import("./digest-cli.ts")).runDigestCli(rest, config, clock);
  const parsed = readOptions(rest);
  if (!parsed) {
    process.stderr.write(USAGE);
    return 2;
  }
  const { values, positionals } = parsed;
  switch (command) {
    case "start": {
      const mode = await (await import("./start.ts")).startBriefbot(config);
      if (mode === "console") await (await import("./console.ts")).runConsole(config, clock);
      return 0;
    }
    case "console":
      await (await import("./console.ts")).runConsole(config, clock);
      return 0;
    case "ask": {
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
      const message = await replyLocally(positionals.join(" "), {
        knowledge,
        now: clock(),
        ...(values.locale ? { locale: values.locale } : {}),
        defaultLang: config.defaultLang,
        store: openOnce,
        ...(translator ? { translator } : {}),
      });
      if (store) await (await store).close();
      process.stdout.write(
        values.json ? `${JSON.stringify(message, null, 2)}\n` : `${renderText(message)}\n`,
      );
      return 0;
    }
    case "search": {
      const [{ loadKnowledge }, { formatSearchForCli }] = await Promise.all([
        import("../knowledge/index.ts"),
        import("./search-print.ts"),
      ]);
      const knowledge = await loadKnowledge(config, clock);
      const hits = knowledge.search.search(positionals.join(" "), { limit: 10, passages: 1 });
      process.stdout.write(`${formatSearchForCli(hits, values.json)}\n`);
      return 0;
    }
    case "meetings": {
      const [{ loadKnowledge }, { formatMeetingsForCli }] = await Promise.all([
        import("../knowledge/index.ts"),
        import("./meetings-print.ts"),
      ]);
      const knowledge = await loadKnowledge(config, clock);
      process.stdout.write(`${formatMeetingsForCli(knowledge.meetings, values.json)}\n`);
      return 0;
    }
    default:
      process.stdout.write(USAGE);
      return command === undefined || command === "help" || command === "--help" ? 0 : 2;
  }
}
