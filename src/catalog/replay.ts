import { rerunFailure } from '../fixes/idempotent.js';
import { LargeMigration, runOrder, type TakenMigration } from '../parse/sql.js';
import type { RerunFailure, Statement, StatementFailure } from '../types.js';
import { Catalog } from './catalog.js';
import type { Failure } from './failure.js';
import { forgetRowsFor } from './handlers/data.js';

function failed(statement: Statement, f: Failure): StatementFailure {
  return { statement, reason: f.message, sqlstate: f.sqlstate, condition: f.condition, ...(f.detail && { detail: f.detail }), ...(f.hint && { hint: f.hint }) };
}

/**
 * Replays the migrations in order into one catalog. Each statement's first run is tried strictly: a failure the
 * catalog is sure of (a relation the migrations never created, a key already inserted) is a first-run failure, and
 * the statement changes nothing, as in PostgreSQL; the replay goes on with the next. Then each file runs a second
 * time on a fork of the state it produced: every strict statement that fails there, and did not already fail the
 * first time, is what breaks a re-run. This is the definition of idempotent, so DROP-then-CREATE pairs, guarded DO
 * blocks and `IF [NOT] EXISTS` need no special cases.
 * Files are added one at a time, so a caller can let go of each file's syntax trees once it is added.
 */
export class Replay {
  readonly catalog: Catalog;
  readonly failures: RerunFailure[] = [];
  /** Statements that fail the first time their file runs, on the database the migrations before it built. */
  readonly firstRunFailures: StatementFailure[] = [];
  /**
   * Per file: re-runs cleanly (true), fails (false), or cannot be told (null: statements that did not parse, or
   * that fail on the first run).
   */
  readonly idempotent = new Map<string, boolean | null>();

  constructor(opts: { prismaLayout: boolean; isManaged?: (schema: string) => boolean } | { from: Replay }) {
    if ('from' in opts) {
      this.catalog = opts.from.catalog.fork({ ownExtensionUses: true });
      this.failures.push(...opts.from.failures);
      this.firstRunFailures.push(...opts.from.firstRunFailures);
      for (const [file, verdict] of opts.from.idempotent) this.idempotent.set(file, verdict);
      return;
    }
    this.catalog = new Catalog(undefined, { isManaged: opts.isManaged });
    // Prisma Migrate creates its bookkeeping table in public before the first migration runs.
    if (opts.prismaLayout) this.catalog.apply(bookkeepingTable, true);
  }

  /** A replay that goes on from this one's state; this one must not go on while the fork is in use. */
  fork(): Replay {
    return new Replay({ from: this });
  }

  /**
   * Replays one file, first run and re-run; gives its re-run failures with their statements whole, for their fixes'
   * checks, and where each stands in the file's execution order. `betweenRuns` is called after each run, when what
   * it built and let go is garbage. A large file is read once for each run.
   */
  add(m: TakenMigration, betweenRuns?: () => void): RerunFailureAt[] {
    this.catalog.extensionUses.nextFile();
    const failedFirst = new Set<number>();
    for (const { at, step } of runOrder(m, (piece) => this.catalog.extensionUses.add(piece.statements))) {
      if (!('node' in step)) {
        this.catalog.applyUnresolved(step);
        continue;
      }
      const failure = this.catalog.applyFirst(step);
      if (failure) {
        failedFirst.add(at);
        this.firstRunFailures.push(failed(step, failure));
      }
    }
    betweenRuns?.();
    const again = this.catalog.fork();
    const rerun: RerunFailureAt[] = [];
    for (const { at, step } of runOrder(m)) {
      if (!('node' in step)) {
        // The same SQL runs again: rows it may change are as unknown the second time.
        forgetRowsFor(again, step);
        continue;
      }
      const failure = again.applyStrict(step);
      if (failure && !failedFirst.has(at)) rerun.push({ at, failure: failed(step, failure) });
    }
    betweenRuns?.();
    this.failures.push(...rerun.map(({ failure }) => rerunFailure(failure)));
    // A parsed file's own fields: summaryOf would also work out its statements' spans, which only the walk needs.
    const { file, problems } = m instanceof LargeMigration ? m.summary : m;
    this.idempotent.set(file, rerun.length > 0 ? false : problems.length > 0 || failedFirst.size > 0 ? null : true);
    return rerun;
  }
}

/** A statement that fails on the re-run, and its place in the file's execution order: the same on each read of the file. */
export interface RerunFailureAt {
  at: number;
  failure: StatementFailure;
}

const bookkeepingTable: Statement = {
  file: '', line: 0, text: '', origin: 'top', guarded: false,
  node: { CreateStmt: { relation: { schemaname: 'public', relname: '_prisma_migrations', relpersistence: 'p' }, tableElts: [
    { ColumnDef: { colname: 'id', typeName: { names: [{ String: { sval: 'varchar' } }], typmods: [{ A_Const: { ival: { ival: 36 } } }] }, constraints: [{ Constraint: { contype: 'CONSTR_PRIMARY' } }] } },
    { ColumnDef: { colname: 'checksum', typeName: { names: [{ String: { sval: 'varchar' } }], typmods: [{ A_Const: { ival: { ival: 64 } } }] }, constraints: [{ Constraint: { contype: 'CONSTR_NOTNULL' } }] } },
    { ColumnDef: { colname: 'migration_name', typeName: { names: [{ String: { sval: 'varchar' } }], typmods: [{ A_Const: { ival: { ival: 255 } } }] }, constraints: [{ Constraint: { contype: 'CONSTR_NOTNULL' } }] } },
  ] } },
};
