import { oneLine, type StoreHealth } from "./errors.ts";
import { expectedTables } from "./migrations.ts";
import { firstSeenFromRow, ledgerEntryFromRow, subscriptionFromRow } from "./rows.ts";
import type { SqlDriver, SqlStatement, SqlValue } from "./sql-driver.ts";
import type {
  DigestLedgerEntry,
  DigestStore,
  FirstSeen,
  PauseReason,
  StoredTranslation,
  Subscription,
  TopicAdded,
  TopicRemoved,
  TranslationScope,
} from "./types.ts";

/** Options shared by both backends. */
export interface SqlStoreOptions {
  /** A "claimed" entry older than this may be claimed again (its instance is presumed dead). */
  claimStaleAfterMs: number;
}

const UPSERT_SUBSCRIPTION = `INSERT INTO subscriptions
  (channel_id, team_id, post_time, tz, lang, quiet, paused_reason, paused_since, created_by, created_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (channel_id) DO UPDATE SET
    team_id = excluded.team_id, post_time = excluded.post_time, tz = excluded.tz, lang = excluded.lang,
    quiet = excluded.quiet, paused_reason = excluded.paused_reason, paused_since = excluded.paused_since,
    created_by = excluded.created_by, created_at = excluded.created_at`;

// One statement, so the database's own conflict handling makes the claim atomic: a concurrent claimant either
// inserts first or sees the fresh claim and its WHERE fails, returning no row.
const CLAIM = `INSERT INTO digest_ledger
  (channel_id, local_date, state, claimed_by, claimed_at, attempts, retryable)
  VALUES (?, ?, 'claimed', ?, ?, 1, 0)
  ON CONFLICT (channel_id, local_date) DO UPDATE SET
    state = 'claimed', claimed_by = excluded.claimed_by, claimed_at = excluded.claimed_at,
    attempts = digest_ledger.attempts + 1, retryable = 0
  WHERE (digest_ledger.state IN ('claimed', 'sending') AND digest_ledger.claimed_at < ?)
     OR (digest_ledger.state = 'failed' AND digest_ledger.retryable = 1)
  RETURNING claimed_by`;

const RECORD_FIRST_SEEN = `INSERT INTO document_first_seen (doc_id, first_seen_at, hash) VALUES (?, ?, ?)
  ON CONFLICT (doc_id) DO UPDATE SET
    hash = excluded.hash,
    first_seen_at = CASE WHEN excluded.first_seen_at < document_first_seen.first_seen_at
      THEN excluded.first_seen_at ELSE document_first_seen.first_seen_at END
  RETURNING first_seen_at`;

const ADD_TOPIC = `INSERT INTO subscription_topics (channel_id, topic, position)
  SELECT s.channel_id, ?, (SELECT COALESCE(MAX(t.position), 0) + 1 FROM subscription_topics t
    WHERE t.channel_id = s.channel_id)
  FROM subscriptions s WHERE s.channel_id = ?
  ON CONFLICT (channel_id, topic) DO NOTHING`;

/** One cheap read of every table: it fails when the database is unreachable or a table has gone. */
const PROBE = `SELECT ${expectedTables()
  .map((table, i) => `(SELECT 1 FROM ${table} LIMIT 1) AS t${i}`)
  .join(", ")}`;

/** How long a health probe may take before the store counts as down. */
export const DEFAULT_PROBE_TIMEOUT_MS = 3000;

const SAVE_TRANSLATION = `INSERT INTO translations
  (text_hash, source_lang, target_lang, backend, model, translated, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (text_hash, source_lang, target_lang, backend, model) DO UPDATE SET
    translated = excluded.translated, created_at = excluded.created_at`;

// One statement, so two processes reserving at once cannot both pass the cap: the row lock (PostgreSQL) or
// the write lock (SQLite) orders them, and the second sees the first one's total in its WHERE.
const RESERVE_CHARS = `INSERT INTO translation_usage (day, backend, chars) VALUES (?, ?, ?)
  ON CONFLICT (day, backend) DO UPDATE SET chars = translation_usage.chars + excluded.chars
  WHERE translation_usage.chars + excluded.chars <= ?
  RETURNING chars`;

/** Hashes looked up per query: well inside both databases' limits on bound parameters. */
const HASHES_PER_QUERY = 200;

function uniqueInOrder(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Returns a DigestStore over any SqlDriver; both backends share this logic and its SQL. */
export function createSqlStore(driver: SqlDriver, options: SqlStoreOptions): DigestStore {
  const subscriptionExists = async (channelId: string): Promise<boolean> =>
    (await driver.all("SELECT 1 AS one FROM subscriptions WHERE channel_id = ?", [channelId])).length > 0;

  const topicsOf = async (channelId: string): Promise<string[]> =>
    (
      await driver.all(
        "SELECT topic FROM subscription_topics WHERE channel_id = ? ORDER BY position, topic",
        [channelId],
      )
    ).map((row) => String(row.topic));

  return {
    async upsertSubscription(sub: Subscription): Promise<void> {
      const statements: SqlStatement[] = [
        {
          sql: UPSERT_SUBSCRIPTION,
          params: [
            sub.channelId,
            sub.teamId ?? null,
            sub.time,
            sub.tz,
            sub.lang,
            sub.quiet ? 1 : 0,
            sub.pausedReason ?? null,
            sub.pausedReason ? (sub.pausedSince ?? null) : null,
            sub.createdBy,
            sub.createdAt,
          ],
        },
        { sql: "DELETE FROM subscription_topics WHERE channel_id = ?", params: [sub.channelId] },
        ...uniqueInOrder(sub.topics).map((topic, i) => ({
          sql: "INSERT INTO subscription_topics (channel_id, topic, position) VALUES (?, ?, ?)",
          params: [sub.channelId, topic, i + 1],
        })),
      ];
      await driver.atomically(statements);
    },

    async getSubscription(channelId: string): Promise<Subscription | undefined> {
      const [row] = await driver.all("SELECT * FROM subscriptions WHERE channel_id = ?", [channelId]);
      return row ? subscriptionFromRow(row, await topicsOf(channelId)) : undefined;
    },

    async deleteSubscription(channelId: string): Promise<boolean> {
      const existed = await subscriptionExists(channelId);
      await driver.atomically([
        { sql: "DELETE FROM subscription_topics WHERE channel_id = ?", params: [channelId] },
        { sql: "DELETE FROM subscriptions WHERE channel_id = ?", params: [channelId] },
      ]);
      return existed;
    },

    async listSubscriptions(): Promise<Subscription[]> {
      const rows = await driver.all("SELECT * FROM subscriptions", []);
      const topicRows = await driver.all(
        "SELECT channel_id, topic FROM subscription_topics ORDER BY position, topic",
        [],
      );
      const topics = new Map<string, string[]>();
      for (const row of topicRows) {
        const channelId = String(row.channel_id);
        topics.set(channelId, [...(topics.get(channelId) ?? []), String(row.topic)]);
      }
      // Sorted here rather than in SQL: PostgreSQL and SQLite collate text differently.
      return rows
        .map((row) => subscriptionFromRow(row, topics.get(String(row.channel_id)) ?? []))
        .sort((a, b) => (a.channelId < b.channelId ? -1 : a.channelId > b.channelId ? 1 : 0));
    },

    async addTopic(channelId: string, topic: string): Promise<TopicAdded> {
      const changed = await driver.run(ADD_TOPIC, [topic, channelId]);
      if (changed > 0) return "added";
      return (await subscriptionExists(channelId)) ? "exists" : "no-subscription";
    },

    async removeTopic(channelId: string, topic: string): Promise<TopicRemoved> {
      const changed = await driver.run("DELETE FROM subscription_topics WHERE channel_id = ? AND topic = ?", [
        channelId,
        topic,
      ]);
      if (changed > 0) return "removed";
      return (await subscriptionExists(channelId)) ? "absent" : "no-subscription";
    },

    async pause(channelId: string, reason: PauseReason, now: Date): Promise<boolean> {
      const changed = await driver.run(
        "UPDATE subscriptions SET paused_reason = ?, paused_since = ? WHERE channel_id = ?",
        [reason, now.toISOString(), channelId],
      );
      return changed > 0;
    },

    async unpause(channelId: string): Promise<boolean> {
      const changed = await driver.run(
        "UPDATE subscriptions SET paused_reason = NULL, paused_since = NULL WHERE channel_id = ?",
        [channelId],
      );
      return changed > 0;
    },

    async claimDigest(channelId: string, localDate: string, instanceId: string, now: Date): Promise<boolean> {
      const staleBefore = new Date(now.getTime() - options.claimStaleAfterMs).toISOString();
      const rows = await driver.all(CLAIM, [
        channelId,
        localDate,
        instanceId,
        now.toISOString(),
        staleBefore,
      ]);
      return rows.length === 1;
    },

    async markSending(channelId: string, localDate: string, instanceId: string, now: Date): Promise<boolean> {
      const changed = await driver.run(
        `UPDATE digest_ledger SET state = 'sending', send_started_at = COALESCE(send_started_at, ?)
         WHERE channel_id = ? AND local_date = ? AND state = 'claimed' AND claimed_by = ?`,
        [now.toISOString(), channelId, localDate, instanceId],
      );
      return changed > 0;
    },

    async markPosted(channelId: string, localDate: string, ts: string | null, now: Date): Promise<void> {
      const changed = await driver.run(
        `UPDATE digest_ledger SET state = 'posted', ts = ?, posted_at = ?, last_error = NULL, retryable = 0,
           send_started_at = NULL
         WHERE channel_id = ? AND local_date = ?`,
        [ts, now.toISOString(), channelId, localDate],
      );
      if (changed === 0) throw new Error(`store: no digest claim for ${channelId} on ${localDate}`);
    },

    async markFailed(channelId: string, localDate: string, error: string, retryable: boolean): Promise<void> {
      await driver.run(
        `UPDATE digest_ledger SET state = 'failed', last_error = ?, retryable = ?
         WHERE channel_id = ? AND local_date = ? AND state <> 'posted'`,
        [error, retryable ? 1 : 0, channelId, localDate],
      );
    },

    async getLedgerEntry(channelId: string, localDate: string): Promise<DigestLedgerEntry | undefined> {
      const [row] = await driver.all("SELECT * FROM digest_ledger WHERE channel_id = ? AND local_date = ?", [
        channelId,
        localDate,
      ]);
      return row ? ledgerEntryFromRow(row) : undefined;
    },

    async lastPostedDate(channelId: string): Promise<string | undefined> {
      return maxOf(
        driver,
        "SELECT MAX(local_date) AS m FROM digest_ledger WHERE channel_id = ? AND state = 'posted'",
        channelId,
      );
    },

    async lastDigestAt(channelId: string): Promise<string | undefined> {
      return maxOf(
        driver,
        "SELECT MAX(posted_at) AS m FROM digest_ledger WHERE channel_id = ? AND state = 'posted' AND ts IS NOT NULL",
        channelId,
      );
    },

    async recordFirstSeen(docId: string, hash: string, now: Date): Promise<string> {
      const [row] = await driver.all(RECORD_FIRST_SEEN, [docId, now.toISOString(), hash]);
      if (!row) throw new Error(`store: first-seen of ${docId} was not recorded`);
      return String(row.first_seen_at);
    },

    async firstSeenAll(): Promise<Map<string, FirstSeen>> {
      const rows = await driver.all("SELECT doc_id, first_seen_at, hash FROM document_first_seen", []);
      return new Map(rows.map((row) => [String(row.doc_id), firstSeenFromRow(row)]));
    },

    async probe(timeoutMs = DEFAULT_PROBE_TIMEOUT_MS): Promise<StoreHealth> {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        await Promise.race([driver.check?.(), deadline]);
        await Promise.race([driver.all(PROBE, []), deadline]);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: `store: ${driver.label}: ${oneLine(error)}` };
      } finally {
        clearTimeout(timer);
      }
    },

    async findTranslations(
      scope: TranslationScope,
      textHashes: readonly string[],
    ): Promise<Map<string, string>> {
      const found = new Map<string, string>();
      const hashes = uniqueInOrder(textHashes);
      for (let start = 0; start < hashes.length; start += HASHES_PER_QUERY) {
        const chunk = hashes.slice(start, start + HASHES_PER_QUERY);
        const rows = await driver.all(
          `SELECT text_hash, translated FROM translations
           WHERE source_lang = ? AND target_lang = ? AND backend = ? AND model = ?
             AND text_hash IN (${chunk.map(() => "?").join(", ")})`,
          [scope.sourceLang, scope.targetLang, scope.backend, scope.model, ...chunk],
        );
        for (const row of rows) found.set(String(row.text_hash), String(row.translated));
      }
      return found;
    },

    async saveTranslations(
      scope: TranslationScope,
      entries: readonly StoredTranslation[],
      now: Date,
    ): Promise<void> {
      if (entries.length === 0) return;
      const at = now.toISOString();
      await driver.atomically(
        entries.map((entry) => ({
          sql: SAVE_TRANSLATION,
          params: [
            entry.textHash,
            scope.sourceLang,
            scope.targetLang,
            scope.backend,
            scope.model,
            entry.translated,
            at,
          ],
        })),
      );
    },

    async reserveTranslationChars(
      day: string,
      backend: string,
      chars: number,
      cap: number,
    ): Promise<boolean> {
      if (chars > cap) return false;
      const rows = await driver.all(RESERVE_CHARS, [day, backend, chars, cap]);
      return rows.length === 1;
    },

    async translatedChars(day: string, backend: string): Promise<number> {
      const [row] = await driver.all("SELECT chars FROM translation_usage WHERE day = ? AND backend = ?", [
        day,
        backend,
      ]);
      return row ? Number(row.chars) : 0;
    },

    close: () => driver.close(),
  };
}

async function maxOf(driver: SqlDriver, sql: string, param: SqlValue): Promise<string | undefined> {
  const [row] = await driver.all(sql, [param]);
  const value = row?.m;
  return value === null || value === undefined ? undefined : String(value);
}
