import type { Node } from '@pgsql/types';
import { unwrap } from '../parse/ast.js';
import type { PolicyAllows, PolicyInfo } from '../types.js';
import type { ExpressionFacts } from './policy-expressions.js';

/** Words for what a policy lets through, read from its roles and the facts of its expressions (the report's RLS section). */
export function classifyPolicy(p: { command: PolicyInfo['command']; roles: string[]; exprs: readonly ExpressionFacts[]; helpers: string[] }): PolicyAllows {
  const calls = p.exprs.flatMap((e) => e.calls);
  const spells = (role: string) => p.exprs.some((e) => e.spells.includes(role));
  if (p.roles.length > 0 && p.roles.every((r) => r === 'service_role')) return 'service-role';
  if (spells('service_role') && calls.some((c) => /^auth\.(role|jwt)$/.test(c))) return 'service-role';
  if (p.helpers.some(isMembershipHelper)) return 'org-membership';
  if (calls.includes('auth.uid')) return 'own-rows';
  if (p.exprs.length > 0 && p.exprs.every((e) => e.isTrue)) {
    if (p.roles.length > 0 && p.roles.every((r) => r === 'authenticated')) return 'authenticated';
    return p.command === 'select' ? 'public-read' : 'public';
  }
  if (spells('authenticated') && calls.includes('auth.role')) return 'authenticated';
  return 'custom';
}

/** A helper function whose name says it checks membership of an organisation, team or tenant. */
export function isMembershipHelper(name: string): boolean {
  return /org|team|member|account|workspace|tenant/i.test(name);
}

/** The constant `true` (or a cast of it). */
export function isTrue(expr: Node | undefined): boolean {
  if (!expr) return false;
  if ('A_Const' in expr) return expr.A_Const.boolval?.boolval === true;
  return isTrue(unwrap(expr, 'TypeCast')?.arg);
}
