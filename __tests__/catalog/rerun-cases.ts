/**
 * The re-run cases, shared by the engine's table test (rerun.test.ts) and the check of each case against a real
 * PostgreSQL (rerun-postgres.test.ts). Every case must run once cleanly on PostgreSQL after its setup files (on top
 * of a small Supabase stand-in: roles anon/authenticated/service_role, schemas auth/storage/extensions,
 * storage.objects, auth.uid(), publication supabase_realtime), so the setup names whatever the file needs.
 */

export interface RerunCase {
  name: string;
  /** The migration under test. */
  sql: string;
  /** The migrations that ran before it, in order; the engine and PostgreSQL both replay exactly these. */
  setup: string[];
  /** The lines of the statements the engine reports as failing on a second run; empty when it re-runs cleanly. */
  failsAt: number[];
}

export const setupTable = 'CREATE TABLE t (id int, a int, c int);';
const enumS = "CREATE TYPE s AS ENUM ('a');";
const triggerFunction = 'CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;';

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
  ['a function that is defined but never called', 'CREATE OR REPLACE FUNCTION setup() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE x (id int); END $$;'],
  ['resolved EXECUTE guarded by IF', "DO $$ BEGIN IF NOT EXISTS (SELECT 1) THEN EXECUTE 'CREATE TABLE u (id int)'; END IF; END $$;"],
  // A UNIQUE constraint that exists raises duplicate_table (42P07), not duplicate_object.
  ['a handler that catches what the statement raises', 'DO $$ BEGIN ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a); EXCEPTION WHEN duplicate_table THEN NULL; END $$;'],
  ['a handler that names the SQLSTATE', "DO $$ BEGIN CREATE TABLE u (id int); EXCEPTION WHEN SQLSTATE '42P07' THEN NULL; END $$;"],
  ['a handler for others', 'DO $$ BEGIN CREATE TABLE u (id int); EXCEPTION WHEN others THEN NULL; END $$;'],
  ['DROP FUNCTION … CASCADE drops the triggers that call it',
    'DROP FUNCTION IF EXISTS public.h() CASCADE;\nCREATE FUNCTION public.h() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\nCREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION public.h();'],
  ['DROP TABLE … CASCADE drops the views over it', 'DROP TABLE IF EXISTS u CASCADE;\nCREATE TABLE u (id int);\nCREATE VIEW v AS SELECT id FROM u;'],
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
];

/** Cases that re-run cleanly. */
export const cleanCases: RerunCase[] = clean.map(([name, sql, extra = []]) => ({ name, sql, setup: [setupTable, ...extra], failsAt: [] }));

/** Cases whose second run fails, with the lines the engine reports. */
export const failingCases: RerunCase[] = failing.map(([name, sql, extra, failsAt]) => ({ name, sql, setup: [setupTable, ...extra], failsAt }));
