import type { PolicyAllows, PolicyInfo } from '../types.js';
import { kindOf } from '../parse/ast.js';

/** Words for what a policy lets through, read from its roles and expressions (the report's RLS section). */
export function classifyPolicy(p: { command: PolicyInfo['command']; roles: string[]; qual: unknown; withCheck: unknown; calls: string[]; helpers: string[] }): PolicyAllows {
  const exprs = [p.qual, p.withCheck].filter(Boolean);
  const calls = p.calls;
  const text = JSON.stringify(exprs);
  if (p.roles.length > 0 && p.roles.every((r) => r === 'service_role')) return 'service-role';
  if (/"sval":"service_role"/.test(text) && calls.some((c) => /^auth\.(role|jwt)$/.test(c))) return 'service-role';
  if (p.helpers.some(isMembershipHelper)) return 'org-membership';
  if (calls.includes('auth.uid')) return 'own-rows';
  if (exprs.length > 0 && exprs.every(isTrue)) {
    if (p.roles.length > 0 && p.roles.every((r) => r === 'authenticated')) return 'authenticated';
    return p.command === 'select' ? 'public-read' : 'public';
  }
  if (/"sval":"authenticated"/.test(text) && calls.includes('auth.role')) return 'authenticated';
  return 'custom';
}

/** A helper function whose name says it checks membership of an organisation, team or tenant. */
export function isMembershipHelper(name: string): boolean {
  return /org|team|member|account|workspace|tenant/i.test(name);
}

function isTrue(expr: unknown): boolean {
  if (!expr || typeof expr !== 'object') return false;
  const node = expr as Record<string, any>;
  const k = kindOf(node);
  if (k === 'A_Const') return node.A_Const.boolval?.boolval === true;
  if (k === 'TypeCast') return isTrue(node.TypeCast.arg);
  return false;
}
