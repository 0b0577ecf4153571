import { columnDrift } from '../catalog/prisma-match.js';
import { defineRule } from './define-rule.js';

/**
 * A model field whose column the migrations do not create, or create with another type: Prisma's queries name the
 * column and bind values of the field's type, so they fail or convert on a database built from the migrations.
 */
export default defineRule({
  id: 'prisma-column-drift',
  description: 'Prisma field whose column is missing from its table or has another type',
  defaultSeverity: 'warning',
  check(ctx) {
    if (!ctx.prisma) return;
    const tables = new Map(ctx.catalog.tables.map((t) => [`${t.schema}.${t.name}`, t]));
    const enumNames = new Set(ctx.catalog.enums.map((e) => e.name));
    for (const m of ctx.prisma.models) {
      const key = `${m.schema}.${m.table}`;
      const t = tables.get(key);
      // No columns: a table made from a query (CREATE TABLE AS), whose columns the replay does not know.
      if (!t || m.ignored || m.isView || t.uncertain || t.columns.length === 0) continue;
      const drift = columnDrift(t, m, ctx.prisma, enumNames);
      for (const column of drift.onlyInModel) {
        const f = m.fields.find((x) => x.column === column)!;
        ctx.report({
          object: `${key}.${column}`,
          file: m.file,
          line: f.line,
          message: `Field ${m.name}.${f.name} maps column ${column}, which the migrations never create in ${key}: every query that reads or writes the model fails with "column does not exist".`,
        });
      }
      for (const { field: f, actual, expected } of drift.otherType) {
        ctx.report({
          object: `${key}.${f.column}`,
          file: m.file,
          line: f.line,
          message: `Field ${m.name}.${f.name} (${f.type}${f.list ? '[]' : ''}${f.nativeType ? ` @db.${f.nativeType}` : ''}) maps to a ${expected} column, but the migrations make ${key}.${f.column} ${actual}: Prisma binds and reads values of the wrong type, and the next prisma migrate diff alters the column.`,
        });
      }
    }
  },
});
