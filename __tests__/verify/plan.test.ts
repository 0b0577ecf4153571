/** What the verifier sends the database, worked out without one: file plans, types read back, extension bundles. */
import { initParser } from '../../src/parse/sql.js';
import { shortType } from '../../src/verify/live-catalog.js';
import { planFile } from '../../src/verify/plan.js';
import { lineAt } from '../../src/verify/run-file.js';
import { bundlesFor } from '../../src/verify/verify.js';

beforeAll(() => initParser());

describe('planFile', () => {
  it('splits a file into its top-level statements, with their lines', () => {
    const { plan } = planFile({ file: 'm.sql', text: '-- header\nCREATE TABLE t (id int);\n\nINSERT INTO t\nVALUES (1);\n' });
    expect(plan).toEqual({ file: 'm.sql', text: '-- header\nCREATE TABLE t (id int);\n\nINSERT INTO t\nVALUES (1);\n', ownTransaction: false, statements: [
      { line: 2, text: 'CREATE TABLE t (id int)' },
      { line: 4, text: 'INSERT INTO t\nVALUES (1)' },
    ] });
  });

  it('re-runs a file of its own transaction without its BEGIN and COMMIT, and CONCURRENTLY left out', () => {
    const { plan } = planFile({ file: 'm.sql', text: 'BEGIN;\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "t_a" ON t (a);\nDROP INDEX CONCURRENTLY t_b;\nREINDEX INDEX CONCURRENTLY t_c;\nCOMMIT;\n' });
    expect(plan.ownTransaction).toBe(true);
    expect(plan.statements).toEqual([
      { line: 1, text: 'BEGIN', skipOnRerun: true },
      { line: 2, text: 'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "t_a" ON t (a)', rerunText: 'CREATE UNIQUE INDEX  IF NOT EXISTS "t_a" ON t (a)' },
      { line: 3, text: 'DROP INDEX CONCURRENTLY t_b', rerunText: 'DROP INDEX  t_b' },
      { line: 4, text: 'REINDEX INDEX CONCURRENTLY t_c', skipOnRerun: true },
      { line: 5, text: 'COMMIT', skipOnRerun: true },
    ]);
  });
});

test.each([
  ['character varying(255)', 'varchar(255)'],
  ['character varying[]', 'varchar[]'],
  ['character(2)', 'char(2)'],
  ['timestamp with time zone', 'timestamptz'],
  ['timestamp(3) without time zone', 'timestamp'],
  ['time with time zone', 'timetz'],
  ['integer', 'integer'],
  ['public.status[]', 'public.status[]'],
])("PostgreSQL's %s reads as the engine's %s", (type, short) => {
  expect(shortType(type)).toBe(short);
});

test('an error position becomes the line it falls on, counted in characters', () => {
  expect(lineAt('SELECT 1;\nSELECT é😀;\nSELECT x;', 24)).toBe(3);
  expect(lineAt('SELECT 1;\nSELECT x;', 18)).toBe(2);
});

test('bundlesFor unpacks the extensions the migrations create, and the pre-enabled ones whose functions they call', () => {
  expect(bundlesFor([
    '-- Create extension\nCREATE EXTENSION IF NOT EXISTS "pg_trgm";\ncreate extension citext with schema extensions;',
    'CREATE TABLE t (id uuid DEFAULT uuid_generate_v4(), pw text DEFAULT crypt(\'x\', gen_salt(\'bf\')));',
    'CREATE EXTENSION IF NOT EXISTS vector; CREATE EXTENSION moddatetime;',
  ])).toEqual(['citext', 'pg_trgm', 'pgcrypto', 'spi', 'uuid-ossp']);
});
