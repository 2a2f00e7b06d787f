/**
 * Meetings whose details stay on disk. What answers read of every meeting (slug, names, dates, place,
 * versions, topics, follow-ups) is held; who was there, what was decided and counted is read from a details
 * file when a card asks for it, with the last few meetings kept. An archive's meetings are too many to hold
 * whole: at 100,000 reports they were a third of the heap.
 */
import { closeSync, readSync } from "node:fs";
import { createLru, type Lru } from "../core/index.ts";
import type { Meeting } from "../extract/index.ts";

/** The fields read from disk when asked for. */
type DetailField =
  | "vague"
  | "organisers"
  | "chairs"
  | "participants"
  | "organisations"
  | "counts"
  | "decisions"
  | "conflicts";
/** What is read of a meeting from disk. */
export type MeetingDetails = Pick<Meeting, DetailField>;
/** What is held of a meeting. */
export type MeetingHead = Omit<Meeting, DetailField>;

/** Meetings whose details are kept once read: a card reads one, a list of choices a handful. */
const REMEMBERED_DETAILS = 256;

/** Where the details of a file's meetings are read: an open descriptor, so a later rewrite cannot change them. */
export class DetailsFile {
  readonly #fd: number;
  readonly #revive: (json: string) => MeetingDetails;
  readonly #memo: Lru<number, MeetingDetails> = createLru(REMEMBERED_DETAILS);
  readonly #problem: (error: unknown) => void;

  /**
   * Reads details from `fd` (closed once this file is collected) through `revive`; a read that fails is
   * reported to `problem` and gives no details: a card without them says less, never something wrong.
   */
  constructor(fd: number, revive: (json: string) => MeetingDetails, problem: (error: unknown) => void) {
    this.#fd = fd;
    this.#revive = revive;
    this.#problem = problem;
    descriptors.register(this, fd);
  }

  /** Returns the details written at byte `at`, `length` bytes long. */
  read(at: number, length: number): MeetingDetails {
    const known = this.#memo.get(at);
    if (known) return known;
    let details: MeetingDetails;
    try {
      const buffer = Buffer.alloc(length);
      const read = readSync(this.#fd, buffer, 0, length, at);
      if (read !== length) throw new Error(`read ${read} of ${length} bytes at ${at}`);
      details = this.#revive(buffer.toString("utf8"));
    } catch (error) {
      this.#problem(error);
      details = noDetails();
    }
    this.#memo.set(at, details);
    return details;
  }
}

const descriptors = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed: nothing to give back.
  }
});

function noDetails(): MeetingDetails {
  return {
    vague: [],
    organisers: [],
    chairs: [],
    participants: [],
    organisations: [],
    counts: [],
    decisions: [],
    conflicts: [],
  };
}

/** Returns the meeting's details, as written to the details file. */
export function detailsOf(meeting: Meeting): MeetingDetails {
  return {
    vague: meeting.vague,
    organisers: meeting.organisers,
    chairs: meeting.chairs,
    participants: meeting.participants,
    organisations: meeting.organisations,
    counts: meeting.counts,
    decisions: meeting.decisions,
    conflicts: meeting.conflicts,
  };
}

/** Returns what is held of the meeting. */
export function headOf(meeting: Meeting): MeetingHead {
  return {
    slug: meeting.slug,
    aliases: meeting.aliases,
    ...(meeting.entityId === undefined ? {} : { entityId: meeting.entityId }),
    names: meeting.names,
    kind: meeting.kind,
    ...(meeting.dates === undefined ? {} : { dates: meeting.dates }),
    ...(meeting.place === undefined ? {} : { place: meeting.place }),
    ...(meeting.venue === undefined ? {} : { venue: meeting.venue }),
    topics: meeting.topics,
    followUps: meeting.followUps,
    versions: meeting.versions,
  };
}

/** A meeting whose details are read from its details file when asked for. */
export class ShelvedMeeting implements Meeting {
  slug: string;
  aliases: string[];
  entityId?: string;
  names: Meeting["names"];
  kind: Meeting["kind"];
  dates?: Meeting["dates"];
  place?: Meeting["place"];
  venue?: Meeting["venue"];
  topics: string[];
  followUps: Meeting["followUps"];
  versions: Meeting["versions"];
  readonly #file: DetailsFile;
  readonly #at: number;
  readonly #length: number;

  /** The meeting of `head` whose details are `length` bytes at byte `at` of `file`. */
  constructor(head: MeetingHead, file: DetailsFile, at: number, length: number) {
    this.slug = head.slug;
    this.aliases = head.aliases;
    if (head.entityId !== undefined) this.entityId = head.entityId;
    this.names = head.names;
    this.kind = head.kind;
    if (head.dates !== undefined) this.dates = head.dates;
    if (head.place !== undefined) this.place = head.place;
    if (head.venue !== undefined) this.venue = head.venue;
    this.topics = head.topics;
    this.followUps = head.followUps;
    this.versions = head.versions;
    this.#file = file;
    this.#at = at;
    this.#length = length;
  }

  get vague(): Meeting["vague"] {
    return this.#details().vague;
  }
  get organisers(): Meeting["organisers"] {
    return this.#details().organisers;
  }
  get chairs(): Meeting["chairs"] {
    return this.#details().chairs;
  }
  get participants(): Meeting["participants"] {
    return this.#details().participants;
  }
  get organisations(): Meeting["organisations"] {
    return this.#details().organisations;
  }
  get counts(): Meeting["counts"] {
    return this.#details().counts;
  }
  get decisions(): Meeting["decisions"] {
    return this.#details().decisions;
  }
  get conflicts(): Meeting["conflicts"] {
    return this.#details().conflicts;
  }

  /** The whole meeting as a plain object: what JSON.stringify writes and what a copy compares. */
  toJSON(): Meeting {
    return { ...headOf(this), ...this.#details() };
  }

  #details(): MeetingDetails {
    return this.#file.read(this.#at, this.#length);
  }
}
