import { isMembershipHelper } from '../catalog/policy.js';
import type { PolicyInfo } from '../types.js';

const COMMAND: Record<PolicyInfo['command'], string> = {
  all: 'all commands', select: 'read', insert: 'insert', update: 'update', delete: 'delete',
};

// Roles that the classification already names; repeating them would say the same thing twice.
const IMPLIED_ROLES: Partial<Record<PolicyInfo['allows'], string>> = { 'service-role': 'service_role', authenticated: 'authenticated' };

/**
 * What a policy lets through, in words a reviewer checks against intent ("own rows via auth.uid() (all commands)").
 * `name` formats identifiers (the report wraps them in code spans); the rest is fixed vocabulary.
 */
export function policyWords(p: PolicyInfo, name: (identifier: string) => string = (s) => s): string {
  const call = (fn: string) => name(`${fn}()`);
  const userHelpers = p.helpers.filter((h) => !h.startsWith('auth.'));
  let what: string;
  switch (p.allows) {
    case 'own-rows':
      // The catalog classifies a policy as own-rows only when it compares a column with auth.uid().
      what = `own rows via ${call('auth.uid')}`;
      break;
    case 'org-membership': {
      const via = userHelpers.find(isMembershipHelper) ?? userHelpers[0];
      what = via ? `organisation membership via ${call(via)}` : 'organisation membership';
      break;
    }
    case 'public-read':
      what = 'public read';
      break;
    case 'public':
      what = 'anyone, no condition';
      break;
    case 'service-role':
      what = 'service role only';
      break;
    case 'authenticated':
      what = 'any signed-in user';
      break;
    case 'custom':
      what = p.helpers.length ? `custom condition using ${p.helpers.map(call).join(', ')}` : 'custom condition';
      break;
  }
  const command = p.allows === 'public-read' && p.command === 'select' ? '' : ` (${COMMAND[p.command]})`;
  const roles = p.roles.filter((r) => r !== 'public' && r !== IMPLIED_ROLES[p.allows]);
  const to = roles.length ? ` for ${roles.map(name).join(', ')}` : '';
  return `${p.permissive ? '' : 'restrictive: '}${what}${command}${to}`;
}
