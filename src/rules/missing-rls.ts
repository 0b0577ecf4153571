import { enableRls } from '../fixes/rls.js';
import { qualified } from '../parse/ast.js';
import { defineRule, PerTable, placeOf } from './define-rule.js';

/** Per table, what the rule reported about it. */
const perTable = new PerTable();

/** A table the API exposes without row level security: anyone holding the public anon key reads and writes it. */
export default defineRule({
  id: 'missing-rls',
  description: 'Table in an exposed schema without row level security',
  defaultSeverity: 'error',
  check(ctx) {
    const layout = ctx.layout;
    // What the findings depend on besides the table, made once for every table.
    const depends = [layout];
    for (const t of ctx.catalog.tables) {
      // Row level security does not apply to a foreign table: PostgreSQL refuses to enable it there.
      if (t.rls || t.uncertain || t.foreign || !ctx.exposedSchemas.includes(t.schema)) continue;
      perTable.check(t, ctx.report, (report) => {
        const key = `${t.schema}.${t.name}`;
        const bookkeeping = t.name === '_prisma_migrations' && layout === 'prisma';
        report({
          object: key,
          ...placeOf(t.createdAt),
          message: bookkeeping
            ? `Prisma Migrate's bookkeeping table ${key} sits in the exposed schema ${t.schema} without row level security: migration names, checksums and logs are readable through the API. Enable RLS on it (no policy is needed; Prisma connects as the table owner).`
            : `Table ${key} is in the exposed schema ${t.schema} but row level security is not enabled: any client holding the public API key can read and change every row.`,
          fix: bookkeeping ? `ALTER TABLE ${qualified(key)} ENABLE ROW LEVEL SECURITY;` : enableRls(key, t.columns.map((c) => c.name)),
        });
      }, depends);
    }
  },
});
