import { reachableByClients } from '../catalog/clients.js';
import { quoteIdent } from '../parse/ast.js';
import { defineRule, placeOf } from './define-rule.js';

/** Return types of functions only the database calls: PostgREST cannot call them as RPC. */
const NOT_CALLABLE = new Set(['trigger', 'event_trigger', 'pg_catalog.trigger', 'pg_catalog.event_trigger']);

/** A SECURITY DEFINER function the API roles may execute: any client can call it over RPC with its owner's rights. */
export default defineRule({
  id: 'rpc-security-definer',
  description: 'SECURITY DEFINER function that API clients may call',
  defaultSeverity: 'warning',
  check(ctx) {
    // Policies run their helpers as the querying role: revoking EXECUTE from it breaks the policy.
    const helpers = new Set(ctx.catalog.policyHelpers);
    for (const f of ctx.catalog.functions) {
      if (!f.securityDefiner || f.uncertain || f.procedure || NOT_CALLABLE.has(f.returns ?? '') || !ctx.exposedSchemas.includes(f.schema) || !reachableByClients(f)) continue;
      const name = `${f.schema}.${f.name}`;
      // A GRANT that gave a client the function is where it last became reachable.
      const at = f.grantsAt ?? f.alteredAt ?? f.createdAt;
      const who = f.clients.map((r) => (r === 'public' ? 'PUBLIC (every role)' : r)).join(', ');
      ctx.report({
        object: name,
        ...placeOf(at),
        message: `${name}(${f.args}) is SECURITY DEFINER in the exposed schema ${f.schema} and ${who} may execute it: any client holding the public API key can call it at /rest/v1/rpc/${f.name}, and it runs with its owner's rights, past every row level security policy. ${
          helpers.has(name)
            ? 'Policies call it, so the roles they apply to need EXECUTE (revoking it would make those policies fail): make sure it answers only about the caller (auth.uid()) and reveals nothing else, and say so with an ignore comment.'
            : "If clients should call it, make sure it checks the caller itself and say so with an ignore comment; otherwise revoke EXECUTE from PUBLIC, anon and authenticated (revoking it from PUBLIC alone leaves Supabase's grants to anon and authenticated)."
        }`,
        ...(!helpers.has(name) && { fix: `REVOKE EXECUTE ON FUNCTION ${quoteIdent(f.schema)}.${quoteIdent(f.name)}(${f.args}) FROM PUBLIC, anon, authenticated;` }),
      });
    }
  },
});
