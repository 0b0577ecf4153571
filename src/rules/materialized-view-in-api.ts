import { reachableByClients } from '../catalog/clients.js';
import { revokeFromClients } from '../fixes/revoke.js';
import { defineRule, placeOf } from './define-rule.js';

/** A materialized view stores its rows: no row level security applies to it, so the API serves every row. */
export default defineRule({
  id: 'materialized-view-in-api',
  description: 'Materialized view readable through the API',
  defaultSeverity: 'warning',
  check(ctx) {
    for (const v of ctx.catalog.views) {
      if (!v.materialized || !ctx.exposedSchemas.includes(v.schema) || !reachableByClients(v)) continue;
      const key = `${v.schema}.${v.name}`;
      // A GRANT that gave a client the relation is where it last became readable.
      const at = v.grantsAt ?? v.createdAt;
      ctx.report({
        object: key,
        ...placeOf(at),
        message: `Materialized view ${key} is in the exposed schema ${v.schema} and API clients may select from it; row level security cannot apply to a materialized view, so they read every row it holds, whatever the RLS of the tables it was built from. Revoke SELECT from the API roles (and read it from the server, or through a function that checks the caller), or move it out of the exposed schema.`,
        fix: revokeFromClients('SELECT', key, v.clients),
      });
    }
  },
});
