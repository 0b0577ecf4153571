import { executionOrder } from '../parse/plpgsql.js';
import type { ParsedMigration, Statement } from '../types.js';
import { Catalog } from './catalog.js';

/** A statement that fails when its file runs a second time: PostgreSQL's message (`reason`), SQLSTATE and condition name. */
export interface RerunFailure {
  statement: Statement;
  reason: string;
  sqlstate: string;
  condition: string;
}

/**
 * Replays the migrations in order into one catalog and, for each file, runs it a second time on a fork of the state
 * it produced: every strict statement that fails there is what breaks a re-run. This is the definition of
 * idempotent, so DROP-then-CREATE pairs, guarded DO blocks and `IF [NOT] EXISTS` need no special cases.
 * Files are added one at a time, so a caller can let go of each file's syntax trees once it is added.
 */
export class Replay {
  readonly catalog = new Catalog();
  readonly failures: RerunFailure[] = [];
  /** Per file: re-runs cleanly (true), fails (false), or cannot be told (null: statements that did not parse). */
  readonly idempotent = new Map<string, boolean | null>();

  constructor(opts: { prismaLayout: boolean }) {
    // Prisma Migrate creates its bookkeeping table in public before the first migration runs.
    if (opts.prismaLayout) this.catalog.apply(bookkeepingTable, true);
  }

  add(m: ParsedMigration): void {
    // Function bodies run only when called; the catalog replays them at the call.
    const steps = executionOrder(m, (origin) => origin !== 'function');
    for (const step of steps) {
      if ('node' in step) this.catalog.apply(step, true);
      else this.catalog.applyUnresolved(step);
    }
    const again = this.catalog.fork();
    const before = this.failures.length;
    for (const step of steps) {
      if (!('node' in step)) continue;
      const failure = again.applyStrict(step);
      if (failure) this.failures.push({ statement: step, reason: failure.message, sqlstate: failure.sqlstate, condition: failure.condition });
    }
    this.idempotent.set(m.file, this.failures.length > before ? false : m.problems.length > 0 ? null : true);
  }
}

const bookkeepingTable: Statement = {
  file: '', line: 0, text: '', origin: 'top', guarded: false,
  node: { CreateStmt: { relation: { schemaname: 'public', relname: '_prisma_migrations', relpersistence: 'p' }, tableElts: [
    { ColumnDef: { colname: 'id', typeName: { names: [{ String: { sval: 'varchar' } }], typmods: [{ A_Const: { ival: { ival: 36 } } }] }, constraints: [{ Constraint: { contype: 'CONSTR_PRIMARY' } }] } },
    { ColumnDef: { colname: 'checksum', typeName: { names: [{ String: { sval: 'varchar' } }], typmods: [{ A_Const: { ival: { ival: 64 } } }] }, constraints: [{ Constraint: { contype: 'CONSTR_NOTNULL' } }] } },
    { ColumnDef: { colname: 'migration_name', typeName: { names: [{ String: { sval: 'varchar' } }], typmods: [{ A_Const: { ival: { ival: 255 } } }] }, constraints: [{ Constraint: { contype: 'CONSTR_NOTNULL' } }] } },
  ] } },
};
