import type { Loc, PolicyInfo } from '../types.js';
import { defineRule, PerTable, placeOf } from './define-rule.js';

const COMMANDS = ['select', 'insert', 'update', 'delete'] as const;
/** Roles with BYPASSRLS on Supabase: no policy is evaluated for them. */
const BYPASS = new Set(['service_role', 'postgres', 'supabase_admin']);

const forEveryone = (p: PolicyInfo): boolean => p.roles.length === 0 || p.roles.includes('public');

/** Per table, what the rule reported about it. */
const perTable = new PerTable();

/**
 * Several permissive policies for one role and command (splinter's `multiple_permissive_policies`): PostgreSQL ORs
 * them, so it evaluates every one of them for every row; one policy with the conditions ORed costs less.
 */
export default defineRule({
  id: 'multiple-permissive-policies',
  description: 'More than one permissive policy for the same role and command on a table',
  defaultSeverity: 'notice',
  check(ctx) {
    for (const t of ctx.catalog.tables) {
      if (!t.rls || t.uncertain) continue;
      perTable.check(t, ctx.report, (report) => {
        const key = `${t.schema}.${t.name}`;
        // Commands whose roles meet the same policies are one finding: a second FOR ALL policy is one problem, not four.
        const byOverlap = new Map<string, { commands: string[]; last?: Loc }>();
        for (const command of COMMANDS) {
          const applying = t.policies.filter((p) => p.permissive && (p.command === command || p.command === 'all'));
          // A policy TO public applies to every role, so also to each role named by another policy.
          const everyone = applying.filter(forEveryone);
          const named = [...new Set(applying.flatMap((p) => (forEveryone(p) ? [] : p.roles)))].filter((r) => !BYPASS.has(r)).sort();
          const candidates: [string, PolicyInfo[]][] = [
            ['every role', everyone],
            ...named.map((r): [string, PolicyInfo[]] => [r, applying.filter((p) => forEveryone(p) || p.roles.includes(r))]),
          ];
          const crowded = candidates.filter(([role, policies]) => policies.length > 1 && (role === 'every role' || policies.length > everyone.length));
          if (crowded.length === 0) continue;
          const each = crowded.map(([role, policies]) => `${role}: ${policies.map((p) => `"${p.name}"`).join(', ')}`).join('; ');
          // The table lists its policies in the order the migrations made them: the last one made the overlap.
          const last = applying.filter((p) => crowded.some(([, policies]) => policies.includes(p))).at(-1)?.createdAt;
          const entry = byOverlap.get(each) ?? { commands: [], last };
          entry.commands.push(command.toUpperCase());
          byOverlap.set(each, entry);
        }
        for (const [each, { commands, last }] of byOverlap) {
          report({
            object: key,
            ...placeOf(last),
            message: `Several permissive policies apply to ${commands.join(', ')} on ${key} (${each}): PostgreSQL evaluates each of them for every row; one policy whose conditions are ORed costs less.`,
          });
        }
      });
    }
  },
});
