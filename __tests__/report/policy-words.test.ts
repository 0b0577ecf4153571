import { policyWords } from '../../src/report/policy-words.js';
import { policy } from './build.js';

test.each([
  ['own rows through auth.uid(), which the catalog does not list as a helper', policy('p', 'own-rows'), 'own rows via auth.uid() (all commands)'],
  ['the role that classification implies is not repeated', policy('p', 'own-rows', { command: 'update', roles: ['authenticated', 'anon'], helpers: ['auth.uid'] }), 'own rows via auth.uid() (update) for authenticated, anon'],
  ['organisation membership names the helper', policy('p', 'org-membership', { command: 'select', helpers: ['auth.uid', 'public.is_org_member'] }), 'organisation membership via public.is_org_member() (read)'],
  ['public read needs no command', policy('p', 'public-read', { command: 'select', roles: ['public'] }), 'public read'],
  ['unconditional write', policy('p', 'public', { command: 'insert' }), 'anyone, no condition (insert)'],
  ['service role', policy('p', 'service-role', { roles: ['service_role'] }), 'service role only (all commands)'],
  ['signed-in users', policy('p', 'authenticated', { command: 'select', roles: ['authenticated'] }), 'any signed-in user (read)'],
  ['custom names what it calls', policy('p', 'custom', { command: 'delete', helpers: ['private.can_edit'] }), 'custom condition using private.can_edit() (delete)'],
  ['restrictive policies say so', policy('p', 'custom', { permissive: false }), 'restrictive: custom condition (all commands)'],
])('%s', (_, p, words) => {
  expect(policyWords(p)).toBe(words);
});

test('identifiers go through the formatter, the vocabulary does not', () => {
  expect(policyWords(policy('p', 'own-rows', { roles: ['app_user'], helpers: ['auth.uid'] }), (s) => `[${s}]`)).toBe('own rows via [auth.uid()] (all commands) for [app_user]');
});
