/** A value bound to a query parameter. */
export type SqlValue = string | number | null;

/** One statement with its positional parameters, written with `?` placeholders. */
export interface SqlStatement {
  sql: string;
  params: readonly SqlValue[];
}

/** A row as the database returns it. */
export type SqlRow = Record<string, SqlValue | undefined>;

/** The little each backend must provide for the shared store logic; SQL uses `?` placeholders on both. */
export interface SqlDriver {
  /** Runs a query and returns its rows. */
  all(sql: string, params: readonly SqlValue[]): Promise<SqlRow[]>;
  /** Runs a statement and returns how many rows it changed. */
  run(sql: string, params: readonly SqlValue[]): Promise<number>;
  /** Runs the statements in one transaction: all or none. */
  atomically(statements: readonly SqlStatement[]): Promise<void>;
  /** Throws when the database behind the driver is no longer the one it opened (checked by health probes). */
  check?(): Promise<void>;
  /** Names the database in messages, without secrets, e.g. "SQLite data/briefbot.sqlite". */
  readonly label: string;
  close(): Promise<void>;
}

/**
 * Returns the driver with each call that fails because a table is missing retried once after `repair`
 * has rebuilt the schema; calls failing together share one repair.
 */
export function withSchemaRepair(
  driver: SqlDriver,
  isMissingTable: (error: unknown) => boolean,
  repair: () => Promise<void>,
): SqlDriver {
  let repairing: Promise<void> | undefined;
  const retried = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      if (!isMissingTable(error)) throw error;
      repairing ??= repair().finally(() => {
        repairing = undefined;
      });
      await repairing;
      return call();
    }
  };
  return {
    ...driver,
    all: (sql, params) => retried(() => driver.all(sql, params)),
    run: (sql, params) => retried(() => driver.run(sql, params)),
    atomically: (statements) => retried(() => driver.atomically(statements)),
  };
}

/** Rewrites `?` placeholders as PostgreSQL's `$1, $2…`; e.g. "a = ? AND b = ?" → "a = $1 AND b = $2". */
export function toDollarPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
