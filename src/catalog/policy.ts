import type { Node } from '@pgsql/types';
import { unwrap, visit } from '../parse/ast.js';
import type { PolicyAllows, PolicyInfo } from '../types.js';

/** Words for what a policy lets through, read from its roles and expressions (the report's RLS section). */
export function classifyPolicy(p: { command: PolicyInfo['command']; roles: string[]; qual: Node | undefined; withCheck: Node | undefined; calls: string[]; helpers: string[] }): PolicyAllows {
  const exprs = [p.qual, p.withCheck].filter((e): e is Node => e !== undefined);
  const calls = p.calls;
  const strings = stringsIn(exprs);
  if (p.roles.length > 0 && p.roles.every((r) => r === 'service_role')) return 'service-role';
  if (strings.has('service_role') && calls.some((c) => /^auth\.(role|jwt)$/.test(c))) return 'service-role';
  if (p.helpers.some(isMembershipHelper)) return 'org-membership';
  if (calls.includes('auth.uid')) return 'own-rows';
  if (exprs.length > 0 && exprs.every(isTrue)) {
    if (p.roles.length > 0 && p.roles.every((r) => r === 'authenticated')) return 'authenticated';
    return p.command === 'select' ? 'public-read' : 'public';
  }
  if (strings.has('authenticated') && calls.includes('auth.role')) return 'authenticated';
  return 'custom';
}

/** A helper function whose name says it checks membership of an organisation, team or tenant. */
export function isMembershipHelper(name: string): boolean {
  return /org|team|member|account|workspace|tenant/i.test(name);
}

/** Every string the expressions spell: literals and names alike (`'service_role'`, a column called so). */
function stringsIn(exprs: Node[]): Set<string> {
  const out = new Set<string>();
  visit(exprs, {
    String: (s) => void (s.sval !== undefined && out.add(s.sval)),
    A_Const: (c) => void (c.sval?.sval !== undefined && out.add(c.sval.sval)),
  });
  return out;
}

/** The constant `true` (or a cast of it). */
export function isTrue(expr: Node | undefined): boolean {
  if (!expr) return false;
  if ('A_Const' in expr) return expr.A_Const.boolval?.boolval === true;
  return isTrue(unwrap(expr, 'TypeCast')?.arg);
}
