import { defineRule, PerTable, placeOf } from './define-rule.js';

/** Per table, what the rule reported about it. */
const perTable = new PerTable();

/**
 * `auth.uid()` and its kin called in a policy outside `(select …)` (splinter's `auth_rls_initplan`): PostgreSQL calls
 * them again for every row the policy checks, where a scalar subquery is run once per statement as an InitPlan.
 */
export default defineRule({
  id: 'auth-rls-initplan',
  description: 'Policy calls auth.uid(), auth.jwt(), auth.role(), auth.email() or current_setting() once per row',
  defaultSeverity: 'warning',
  check(ctx) {
    for (const t of ctx.catalog.tables) {
      if (!t.rls) continue;
      perTable.check(t, ctx.report, (report) => {
        const key = `${t.schema}.${t.name}`;
        for (const p of t.policies) {
          const calls = [...new Set(p.perRowCalls ?? [])];
          if (calls.length === 0) continue;
          const listed = calls.map((c) => `${c}()`).join(', ');
          report({
            object: key,
            ...placeOf(p.createdAt),
            message: `Policy "${p.name}" on ${key} calls ${listed} for every row it checks, which slows scans of large tables. Written as ${calls.map((c) => `(select ${c}(${c === 'current_setting' ? '…' : ''}))`).join(', ')}, each runs once per statement.`,
          });
        }
      });
    }
  },
});
