import { qualified } from '../parse/ast.js';

/**
 * ENABLE ROW LEVEL SECURITY plus a commented policy template the user adapts: rows owned through an owner column when
 * the table has one (`(select auth.uid())`, evaluated once per query, not per row: see auth-rls-initplan), else read
 * access for signed-in users. `table` is `schema.name`.
 */
export function enableRls(table: string, columns: string[]): string {
  const name = qualified(table);
  const owner = columns.find((c) => /^(user_id|owner_id|profile_id|account_id|created_by)$/.test(c));
  const template = owner
    ? [`-- DROP POLICY IF EXISTS "Users manage their own rows" ON ${name};`,
       `-- CREATE POLICY "Users manage their own rows" ON ${name}`,
       `--   FOR ALL TO authenticated USING ((select auth.uid()) = ${owner}) WITH CHECK ((select auth.uid()) = ${owner});`]
    : [`-- Then allow what clients need, for example read-only access:`,
       `-- DROP POLICY IF EXISTS "Authenticated users can read" ON ${name};`,
       `-- CREATE POLICY "Authenticated users can read" ON ${name} FOR SELECT TO authenticated USING (true);`];
  return [`ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY;`, ...template].join('\n');
}
