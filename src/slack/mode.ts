/** How Briefbot runs, decided by which Slack credentials the environment holds. */
export type RunMode =
  | { kind: "socket"; botToken: string; appToken: string }
  | { kind: "http"; botToken: string; signingSecret: string; port: number }
  | { kind: "console" };

/** Port of the HTTP mode when PORT is unset. */
export const DEFAULT_PORT = 3000;

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Reads PORT; returns the default for an unset value and throws for one that is not a port number. */
export function portFrom(value: string | undefined): number {
  const text = present(value);
  if (text === undefined) return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be 0–65535, got "${text}"`);
  return port;
}

/**
 * Picks the run mode: bot + app token → Socket Mode; bot token + signing secret → HTTP; no bot token → console.
 * Throws when a bot token is set with neither an app token nor a signing secret, since silently falling back
 * to the console would hide a half-configured install.
 */
export function selectMode(env: Readonly<Record<string, string | undefined>>): RunMode {
  const botToken = present(env.SLACK_BOT_TOKEN);
  const appToken = present(env.SLACK_APP_TOKEN);
  const signingSecret = present(env.SLACK_SIGNING_SECRET);
  if (botToken === undefined) {
    if (appToken !== undefined || signingSecret !== undefined) {
      throw new Error("SLACK_BOT_TOKEN is missing: set it next to SLACK_APP_TOKEN or SLACK_SIGNING_SECRET");
    }
    return { kind: "console" };
  }
  if (appToken !== undefined) return { kind: "socket", botToken, appToken };
  if (signingSecret !== undefined) {
    return { kind: "http", botToken, signingSecret, port: portFrom(env.PORT) };
  }
  throw new Error("SLACK_BOT_TOKEN needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP)");
}
