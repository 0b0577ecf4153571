import type { ParsedMigration, Statement, UnresolvedExecute } from '../types.js';
import { Catalog } from './catalog.js';

/** A statement that fails when its file runs a second time, and PostgreSQL's reason. */
export interface RerunFailure {
  statement: Statement;
  reason: string;
}

export interface ReplayResult {
  catalog: Catalog;
  failures: RerunFailure[];
  /** Per file: re-runs cleanly (true), fails (false), or cannot be told (null: statements that did not parse). */
  idempotent: Map<string, boolean | null>;
}

/**
 * Replays the migrations in order into one catalog and, for each file, runs it a second time on a fork of the state
 * it produced: every strict statement that fails there is what breaks a re-run. This is the definition of
 * idempotent, so DROP-then-CREATE pairs, guarded DO blocks and `IF [NOT] EXISTS` need no special cases.
 */
export function replay(migrations: ParsedMigration[], opts: { prismaLayout: boolean }): ReplayResult {
  const catalog = new Catalog();
  if (opts.prismaLayout) {
    // Prisma Migrate creates its bookkeeping table in public before the first migration runs.
    catalog.apply(bookkeepingTable, true);
  }
  const failures: RerunFailure[] = [];
  const idempotent = new Map<string, boolean | null>();
  for (const m of migrations) {
    const steps = executionOrder(m);
    for (const step of steps) {
      if ('node' in step) catalog.apply(step, true);
      else markUncertain(catalog, step);
    }
    const again = catalog.fork();
    const before = failures.length;
    for (const step of steps) {
      if (!('node' in step)) continue;
      const reason = again.apply(step, step.guarded);
      if (reason !== undefined && !step.guarded) failures.push({ statement: step, reason });
    }
    idempotent.set(m.file, failures.length > before ? false : m.problems.length > 0 ? null : true);
  }
  return { catalog, failures, idempotent };
}

/** What runs when the file runs: top-level statements and DO blocks' insides, in file order; not function bodies. */
function executionOrder(m: ParsedMigration): (Statement | UnresolvedExecute)[] {
  const steps: (Statement | UnresolvedExecute)[] = [
    ...m.statements.filter((s) => s.origin !== 'function'),
    ...m.unresolved.filter((u) => u.origin === 'do'),
  ];
  return steps.map((s, i) => [s, i] as const).sort((a, b) => a[0].line - b[0].line || a[1] - b[1]).map(([s]) => s);
}

/** Dynamic SQL we could not resolve: whatever it might touch becomes uncertain, so no finding rests on it. */
function markUncertain(catalog: Catalog, u: UnresolvedExecute): void {
  const text = u.fragments.join(' ').toUpperCase();
  if (/ROW\s+LEVEL\s+SECURITY|POLICY/.test(text)) {
    // `ALTER TABLE public.%I …` names its schema; a bare `%I` may be any table.
    const schemas = u.fragments.flatMap((f) => [...f.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\.(?=%|$)/g)].map((x) => x[1]!.toLowerCase()));
    catalog.markUncertain((t) => schemas.length === 0 || schemas.includes(t.schema));
  }
  if (/CREATE\s+(UNLOGGED\s+)?TABLE|CREATE\s+(OR\s+REPLACE\s+)?(MATERIALIZED\s+)?VIEW/.test(text)) catalog.dynamicTables = true;
}

const bookkeepingTable: Statement = {
  file: '', line: 0, text: '', origin: 'top', guarded: false, dynamic: false,
  node: { CreateStmt: { relation: { schemaname: 'public', relname: '_prisma_migrations', relpersistence: 'p' }, tableElts: [
    { ColumnDef: { colname: 'id', typeName: { names: [{ String: { sval: 'varchar' } }], typmods: [{ A_Const: { ival: { ival: 36 } } }] }, constraints: [{ Constraint: { contype: 'CONSTR_PRIMARY' } }] } },
    { ColumnDef: { colname: 'checksum', typeName: { names: [{ String: { sval: 'varchar' } }], typmods: [{ A_Const: { ival: { ival: 64 } } }] }, constraints: [{ Constraint: { contype: 'CONSTR_NOTNULL' } }] } },
    { ColumnDef: { colname: 'migration_name', typeName: { names: [{ String: { sval: 'varchar' } }], typmods: [{ A_Const: { ival: { ival: 255 } } }] }, constraints: [{ Constraint: { contype: 'CONSTR_NOTNULL' } }] } },
  ] } },
};
