import { CLIENT_ROLES } from '../catalog/clients.js';
import type { PolicyInfo } from '../types.js';
import { defineRule, PerTable, placeOf } from './define-rule.js';

/** Which always-true clause lets a client write any row, if one does (a SELECT reading every row is a deliberate public read). */
function unrestricted(p: PolicyInfo): string | undefined {
  if (!p.permissive || p.command === 'select') return undefined;
  // A policy without TO is for PUBLIC.
  if (p.roles.length > 0 && !p.roles.some((r) => CLIENT_ROLES.has(r))) return undefined;
  // INSERT has no USING; UPDATE, DELETE and ALL check existing rows with it. Without WITH CHECK, UPDATE and ALL check new rows with USING.
  const using = p.usingTrue && p.command !== 'insert';
  const check = p.checkTrue && p.command !== 'delete';
  if (using && check) return 'USING (true) and WITH CHECK (true)';
  return using ? 'USING (true)' : check ? 'WITH CHECK (true)' : undefined;
}

/** Per table, what the rule reported about it. */
const perTable = new PerTable();

/** A write policy whose expression is the constant true: row level security lets every client change every row. */
export default defineRule({
  id: 'policy-always-true',
  description: 'Policy lets API clients write every row (USING / WITH CHECK true)',
  defaultSeverity: 'warning',
  check(ctx) {
    for (const t of ctx.catalog.tables) {
      // Reported with RLS off too: the policy is what RLS will apply once enabled (and a fix enabling RLS must not
      // look as if it raised this).
      if (t.uncertain) continue;
      perTable.check(t, ctx.report, (report) => {
        const key = `${t.schema}.${t.name}`;
        for (const p of t.policies) {
          const clause = unrestricted(p);
          if (!clause) continue;
          const roles = p.roles.length > 0 ? p.roles.join(', ') : 'public';
          report({
            object: key,
            ...placeOf(p.createdAt),
            message: `Policy "${p.name}" on ${key} is ${p.command === 'all' ? 'FOR ALL' : `FOR ${p.command.toUpperCase()}`} TO ${roles} with ${clause}: every ${roles === 'public' ? 'role' : `${roles} client`} may ${verb(p.command)} any row, so row level security protects nothing for these commands. Restrict it to the rows the caller owns (auth.uid() = owner column, say), or to service_role if only the server should write.`,
          });
        }
      });
    }
  },
});

function verb(command: PolicyInfo['command']): string {
  return { all: 'read, insert, update and delete', insert: 'insert', update: 'update', delete: 'delete', select: 'read' }[command];
}
