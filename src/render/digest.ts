import type { DigestAnswer, NewDocument, UpcomingEvent, WatchedTopic } from "../answer/index.ts";
import type { Messages, ReplyLang, SlackMessage } from "../core/index.ts";
import { languageName, messagesFor } from "../core/index.ts";
import type { DateSpan } from "../extract/index.ts";
import { renderLayoutMessage } from "./blocks.ts";
import { formatDateSpan } from "./dates.ts";
import { datesText, type Layout, type Part, quoteSourceLabel } from "./layout.ts";
import { shorten } from "./limits.ts";

/** A summary or mention longer than this is cut, so one long sentence cannot crowd out the digest. */
const MAX_SENTENCE = 280;
/** New documents and upcoming events listed before "…and N more". */
const MAX_ITEMS = 10;

/** Options of a rendered digest. */
export interface DigestRenderOptions {
  /** Marks the digest as a preview shown only to the asker. */
  preview?: boolean;
  /** A preview for a quiet channel on a day with nothing to say: tells that no post would be made. */
  quietSkip?: boolean;
}

/**
 * Returns the local date written in the reply language, e.g. ("2024-09-30", "it") → "30 settembre 2024".
 */
export function localDateText(localDate: string, lang: ReplyLang): string {
  const [year, month, day] = localDate.split("-").map(Number);
  const span: DateSpan = {
    start: { year, month, day },
    precision: "day",
    yearStatus: "stated",
    surface: localDate,
  };
  return formatDateSpan(span, lang);
}

/**
 * Returns the Slack message of a digest: Block Kit within Slack's limits, an escaped fallback, and metadata
 * naming the language, the "digest" command and every cited document.
 */
export function renderDigest(answer: DigestAnswer, options: DigestRenderOptions = {}): SlackMessage {
  return renderLayoutMessage(digestLayout(answer, options), answer.lang, "digest");
}

/** Returns the layout of a digest: header, new documents, upcoming events and watched topics. */
export function digestLayout(answer: DigestAnswer, options: DigestRenderOptions = {}): Layout {
  const { lang } = answer;
  const m = messagesFor(lang);
  const notes: string[] = [];
  if (options.preview) notes.push(m.digest.previewNote);
  if (options.quietSkip) notes.push(m.digest.quietSkip);
  const parts: Part[] = notes.length > 0 ? [{ kind: "note", items: notes }] : [];
  // A day with nothing to say is one short line, without even a header.
  if (answer.kind === "nothing") {
    return { parts: [...parts, { kind: "text", lines: [m.digest.nothingNew] }], sources: [] };
  }
  const header = m.digest.headline(localDateText(answer.localDate, lang));
  if (answer.newDocuments.length > 0) {
    parts.push({
      kind: "list",
      title: m.digest.newTitle,
      items: capped(answer.newDocuments, m, (item) => newLine(item, lang, m)),
    });
  }
  if (answer.upcoming.length > 0) {
    parts.push({
      kind: "list",
      title: m.digest.upcomingTitle,
      items: capped(answer.upcoming, m, (event) => eventLine(event, lang, m)),
    });
  }
  for (const topic of answer.topics) parts.push(topicPart(topic, lang, m));
  const sources = [
    ...answer.newDocuments.flatMap((item) => item.docIds),
    ...answer.upcoming.flatMap((event) => event.docIds),
    ...answer.topics.flatMap((topic) => topic.mentions.map((mention) => mention.quote.docId)),
  ];
  return { header, parts, sources: [...new Set(sources)] };
}

function capped<T>(items: readonly T[], m: Messages, line: (item: T) => string): string[] {
  const shown = items.slice(0, MAX_ITEMS).map(line);
  return items.length > MAX_ITEMS ? [...shown, m.common.more(items.length - MAX_ITEMS)] : shown;
}

function newLine(item: NewDocument, lang: ReplyLang, m: Messages): string {
  const details = [
    m.common.list(item.langs.map((code) => languageName(code, lang))),
    item.date
      ? datesText(item.date, lang)
      : m.digest.added(localDateText(item.firstSeenAt.slice(0, 10), lang)),
    ...(item.machineTitle ? [m.translation.mark] : []),
  ];
  const head = `${item.title} — ${details.join(" · ")}`;
  if (!item.summary) return head;
  const source = quoteSourceLabel(item.summary, lang, m);
  return `${head}\n“${shorten(item.summary.text, MAX_SENTENCE)}” (${source})`;
}

function eventLine(event: UpcomingEvent, lang: ReplyLang, m: Messages): string {
  const when = event.ongoing ? m.digest.ongoing : m.digest.inDays(event.inDays);
  const where = event.place && !event.name.includes(event.place) ? ` — ${event.place}` : "";
  return `${event.name}${where} · ${datesText(event.dates, lang)} — ${when}`;
}

function topicPart(topic: WatchedTopic, lang: ReplyLang, m: Messages): Part {
  const title = m.digest.topicTitle(topic.label);
  if (topic.mentions.length === 0) return { kind: "text", title, lines: [m.digest.noMentions] };
  return {
    kind: "quotes",
    title,
    items: topic.mentions.map(({ quote, isNew }) => {
      const source = quoteSourceLabel(quote, lang, m);
      return {
        text: shorten(quote.text, MAX_SENTENCE),
        source: isNew ? `${source} · ${m.digest.newMark}` : source,
      };
    }),
  };
}
