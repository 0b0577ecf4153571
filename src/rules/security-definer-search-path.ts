import { pinSearchPath } from '../fixes/search-path.js';
import { lacksSearchPath } from '../report/facts.js';
import { defineRule, placeOf } from './define-rule.js';

/** A SECURITY DEFINER function resolves its names on the caller's search_path, which the caller controls. */
export default defineRule({
  id: 'security-definer-search-path',
  description: 'SECURITY DEFINER function without SET search_path',
  defaultSeverity: 'warning',
  check(ctx) {
    for (const f of ctx.catalog.functions) {
      if (!lacksSearchPath(f) || f.uncertain) continue;
      const at = f.alteredAt ?? f.createdAt;
      const name = `${f.schema}.${f.name}`;
      ctx.report({
        object: name,
        ...placeOf(at),
        message: `${name}(${f.args}) is SECURITY DEFINER and does not set search_path: it runs with its owner's rights but looks up the tables and functions it names on the caller's search_path, so a caller who can create objects in a schema on that path (or a temporary table) can make it run their code as the owner.`,
        fix: pinSearchPath(f),
      });
    }
  },
});
