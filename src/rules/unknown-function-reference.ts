import { defineRule } from './define-rule.js';

/** `.rpc('f')` of a function no applied migration creates fails at run time on every database the migrations build. */
export default defineRule({
  id: 'unknown-function-reference',
  description: 'Code calls a database function (rpc) that no applied migration creates',
  defaultSeverity: 'warning',
  check(ctx) {
    // Dynamic SQL may create functions as well as tables: then none can be called missing.
    if (ctx.applied.length === 0 || ctx.tablesUncertain) return;
    const known = new Set(ctx.catalog.functions.filter((f) => !f.procedure).map((f) => `${f.schema}.${f.name}`));
    for (const ref of ctx.code.references) {
      if (ref.kind !== 'function') continue;
      const schema = ref.schema ?? 'public';
      const key = `${schema}.${ref.name}`;
      if (known.has(key) || ctx.isManagedSchema(schema)) continue;
      ctx.report({
        object: key,
        file: ref.file,
        line: ref.line,
        message: `The code calls ${key} (supabase-js .rpc('${ref.name}')), but no applied migration creates that function. On a database built from the migrations the call fails.`,
      });
    }
  },
});
