import { createIndexFix, hasLeadingIndex } from '../catalog/index-cover.js';
import { defineRule, placeOf } from './define-rule.js';

/**
 * A foreign key no index leads with: every delete or key update of a referenced row scans the referencing table, and
 * joins along the key cannot use an index (splinter's `unindexed_foreign_keys`).
 */
export default defineRule({
  id: 'unindexed-foreign-key',
  description: 'Foreign key whose columns no index leads with',
  defaultSeverity: 'notice',
  check(ctx) {
    for (const t of ctx.catalog.tables) {
      // A partition's indexes may come from its parent's, which the replay keeps on the parent.
      if (t.uncertain || t.partitionOf) continue;
      for (const fk of t.foreignKeys) {
        if (fk.columns.length === 0 || hasLeadingIndex(t, fk.columns)) continue;
        const key = `${t.schema}.${t.name}`;
        const at = fk.createdAt ?? t.createdAt;
        const cols = fk.columns.join(', ');
        ctx.report({
          object: `${key}.${fk.columns.join(',')}`,
          ...placeOf(at),
          message: `The foreign key ${fk.name ? `${fk.name} ` : ''}of ${key} (${cols}) → ${fk.refTable} has no index that starts with ${fk.columns.length > 1 ? 'its columns' : cols}: each delete or key update in ${fk.refTable} scans ${key} for referencing rows, and joins on the key cannot use an index.`,
          fix: createIndexFix(ctx.catalog, t, fk.columns),
        });
      }
    }
  },
});
