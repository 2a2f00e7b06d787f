const MENTION_WORD = /@(channel|here|everyone)\b/giu;
/** The opening of Slack mention markup: <!channel>, <!subteam^…>, <@U…>, <#C…>. */
const MENTION_MARKUP = /<(?=[!@#])/gu;
/** Invisible, so the text reads the same, but Slack no longer sees a mention keyword after "@". */
const ZERO_WIDTH_JOINER = "\u200D";

/**
 * Returns text safe to echo in Slack mrkdwn: & < > escaped, so "<!channel>" or "<@U123>" cannot ping,
 * and bare "@channel", "@here", "@everyone" broken with a zero-width joiner.
 * @example escapeMrkdwn("<!here> & @channel") // "&lt;!here&gt; &amp; @\u200Dchannel"
 */
export function escapeMrkdwn(text: string): string {
  return neutraliseMentions(text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
}

/**
 * Returns text with bare "@channel", "@here" and "@everyone", and the "<" opening "<!here>", "<@U1>" or
 * "<#C1>", broken by a zero-width joiner (for plain_text, which Slack shows as written).
 * @example neutraliseMentions("@here <!channel>") // "@\u200Dhere <\u200D!channel>"
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(MENTION_WORD, (_match, word: string) => `@${ZERO_WIDTH_JOINER}${word}`)
    .replace(MENTION_MARKUP, `<${ZERO_WIDTH_JOINER}`);
}
