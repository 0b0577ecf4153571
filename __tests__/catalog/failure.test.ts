import { duplicateObject, duplicateTable, inCall, isCaught, postgresWords } from '../../src/catalog/failure.js';
import type { Statement } from '../../src/types.js';

const exists = duplicateTable('relation "t" already exists');

test.each([
  ['its condition name', ['duplicate_table'], true],
  ['its SQLSTATE, as PL/pgSQL lower-cases it', ['42p07'], true],
  ['others', ['others'], true],
  ['another condition of the same class', ['duplicate_object'], false],
  ['no handler', [], false],
])('an EXCEPTION handler naming %s', (_name, catches, caught) => {
  expect(isCaught(exists, catches)).toBe(caught);
});

test('a failure inside a called function keeps its condition, names the function and the body’s statement that fails', () => {
  const inner: Statement = { file: 'm.sql', line: 3, text: "CREATE TYPE s AS ENUM ('a')", node: { CreateEnumStmt: {} }, origin: 'function', guarded: false };
  expect(inCall('public.setup', duplicateObject('type "s" already exists'), inner)).toEqual({
    sqlstate: '42710', condition: 'duplicate_object', message: 'public.setup() fails: type "s" already exists', inner,
  });
});

test('PostgreSQL’s words: the message, then its DETAIL and HINT', () => {
  expect(postgresWords({ reason: '"mv" is not a view', hint: 'Use DROP MATERIALIZED VIEW to remove a materialized view.' })).toBe('"mv" is not a view. HINT: Use DROP MATERIALIZED VIEW to remove a materialized view');
  expect(postgresWords({ reason: 'duplicate key value violates unique constraint "k_pkey"', detail: 'Key (id)=(1) already exists.' })).toBe('duplicate key value violates unique constraint "k_pkey". DETAIL: Key (id)=(1) already exists');
});
