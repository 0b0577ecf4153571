import { createTableFor } from '../fixes/create-table.js';
import { defineRule } from './define-rule.js';

/** A model whose table no migration creates: every query through it fails at run time on a database built from the migrations. */
export default defineRule({
  id: 'missing-table',
  description: 'Prisma model whose table or view no migration creates',
  defaultSeverity: 'error',
  check(ctx) {
    if (!ctx.prisma || ctx.tablesUncertain) return;
    const existing = new Set([...ctx.catalog.tables, ...ctx.catalog.views].map((t) => `${t.schema}.${t.name}`));
    const tableContext = {
      schema: ctx.prisma, catalog: ctx.catalog, isManagedSchema: ctx.isManagedSchema,
      needsRls: (schema: string) => ctx.usesRls && ctx.exposedSchemas.includes(schema),
    };
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
        fix: createTableFor(m, tableContext),
      });
    }
  },
});
