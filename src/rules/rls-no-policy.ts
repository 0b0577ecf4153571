import { qualified } from '../parse/ast.js';
import { defineRule, placeOf } from './define-rule.js';

/** RLS on and no policy: the table is closed to every client role; often deliberate, sometimes a forgotten policy. */
export default defineRule({
  id: 'rls-no-policy',
  description: 'Row level security is enabled but the table has no policy',
  defaultSeverity: 'notice',
  check(ctx) {
    for (const t of ctx.catalog.tables) {
      if (!t.rls || t.policies.length > 0 || t.uncertain) continue;
      const key = `${t.schema}.${t.name}`;
      const at = t.rlsAt ?? t.createdAt;
      ctx.report({
        object: key,
        ...placeOf(at),
        message: `Row level security is enabled on ${key} but no policy exists: the table is service-role only (the service role bypasses RLS); anon and authenticated clients see no rows and cannot write. If that is intended, say so with an ignore comment.`,
        fix: [
          `-- If clients should reach ${key}, add a policy, for example:`,
          `DROP POLICY IF EXISTS "Authenticated users can read" ON ${qualified(key)};`,
          `CREATE POLICY "Authenticated users can read" ON ${qualified(key)} FOR SELECT TO authenticated USING (true);`,
        ].join('\n'),
      });
    }
  },
});
