import { Replay } from '../../src/catalog/replay.js';
import { initParser, parseMigration } from '../../src/parse/sql.js';

beforeAll(initParser);

/** The lines of the statements that fail when the file (after the setup files) runs a second time. */
function rerunFailures(sql: string, setup: string[] = []): number[] {
  const files = [...setup, sql].map((text, i) => parseMigration(`m${i}.sql`, text));
  const last = files[files.length - 1]!.file;
  const replay = new Replay({ prismaLayout: false });
  for (const f of files) replay.add(f);
  return replay.failures.filter((f) => f.statement.file === last).map((f) => f.statement.line);
}

const setupTable = 'CREATE TABLE t (id int, a int, c int);';

describe('re-runs cleanly', () => {
  test.each([
    ['create table if not exists', 'CREATE TABLE IF NOT EXISTS t (id int);'],
    ['drop if exists then create', 'DROP TABLE IF EXISTS t;\nCREATE TABLE t (id int);'],
    ['drop constraint then add it back', 'ALTER TABLE t DROP CONSTRAINT c;\nALTER TABLE t ADD CONSTRAINT c UNIQUE (id);'],
    ['drop and add constraint in one statement', 'ALTER TABLE t DROP CONSTRAINT t_pkey, ADD CONSTRAINT t_pkey PRIMARY KEY (id);'],
    ['drop not null', 'ALTER TABLE t ALTER COLUMN a DROP NOT NULL;'],
    ['create or replace function', "CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS 'select 1';"],
    ['enable rls', 'ALTER TABLE t ENABLE ROW LEVEL SECURITY;'],
    ['drop policy if exists then create', 'DROP POLICY IF EXISTS p ON t;\nCREATE POLICY p ON t USING (true);'],
    ['DO block with exception handler', "DO $$ BEGIN CREATE TYPE s AS ENUM ('a'); EXCEPTION WHEN duplicate_object THEN null; END $$;"],
    ['DO block under IF NOT EXISTS', "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 's') THEN CREATE TYPE s AS ENUM ('a'); END IF; END $$;"],
    ['grant and comment', "GRANT SELECT ON t TO anon;\nCOMMENT ON TABLE t IS 'x';"],
    ['inside a transaction', 'BEGIN;\nCREATE TABLE IF NOT EXISTS u (id int);\nCOMMIT;'],
    ['unnamed index', 'CREATE INDEX ON t (c);'],
    ['add column if not exists', 'ALTER TABLE t ADD COLUMN IF NOT EXISTS d int;'],
    ['add enum value if not exists', "ALTER TYPE s ADD VALUE IF NOT EXISTS 'b';"],
    ['create extension if not exists', 'CREATE EXTENSION IF NOT EXISTS pgcrypto;'],
    ['upsert', 'INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING;'],
    ['create or replace trigger', 'CREATE OR REPLACE TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();'],
    ['drop trigger if exists then create', 'DROP TRIGGER IF EXISTS tr ON t;\nCREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();'],
    ['table created and dropped in one file', 'CREATE TABLE tmp (id int);\nDROP TABLE tmp;'],
    ['unnamed unique constraint', 'ALTER TABLE t ADD UNIQUE (a);'],
    ['alter column type', 'ALTER TABLE t ALTER COLUMN a TYPE bigint;'],
    ['temporary table made by CREATE TABLE AS', 'CREATE TEMP TABLE scratch ON COMMIT DROP AS SELECT 1 AS id;\nCREATE UNIQUE INDEX ON scratch (id);'],
    ['primary key taking over an index made in the same file', 'CREATE UNIQUE INDEX t_id_key ON t (id);\nALTER TABLE t DROP CONSTRAINT IF EXISTS t_pkey, ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_key;'],
    ['a called function whose body is idempotent', 'CREATE OR REPLACE FUNCTION setup() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE IF NOT EXISTS x (id int); END $$;\nSELECT setup();'],
    ['a function that is defined but never called', 'CREATE OR REPLACE FUNCTION setup() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE x (id int); END $$;'],
    ['resolved EXECUTE guarded by IF', "DO $$ BEGIN IF NOT EXISTS (SELECT 1) THEN EXECUTE 'CREATE TABLE u (id int)'; END IF; END $$;"],
  ])('%s', (_name, sql) => {
    expect(rerunFailures(sql, [setupTable])).toEqual([]);
  });
});

describe('fails on a second run, at the statement that fails', () => {
  test.each([
    ['create table', 'CREATE TABLE u (id int);', [1]],
    ['create policy without drop', 'CREATE TABLE IF NOT EXISTS u (id int);\nCREATE POLICY p ON u USING (true);', [2]],
    ['add enum value', "ALTER TYPE s ADD VALUE 'b';", [1]],
    ['named unique index', 'CREATE UNIQUE INDEX i ON t (c);', [1]],
    ['add column', 'ALTER TABLE t ADD COLUMN d int;', [1]],
    ['add named constraint', 'ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a);', [1]],
    ['add primary key', 'ALTER TABLE t ADD PRIMARY KEY (id);', [1]],
    ['drop table', 'DROP TABLE t;', [1]],
    ['drop column', 'ALTER TABLE t DROP COLUMN c;', [1]],
    ['rename column', 'ALTER TABLE t RENAME COLUMN a TO b;', [1]],
    ['rename table', 'ALTER TABLE t RENAME TO u;', [1]],
    ['create function', "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'select 1';", [1]],
    ['create view', 'CREATE VIEW v AS SELECT 1;', [1]],
    ['create trigger', 'CREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();', [1]],
    ['publication add table', 'ALTER PUBLICATION supabase_realtime ADD TABLE t;', [1]],
    ['create role', 'CREATE ROLE r;', [1]],
    ['create schema', 'CREATE SCHEMA s;', [1]],
    ['create sequence', 'CREATE SEQUENCE sq;', [1]],
    ['unguarded DO block', "DO $$\nBEGIN\n  CREATE TYPE st AS ENUM ('a');\nEND $$;", [3]],
    ['policy on a platform table', 'CREATE POLICY p ON storage.objects FOR SELECT USING (true);', [1]],
    ['a call whose body fails the second time fails at the call', 'CREATE OR REPLACE FUNCTION setup() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE x (id int); END $$;\n\nSELECT setup();', [3]],
    ['PERFORM of such a function in a DO block', "CREATE OR REPLACE FUNCTION setup(n text) RETURNS void LANGUAGE sql AS $$ CREATE TABLE y (id int) $$;\nDO $$ BEGIN\n  PERFORM setup('a');\nEND $$;", [3]],
    ['rename enum value', "ALTER TYPE s RENAME VALUE 'a' TO 'b';", [1]],
  ])('%s', (_name, sql, lines) => {
    expect(rerunFailures(sql as string, [setupTable])).toEqual(lines);
  });
});

test('a primary key that took over an index from an earlier migration cannot take it over again', () => {
  const sql = 'ALTER TABLE t DROP CONSTRAINT t_pkey,\nADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_key;';
  expect(rerunFailures(sql, [setupTable, 'CREATE UNIQUE INDEX t_id_key ON t (id);'])).toEqual([1]);
});
