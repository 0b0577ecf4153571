import { indexEnforcing, prismaIndexes } from '../catalog/prisma-match.js';
import { defineRule, PerTable } from './define-rule.js';

/** Per table, what the rule reported about it and the model mapping it. */
const perTable = new PerTable();

/** What the model declares, and what a migration would have to create for it. */
const DECLARED = {
  id: { what: 'a primary key (@id / @@id)', needs: 'a primary key on these columns', harm: 'the table lacks the key Prisma identifies its rows by' },
  unique: { what: 'a unique key (@unique / @@unique)', needs: 'a unique index or constraint on these columns', harm: 'duplicates can be written, though findUnique and upsert assume there are none' },
  index: { what: 'an index (@@index)', needs: 'an index on these columns in this order', harm: 'the queries it was declared for scan the table' },
} as const;

/**
 * An index or key the Prisma schema declares that no migration creates: Prisma's queries count on it (a key keeps
 * rows unique and `findUnique` relies on it), yet a database built from the migrations lacks it.
 */
export default defineRule({
  id: 'prisma-index-missing',
  description: 'Prisma @@index / @@unique / @unique / @@id that no migration creates',
  defaultSeverity: 'warning',
  check(ctx) {
    if (!ctx.prisma) return;
    const tables = new Map(ctx.catalog.tables.map((t) => [`${t.schema}.${t.name}`, t]));
    for (const m of ctx.prisma.models) {
      const key = `${m.schema}.${m.table}`;
      const t = tables.get(key);
      if (!t || m.ignored || m.isView || t.uncertain) continue;
      perTable.check(t, ctx.report, (report) => {
        for (const idx of prismaIndexes(m)) {
          // No columns: the parser did not read the attribute's field list (`@@index(orgId)`), so nothing can be compared.
          if (idx.columns.length === 0 || indexEnforcing(t, idx.kind, idx.columns)) continue;
          const d = DECLARED[idx.kind];
          report({
            object: key,
            file: m.file,
            line: idx.line,
            message: `Model ${m.name} declares ${d.what} on ${key} (${idx.columns.join(', ')}), but no migration creates ${d.needs}: on a database built from the migrations, ${d.harm}.`,
          });
        }
      }, [m]);
    }
  },
});
