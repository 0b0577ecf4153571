import { qualified } from '../parse/ast.js';
import { defineRule, PerTable, placeOf } from './define-rule.js';

/** Per table, what the rule reported about it. */
const perTable = new PerTable();

/** Policies on a table whose row level security is off: PostgreSQL ignores them, so they protect nothing. */
export default defineRule({
  id: 'rls-disabled-with-policy',
  description: 'Table has policies but row level security is not enabled',
  defaultSeverity: 'error',
  check(ctx) {
    for (const t of ctx.catalog.tables) {
      if (t.rls || t.foreign || t.uncertain || t.policies.length === 0) continue;
      perTable.check(t, ctx.report, (report) => {
        const key = `${t.schema}.${t.name}`;
        // Off since it was disabled, or since the table was made.
        const at = t.rlsAt ?? t.createdAt;
        const names = t.policies.map((p) => `"${p.name}"`).join(', ');
        report({
          object: key,
          ...placeOf(at),
          message: `${key} has ${t.policies.length === 1 ? 'the policy' : 'the policies'} ${names} but row level security is not enabled on it, so PostgreSQL ignores them: whoever may use the table reads and writes every row, whatever the policies say. Enabling row level security puts exactly these policies in force.`,
          fix: `ALTER TABLE ${qualified(key)} ENABLE ROW LEVEL SECURITY;`,
        });
      });
    }
  },
});
