import type { IndexInfo } from '../types.js';
import { qualified } from '../parse/ast.js';
import { defineRule, PerTable, placeOf } from './define-rule.js';

/** The index to keep first: a constraint's (dropping it drops the constraint), then the one made earliest. */
function keepFirst(a: IndexInfo, b: IndexInfo): number {
  if (a.constraint !== b.constraint) return a.constraint ? -1 : 1;
  const at = (i: IndexInfo) => `${i.createdAt?.file ?? ''}\0${String(i.createdAt?.line ?? 0).padStart(9, '0')}`;
  return at(a).localeCompare(at(b)) || a.name.localeCompare(b.name);
}

/** Per table, what the rule reported about it. */
const perTable = new PerTable();

/**
 * Two indexes PostgreSQL builds alike (splinter's `duplicate_index`): every write maintains both, both take space,
 * and the planner gains nothing from the second.
 */
export default defineRule({
  id: 'duplicate-index',
  description: 'Index identical to another index of the same table',
  defaultSeverity: 'warning',
  check(ctx) {
    for (const t of ctx.catalog.tables) {
      if (t.uncertain) continue;
      perTable.check(t, ctx.report, (report) => {
        const groups = new Map<string, IndexInfo[]>();
        for (const i of t.indexes) {
          if (i.shape === undefined) continue;
          const k = `${i.unique}|${i.shape}`;
          groups.set(k, [...(groups.get(k) ?? []), i]);
        }
        for (const group of groups.values()) {
          const [kept, ...duplicates] = group.sort(keepFirst);
          for (const d of duplicates) {
            const key = `${t.schema}.${d.name}`;
            report({
              object: key,
              ...placeOf(d.createdAt),
              message: d.constraint
                ? `Constraints ${kept!.name} and ${d.name} of ${t.schema}.${t.name} both build a unique index on (${d.columns.join(', ')}): every write maintains both and queries gain nothing from the second. Drop one of the constraints (a UNIQUE on the primary key's columns adds nothing).`
                : `Index ${key} on ${t.schema}.${t.name} (${d.columns.join(', ')}) is identical to ${kept!.constraint ? 'the index of constraint ' : ''}${kept!.name}: every write maintains both and queries gain nothing from the second.`,
              ...(!d.constraint && { fix: `DROP INDEX IF EXISTS ${qualified(key)};` }),
            });
          }
        }
      });
    }
  },
});
