/**
 * One migration file against a real database: the first run as its tool applies it, then the re-run that shows
 * whether it can be applied again. The same code drives PGlite (inside its worker) and a PostgreSQL server, through
 * the few calls a session offers; it imports nothing heavier than line arithmetic, so the worker stays small.
 */
import { codePointToIndex, newlinesBefore } from '../parse/lines.js';

/** A connection the verifier drives. `exec` runs a script (several statements, no parameters). */
export interface SqlSession {
  exec(sql: string): Promise<void>;
  query<R>(sql: string): Promise<R[]>;
}

/** PostgreSQL's error as both drivers report it; `position` counts characters of the script sent, from 1. */
export interface SqlError {
  message: string;
  sqlstate: string;
  /** PostgreSQL's DETAIL and HINT lines (`Key (id)=(1) already exists.`). */
  detail?: string;
  hint?: string;
  position?: number;
}

/** A failure placed in the file: the 1-based line of the failing statement, or of the error's position when known. */
export type PlacedError = SqlError & { line: number };

/** A top-level statement of a file as the host split it (the worker has no parser). */
export interface PlannedStatement {
  line: number;
  text: string;
  /**
   * Left out when the file is re-run inside the verifier's own transaction: BEGIN, COMMIT, ROLLBACK…, and REINDEX
   * CONCURRENTLY (a REINDEX of what the first run left always runs again).
   */
  skipOnRerun?: true;
  /** The statement as a transaction can run it, when that differs: CONCURRENTLY left out. */
  rerunText?: string;
}

/** What to do with one file. */
export interface FilePlan {
  file: string;
  text: string;
  /** The file runs BEGIN / COMMIT itself or uses CONCURRENTLY: its first run is not wrapped in a transaction. */
  ownTransaction: boolean;
  /** The top-level statements in order; null when the file does not parse, so it cannot be split. */
  statements: PlannedStatement[] | null;
  /** The static engine expects the re-run to fail: go statement by statement at once, skipping the whole-file try. */
  rerunFails?: boolean;
}

export interface FileOutcome {
  file: string;
  applied: boolean;
  failure?: PlacedError;
  /** Every statement that failed when the file ran again (rolled back); null when the file was not re-run. */
  rerun: PlacedError[] | null;
  /** Relations that appeared with this file: where each was created. */
  created: { oid: number; name: string }[];
}

/** Turns a driver's exception into PostgreSQL's error; anything else (a lost connection) is rethrown. */
export function sqlError(e: unknown): SqlError {
  const err = e as { message?: unknown; code?: unknown; detail?: unknown; hint?: unknown; position?: unknown };
  if (typeof err?.code !== 'string' || !/^[0-9A-Z]{5}$/.test(err.code)) throw e;
  const position = Number(err.position);
  return {
    message: String(err.message), sqlstate: err.code,
    ...(typeof err.detail === 'string' && err.detail && { detail: err.detail }),
    ...(typeof err.hint === 'string' && err.hint && { hint: err.hint }),
    ...(Number.isInteger(position) && position > 0 && { position }),
  };
}

/** The 1-based line of a 1-based character position in `text`. */
export function lineAt(text: string, position: number): number {
  return 1 + newlinesBefore(text, codePointToIndex(text, position - 1));
}

const SAVEPOINT = 'SAVEPOINT sg_verify_rerun;\n';

/** Tracks what each file created: the highest object id seen so far. */
export class FileRunner {
  private lastOid = 0;

  constructor(private readonly session: SqlSession) {}

  /** Notes the relations that exist now as the platform's: a file created none of them. */
  async baseline(): Promise<void> {
    await this.created();
  }

  async run(plan: FilePlan): Promise<FileOutcome> {
    const failure = plan.ownTransaction ? await this.applyOwnTransaction(plan) : await this.apply(plan);
    if (failure) return { file: plan.file, applied: false, failure, rerun: null, created: [] };
    const created = await this.created();
    return { file: plan.file, applied: true, rerun: plan.statements ? await this.rerun(plan.statements, !plan.rerunFails) : null, created };
  }

  /** The file in one transaction, as both tools apply a migration; on failure, which statement failed. */
  private async apply(plan: FilePlan): Promise<PlacedError | undefined> {
    await this.session.exec('BEGIN');
    try {
      await this.session.exec(plan.text);
      await this.session.exec('COMMIT');
      return undefined;
    } catch (e) {
      const error = sqlError(e);
      await this.session.exec('ROLLBACK');
      if (error.position !== undefined) return { ...error, line: lineAt(plan.text, error.position) };
      return { ...error, line: (plan.statements && (await this.failingStatement(plan.statements))) ?? firstLine(plan) };
    }
  }

  /** The file as one script, its own BEGIN / COMMIT deciding what commits; what it left open is rolled back. */
  private async applyOwnTransaction(plan: FilePlan): Promise<PlacedError | undefined> {
    try {
      await this.session.exec(plan.text);
      return undefined;
    } catch (e) {
      const error = sqlError(e);
      await this.session.exec('ROLLBACK');
      if (error.position !== undefined) return { ...error, line: lineAt(plan.text, error.position) };
      // Without a position the statement is unknown; a CONCURRENTLY refused inside the script's implicit
      // transaction is the usual case, and the first such statement is the one PostgreSQL stopped at.
      const concurrent = error.sqlstate === '25001' ? plan.statements?.find((s) => s.rerunText !== undefined) : undefined;
      return { ...error, line: concurrent?.line ?? firstLine(plan) };
    }
  }

  /** Runs the statements one by one in a transaction that rolls back: the line of the first that fails. */
  private async failingStatement(statements: PlannedStatement[]): Promise<number | undefined> {
    await this.session.exec('BEGIN');
    try {
      for (const s of statements) {
        try {
          await this.session.exec(s.text);
        } catch (e) {
          const error = sqlError(e);
          return error.position === undefined ? s.line : s.line + lineAt(s.text, error.position) - 1;
        }
      }
      return undefined;
    } finally {
      await this.session.exec('ROLLBACK');
    }
  }

  /**
   * The file again, statement by statement inside one transaction that rolls back, each behind a savepoint: a
   * statement that fails changes nothing and the next one still runs, so every failing statement is found.
   */
  private async rerun(statements: PlannedStatement[], wholeFirst: boolean): Promise<PlacedError[]> {
    const failures: PlacedError[] = [];
    const runnable = statements.filter((s) => !s.skipOnRerun);
    await this.session.exec('BEGIN');
    try {
      // Most files re-run cleanly: one script finds that out; only a file that fails is taken statement by statement.
      if (wholeFirst) {
        try {
          await this.session.exec(`${SAVEPOINT}${runnable.map((s) => s.rerunText ?? s.text).join('\n;\n')}`);
          return failures;
        } catch (e) {
          sqlError(e);
          await this.session.exec('ROLLBACK TO SAVEPOINT sg_verify_rerun');
        }
      }
      for (const s of runnable) {
        const text = s.rerunText ?? s.text;
        try {
          await this.session.exec(`${SAVEPOINT}${text}`);
        } catch (e) {
          failures.push({ ...sqlError(e), line: s.line });
          await this.session.exec('ROLLBACK TO SAVEPOINT sg_verify_rerun');
        }
      }
    } finally {
      await this.session.exec('ROLLBACK');
    }
    return failures;
  }

  /** Relations whose object id is above any seen before: those the last file created. */
  private async created(): Promise<{ oid: number; name: string }[]> {
    const rows = await this.session.query<{ oid: string; name: string | null }>(
      `SELECT c.oid::int8::text AS oid, CASE WHEN c.relkind IN ('r', 'p', 'f', 'v', 'm') THEN n.nspname || '.' || c.relname END AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid > '${this.lastOid}'::oid`,
    );
    const out: { oid: number; name: string }[] = [];
    for (const r of rows) {
      const oid = Number(r.oid);
      this.lastOid = Math.max(this.lastOid, oid);
      if (r.name !== null) out.push({ oid, name: r.name });
    }
    return out;
  }
}

function firstLine(plan: FilePlan): number {
  return plan.statements?.[0]?.line ?? 1;
}
