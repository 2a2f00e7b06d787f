/**
 * The knowledge cache: what building the knowledge computed, kept on disk so the next start reuses it.
 * Documents are remembered by content hash (parsed paragraphs and sentences; their facts for one lexicon on
 * the fact shelf, fact-shelf.ts), so only new and changed files are parsed and read for facts. Facts stay
 * on the shelf and are read when an answer needs them: an archive's facts are too many to hold. Merged
 * meetings are remembered for the same documents: their heads in meetings.json, held; their details (who was
 * there, what was decided and counted) in meeting-details.json, read when asked for. The search index is
 * remembered whole, for a corpus and lexicon that have not changed. Everything is tagged with a fingerprint of the
 * code that computed it. A cache that is missing or stale is rebuilt; one that is corrupt, unreadable or
 * unwritable is rebuilt after one warning. The cache is never fatal.
 */
import { createHash, randomUUID } from "node:crypto";
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { errorMessage, whileReadingBack } from "../core/index.ts";
import type { Corpus, Doc, FileIdentity, Lexicon, LexiconLookup, ParsedDocument } from "../corpus/index.ts";
import { loadLexiconFiles } from "../corpus/index.ts";
import { type DocumentFacts, extractFacts, type Meeting, type SourceRef } from "../extract/index.ts";
import { lexiconFingerprint, loadSearcher, type PersistentSearcher } from "../search/index.ts";
import type { FactKeeper } from "./build.ts";
import { type FactShelf, openFactShelf } from "./fact-shelf.ts";
import { FactsView } from "./facts-view.ts";
import { outlineOf, parsedOutline } from "./outline.ts";
import { readLines } from "./read-lines.ts";
import { parsedDocument, type SavedDocument, savedDocument } from "./saved-document.ts";
import { isSourceRef, replaceRefs, revivedFacts, savedFactsJson, sentenceText } from "./saved-facts.ts";
import { dateSharer } from "./shared-dates.ts";
import {
  DetailsFile,
  detailsOf,
  headOf,
  type MeetingDetails,
  type MeetingHead,
  ShelvedMeeting,
} from "./shelved-meetings.ts";
import type { Knowledge, MeetingShelf } from "./types.ts";

const FORMAT = "briefbot-knowledge-cache/5";
const DOCUMENTS_FILE = "documents.json";
const SEARCH_FILE = "search.json";
const LEXICON_FILE = "lexicon.json";
const MEETINGS_FILE = "meetings.json";
const DETAILS_FILE = "meeting-details.json";
const FILES_FILE = "files.json";
const FACTS_FILE = "facts.sqlite";
/** Folders whose code decides what is cached: a change to any of their files makes the cache stale. */
const CODE_DIRS = ["corpus", "extract", "search"] as const;
/**
 * The running code's own root: src/ under tsx, dist/ in a build. Hashing what runs (never src/ from a build)
 * lets a deployment of the build alone start; a switch between the two only costs one rebuild.
 */
const CODE_ROOT = resolve(import.meta.dirname, "..");

/** Characters gathered before a streamed cache file is written to. */
const WRITE_CHUNK = 1 << 20;

interface SavedEntry {
  doc: SavedDocument;
}

/** The header of documents.json; the entries follow it as `[key, entry]`, one per line, like meetings.json. */
interface DocumentsHeader {
  format: string;
  code: string;
}

/** A document file as last read, in files.json beside its real path: its identity and content hash. */
type FileEntry = [size: number, mtimeMs: number, ctimeMs: number, ino: number, hash: string];

/** A source reference inside saved meetings, which quote several documents: the document id comes first. */
interface SavedMeetingRef {
  $ref:
    | [docId: string, paragraph: number, sentence: number]
    | [docId: string, paragraph: number, sentence: number, text: string];
}

/** The header of meetings.json; the meetings follow it, one per line, so neither side holds one giant string. */
interface MeetingsHeader {
  format: string;
  code: string;
  lexicon: string;
  /** Digest of the documents (ids and contents, in corpus order) the meetings were merged from. */
  docs: string;
  /** How many meeting lines follow: a file cut short at a line's end is not taken for fewer meetings. */
  count?: number;
  /** The token opening the details file written with it. */
  details?: string;
}

interface LexiconFile {
  format: string;
  code: string;
  /** Digest of the lexicon files' paths and contents. */
  files: string;
  lexicon: Lexicon;
}

/** What a start reuses from the cache and records for the next one. */
export interface KnowledgeCache {
  /**
   * Returns the lexicon of these files, as parsed before when their contents are the same, else parsed now
   * (and remembered). Throws as `loadLexiconFiles` does.
   */
  lexicon(paths: readonly string[]): Lexicon;
  /** The parsed document of content seen before (for `loadCorpus`). */
  parsed(hash: string, markdown: boolean): ParsedDocument | undefined;
  /** The content hash of the file at this real path when it last had this identity (for `loadCorpus`). */
  knownHash(real: string, identity: FileIdentity): string | undefined;
  /** Records a document file's identity and content hash as read (for `loadCorpus`). */
  stamped(real: string, identity: FileIdentity, hash: string): void;
  /** Where facts read with this lexicon are kept, and those read before are found; undefined: in memory. */
  keeper(lexicon: LexiconLookup): FactKeeper | undefined;
  /** The saved searcher, when it was built for exactly this corpus and lexicon. */
  searcher(corpus: Corpus, lexicon: LexiconLookup): PersistentSearcher | undefined;
  /**
   * Writes a searcher just built, so `save` need not, and returns it. Never throws: a searcher that cannot be
   * written is served as it is, and `save` tries again.
   */
  keepSearcher(searcher: PersistentSearcher): PersistentSearcher;
  /** The meetings merged before from exactly these documents' facts with this lexicon. */
  meetings(corpus: Corpus, lexicon: LexiconLookup): Meeting[] | undefined;
  /**
   * Writes meetings merged from these documents' facts as they are merged, and returns them as written,
   * details on disk; when writing fails, merges them anew and returns them whole. Never throws for the cache.
   */
  shelveMeetings: MeetingShelf;
  /**
   * The shelf later updates write their merged meetings to, for the life of the knowledge: it holds the
   * cache folder's path, not what the cache read at start.
   */
  meetingShelf(): MeetingShelf;
  /**
   * Writes what the knowledge holds that the cache lacks, and returns the knowledge to serve: its meetings as
   * written, details on disk. Never throws: what cannot be written is served as it is.
   */
  save(knowledge: Knowledge): Knowledge;
}

/** The shelf of no cache: the meetings merged and held whole. */
const heldWhole: MeetingShelf = (_corpus, _lexicon, merged) => [...merged()];

/** Returns a cache that remembers nothing, for when caching is off. */
export function noKnowledgeCache(): KnowledgeCache {
  return {
    lexicon: loadLexiconFiles,
    parsed: () => undefined,
    knownHash: () => undefined,
    stamped: () => {},
    keeper: () => undefined,
    searcher: () => undefined,
    keepSearcher: (searcher) => searcher,
    meetings: () => undefined,
    shelveMeetings: heldWhole,
    meetingShelf: () => heldWhole,
    save: (knowledge) => knowledge,
  };
}

/**
 * Opens the cache of one corpus folder inside the cache folder, reading what an earlier start saved there;
 * a file that is missing, unreadable, corrupt or from other code is treated as empty.
 */
export function openKnowledgeCache(
  cacheDir: string,
  corpusDir: string,
  warn: (message: string) => void,
): KnowledgeCache {
  const problem = warnOnce(warn);
  let code: string;
  try {
    code = codeFingerprint();
  } catch (error) {
    problem("cannot fingerprint the running code", error);
    return noKnowledgeCache();
  }
  const dir = join(cacheDir, createHash("sha256").update(resolve(corpusDir)).digest("hex").slice(0, 16));
  const saved = whileReadingBack(() => readDocumentsFile(join(dir, DOCUMENTS_FILE), code, problem));
  const entries: ReadonlyMap<string, SavedEntry> = saved ?? new Map();
  const files = readFilesFile(join(dir, FILES_FILE), problem);
  const seen = new Map<string, FileEntry>();
  let searchUsed = false;
  let meetingsUsed = false;
  /** The shelf of facts read with one lexicon (the last asked for), opened once. */
  let shelf: { lexicon: LexiconLookup; shelf: FactShelf | undefined } | undefined;
  const shelfFor = (lexicon: LexiconLookup): FactShelf | undefined => {
    if (shelf?.lexicon === lexicon) return shelf.shelf;
    shelf?.shelf?.close();
    const path = join(dir, FACTS_FILE);
    let opened: FactShelf | undefined;
    try {
      mkdirSync(dir, { recursive: true });
      opened = openFactShelf(path, `${FORMAT}\u0000${code}\u0000${lexiconFingerprint(lexicon)}`);
    } catch (error) {
      problem(`cannot open ${path}`, error);
    }
    shelf = { lexicon, shelf: opened };
    return opened;
  };

  const shelve = meetingWriter(dir, code, problem);
  const writeSearchFile = (pieces: Iterable<string>): void => {
    writeStreamed(join(dir, SEARCH_FILE), (put) => {
      put(`${JSON.stringify({ format: FORMAT, code })}\n`);
      for (const piece of pieces) put(piece);
    });
    searchUsed = true;
  };

  return {
    lexicon(paths) {
      const path = join(dir, LEXICON_FILE);
      let files: string;
      try {
        const hash = createHash("sha256");
        for (const file of paths) hash.update(`${file}\u0000`).update(readFileSync(file)).update("\u0000");
        files = hash.digest("hex");
      } catch (error) {
        // loadLexiconFiles names the unreadable file in its own error.
        problem("cannot read the lexicon files", error);
        return loadLexiconFiles(paths);
      }
      const known = readJson<LexiconFile>(path, problem);
      if (known?.format === FORMAT && known.code === code && known.files === files && known.lexicon)
        return known.lexicon;
      const lexicon = loadLexiconFiles(paths);
      const file: LexiconFile = { format: FORMAT, code, files, lexicon };
      try {
        mkdirSync(dir, { recursive: true });
        writeAtomically(path, JSON.stringify(file));
      } catch (error) {
        problem(`cannot write ${path}`, error);
      }
      return lexicon;
    },
    parsed(hash, markdown) {
      const entry = entries.get(entryKey(hash, markdown));
      return entry === undefined ? undefined : parsedDocument(entry.doc);
    },
    knownHash(real, identity) {
      const entry = files.get(real);
      return entry !== undefined && sameIdentity(entry, identity) ? entry[4] : undefined;
    },
    stamped(real, identity, hash) {
      seen.set(real, [identity.size, identity.mtimeMs, identity.ctimeMs, identity.ino, hash]);
    },
    keeper(lexicon) {
      const kept = shelfFor(lexicon);
      return kept === undefined ? undefined : shelfKeeper(kept, problem, (doc) => extractFacts(doc, lexicon));
    },
    searcher(corpus, lexicon) {
      const json = readSearchFile(join(dir, SEARCH_FILE), code, problem);
      if (json === undefined) return undefined;
      try {
        const searcher = whileReadingBack(() => loadSearcher(json, corpus, lexicon));
        searchUsed = true;
        return searcher;
      } catch (error) {
        problem("the saved search index does not load", error);
        return undefined;
      }
    },
    keepSearcher(searcher) {
      try {
        mkdirSync(dir, { recursive: true });
        writeSearchFile(searcher.jsonPieces());
      } catch (error) {
        problem(`cannot write ${join(dir, SEARCH_FILE)}`, error);
      }
      return searcher;
    },
    meetings(corpus, lexicon) {
      const meetings = whileReadingBack(() =>
        readMeetingsFile(dir, meetingsHeader(code, corpus, lexicon), corpus, problem),
      );
      meetingsUsed = meetings !== undefined;
      return meetings;
    },
    shelveMeetings(corpus, lexicon, merged) {
      const shelved = shelve(corpus, lexicon, merged);
      if (shelved === undefined) return [...merged()];
      meetingsUsed = true;
      return shelved;
    },
    meetingShelf: () => wholeWhenUnwritten(shelve),
    save(knowledge) {
      try {
        // Each entry once, in corpus order; an entry read before is written as read.
        const keys = new Map<string, Doc>();
        for (const doc of knowledge.corpus.docs) {
          const key = docKey(doc);
          if (!keys.has(key)) keys.set(key, doc);
        }
        const changed =
          saved === undefined ||
          keys.size !== entries.size ||
          [...keys.keys()].some((key) => !entries.has(key));
        mkdirSync(dir, { recursive: true });
        if (changed) {
          writeStreamed(join(dir, DOCUMENTS_FILE), (put) => {
            const header: DocumentsHeader = { format: FORMAT, code };
            put(`${JSON.stringify(header)}\n`);
            for (const [key, doc] of keys) {
              const entry = entries.get(key) ?? { doc: savedDocument(doc) };
              put(`${JSON.stringify([key, entry])}\n`);
            }
          });
        }
        if (!sameFiles(seen, files))
          writeStreamed(join(dir, FILES_FILE), (put) => {
            put(`${JSON.stringify({ format: FORMAT })}\n`);
            for (const file of seen) put(`${JSON.stringify(file)}\n`);
          });
        const kept = shelfFor(knowledge.lexicon);
        if (kept !== undefined) shelveFacts(kept, keys, knowledge);
        const searcher = knowledge.search as Partial<PersistentSearcher>;
        if (!searchUsed && typeof searcher.jsonPieces === "function") writeSearchFile(searcher.jsonPieces());
        if (meetingsUsed) return knowledge;
        const header = meetingsHeader(code, knowledge.corpus, knowledge.lexicon);
        return {
          ...knowledge,
          meetings: writeMeetingsFile(dir, header, knowledge.corpus, knowledge.meetings, problem),
        };
      } catch (error) {
        problem(`cannot write ${dir}`, error);
        return knowledge;
      }
    },
  };
}

/** Writes merged meetings to the cache folder `dir`; undefined when writing failed (a problem). */
type MeetingWriter = (
  corpus: Corpus,
  lexicon: LexiconLookup,
  merged: () => Iterable<Meeting>,
) => ShelvedMeeting[] | undefined;

/**
 * Returns the writer of merged meetings into `dir`. Made out here, like warnOnce, so an update keeping it
 * does not keep what the cache read at start.
 */
function meetingWriter(dir: string, code: string, problem: Problem): MeetingWriter {
  return (corpus, lexicon, merged) => {
    try {
      mkdirSync(dir, { recursive: true });
      return writeMeetingsFile(dir, meetingsHeader(code, corpus, lexicon), corpus, merged(), problem);
    } catch (error) {
      problem(`cannot write the meetings to ${dir}`, error);
      return undefined;
    }
  };
}

/** Returns the shelf writing through `write`, merging anew and holding the meetings whole when it fails. */
function wholeWhenUnwritten(write: MeetingWriter): MeetingShelf {
  return (corpus, lexicon, merged) => write(corpus, lexicon, merged) ?? [...merged()];
}

function entryKey(hash: string, markdown: boolean): string {
  return `${hash}${markdown ? ".md" : ".txt"}`;
}

/** The key a document's entries are saved under: its content's hash and its kind. */
function docKey(doc: Doc): string {
  return entryKey(doc.hash, isMarkdown(doc));
}

function isMarkdown(doc: Doc): boolean {
  return doc.path.toLowerCase().endsWith(".md");
}

/** Reports one thing wrong with the cache; only the first of a start is logged. */
type Problem = (what: string, error: unknown) => void;

/**
 * Returns the Problem of one start. Made out here, so the fact keeper that keeps it for the life of the
 * knowledge does not also keep what the cache read at start (closures of one scope share its variables).
 */
function warnOnce(warn: (message: string) => void): Problem {
  let warned = false;
  return (what, error) => {
    if (warned) return;
    warned = true;
    warn(`knowledge cache ignored, rebuilding: ${what}: ${errorMessage(error)}`);
  };
}

/** Whether a read failed only because the file is not there yet (the first start, or a cleared cache). */
function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}

/** The text of a cache file; undefined when there is none yet or it cannot be read (a problem). */
function readCacheFile(path: string, problem: Problem): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if (!isMissing(error)) problem(`cannot read ${path}`, error);
    return undefined;
  }
}

/** The parsed JSON object of a file, or undefined when there is none or it cannot be read or parsed. */
function readJson<T>(path: string, problem: Problem): Partial<T> | undefined {
  const text = readCacheFile(path, problem);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "object" && value !== null) return value as Partial<T>;
    problem(`${path} holds no object`, typeof value);
  } catch (error) {
    problem(`${path} is not JSON`, error);
  }
  return undefined;
}

/** The entries of documents.json by key, read line by line; undefined when missing, stale or unreadable. */
function readDocumentsFile(
  path: string,
  code: string,
  problem: Problem,
): Map<string, SavedEntry> | undefined {
  return readKeyedFile<SavedEntry>(
    path,
    (header) => header.format === FORMAT && header.code === code,
    problem,
  );
}

/**
 * The `[key, value]` lines of a cache file after its header line, by key; undefined when the file is missing
 * or unreadable (a problem) or its header is not `current`.
 */
function readKeyedFile<T>(
  path: string,
  current: (header: Partial<DocumentsHeader>) => boolean,
  problem: Problem,
): Map<string, T> | undefined {
  const values = new Map<string, T>();
  let header: Partial<DocumentsHeader> | undefined;
  try {
    const read = readLines(path, (line) => {
      if (header === undefined) {
        header = JSON.parse(line) as Partial<DocumentsHeader>;
        return current(header);
      }
      const [key, value] = JSON.parse(line) as [string, T];
      values.set(key, value);
      return true;
    });
    return read && header !== undefined ? values : undefined;
  } catch (error) {
    if (!isMissing(error)) problem(`${path} is not JSON`, error);
    return undefined;
  }
}

/** The document files as last read, by real path; empty when there is no readable files.json of this format. */
function readFilesFile(path: string, problem: Problem): Map<string, FileEntry> {
  return readKeyedFile<FileEntry>(path, (header) => header.format === FORMAT, problem) ?? new Map();
}

function sameIdentity(entry: FileEntry, identity: FileIdentity): boolean {
  return (
    entry[0] === identity.size &&
    entry[1] === identity.mtimeMs &&
    entry[2] === identity.ctimeMs &&
    entry[3] === identity.ino
  );
}

function sameFiles(a: ReadonlyMap<string, FileEntry>, b: ReadonlyMap<string, FileEntry>): boolean {
  if (a.size !== b.size) return false;
  for (const [real, entry] of a) {
    const other = b.get(real);
    if (other === undefined || entry.some((value, at) => other[at] !== value)) return false;
  }
  return true;
}

function readSearchFile(path: string, code: string, problem: Problem): string | undefined {
  const text = readCacheFile(path, problem);
  if (text === undefined) return undefined;
  const newline = text.indexOf("\n");
  try {
    const header = JSON.parse(text.slice(0, newline)) as { format?: string; code?: string };
    return header.format === FORMAT && header.code === code ? text.slice(newline + 1) : undefined;
  } catch (error) {
    problem(`${path} has no readable header`, error);
    return undefined;
  }
}

function meetingsHeader(code: string, corpus: Corpus, lexicon: LexiconLookup): MeetingsHeader {
  const docs = createHash("sha256");
  for (const doc of corpus.docs) docs.update(`${doc.id}\u0000${docKey(doc)}\u0000`);
  return { format: FORMAT, code, lexicon: lexiconFingerprint(lexicon), docs: docs.digest("hex") };
}

/**
 * Writes the meetings' details to the details file, then meetings.json: the header line, then one meeting a
 * line as its head and where its details are, source references shortened to where they point. The meetings
 * are taken once, one at a time, so they can be merged as they are written. Returns them as read back from
 * those files: heads held, details read when asked for.
 */
function writeMeetingsFile(
  dir: string,
  header: MeetingsHeader,
  corpus: Corpus,
  meetings: Iterable<Meeting>,
  problem: Problem,
): ShelvedMeeting[] {
  const docs = new Map(corpus.docs.map((doc) => [doc.id, doc]));
  const replacer = (_key: string, value: unknown): unknown => {
    if (!isSourceRef(value)) return value;
    const { docId, paragraph, sentence, text } = value;
    const doc = docs.get(docId);
    const ref: SavedMeetingRef = {
      $ref:
        doc !== undefined && sentenceText(doc, paragraph, sentence) === text
          ? [docId, paragraph, sentence]
          : [docId, paragraph, sentence, text],
    };
    return ref;
  };
  const details = randomUUID();
  // Each meeting's head, and where its details are in the details file.
  const placed: [head: MeetingHead, at: number, length: number][] = [];
  writeStreamed(join(dir, DETAILS_FILE), (put) => {
    const line = `${JSON.stringify(details)}\n`;
    put(line);
    let at = Buffer.byteLength(line);
    for (const meeting of meetings) {
      const json = JSON.stringify(detailsOf(meeting), replacer);
      const length = Buffer.byteLength(json);
      placed.push([headOf(meeting), at, length]);
      put(`${json}\n`);
      at += length + 1;
    }
  });
  // The heads held are the ones written, read back as a warm start reads them: one reference per sentence,
  // arrays no longer than they are, nothing of the extraction kept (at 10,000 reports 25 MB became 17).
  const revive = savedHeads(docs);
  const heads: [head: MeetingHead, at: number, length: number][] = [];
  writeStreamed(join(dir, MEETINGS_FILE), (put) => {
    put(`${JSON.stringify({ ...header, count: placed.length, details })}\n`);
    for (const entry of placed) {
      const line = JSON.stringify(entry, replacer);
      heads.push(revive(line));
      put(`${line}\n`);
    }
  });
  const file = openDetailsFile(join(dir, DETAILS_FILE), details, docs, problem);
  if (file === undefined) throw new Error(`${DETAILS_FILE} changed as it was written`);
  return heads.map(([head, at, length]) => new ShelvedMeeting(head, file, at, length));
}

/**
 * Returns the reader of a meetings.json line: the head with its references bound to their sentences and its
 * dates shared with the heads read before, and where its details are.
 */
function savedHeads(
  docs: ReadonlyMap<string, Doc>,
): (line: string) => [head: MeetingHead, at: number, length: number] {
  const refOf = savedMeetingRefs(docs);
  const share = dateSharer();
  return (line) => {
    const [head, at, length] = replaceRefs(JSON.parse(line), (ref) =>
      refOf(ref as SavedMeetingRef["$ref"]),
    ) as [MeetingHead, number, number];
    return [share(head), at, length];
  };
}

/**
 * Opens the details file written with meetings.json's `details` token; undefined when it is another one
 * (a start stopped between writing the two). Throws when it cannot be read.
 */
function openDetailsFile(
  path: string,
  token: string,
  docs: ReadonlyMap<string, Doc>,
  problem: Problem,
): DetailsFile | undefined {
  const fd = openSync(path, "r");
  try {
    const expected = Buffer.from(`${JSON.stringify(token)}\n`);
    const first = Buffer.alloc(expected.length);
    readSync(fd, first, 0, first.length, 0);
    if (!first.equals(expected)) {
      closeSync(fd);
      return undefined;
    }
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  return new DetailsFile(fd, detailsReviver(docs), (error) => problem(`cannot read ${path}`, error));
}

/**
 * Returns the reviver of a details line: its references bound to their documents' sentences. Made out
 * here, so the details file keeps only the documents, not what reading the meetings held.
 */
function detailsReviver(docs: ReadonlyMap<string, Doc>): (json: string) => MeetingDetails {
  return (json) => {
    const refOf = savedMeetingRefs(docs);
    return replaceRefs(JSON.parse(json), (ref) => refOf(ref as SavedMeetingRef["$ref"])) as MeetingDetails;
  };
}

/** Returns a maker of source references from saved ones, one object per sentence, its text the document's own. */
function savedMeetingRefs(docs: ReadonlyMap<string, Doc>): (saved: SavedMeetingRef["$ref"]) => SourceRef {
  const refs = new Map<string, SourceRef>();
  return ([docId, paragraph, sentence, own]) => {
    const key = `${docId}:${paragraph}:${sentence}:${own ?? ""}`;
    const known = refs.get(key);
    if (known) return known;
    const doc = docs.get(docId);
    const text = own ?? (doc === undefined ? undefined : sentenceText(doc, paragraph, sentence)) ?? "";
    const ref = { docId, paragraph, sentence, text };
    refs.set(key, ref);
    return ref;
  };
}

/**
 * The saved meetings when the file was written for this header (same code, lexicon and documents), heads
 * with every source reference bound to its document's sentence again and details read when asked for;
 * undefined when there is none or it is stale.
 */
function readMeetingsFile(
  dir: string,
  header: MeetingsHeader,
  corpus: Corpus,
  problem: Problem,
): Meeting[] | undefined {
  const path = join(dir, MEETINGS_FILE);
  try {
    const docs = new Map(corpus.docs.map((doc) => [doc.id, doc]));
    const revive = savedHeads(docs);
    const meetings: Meeting[] = [];
    let saved: Partial<MeetingsHeader> | undefined;
    let file: DetailsFile | undefined;
    const read = readLines(path, (line) => {
      if (file !== undefined) {
        const [head, at, length] = revive(line);
        meetings.push(new ShelvedMeeting(head, file, at, length));
        return true;
      }
      saved = JSON.parse(line) as Partial<MeetingsHeader>;
      if (
        saved.format !== header.format ||
        saved.code !== header.code ||
        saved.lexicon !== header.lexicon ||
        saved.docs !== header.docs ||
        saved.details === undefined
      )
        return false;
      file = openDetailsFile(join(dir, DETAILS_FILE), saved.details, docs, problem);
      return file !== undefined;
    });
    if (!read || saved === undefined) return undefined;
    if (meetings.length !== saved.count) throw new Error(`${meetings.length} meetings of ${saved.count}`);
    return meetings;
  } catch (error) {
    if (!isMissing(error)) problem(`${path} is not readable`, error);
    return undefined;
  }
}

/**
 * Writes a file piece by piece, whole or not at all: the pieces are gathered into chunks of about a
 * megabyte, so writing a large cache never builds one string of the whole file.
 */
function writeStreamed(path: string, write: (put: (text: string) => void) => void): void {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(temporary, "w");
  try {
    let pending: string[] = [];
    let length = 0;
    const flush = (): void => {
      if (pending.length === 0) return;
      writeSync(fd, pending.join(""));
      pending = [];
      length = 0;
    };
    write((text) => {
      pending.push(text);
      length += text.length;
      if (length >= WRITE_CHUNK) flush();
    });
    flush();
    closeSync(fd);
    renameSync(temporary, path);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Closed above: the normal path.
    }
    rmSync(temporary, { force: true });
  }
}

/** Writes a file whole or not at all, so a reader (another start) never sees half of it. */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Returns a digest of the running code that parses documents, reads facts and builds the index: every
 * file of corpus/, extract/ and search/ beside this folder (.ts under tsx, .js in a build). A cache
 * written by other code is not trusted. Throws when those folders cannot be read.
 */
function codeFingerprint(): string {
  const hash = createHash("sha256").update(FORMAT);
  for (const folder of CODE_DIRS) {
    const dir = join(CODE_ROOT, folder);
    for (const name of readdirSync(dir).sort()) {
      if (!/\.[jt]s$/.test(name)) continue;
      hash
        .update(`${folder}/${name}\u0000`)
        .update(readFileSync(join(dir, name)))
        .update("\u0000");
    }
  }
  return hash.digest("hex");
}

/**
 * A keeper over the shelf: facts by the document's entry key, revived against the document. A shelf that
 * cannot be read, or no longer holds what it listed (another process sharing the cache made it anew), is a
 * problem: a build and an answer read those documents' facts again (`readAgain`).
 */
function shelfKeeper(shelf: FactShelf, problem: Problem, readAgain: (doc: Doc) => DocumentFacts): FactKeeper {
  const read = (doc: Doc): ReturnType<FactKeeper["get"]> => {
    const key = docKey(doc);
    if (!shelf.outlines.has(key)) return undefined;
    try {
      const json = shelf.read(key);
      return json === undefined ? undefined : revivedFacts(JSON.parse(json), doc);
    } catch (error) {
      problem("the fact shelf is not readable", error);
      return undefined;
    }
  };
  return {
    get: read,
    has: (doc) => shelf.outlines.has(docKey(doc)),
    outline(doc) {
      const json = shelf.outlines.get(docKey(doc));
      try {
        return json === undefined ? undefined : parsedOutline(json);
      } catch (error) {
        problem("the fact shelf holds an unreadable outline", error);
        return undefined;
      }
    },
    keep(doc, facts, outline, saved) {
      try {
        shelf.write(docKey(doc), saved ?? savedFactsJson(facts, doc), JSON.stringify(outline));
      } catch (error) {
        problem("cannot write the fact shelf", error);
      }
    },
    view(docs) {
      const byId = new Map(docs.map((doc) => [doc.id, doc]));
      return new FactsView(
        docs.map((doc) => doc.id),
        (id) => {
          const doc = byId.get(id);
          if (doc === undefined) return undefined;
          const kept = read(doc);
          if (kept) return kept;
          problem("the fact shelf no longer holds facts it listed", new Error(`${doc.path}: read again`));
          return readAgain(doc);
        },
      );
    },
  };
}

/** Puts the facts the shelf lacks of these entries on it, and takes off those of entries no longer in the corpus. */
function shelveFacts(shelf: FactShelf, keys: ReadonlyMap<string, Doc>, knowledge: Knowledge): void {
  for (const [key, doc] of keys) {
    if (shelf.outlines.has(key)) continue;
    const facts = knowledge.facts.get(doc.id);
    if (facts === undefined) continue;
    shelf.write(key, savedFactsJson(facts, doc), JSON.stringify(outlineOf(facts)));
  }
  shelf.keepOnly(new Set(keys.keys()));
}
