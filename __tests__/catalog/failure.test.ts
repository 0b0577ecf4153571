import { duplicateObject, duplicateTable, inCall, isCaught } from '../../src/catalog/failure.js';

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

test('a failure inside a called function keeps its condition and names the function', () => {
  expect(inCall('public.setup', duplicateObject('type "s" already exists'))).toEqual({
    sqlstate: '42710', condition: 'duplicate_object', message: 'public.setup() fails: type "s" already exists',
  });
});
