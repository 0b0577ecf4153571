import { qualified, quoteIdent } from '../../src/parse/ast.js';

test.each([
  ['users', 'users'],
  ['User', '"User"'],
  ['select', '"select"'],
  ['int', '"int"'],
  ['left', '"left"'],
  ['name', 'name'],
  ['a"b', '"a""b"'],
  ['2fa', '"2fa"'],
])('quoteIdent(%s) is %s, as PostgreSQL quote_ident', (name, quoted) => {
  expect(quoteIdent(name)).toBe(quoted);
});

test('qualified names quote each part on its own', () => {
  expect(qualified('public.User')).toBe('public."User"');
  expect(qualified('My Schema.order')).toBe('"My Schema"."order"');
});
