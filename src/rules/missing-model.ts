import { modelContext, prismaModelFromTable } from '../fixes/prisma-model.js';
import { defineRule, placeOf } from './define-rule.js';

/** A table the migrations create that Prisma does not know: the app cannot query it type-safely, and `prisma db pull` would rewrite the schema. */
export default defineRule({
  id: 'missing-model',
  description: 'Table created by the migrations that no Prisma model maps',
  defaultSeverity: 'warning',
  check(ctx) {
    const prisma = ctx.prisma;
    if (!prisma || prisma.models.length === 0) return;
    const mapped = new Set(prisma.models.filter((m) => !m.isView).map((m) => `${m.schema}.${m.table}`));
    const schemas = new Set(prisma.models.map((m) => m.schema));
    const context = ctx.showsFixes ? modelContext(ctx.catalog, prisma) : undefined;
    for (const t of ctx.catalog.tables) {
      const key = `${t.schema}.${t.name}`;
      if (!schemas.has(t.schema) || mapped.has(key) || t.name === '_prisma_migrations') continue;
      ctx.report({
        object: key,
        ...placeOf(t.createdAt),
        message: t.partitionOf
          ? `Table ${key} (a partition of ${t.partitionOf}) is created by the migrations but no Prisma model maps it.`
          : `Table ${key} is created by the migrations but no Prisma model maps it (no model with @@map("${t.name}")${t.schema === 'public' ? '' : ` and @@schema("${t.schema}")`}).`,
        ...(context && { fix: prismaModelFromTable(t, context) }),
      });
    }
  },
});
