import { qualified } from '../parse/ast.js';
import type { TableInfo } from '../types.js';
import { defineRule } from './define-rule.js';

/** A table the API exposes without row level security: anyone holding the public anon key reads and writes it. */
export default defineRule({
  id: 'missing-rls',
  description: 'Table in an exposed schema without row level security',
  defaultSeverity: 'error',
  check(ctx) {
    for (const t of ctx.catalog.tables) {
      if (t.rls || t.uncertain || !ctx.exposedSchemas.includes(t.schema)) continue;
      const key = `${t.schema}.${t.name}`;
      const bookkeeping = t.name === '_prisma_migrations' && ctx.layout === 'prisma';
      ctx.report({
        object: key,
        file: t.createdAt?.file || undefined,
        line: t.createdAt?.file ? t.createdAt.line : undefined,
        message: bookkeeping
          ? `Prisma Migrate's bookkeeping table ${key} sits in the exposed schema ${t.schema} without row level security: migration names, checksums and logs are readable through the API. Enable RLS on it (no policy is needed; Prisma connects as the table owner).`
          : `Table ${key} is in the exposed schema ${t.schema} but row level security is not enabled: any client holding the public API key can read and change every row.`,
        fix: bookkeeping ? `ALTER TABLE ${qualified(key)} ENABLE ROW LEVEL SECURITY;` : rlsFix(t),
      });
    }
  },
});

/** ENABLE plus a commented policy template the user adapts: an owner column when the table has one. */
function rlsFix(t: TableInfo): string {
  const table = qualified(`${t.schema}.${t.name}`);
  const owner = t.columns.find((c) => /^(user_id|owner_id|profile_id|account_id|created_by)$/.test(c.name))?.name;
  const template = owner
    ? [`-- DROP POLICY IF EXISTS "Users manage their own rows" ON ${table};`,
       `-- CREATE POLICY "Users manage their own rows" ON ${table}`,
       `--   FOR ALL TO authenticated USING (auth.uid() = ${owner}) WITH CHECK (auth.uid() = ${owner});`]
    : [`-- Then allow what clients need, for example read-only access:`,
       `-- DROP POLICY IF EXISTS "Authenticated users can read" ON ${table};`,
       `-- CREATE POLICY "Authenticated users can read" ON ${table} FOR SELECT TO authenticated USING (true);`];
  return [`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;`, ...template].join('\n');
}
