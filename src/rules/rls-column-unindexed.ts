import type { Loc } from '../types.js';
import { createIndexFix, hasLeadingIndex } from '../catalog/index-cover.js';
import { defineRule, placeOf } from './define-rule.js';

/**
 * A column a policy filters every row on (compared with `auth.uid()`, or passed to a membership helper) that no index
 * leads with: each query the policy guards scans the whole table to find the caller's rows.
 */
export default defineRule({
  id: 'rls-column-unindexed',
  description: 'Column a policy compares with auth.uid() or a membership check has no index',
  defaultSeverity: 'notice',
  check(ctx) {
    for (const t of ctx.catalog.tables) {
      if (!t.rls || t.uncertain || t.partitionOf) continue;
      const key = `${t.schema}.${t.name}`;
      const firstUse = new Map<string, { policy: string; via: string; at?: Loc }>();
      for (const p of t.policies) for (const { column, via } of p.keyColumns ?? []) if (!firstUse.has(column)) firstUse.set(column, { policy: p.name, via, at: p.createdAt });
      for (const [column, { policy, via, at }] of firstUse) {
        if (!t.columns.some((c) => c.name === column) || hasLeadingIndex(t, [column])) continue;
        ctx.report({
          object: `${key}.${column}`,
          ...placeOf(at),
          message: via === 'auth.uid'
            ? `Policy "${policy}" on ${key} compares ${column} with auth.uid(), and no index starts with ${column}: every query the policy guards scans the whole table to find the caller's rows.`
            : `Policy "${policy}" on ${key} checks each row's ${column} with ${via}(), and no index starts with ${column}: queries that select rows by ${column}, as clients of such a table do, scan the whole table.`,
          fix: createIndexFix(ctx.catalog, t, [column]),
        });
      }
    }
  },
});
