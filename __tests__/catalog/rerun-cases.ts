/**
 * The re-run and first-run cases, shared by the engine's table test (rerun.test.ts) and the check of each case
 * against a real PostgreSQL (rerun-postgres.test.ts). Every re-run case must run once cleanly on PostgreSQL after
 * its setup files (on top of a small Supabase stand-in: roles anon/authenticated/service_role, schemas
 * auth/storage/extensions, storage.objects, auth.uid(), publication supabase_realtime), so the setup names whatever
 * the file needs; every first-run case must fail on its first run, where the engine says it does.
 */

export interface RerunCase {
  name: string;
  /** The migration under test. */
  sql: string;
  /** The migrations that ran before it, in order; the engine and PostgreSQL both replay exactly these. */
  setup: string[];
  /**
   * The lines of the statements the engine reports as failing on a second run (empty when it re-runs cleanly), or,
   * for a first-run case, on the first run.
   */
  failsAt: number[];
}

export const setupTable = 'CREATE TABLE t (id int, a int, c int);';
const enumS = "CREATE TYPE s AS ENUM ('a');";
const triggerFunction = 'CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;';
/** A table with a primary key and a second unique column: where seed rows clash. */
const keyed = 'CREATE TABLE k (id int PRIMARY KEY, name text UNIQUE);';
const keyedRow = "INSERT INTO k (id, name) VALUES (1, 'a');";
const serialKeyed = 'CREATE TABLE s (id serial PRIMARY KEY, name text UNIQUE, note text);';
const foreignTable = 'CREATE EXTENSION IF NOT EXISTS postgres_fdw;\nCREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw;\nCREATE FOREIGN TABLE ft (id int) SERVER remote;';
const matview = 'CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;';

type Row = [name: string, sql: string, extraSetup?: string[]];

const clean: Row[] = [
  ['create table if not exists', 'CREATE TABLE IF NOT EXISTS t (id int);'],
  ['drop if exists then create', 'DROP TABLE IF EXISTS t;\nCREATE TABLE t (id int);'],
  ['drop constraint then add it back', 'ALTER TABLE t DROP CONSTRAINT c;\nALTER TABLE t ADD CONSTRAINT c UNIQUE (id);', ['ALTER TABLE t ADD CONSTRAINT c UNIQUE (id);']],
  ['drop and add constraint in one statement', 'ALTER TABLE t DROP CONSTRAINT t_pkey, ADD CONSTRAINT t_pkey PRIMARY KEY (id);', ['ALTER TABLE t ADD PRIMARY KEY (id);']],
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
  ['add enum value if not exists', "ALTER TYPE s ADD VALUE IF NOT EXISTS 'b';", [enumS]],
  ['create extension if not exists', 'CREATE EXTENSION IF NOT EXISTS pgcrypto;'],
  ['upsert', 'INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING;'],
  ['create or replace trigger', 'CREATE OR REPLACE TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();', [triggerFunction]],
  ['drop trigger if exists then create', 'DROP TRIGGER IF EXISTS tr ON t;\nCREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();', [triggerFunction]],
  ['table created and dropped in one file', 'CREATE TABLE tmp (id int);\nDROP TABLE tmp;'],
  ['unnamed unique constraint', 'ALTER TABLE t ADD UNIQUE (a);'],
  ['alter column type', 'ALTER TABLE t ALTER COLUMN a TYPE bigint;'],
  // ON COMMIT DROP outside a transaction drops the table as soon as it is made, so the index needs the transaction.
  ['temporary table made by CREATE TABLE AS', 'BEGIN;\nCREATE TEMP TABLE scratch ON COMMIT DROP AS SELECT 1 AS id;\nCREATE UNIQUE INDEX ON scratch (id);\nCOMMIT;'],
  ['primary key taking over an index made in the same file', 'CREATE UNIQUE INDEX t_id_key ON t (id);\nALTER TABLE t DROP CONSTRAINT IF EXISTS t_pkey, ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_key;'],
  ['a called function whose body is idempotent', 'CREATE OR REPLACE FUNCTION setup() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE IF NOT EXISTS x (id int); END $$;\nSELECT setup();'],
  ['a CALL whose procedure is idempotent', 'CREATE OR REPLACE PROCEDURE setup() LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE IF NOT EXISTS x (id int); END $$;\nCALL setup();'],
  ['a function that is defined but never called', 'CREATE OR REPLACE FUNCTION setup() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE x (id int); END $$;'],
  ['resolved EXECUTE guarded by IF', "DO $$ BEGIN IF NOT EXISTS (SELECT 1) THEN EXECUTE 'CREATE TABLE u (id int)'; END IF; END $$;"],
  // A UNIQUE constraint that exists raises duplicate_table (42P07), not duplicate_object.
  ['a handler that catches what the statement raises', 'DO $$ BEGIN ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a); EXCEPTION WHEN duplicate_table THEN NULL; END $$;'],
  ['a handler that names the SQLSTATE', "DO $$ BEGIN CREATE TABLE u (id int); EXCEPTION WHEN SQLSTATE '42P07' THEN NULL; END $$;"],
  ['a handler for others', 'DO $$ BEGIN CREATE TABLE u (id int); EXCEPTION WHEN others THEN NULL; END $$;'],
  ['DROP FUNCTION … CASCADE drops the triggers that call it',
    'DROP FUNCTION IF EXISTS public.h() CASCADE;\nCREATE FUNCTION public.h() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\nCREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION public.h();'],
  ['DROP TABLE … CASCADE drops the views over it', 'DROP TABLE IF EXISTS u CASCADE;\nCREATE TABLE u (id int);\nCREATE VIEW v AS SELECT id FROM u;'],
  ['drop publication if exists then create', 'DROP PUBLICATION IF EXISTS pub;\nCREATE PUBLICATION pub FOR TABLE t;'],
  ['drop statistics if exists then create', 'DROP STATISTICS IF EXISTS st;\nCREATE STATISTICS st ON a, c FROM t;'],
  ['drop server if exists then create', 'DROP SERVER IF EXISTS remote2;\nCREATE SERVER remote2 FOREIGN DATA WRAPPER postgres_fdw;', ['CREATE EXTENSION IF NOT EXISTS postgres_fdw;']],
  ['drop cast if exists then create', 'DROP CAST IF EXISTS (s AS text);\nCREATE CAST (s AS text) WITH INOUT;', [enumS]],
  ['drop event trigger if exists then create', 'DROP EVENT TRIGGER IF EXISTS et;\nCREATE EVENT TRIGGER et ON ddl_command_end EXECUTE FUNCTION ef();',
    ['CREATE FUNCTION ef() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;']],
  ['a dropped table leaves its publications', 'DROP TABLE IF EXISTS u;\nCREATE TABLE u (id int);\nALTER PUBLICATION supabase_realtime ADD TABLE u;'],
  ['a dropped column takes its indexes along', 'CREATE INDEX t_c_idx ON t (c);\nALTER TABLE t DROP COLUMN c;\nALTER TABLE t ADD COLUMN c int;'],
  ['DROP TYPE … CASCADE drops the columns of that type', "DROP TYPE s CASCADE;\nCREATE TYPE s AS ENUM ('a', 'b');\nALTER TABLE u ADD COLUMN st s;", [enumS, 'CREATE TABLE u (id int, st s);']],
  ['a renamed table takes the views over it along',
    'DROP TABLE IF EXISTS comments CASCADE;\nCREATE TABLE comments (id int);\nCREATE VIEW v AS SELECT id FROM comments;',
    ['CREATE TABLE items (id int);\nCREATE VIEW v AS SELECT id FROM items;', 'ALTER TABLE items RENAME TO comments;']],
  ['dropping a column that no view of the file uses', 'ALTER TABLE t DROP COLUMN IF EXISTS c;\nALTER TABLE t ADD COLUMN c int;\nCREATE OR REPLACE VIEW v AS SELECT a FROM t;'],
  ['a view ordering by an output alias', 'CREATE OR REPLACE VIEW v AS SELECT id, a + 1 AS total FROM t ORDER BY total;'],
  ['a view whose CTE names columns of its own', 'CREATE OR REPLACE VIEW v AS WITH x AS (SELECT a AS total FROM t) SELECT total FROM x;'],
  ['a temporary table made and dropped', 'CREATE TEMP TABLE scratch (id int);\nINSERT INTO scratch VALUES (1);\nDROP TABLE scratch;'],
  // Rows: only a constant key inserted again clashes.
  ['seed rows with ON CONFLICT DO NOTHING', "INSERT INTO k (id, name) VALUES (1, 'a'), (2, 'b') ON CONFLICT DO NOTHING;", [keyed]],
  ['seed rows whose key comes from a sequence', "INSERT INTO s (note) VALUES ('x'), ('x');", [serialKeyed]],
  ['seed rows whose key comes from gen_random_uuid()', "INSERT INTO u (note) VALUES ('x');", ['CREATE TABLE u (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), note text);']],
  ['seed rows deleted first by key', "DELETE FROM k WHERE id IN (1, 2);\nINSERT INTO k (id, name) VALUES (1, 'a'), (2, 'b');", [keyed]],
  ['seed rows deleted first by another column', "DELETE FROM k WHERE name = 'a';\nINSERT INTO k (id, name) VALUES (1, 'a');", [keyed]],
  ['a table truncated first', "TRUNCATE k;\nINSERT INTO k (id, name) VALUES (1, 'a');", [keyed]],
  ['rows a query reads from a table that is empty', "INSERT INTO k (id, name) SELECT id, 'x' FROM t;", [keyed]],
  ['ON CONFLICT on the column that clashes, updating', "INSERT INTO k (id, name) VALUES (1, 'a') ON CONFLICT (id) DO UPDATE SET name = excluded.name;", [keyed]],
  ['ON CONFLICT on one key, the row clashing on both', "INSERT INTO k (id, name) VALUES (1, 'a') ON CONFLICT (name) DO NOTHING;", [keyed]],
  ['the same row twice into a table without a key', "CREATE TABLE IF NOT EXISTS log (msg text);\nINSERT INTO log VALUES ('x');"],
  ['rows inserted in a DO block, each guarded', "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM k WHERE id = 1) THEN INSERT INTO k VALUES (1, 'a'); END IF; END $$;", [keyed]],
  // A materialized view dropped takes its indexes along, so making the index again is fine.
  ['a materialized view dropped and made again with its index',
    'DROP MATERIALIZED VIEW IF EXISTS mv;\nCREATE MATERIALIZED VIEW mv AS SELECT id FROM t;\nCREATE INDEX mv_id_idx ON mv (id);'],
  ['ALTER POLICY', 'ALTER POLICY p ON t TO authenticated USING (a > 0) WITH CHECK (a > 0);', ['CREATE POLICY p ON t USING (true);']],
  // The function is found whatever the spelling of its argument types (typmods, aliases, a schema).
  ['DROP FUNCTION spelling its argument types differently, then CREATE again',
    'DROP FUNCTION g(varchar, bool, int4, timestamptz, public.s);\nCREATE FUNCTION g(a character varying(10), b boolean, c integer, d timestamp with time zone, e s) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;',
    [enumS, 'CREATE FUNCTION g(a varchar(10), b bool, c int, d timestamptz, e s) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;']],
  ['a table name over 63 bytes and its primary key', `CREATE TABLE IF NOT EXISTS ${'x'.repeat(70)} (id int PRIMARY KEY);\nALTER TABLE ${'x'.repeat(70)} ENABLE ROW LEVEL SECURITY;`],
];

const failing: [name: string, sql: string, extraSetup: string[], failsAt: number[]][] = [
  ['create table', 'CREATE TABLE u (id int);', [], [1]],
  ['create policy without drop', 'CREATE TABLE IF NOT EXISTS u (id int);\nCREATE POLICY p ON u USING (true);', [], [2]],
  ['add enum value', "ALTER TYPE s ADD VALUE 'b';", [enumS], [1]],
  ['named unique index', 'CREATE UNIQUE INDEX i ON t (c);', [], [1]],
  ['add column', 'ALTER TABLE t ADD COLUMN d int;', [], [1]],
  ['add named constraint', 'ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a);', [], [1]],
  ['add primary key', 'ALTER TABLE t ADD PRIMARY KEY (id);', [], [1]],
  ['drop table', 'DROP TABLE t;', [], [1]],
  ['drop column', 'ALTER TABLE t DROP COLUMN c;', [], [1]],
  ['rename column', 'ALTER TABLE t RENAME COLUMN a TO b;', [], [1]],
  ['rename table', 'ALTER TABLE t RENAME TO u;', [], [1]],
  ['create function', "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'select 1';", [], [1]],
  ['create view', 'CREATE VIEW v AS SELECT 1;', [], [1]],
  ['create trigger', 'CREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();', [triggerFunction], [1]],
  ['publication add table', 'ALTER PUBLICATION supabase_realtime ADD TABLE t;', [], [1]],
  ['create role', 'CREATE ROLE r;', [], [1]],
  ['create schema', 'CREATE SCHEMA s;', [], [1]],
  ['create sequence', 'CREATE SEQUENCE sq;', [], [1]],
  ['unguarded DO block', "DO $$\nBEGIN\n  CREATE TYPE st AS ENUM ('a');\nEND $$;", [], [3]],
  ['policy on a platform table', 'CREATE POLICY p ON storage.objects FOR SELECT USING (true);', [], [1]],
  ['a call whose body fails the second time fails at the call', 'CREATE OR REPLACE FUNCTION setup() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE x (id int); END $$;\n\nSELECT setup();', [], [3]],
  ['CALL of a procedure whose body fails the second time fails at the CALL', 'CREATE OR REPLACE PROCEDURE setup() LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE x (id int); END $$;\nCALL setup();', [], [2]],
  ['CALL of a procedure that calls such a function', 'CREATE OR REPLACE FUNCTION make() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE x (id int); END $$;\nCREATE OR REPLACE PROCEDURE setup() LANGUAGE sql AS $$ SELECT make() $$;\nCALL setup();', [], [3]],
  ['PERFORM of such a function in a DO block', "CREATE OR REPLACE FUNCTION setup(n text) RETURNS void LANGUAGE sql AS $$ CREATE TABLE y (id int) $$;\nDO $$ BEGIN\n  PERFORM setup('a');\nEND $$;", [], [3]],
  ['rename enum value', "ALTER TYPE s RENAME VALUE 'a' TO 'b';", [enumS], [1]],
  // The table starts with a primary key so that the file's DROP CONSTRAINT t_pkey can run the first time.
  ['a primary key that took over an index from an earlier migration cannot take it over again',
    'ALTER TABLE t DROP CONSTRAINT t_pkey,\nADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_key;',
    ['ALTER TABLE t ADD PRIMARY KEY (id);', 'CREATE UNIQUE INDEX t_id_key ON t (id);'], [1]],
  ['a handler that catches something else', 'DO $$\nBEGIN\n  ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a);\nEXCEPTION WHEN duplicate_object THEN NULL;\nEND $$;', [], [3]],
  ['a publication dropping a table it no longer has', 'ALTER PUBLICATION supabase_realtime DROP TABLE t;', ['ALTER PUBLICATION supabase_realtime ADD TABLE t;'], [1]],
  ['an insert into a table the file drops later', 'INSERT INTO t (a) VALUES (1);\nDROP TABLE IF EXISTS t;', [], [1]],
  ['a grant on a table the file drops later', 'GRANT SELECT ON t TO anon;\nDROP TABLE IF EXISTS t;', [], [1]],
  ['a comment on a column the file drops later', "COMMENT ON COLUMN t.a IS 'x';\nALTER TABLE t DROP COLUMN IF EXISTS a;", [], [1]],
  ['an index on a column the file drops later', 'CREATE INDEX IF NOT EXISTS t_a_idx ON t (a);\nALTER TABLE t DROP COLUMN IF EXISTS a;', [], [1]],
  ['an insert into a column the file drops later', 'INSERT INTO t (a) VALUES (1);\nALTER TABLE t DROP COLUMN a;', [], [1, 2]],
  ['dropping a column that the table made again no longer has', 'ALTER TABLE t DROP COLUMN c;\nDROP TABLE IF EXISTS t;\nCREATE TABLE t (id int);', [], [1]],
  ['a policy on a column the table made again no longer has',
    'CREATE POLICY own ON t FOR SELECT USING (a = 1 AND EXISTS (SELECT 1 FROM t AS o WHERE o.id = 1));\nDROP TABLE IF EXISTS t CASCADE;\nCREATE TABLE t (id int);', [], [1]],
  ['a guarded CHECK on a column the table made again no longer has',
    'DO $$ BEGIN ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0); EXCEPTION WHEN duplicate_object THEN NULL; END $$;\nDROP TABLE IF EXISTS t CASCADE;\nCREATE TABLE t (id int);', [], [1]],
  ['a caught failure leaves the table as it was: the column added after it is there',
    'DO $$ BEGIN CREATE TABLE u (id int); EXCEPTION WHEN duplicate_table THEN NULL; END $$;\nALTER TABLE u ADD COLUMN p int;', [], [2]],
  ['a caught failure leaves the enum as it was: the value added after it is there',
    "DO $$ BEGIN CREATE TYPE st AS ENUM ('a'); EXCEPTION WHEN others THEN NULL; END $$;\nALTER TYPE st ADD VALUE 'b' BEFORE 'a';", [], [2]],
  ['each statement that still fails once those before it are idempotent', 'CREATE TABLE u (id int);\nCREATE POLICY p ON u USING (true);', [], [1, 2]],
  ['a plain DROP of a table that a view made later in the file reads', 'DROP TABLE IF EXISTS u;\nCREATE TABLE u (id int);\nCREATE VIEW v AS SELECT id FROM u;', [], [1]],
  ['dropping a column that a view made later in the file uses', 'ALTER TABLE t DROP COLUMN IF EXISTS a;\nALTER TABLE t ADD COLUMN a int;\nCREATE OR REPLACE VIEW v AS SELECT t.a FROM t;', [], [1]],
  ['a view naming a column the file drops later', 'CREATE OR REPLACE VIEW v AS SELECT id, a FROM t ORDER BY a;\nALTER TABLE t DROP COLUMN IF EXISTS a CASCADE;', [], [1]],
  ['a view naming a column the table made again no longer has', 'CREATE VIEW v AS SELECT id, a FROM t;\nDROP TABLE IF EXISTS t CASCADE;\nCREATE TABLE t (id int);', [], [1]],
  ['a view over a table the file drops later', 'CREATE OR REPLACE VIEW v AS SELECT id FROM t;\nDROP TABLE IF EXISTS t CASCADE;', [], [1]],
  // One case per kind of failure the engine raises, so each SQLSTATE is checked against PostgreSQL's.
  ['create extension', 'CREATE EXTENSION pgcrypto;', [], [1]],
  ['drop extension', 'DROP EXTENSION pgcrypto;', ['CREATE EXTENSION pgcrypto;'], [1]],
  ['create domain', 'CREATE DOMAIN d AS int;', [], [1]],
  ['create materialized view', 'CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;', [], [1]],
  ['create publication', 'CREATE PUBLICATION pub;', [], [1]],
  ['drop publication', 'DROP PUBLICATION pub;', ['CREATE PUBLICATION pub;'], [1]],
  ['drop cast', 'DROP CAST (s AS text);', [enumS, 'CREATE CAST (s AS text) WITH INOUT;'], [1]],
  ['create rule', 'CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING;', [], [1]],
  ['create statistics', 'CREATE STATISTICS st ON a, c FROM t;', [], [1]],
  ['drop type', 'DROP TYPE s;', [enumS], [1]],
  ['rename type', 'ALTER TYPE s RENAME TO s2;', [enumS], [1]],
  ['drop schema', 'DROP SCHEMA app;', ['CREATE SCHEMA app;'], [1]],
  ['rename schema', 'ALTER SCHEMA app RENAME TO app2;', ['CREATE SCHEMA app;'], [1]],
  ['move a table to another schema', 'ALTER TABLE t SET SCHEMA app;', ['CREATE SCHEMA app;'], [1]],
  ['drop function', 'DROP FUNCTION f();', [triggerFunction], [1]],
  ['drop role', 'DROP ROLE dropped_role;', ['CREATE ROLE dropped_role;'], [1]],
  ['drop policy', 'DROP POLICY p ON t;', ['CREATE POLICY p ON t USING (true);'], [1]],
  ['drop trigger', 'DROP TRIGGER tr ON t;', [triggerFunction, 'CREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();'], [1]],
  ['drop constraint', 'ALTER TABLE t DROP CONSTRAINT c;', ['ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0);'], [1]],
  ['rename constraint', 'ALTER TABLE t RENAME CONSTRAINT c TO c2;', ['ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0);'], [1]],
  ['add an identity', 'ALTER TABLE t ALTER COLUMN id SET NOT NULL;\nALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;', [], [2]],
  ['attach a partition', 'ALTER TABLE p ATTACH PARTITION p1 FOR VALUES IN (1);', ['CREATE TABLE p (id int) PARTITION BY LIST (id);\nCREATE TABLE p1 (id int);'], [1]],
  ['detach a partition', 'ALTER TABLE p DETACH PARTITION p1;', ['CREATE TABLE p (id int) PARTITION BY LIST (id);\nCREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);'], [1]],
  // Rows: a constant key inserted again without ON CONFLICT (23505, non-idempotent-data).
  ['seed rows with constant keys', "INSERT INTO k (id, name) VALUES (1, 'a'), (2, 'b');", [keyed], [1]],
  ['seed rows whose other unique column clashes', "INSERT INTO s (name) VALUES ('a');", [serialKeyed], [1]],
  ['a DELETE of other keys leaves the inserted ones', "DELETE FROM k WHERE id = 99 OR name = 'zz';\nINSERT INTO k (id, name) VALUES (1, 'a');", [keyed], [2]],
  ['ON CONFLICT on a key the row leaves NULL', 'INSERT INTO k (id, name) VALUES (1, NULL) ON CONFLICT (name) DO NOTHING;', [keyed], [1]],
  ['seed rows from a SELECT without FROM', "INSERT INTO k (id, name) SELECT 1, 'a';", [keyed], [1]],
  ['seed rows in an unguarded DO block', "DO $$\nBEGIN\n  INSERT INTO k VALUES (1, 'a');\nEND $$;", [keyed], [3]],
  // The CREATE fails first; the INSERT would too once the CREATE says IF NOT EXISTS.
  ['seed rows into a table the file creates without IF NOT EXISTS', 'CREATE TABLE seed (id int PRIMARY KEY);\nINSERT INTO seed VALUES (1);', [], [1, 2]],
  ['a primary key named after a table name over 63 bytes', `CREATE TABLE ${'y'.repeat(70)} (id int PRIMARY KEY);`, [], [1]],
];

/**
 * The first run fails (the statement the engine names, with its SQLSTATE, is where PostgreSQL stops): a relation
 * the migrations never created, something an earlier migration already made, a key already inserted.
 */
const firstRun: [name: string, sql: string, extraSetup: string[], failsAt: number[]][] = [
  ['ALTER TABLE of a table no migration created', 'ALTER TABLE public.nope ADD COLUMN x int;', [], [1]],
  ['the same, unqualified', 'ALTER TABLE nope ADD COLUMN x int;', [], [1]],
  ['an index on a table no migration created', 'CREATE INDEX nope_x_idx ON nope (x);', [], [1]],
  ['a policy on a table no migration created', 'CREATE POLICY p ON public.nope USING (true);', [], [1]],
  ['an insert into a table no migration created', 'INSERT INTO nope VALUES (1);', [], [1]],
  ['a foreign key to a table no migration created', 'CREATE TABLE child (id int REFERENCES nope (id));', [], [1]],
  ['a table an earlier migration created', 'CREATE TABLE t (id int);', [], [1]],
  ['a column an earlier migration added', 'ALTER TABLE t ADD COLUMN a int;', [], [1]],
  ['a policy an earlier migration created', 'CREATE POLICY p ON t USING (true);', ['CREATE POLICY p ON t USING (true);'], [1]],
  ['a key an earlier migration inserted', "INSERT INTO k (id, name) VALUES (1, 'b');", [keyed, keyedRow], [1]],
  ['DROP VIEW of a materialized view', 'DROP VIEW IF EXISTS mv;', [matview], [1]],
  ['row level security on a foreign table', 'ALTER TABLE ft ENABLE ROW LEVEL SECURITY;', [foreignTable], [1]],
  // The failed statement changed nothing: the table is made afterwards, and the ALTER after it runs.
  ['the replay goes on after a failure, as if the statement had not run',
    'ALTER TABLE nope ADD COLUMN x int;\nCREATE TABLE nope (id int);\nALTER TABLE nope ADD COLUMN x int;', [], [1]],
];

/** Cases that re-run cleanly. */
export const cleanCases: RerunCase[] = clean.map(([name, sql, extra = []]) => ({ name, sql, setup: [setupTable, ...extra], failsAt: [] }));

/** Cases whose second run fails, with the lines the engine reports. */
export const failingCases: RerunCase[] = failing.map(([name, sql, extra, failsAt]) => ({ name, sql, setup: [setupTable, ...extra], failsAt }));

/** Cases whose first run fails, with the lines the engine reports as failing then. */
export const firstRunCases: RerunCase[] = firstRun.map(([name, sql, extra, failsAt]) => ({ name, sql, setup: [setupTable, ...extra], failsAt }));
