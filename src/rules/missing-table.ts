import { quoteIdent } from '../parse/ast.js';
import type { PrismaModel } from '../types.js';
import { defineRule } from './define-rule.js';

/** A model whose table no migration creates: every query through it fails at run time on a database built from the migrations. */
export default defineRule({
  id: 'missing-table',
  description: 'Prisma model whose table or view no migration creates',
  defaultSeverity: 'error',
  check(ctx) {
    if (!ctx.prisma || ctx.tablesUncertain) return;
    const existing = new Set([...ctx.catalog.tables, ...ctx.catalog.views].map((t) => `${t.schema}.${t.name}`));
    for (const m of ctx.prisma.models) {
      const key = `${m.schema}.${m.table}`;
      if (m.ignored || m.isView || ctx.isManagedSchema(m.schema) || existing.has(key)) continue;
      ctx.report({
        object: key,
        file: m.file,
        line: m.line,
        message: m.implicit
          ? `Prisma's implicit many-to-many join table ${key} (relation ${m.name.slice(1)}) is not created by any migration.`
          : `Model ${m.name} maps table ${key}, but no migration creates it: queries through this model fail on a database built from the migrations.`,
        fix: createTableFor(m),
      });
    }
  },
});

const SCALARS: Record<string, string> = {
  String: 'text', Int: 'integer', BigInt: 'bigint', Boolean: 'boolean', DateTime: 'timestamp(3)', Float: 'double precision',
  Decimal: 'decimal(65,30)', Json: 'jsonb', Bytes: 'bytea',
};

/** The table a migration should create for the model, in the idempotent form. */
function createTableFor(m: PrismaModel): string {
  const cols = m.fields.map((f) => {
    const native = f.nativeType ? f.nativeType.replace(/^VarChar/, 'varchar').replace(/^Uuid$/, 'uuid').replace(/^Timestamptz/, 'timestamptz').toLowerCase() : undefined;
    const type = (native ?? SCALARS[f.type] ?? quoteIdent(f.type)) + (f.list ? '[]' : '');
    return `  ${quoteIdent(f.column)} ${type}${f.optional || f.list ? '' : ' NOT NULL'}`;
  });
  const id = m.indexes.find((i) => i.kind === 'id');
  if (id) cols.push(`  PRIMARY KEY (${id.columns.map(quoteIdent).join(', ')})`);
  return `CREATE TABLE IF NOT EXISTS ${quoteIdent(m.schema)}.${quoteIdent(m.table)} (\n${cols.join(',\n')}\n);`;
}
