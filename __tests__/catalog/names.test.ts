import { Replay } from '../../src/catalog/replay.js';
import { makeObjectName, objectName } from '../../src/catalog/names.js';
import { initParser, parseMigration } from '../../src/parse/sql.js';
import { namesCases } from './names-cases.js';

beforeAll(initParser);

/** What the catalog holds in schema public after the migration: relation names and constraint names. */
function catalogNames(sql: string): { relations: string[]; constraints: string[] } {
  const replay = new Replay({ prismaLayout: false });
  replay.add(parseMigration('m.sql', sql));
  const relations = [...replay.catalog.relations.keys()].filter((k) => k.startsWith('public.')).map((k) => k.slice('public.'.length));
  const constraints = [...replay.catalog.relations.values()].flatMap((r) => (r.kind === 'table' ? [...r.table.constraints.keys()] : []));
  return { relations: relations.sort(), constraints: constraints.sort() };
}

// The cases live in names-cases.ts; names-postgres.test.ts checks each of them against a real PostgreSQL.
test.each(namesCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  expect(catalogNames(c.sql)).toEqual({ relations: c.relations, constraints: c.constraints });
});

test.each([
  ['a short name is kept', () => makeObjectName('users', 'email', 'key'), 'users_email_key'],
  ['the longer part is cut first', () => makeObjectName('t'.repeat(80), 'c', 'key'), `${'t'.repeat(57)}_c_key`],
  ['both parts are cut, evenly', () => makeObjectName('t'.repeat(80), 'c'.repeat(80), 'fkey'), `${'t'.repeat(29)}_${'c'.repeat(28)}_fkey`],
  ['a multi-byte character is never split', () => makeObjectName('é'.repeat(35), undefined, 'pkey'), `${'é'.repeat(29)}_pkey`],
  ['a primary key has no middle part', () => objectName('t'.repeat(63), ['id'], 'pkey'), `${'t'.repeat(58)}_pkey`],
  ['a CHECK over one column is named after it', () => objectName('t', ['a'], 'check'), 't_a_check'],
  ['a CHECK over several columns is not', () => objectName('t', ['a', 'b'], 'check'), 't_check'],
  ['a name in use gets a number on its label, the rest cut to make room', () => objectName('t'.repeat(63), ['c'], 'key', (n) => n.endsWith('_key')), `${'t'.repeat(56)}_c_key1`],
])('%s', (_name, make, expected) => {
  expect(make()).toBe(expected);
});
