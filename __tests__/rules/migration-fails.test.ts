import { analysis, auditTable, DATASOURCE, MIGRATION as MIG, SCHEMA, type Found } from './engine.js';

const rule = 'migration-fails';
const found = (line: number, object: string, file = MIG): Found => ({ rule, severity: 'error', file, line, object });
const NEXT = 'supabase/migrations/20240102000000_next.sql';
const RENAMED = 'CREATE TABLE IF NOT EXISTS public.profiles (id uuid PRIMARY KEY, display_name text);\nALTER TABLE public.profiles RENAME TO accounts;';

auditTable(rule, [
  // docs/rules/migration-fails.md
  ['docs ❌: a table renamed by an earlier migration, by its old name', { [MIG]: RENAMED, [NEXT]: '-- avatar\nALTER TABLE public.profiles ADD COLUMN avatar_url text;' }, [found(2, 'public.profiles', NEXT)]],
  ['docs ✅: by its new name', { [MIG]: RENAMED, [NEXT]: '-- avatar\nALTER TABLE public.accounts ADD COLUMN IF NOT EXISTS avatar_url text;' }, []],
  ['docs ❌: a table created again', { [MIG]: 'CREATE TABLE public.notes (id int);', [NEXT]: '-- again\nCREATE TABLE public.notes (id int);' }, [found(2, 'public.notes', NEXT)]],

  ['a table no migration created', { [MIG]: 'ALTER TABLE public.nope ADD COLUMN x int;' }, [found(1, 'public.nope')]],
  ['unqualified, in the default schema', { [MIG]: 'create table a (id int);\nalter table nope add column x int;' }, [found(2, 'public.nope')]],
  ['an index, a policy, an insert, a foreign key: each statement that fails', {
    [MIG]: 'create index on nope (x);\ncreate policy p on nope using (true);\ninsert into nope values (1);\ncreate table c (id int references nope (id));',
  }, [found(1, 'public.nope'), found(2, 'public.nope'), found(3, 'public.nope'), found(4, 'public.c')]],
  ['a key an earlier migration inserted', { [MIG]: "create table if not exists k (id int primary key);\ninsert into k values (1) on conflict do nothing;", [NEXT]: 'insert into k values (1);' }, [found(1, 'public.k', NEXT)]],
  ['DROP VIEW of a materialized view', { [MIG]: 'create table if not exists t (id int);\ncreate materialized view if not exists mv as select id from t;\ndrop view if exists mv;' }, [found(3, 'public.mv')]],
  ['a table of the platform: the platform has it', { [MIG]: 'alter table auth.users add column if not exists nickname text;\ncreate policy p on storage.objects using (true);' }, []],
  ['a schema no migration created: someone else may have', { [MIG]: 'alter table app.things add column x int;' }, []],
  ['a table made by dynamic SQL the replay cannot follow', {
    [MIG]: "do $$ declare n text := current_setting('app.table'); begin execute format('create table %I (id int)', n); end $$;\nalter table made_at_run_time add column x int;",
  }, []],
  ['a table a guarded statement may have dropped', {
    [MIG]: "create table if not exists t (id int);\ndo $$ begin if current_setting('app.reset', true) = 'yes' then drop table t; end if; end $$;\nalter table t add column x int;",
  }, []],
  ['an extension that brings tables of its own', { [MIG]: 'create extension if not exists postgis;\nalter table spatial_ref_sys enable row level security;' }, []],
  ['a system view', { [MIG]: 'select count(*) from pg_stat_statements;' }, []],
  ['an unqualified name inside a function body (its own search_path decides)', {
    [MIG]: "create or replace function public.seed() returns void language sql set search_path = app as $$ insert into items values (1) $$;\nselect public.seed();",
  }, []],
  ['a qualified name inside a called function body fails at the call', {
    [MIG]: 'create or replace function public.seed() returns void language sql as $$ insert into public.items values (1) $$;\nselect public.seed();',
  }, [{ rule, severity: 'error', file: MIG, line: 2, object: undefined }]],
  ['Prisma Migrate’s bookkeeping table exists before the first migration', {
    'prisma/migrations/0_init/migration.sql': 'ALTER TABLE "_prisma_migrations" ENABLE ROW LEVEL SECURITY;', [SCHEMA]: `${DATASOURCE}model A {\n  id Int @id\n}\n`,
  }, []],
]);

test('the message is PostgreSQL’s, and says the migration stops there', async () => {
  const [finding] = (await analysis({ [MIG]: 'ALTER TABLE public.nope ADD COLUMN x int;' })).findings.filter((f) => f.rule === rule);
  expect(finding?.message).toBe('Fails on a database built from the migrations before it: relation "public.nope" does not exist. The migration never applies: `supabase db reset` and `prisma migrate deploy` stop here.');
  expect(finding?.fix).toBeUndefined();
});

test('a statement that fails on the first run is no re-run finding, and its file’s idempotency is not known', async () => {
  const a = await analysis({ [MIG]: 'create table if not exists a (id int);\nALTER TABLE public.nope ADD COLUMN x int;' });
  expect(a.findings.filter((f) => f.rule === 'non-idempotent-ddl')).toEqual([]);
  expect(a.migrations.map((m) => m.idempotent)).toEqual([null]);
});
