const LEADING_MENTIONS = /^(?:\s*<@[A-Z0-9]+(?:\|[^>]*)?>)+/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Returns the question of an app_mention: the bot's own mentions removed wherever they are (any leading
 * mention when the bot's id is unknown), spaces collapsed.
 * Example: questionFromMention("<@U0BOT> fentanyl", "U0BOT") → "fentanyl".
 */
export function questionFromMention(text: string, botUserId?: string): string {
  const withoutBot = botUserId
    ? text.replace(new RegExp(`<@${escapeRegExp(botUserId)}(?:\\|[^>]*)?>`, "gu"), " ")
    : text.replace(LEADING_MENTIONS, " ");
  return withoutBot.replace(/\s+/gu, " ").trim();
}
