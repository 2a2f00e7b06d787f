import type {
  Answer,
  BriefFound,
  Citation,
  ComposedSummary,
  ConflictLine,
  Figure,
  HelpAnswer,
  MeetingCard,
  MeetingChoice,
  MeetingList,
  MeetingListItem,
  NotFound,
  Quote,
  Summary,
} from "../answer/index.ts";
import type { Messages, ReplyLang } from "../core/index.ts";
import { languageName, messagesFor } from "../core/index.ts";
import type { DateSpan } from "../extract/index.ts";
import { formatDateSpan } from "./dates.ts";
import { formatNumber, formatPercent } from "./numbers.ts";

/** A quoted sentence and the label naming where it comes from. */
export interface QuotedLine {
  text: string;
  source: string;
}

/** One part of a reply, independent of how it is drawn (Block Kit or plain text). All text is raw, unescaped. */
export type Part =
  | { kind: "text"; title?: string; lines: string[]; pointer?: string }
  | { kind: "list"; title?: string; items: string[] }
  | { kind: "quotes"; title?: string; items: QuotedLine[] }
  | { kind: "fields"; fields: { label: string; value: string }[] }
  /** Meetings to pick from: a line each, and a button each that asks for that meeting. */
  | { kind: "choices"; items: { label: string; slug: string }[] }
  | { kind: "note"; items: string[] };

/** A reply laid out: optional header, parts in order, and the ids of the documents it cites. */
export interface Layout {
  header?: string;
  parts: Part[];
  sources: string[];
}

/** Returns the layout of an answer in the reply language. */
export function layoutOf(answer: Answer, lang: ReplyLang): Layout {
  const m = messagesFor(lang);
  switch (answer.command) {
    case "brief":
      if (answer.answer.kind === "brief") return briefLayout(answer.answer, lang, m);
      if (answer.answer.kind === "not-found") return notFoundLayout(answer.answer, m.brief.notFound, m);
      return helpLayout(answer.answer, m);
    case "meeting":
      if (answer.answer.kind === "card") return cardLayout(answer.answer, lang, m);
      if (answer.answer.kind === "list") return listLayout(answer.answer, lang, m);
      if (answer.answer.kind === "choice") return choiceLayout(answer.answer, lang, m);
      return notFoundLayout(answer.answer, m.meeting.notFound, m);
    case "help":
    case "digest":
      return helpLayout(answer.answer, m);
    case "error":
      return { parts: [{ kind: "text", lines: [m.slack.apology(answer.errorId)] }], sources: [] };
    case "expired":
      return { parts: [{ kind: "text", lines: [m.slack.expired] }], sources: [] };
  }
}

/**
 * Returns a date span in the reply language's way, with "year not given" or "year inferred" when that is
 * the truth. @example datesText(span, "en") // "17–18 November (year not given)"
 */
export function datesText(span: DateSpan, lang: ReplyLang): string {
  const written = formatDateSpan(asRange(span), lang);
  const marks = messagesFor(lang).dates;
  if (span.yearStatus === "not-given") return `${written} (${marks.yearNotGiven})`;
  if (span.yearStatus === "inferred") return `${written} (${marks.yearInferred})`;
  return written;
}

/** Days listed in order without a gap ("17 and 18 November") are a range, written as one ("17–18 November"). */
function asRange(span: DateSpan): DateSpan {
  const listed = span.listed;
  if (!listed || listed.length < 2) return span;
  const consecutive = listed.every((point, index) => {
    const previous = listed[index - 1];
    if (!previous) return true;
    return (
      point.year === previous.year &&
      point.month === previous.month &&
      point.day === (previous.day ?? NaN) + 1
    );
  });
  if (!consecutive) return span;
  const { listed: _listed, ...range } = span;
  return { ...range, start: listed[0] ?? span.start, end: listed[listed.length - 1] ?? span.start };
}

function briefLayout(answer: BriefFound, lang: ReplyLang, m: Messages): Layout {
  const parts: Part[] = [...summaryParts(answer.summary, lang, m)];
  if (answer.appearances.length > 0) {
    parts.push({
      kind: "list",
      title: m.brief.appearancesTitle,
      items: answer.appearances.map((appearance) => {
        const details = [
          appearance.dates ? datesText(appearance.dates, lang) : appearance.published,
          appearance.place,
          m.common.list(appearance.langs.map((code) => languageName(code, lang))),
          appearance.machineTitle ? m.translation.mark : undefined,
        ].filter((detail): detail is string => Boolean(detail));
        const speakers =
          appearance.speakers.length > 0
            ? `\n${m.brief.spokeToIt}: ${m.common.list(appearance.speakers)}`
            : "";
        return `${appearance.title} — ${details.join(" · ")}${speakers}`;
      }),
    });
  }
  if (answer.figures.length > 0) {
    parts.push({
      kind: "quotes",
      title: m.brief.figuresTitle,
      items: answer.figures.map((figure) => ({
        text: figureText(figure, lang, m),
        source: quoted(figure.source, lang, m).source,
      })),
    });
  }
  if (answer.decisions.length > 0) {
    parts.push({
      kind: "quotes",
      title: m.brief.decisionsTitle,
      items: answer.decisions.map((q) => quoted(q, lang, m)),
    });
  }
  parts.push(citationNote(answer.citations, lang, m));
  return {
    header: m.brief.headline(answer.topic),
    parts,
    sources: answer.citations.map((citation) => citation.docId),
  };
}

/**
 * A figure in the reply language when its unit is known ("about 60 experts", "38%"); otherwise the source's
 * own words around the number, so what it counts is never guessed.
 */
function figureText(figure: Figure, lang: ReplyLang, m: Messages): string {
  if (figure.percent) return m.brief.figure(formatPercent(figure.value, lang), "", figure.qualifier).trim();
  if (figure.unit) return m.brief.figure(formatNumber(figure.value, lang), figure.unit, figure.qualifier);
  const number = formatNumber(figure.value, lang);
  const quoted = m.brief.inQuotes(figure.context);
  // Digits of another script or grouping ("२,३८,०००") are given in the reply's way as well.
  return figure.context.includes(number) ? quoted : `${number} — ${quoted}`;
}

function summaryParts(summary: Summary, lang: ReplyLang, m: Messages): Part[] {
  if (summary.kind === "extracted") {
    const first = summary.sentences[0];
    const pointer = first
      ? m.brief.quoteSource(languageName(summary.lang, lang), summary.title, first.paragraph)
      : "";
    const machine = summary.sentences.some((sentence) => sentence.machineText);
    return [
      {
        kind: "text",
        title: m.brief.summaryTitle,
        lines: [summary.sentences.map((sentence) => sentence.text).join(" ")],
        pointer,
      },
      {
        kind: "note",
        items: [markedIf(machine, m.brief.extractedFrom(languageName(summary.lang, lang), summary.title), m)],
      },
    ];
  }
  const parts: Part[] = [
    { kind: "text", title: m.brief.summaryTitle, lines: [composedSentences(summary, lang, m).join(" ")] },
    {
      kind: "note",
      items: [
        markedIf(
          summary.facts.machineMeeting,
          m.brief.composedFrom(summary.sourceLangs.map((code) => languageName(code, lang))),
          m,
        ),
      ],
    },
  ];
  if (summary.quotes.length > 0) {
    parts.push({
      kind: "quotes",
      title: m.brief.quotesTitle,
      items: summary.quotes.map((q) => quoted(q, lang, m)),
    });
  }
  return parts;
}

/** The composed summary: what came up where and when, then who and what was decided when the facts give them. */
function composedSentences(summary: ComposedSummary, lang: ReplyLang, m: Messages): string[] {
  const { facts } = summary;
  const dates = facts.dates ? datesText(facts.dates, lang) : undefined;
  const sentences = [
    m.brief.what({
      topic: facts.topic,
      people: facts.people,
      decisions: facts.decisions,
      documents: facts.documents,
      ...(facts.meeting ? { meeting: facts.meeting } : {}),
      ...(facts.place ? { place: facts.place } : {}),
      ...(dates ? { dates } : {}),
    }),
  ];
  if (facts.people.length > 0) sentences.push(m.brief.who(facts.people));
  if (facts.decisions > 0) sentences.push(m.brief.decided(facts.decisions));
  return sentences.map(upperFirst);
}

/** Sentences start with a capital where the script has capitals ("fentanyl was discussed" → "Fentanyl was…"). */
function upperFirst(sentence: string): string {
  const [first = "", ...rest] = [...sentence];
  return first.toLocaleUpperCase() + rest.join("");
}

/**
 * Returns a label with the machine-translation mark when `machine` is true, e.g. "Arabic — Report, paragraph
 * 20 · machine translation"; the label unchanged otherwise.
 */
export function markedIf(machine: boolean | undefined, label: string, m: Messages): string {
  return machine ? `${label} · ${m.translation.mark}` : label;
}

/** Returns the source label of a quote in the reply language, marked when its text or title was translated. */
export function quoteSourceLabel(quote: Quote, lang: ReplyLang, m: Messages): string {
  return markedIf(
    quote.machineText || quote.machineTitle,
    m.brief.quoteSource(languageName(quote.lang, lang), quote.title, quote.paragraph),
    m,
  );
}

function quoted(quote: Quote, lang: ReplyLang, m: Messages): QuotedLine {
  return { text: quote.text, source: quoteSourceLabel(quote, lang, m) };
}

function citationNote(citations: Citation[], lang: ReplyLang, m: Messages): Part {
  return {
    kind: "note",
    items: citations.map((citation) =>
      markedIf(
        citation.machineTitle,
        m.brief.citation(citation.title, languageName(citation.lang, lang), citation.paragraphs),
        m,
      ),
    ),
  };
}

function notFoundLayout(answer: NotFound, sentence: (query: string) => string, m: Messages): Layout {
  const parts: Part[] = [{ kind: "text", lines: [sentence(answer.query)] }];
  if (answer.suggestions.length > 0) {
    parts.push({
      kind: "list",
      title: m.brief.closestTitle,
      items: answer.suggestions.map((suggestion) => `${suggestion.label} — \`${suggestion.command}\``),
    });
  } else {
    parts.push({ kind: "note", items: [m.brief.nothingClose] });
  }
  return { parts, sources: [] };
}

function helpLayout(answer: HelpAnswer, m: Messages): Layout {
  const { help } = m;
  return {
    header: help.title,
    parts: [
      { kind: "text", lines: [help.intro] },
      { kind: "list", items: [help.brief, help.meeting, help.meetingList, help.digest, help.language] },
      { kind: "list", title: help.examplesTitle, items: answer.examples.map((example) => `\`${example}\``) },
    ],
    sources: [],
  };
}

function cardLayout(card: MeetingCard, lang: ReplyLang, m: Messages): Layout {
  const mm = m.meeting;
  const list = m.common.list;
  const fields = [
    { label: mm.dates, value: card.dates ? datesText(card.dates, lang) : mm.datesUnknown },
    ...optionalField(mm.place, card.place),
    ...optionalField(mm.venue, card.venue),
    ...optionalField(mm.organisers, list(card.organisers)),
    ...optionalField(mm.chairs, list(card.chairs.map(personText))),
  ];
  const parts: Part[] = [{ kind: "fields", fields }];
  if (card.participants.length > 0) {
    parts.push({ kind: "list", title: mm.participants, items: card.participants.map(personText) });
  }
  if (card.organisations.length > 0) {
    parts.push({ kind: "text", title: mm.organisations, lines: [list(card.organisations)] });
  }
  if (card.agenda.length > 0) parts.push({ kind: "text", title: mm.agenda, lines: [list(card.agenda)] });
  if (card.decisions.length > 0) {
    parts.push({ kind: "quotes", title: mm.decisions, items: card.decisions.map((q) => quoted(q, lang, m)) });
  }
  if (card.followUps.length > 0) {
    parts.push({
      kind: "list",
      title: mm.followUps,
      items: card.followUps.map((followUp) =>
        [followUp.name, followUp.dates ? datesText(followUp.dates, lang) : undefined, followUp.place]
          .filter(Boolean)
          .join(" — "),
      ),
    });
  }
  if (card.versions.length > 0) {
    parts.push({
      kind: "list",
      title: mm.versions,
      items: card.versions.map((version) => `${languageName(version.lang, lang)} — ${version.title}`),
    });
  }
  if (card.conflicts.length > 0) {
    parts.push({
      kind: "list",
      title: mm.conflicts,
      items: card.conflicts.map((conflict) =>
        mm.conflict(
          conflict.subject || conflictField(conflict.field, m),
          conflict.readings.map((reading) => ({
            value: reading.dates ? formatDateSpan(reading.dates, lang) : reading.value,
            languages: reading.langs.map((code) => languageName(code, lang)),
          })),
        ),
      ),
    });
  }
  parts.push(citationNote(card.citations, lang, m));
  return {
    header: markedIf(card.machineName, card.name, m),
    parts,
    sources: card.citations.map((citation) => citation.docId),
  };
}

function conflictField(field: ConflictLine["field"], m: Messages): string {
  if (field === "place") return m.meeting.place;
  if (field === "follow-up-dates") return m.meeting.followUps;
  return m.meeting.dates;
}

function optionalField(label: string, value: string | undefined): { label: string; value: string }[] {
  return value ? [{ label, value }] : [];
}

function personText(person: { name: string; role?: string }): string {
  return person.role ? `${person.name} — ${person.role}` : person.name;
}

function choiceLayout(choice: MeetingChoice, lang: ReplyLang, m: Messages): Layout {
  return {
    parts: [
      { kind: "text", lines: [m.meeting.choose(choice.query)] },
      {
        kind: "choices",
        items: choice.options.map((meeting) => ({
          label: meetingLine(meeting, lang, m),
          slug: meeting.slug,
        })),
      },
    ],
    sources: [],
  };
}

/** A meeting as one line: name, dates, place and the languages of its versions. */
function meetingLine(meeting: MeetingListItem, lang: ReplyLang, m: Messages): string {
  const details = [
    meeting.dates ? datesText(meeting.dates, lang) : undefined,
    meeting.place,
    m.common.list(meeting.langs.map((code) => languageName(code, lang))),
  ].filter(Boolean);
  return `${meeting.name} — ${details.join(" · ")}`;
}

function listLayout(list: MeetingList, lang: ReplyLang, m: Messages): Layout {
  if (list.meetings.length === 0) {
    return {
      header: m.meeting.listTitle,
      parts: [{ kind: "text", lines: [m.meeting.listEmpty] }],
      sources: [],
    };
  }
  return {
    header: m.meeting.listTitle,
    parts: [
      {
        kind: "list",
        items: list.meetings.map(
          (meeting) => `${meetingLine(meeting, lang, m)} — \`/meeting ${meeting.slug}\``,
        ),
      },
      { kind: "note", items: [m.meeting.listHint] },
    ],
    sources: [],
  };
}
