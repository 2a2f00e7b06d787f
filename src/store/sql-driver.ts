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
  close(): Promise<void>;
}

/** Rewrites `?` placeholders as PostgreSQL's `$1, $2…`; e.g. "a = ? AND b = ?" → "a = $1 AND b = $2". */
export function toDollarPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
