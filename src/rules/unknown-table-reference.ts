import { defineRule } from './define-rule.js';

/**
 * Code that queries a table or view no applied migration creates fails at run time (PostgREST: `relation … does not
 * exist`, or a 404 from the API) on every database built from the migrations.
 */
export default defineRule({
  id: 'unknown-table-reference',
  description: 'Code queries a table or view that no applied migration creates',
  defaultSeverity: 'warning',
  check(ctx) {
    // With no migrations there is nothing to hold the code against; with dynamic SQL, any table may exist.
    if (ctx.applied.length === 0 || ctx.tablesUncertain) return;
    const known = new Set([...ctx.catalog.tables, ...ctx.catalog.views].map((r) => `${r.schema}.${r.name}`));
    for (const ref of ctx.code.references) {
      if (ref.kind !== 'table') continue;
      const schema = ref.schema ?? 'public';
      const key = `${schema}.${ref.name}`;
      if (known.has(key) || ctx.isManagedSchema(schema)) continue;
      const skippedIn = ctx.skippedRelations.get(key);
      ctx.report({
        object: key,
        file: ref.file,
        line: ref.line,
        message: `The code queries ${key} (supabase-js .from('${ref.name}')), but no applied migration creates that table or view${
          skippedIn ? `: only ${skippedIn} does, and that file is never applied (see migration-skipped)` : ''
        }. On a database built from the migrations the query fails.`,
      });
    }
  },
});
