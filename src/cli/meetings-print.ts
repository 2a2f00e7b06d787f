import type { Conflict, DateSpan, Meeting, SourceRef } from "../extract/index.ts";
import { dateReading } from "../extract/index.ts";

/**
 * Field labels of the `briefbot meetings` listing: an operator's tool, so they are fixed English keys like
 * JSON field names, not reply strings (replies are written through src/render/i18n).
 */
const FIELD = {
  slug: "meeting",
  aliases: "aliases",
  kind: "kind",
  names: "names",
  dates: "dates",
  vague: "time words",
  place: "place",
  venue: "venue",
  organisers: "organisers",
  chairs: "chairs",
  participants: "participants",
  organisations: "organisations",
  counts: "counts",
  topics: "topics",
  decisions: "decisions",
  followUps: "follow-ups",
  versions: "versions",
  conflicts: "conflicts",
} as const;

/**
 * Returns every meeting with its facts, each fact followed by the document (and paragraph) it comes from;
 * with `json` the meetings as indented JSON.
 * @example formatMeetingsForCli(meetings, false).split("\n")[0] // "meeting: rome-lyon-heads-of-delegation-2024"
 */
export function formatMeetingsForCli(meetings: readonly Meeting[], json: boolean): string {
  if (json) return JSON.stringify(meetings, null, 2);
  return meetings.map(formatMeeting).join("\n\n");
}

function formatMeeting(meeting: Meeting): string {
  const lines: string[] = [`${FIELD.slug}: ${meeting.slug}`];
  const line = (label: string, value: string): void => {
    lines.push(`  ${label}: ${value}`);
  };
  const list = (label: string, values: readonly string[]): void => {
    if (values.length === 0) return;
    lines.push(`  ${label}:`);
    for (const value of values) lines.push(`    - ${value}`);
  };
  if (meeting.aliases.length > 0) line(FIELD.aliases, meeting.aliases.join(", "));
  line(FIELD.kind, meeting.kind);
  list(
    FIELD.names,
    Object.entries(meeting.names).map(([lang, name]) => `${lang}: ${name}`),
  );
  if (meeting.dates) line(FIELD.dates, `${span(meeting.dates)} ${cite(meeting.dates.ref)}`);
  list(
    FIELD.vague,
    meeting.vague.map((vague) => `${vague.surface} (${vague.kind}) ${cite(vague.ref)}`),
  );
  if (meeting.place)
    line(FIELD.place, `${meeting.place.name} ${cite(meeting.place.ref, meeting.place.alsoIn)}`);
  if (meeting.venue)
    line(FIELD.venue, `${meeting.venue.name} ${cite(meeting.venue.ref, meeting.venue.alsoIn)}`);
  list(
    FIELD.organisers,
    meeting.organisers.map((org) => `${org.name} ${cite(org.ref, org.alsoIn)}`),
  );
  const person = (p: Meeting["chairs"][number]): string =>
    `${[p.name, p.role, p.affiliation].filter(Boolean).join(" — ")} ${cite(p.ref, p.alsoIn)}`;
  list(FIELD.chairs, meeting.chairs.map(person));
  list(FIELD.participants, meeting.participants.map(person));
  list(
    FIELD.organisations,
    meeting.organisations.map(
      (org) =>
        `${org.acronym && org.acronym !== org.name ? `${org.acronym} — ` : ""}${org.name} ${cite(org.ref, org.alsoIn)}`,
    ),
  );
  list(
    FIELD.counts,
    meeting.counts.map(
      (count) =>
        `${count.qualifier ? `${count.qualifier} ` : ""}${count.value} ${count.noun} ${cite(count.ref, count.alsoIn)}`,
    ),
  );
  if (meeting.topics.length > 0) line(FIELD.topics, meeting.topics.join(", "));
  list(
    FIELD.decisions,
    meeting.decisions.map((decision) => `${decision.text} ${cite(decision.ref)}`),
  );
  list(
    FIELD.followUps,
    meeting.followUps.map(
      (followUp) =>
        `${followUp.name}${followUp.place ? ` @ ${followUp.place}` : ""}${followUp.dates ? ` ${span(followUp.dates)}` : ""} ${cite(followUp.ref, followUp.alsoIn)}`,
    ),
  );
  list(
    FIELD.versions,
    meeting.versions.map((version) => `${version.lang} ${version.docId}: ${version.title}`),
  );
  list(FIELD.conflicts, meeting.conflicts.map(conflict));
  return lines.join("\n");
}

function span(date: DateSpan): string {
  return `${dateReading(date)}${date.start.year && date.precision !== "year" ? ` ${date.start.year}` : ""} (${date.precision}, year ${date.yearStatus}) “${date.surface}”`;
}

function cite(ref: SourceRef, alsoIn?: readonly string[]): string {
  const also = alsoIn && alsoIn.length > 0 ? ` +${alsoIn.join(",")}` : "";
  return `[${ref.docId} ¶${ref.paragraph}${also}]`;
}

function conflict(item: Conflict): string {
  const readings = item.readings
    .map((reading) => `${reading.value} in ${reading.docIds.join(",")}`)
    .join(" | ");
  return `${item.field}${item.subject ? ` (${item.subject})` : ""}: ${readings}`;
}
