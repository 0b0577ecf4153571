import { reachableByClients } from '../catalog/clients.js';
import { revokeFromClients } from '../fixes/revoke.js';
import { defineRule, placeOf } from './define-rule.js';

/** A foreign table's rows live on another server and row level security does not apply to it: the API serves them all. */
export default defineRule({
  id: 'foreign-table-in-api',
  description: 'Foreign table readable through the API',
  defaultSeverity: 'warning',
  check(ctx) {
    for (const t of ctx.catalog.tables) {
      if (!t.foreign || !ctx.exposedSchemas.includes(t.schema) || !reachableByClients(t)) continue;
      const key = `${t.schema}.${t.name}`;
      // A GRANT that gave a client the relation is where it last became readable.
      const at = t.grantsAt ?? t.createdAt;
      ctx.report({
        object: key,
        ...placeOf(at),
        message: `Foreign table ${key} is in the exposed schema ${t.schema} and API clients may select from it; row level security does not apply to foreign tables, so they read (and, if the foreign server allows, change) every row of the remote table. Revoke the API roles' privileges on it, or move it to a schema the API does not expose.`,
        fix: revokeFromClients('ALL', key, t.clients),
      });
    }
  },
});
