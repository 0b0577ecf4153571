import { reachableByClients } from '../catalog/clients.js';
import { qualified } from '../parse/ast.js';
import type { Loc, ViewInfo } from '../types.js';
import { defineRule, placeOf } from './define-rule.js';

/** Where a view last became what the rule reports: a GRANT that made it readable, its options' last change, else its creation. */
function where(v: ViewInfo): Partial<Loc> {
  return placeOf(v.grantsAt ?? v.optionsAt ?? v.createdAt);
}

/** A view runs its query with its owner's rights unless security_invoker is on: the RLS of the tables it reads is bypassed. */
export default defineRule({
  id: 'security-definer-view',
  description: 'View in an exposed schema without security_invoker',
  defaultSeverity: 'error',
  check(ctx) {
    for (const v of ctx.catalog.views) {
      if (v.materialized || v.securityInvoker || !ctx.exposedSchemas.includes(v.schema) || !reachableByClients(v)) continue;
      const key = `${v.schema}.${v.name}`;
      ctx.report({
        object: key,
        ...where(v),
        message: `View ${key} is in the exposed schema ${v.schema} without security_invoker: it reads its tables with its owner's rights, so their row level security does not apply and any client allowed to select from the view sees every row it returns. If the view must read what its callers may not (auth.users, say), revoke SELECT on it from anon and authenticated, or move it out of the exposed schema, instead.`,
        fix: `ALTER VIEW ${qualified(key)} SET (security_invoker = true);`,
      });
    }
  },
});
