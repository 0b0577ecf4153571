import { auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'non-idempotent-ddl';
const found = (line: number, object: string): Found => ({ rule, severity: 'warning', file: MIG, line, object });

auditTable(rule, [
  // docs/rules/non-idempotent-ddl.md
  ['docs ❌: each statement fails on a re-run', {
    [MIG]: [
      'CREATE TABLE public.workflow_runs (id uuid PRIMARY KEY, status text NOT NULL);',
      'CREATE INDEX idx_workflow_runs_status ON public.workflow_runs (status);',
      'CREATE POLICY "Service role writes runs" ON public.workflow_runs FOR INSERT TO service_role WITH CHECK (true);',
      "ALTER TYPE public.run_status ADD VALUE 'canceled';",
      'ALTER TABLE public.workflow_runs ADD COLUMN finished_at timestamptz;',
    ].join('\n'),
  }, [found(1, 'public.workflow_runs'), found(2, 'public.workflow_runs'), found(3, 'public.workflow_runs'), found(4, 'public.run_status'), found(5, 'public.workflow_runs')]],
  ['docs ✅: their idempotent forms', {
    [MIG]: [
      'CREATE TABLE IF NOT EXISTS public.workflow_runs (id uuid PRIMARY KEY, status text NOT NULL);',
      'CREATE INDEX IF NOT EXISTS idx_workflow_runs_status ON public.workflow_runs (status);',
      'DROP POLICY IF EXISTS "Service role writes runs" ON public.workflow_runs;',
      'CREATE POLICY "Service role writes runs" ON public.workflow_runs FOR INSERT TO service_role WITH CHECK (true);',
      "ALTER TYPE public.run_status ADD VALUE IF NOT EXISTS 'canceled';",
      'ALTER TABLE public.workflow_runs ADD COLUMN IF NOT EXISTS finished_at timestamptz;',
    ].join('\n'),
  }, []],
  ['docs ✅: a CREATE TYPE guarded in a DO block, a trigger dropped before it is created', {
    [MIG]: "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'run_status') THEN\n    CREATE TYPE public.run_status AS ENUM ('pending', 'running', 'done');\n  END IF;\nEND $$;\n\nDROP TRIGGER IF EXISTS set_updated_at ON public.workflow_runs;\nCREATE TRIGGER set_updated_at BEFORE UPDATE ON public.workflow_runs\n  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();",
  }, []],

  ['a DROP before the CREATE re-runs fine', { [MIG]: 'drop table if exists x;\ncreate table x (id int);' }, []],
  ['DROP CONSTRAINT c, ADD CONSTRAINT c re-runs fine', { [MIG]: 'create table if not exists t (id int);\nalter table t drop constraint if exists t_id_key;\nalter table t add constraint t_id_key unique (id);' }, []],
  ['DROP NOT NULL re-runs fine', { [MIG]: 'create table if not exists t (id int not null);\nalter table t alter column id drop not null;' }, []],
  ['an unguarded CREATE inside a DO block, at its own line', { [MIG]: 'do $$\nbegin\n  create table t (id int);\nend $$;' }, [found(3, 'public.t')]],
  ['EXCEPTION WHEN duplicate_object does not catch the duplicate_table of an existing UNIQUE', {
    [MIG]: 'create table if not exists t (id int);\ndo $$\nbegin\n  alter table t add constraint t_id_key unique (id);\nexception when duplicate_object then null;\nend $$;',
  }, [found(4, 'public.t')]],
  ['a duplicate key is non-idempotent-data’s', { [MIG]: "create table if not exists k (id int primary key);\ninsert into k values (1);" }, []],
  ['a statement that fails on the first run is migration-fails’s', { [MIG]: 'alter table public.nope add column x int;' }, []],
  ['a materialized view dropped takes its indexes along', { [MIG]: 'create table if not exists t (id int);\ndrop materialized view if exists mv;\ncreate materialized view mv as select id from t;\ncreate index mv_id_idx on mv (id);' }, []],
  ['DROP FUNCTION with other spellings of the argument types', { [MIG]: 'drop function if exists f(varchar, bool);\ncreate function f(a character varying(20), b boolean) returns int language sql as $$ select 1 $$;' }, []],
  ['EXCEPTION WHEN duplicate_table catches it', {
    [MIG]: 'create table if not exists t (id int);\ndo $$\nbegin\n  alter table t add constraint t_id_key unique (id);\nexception when duplicate_table then null;\nend $$;',
  }, []],
]);
