import { analysis, auditTable, DATASOURCE, MIGRATION as MIG, SCHEMA, type Found } from './engine.js';

const rule = 'missing-rls';
const found = (file: string | undefined, line: number | undefined, object: string): Found => ({ rule, severity: 'error', file, line, object });
const WORKFLOW_RUNS = `CREATE TABLE IF NOT EXISTS public.workflow_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'pending'
);`;
const PRISMA_A = `${DATASOURCE}model A {\n  id Int @id\n  @@map("a")\n}\n`;

auditTable(rule, [
  // docs/rules/missing-rls.md
  ['docs ❌: a table granted to clients, without RLS', { [MIG]: `${WORKFLOW_RUNS}\nGRANT SELECT, INSERT ON public.workflow_runs TO authenticated;` }, [found(MIG, 1, 'public.workflow_runs')]],
  ['docs ✅: RLS enabled, and a policy', { [MIG]: `${WORKFLOW_RUNS}\nALTER TABLE public.workflow_runs ENABLE ROW LEVEL SECURITY;\nCREATE POLICY "Owners" ON public.workflow_runs FOR SELECT TO authenticated USING (true);` }, []],

  ['a table without RLS next to one with it', { [MIG]: 'create table public.a (id int);\ncreate table b (id int);\nalter table b enable row level security;' }, [found(MIG, 1, 'public.a')]],
  ['RLS disabled by a later statement', { [MIG]: 'create table a (id int);\nalter table a enable row level security;\nalter table a disable row level security;' }, [found(MIG, 1, 'public.a')]],
  ['RLS enabled by a later migration', { [MIG]: 'create table a (id int);', 'supabase/migrations/20240102000000_rls.sql': 'alter table a enable row level security;' }, []],
  ['a quoted mixed-case table keeps its case', { [MIG]: 'create table "Users" (id int);' }, [found(MIG, 1, 'public.Users')]],
  ['a plain Prisma project that never uses RLS exposes nothing', { 'prisma/migrations/0_init/migration.sql': 'CREATE TABLE "a" ("id" INT);', [SCHEMA]: PRISMA_A }, []],
  ['Prisma’s bookkeeping table, in a Prisma project that uses RLS', {
    'prisma/migrations/0_init/migration.sql': 'CREATE TABLE "a" ("id" INT);\nALTER TABLE "a" ENABLE ROW LEVEL SECURITY;\nCREATE POLICY p ON "a" USING (true);',
    [SCHEMA]: PRISMA_A,
  }, [found(undefined, undefined, 'public._prisma_migrations')]],
  ['a table outside the exposed schemas', { [MIG]: 'create schema if not exists private;\ncreate table private.a (id int);' }, []],
  ['exposed-schemas names the schemas the API serves', { [MIG]: 'create schema if not exists api;\ncreate table api.a (id int);\ncreate table public.b (id int);' }, [found(MIG, 2, 'api.a')], 'exposed-schemas: [api]\n'],
  ['RLS enabled by dynamic SQL that cannot be resolved: uncertain, so not reported', { [MIG]: "create table a (id int);\ndo $$ declare r record; begin for r in select tablename from pg_tables where schemaname = 'public' loop execute format('alter table %I enable row level security', r.tablename); end loop; end $$;" }, []],
  ['a foreign table: row level security does not apply to it', {
    [MIG]: 'create extension if not exists postgres_fdw;\ncreate server if not exists remote foreign data wrapper postgres_fdw;\ncreate foreign table public.remote_orders (id int) server remote;',
  }, []],
  ['a table name over 63 bytes, under the name PostgreSQL keeps (its primary key’s name is cut to fit)', {
    [MIG]: `create table public.${'a'.repeat(70)} (id int primary key);\ncreate table public.${'b'.repeat(70)} (id int primary key);\nalter table public.${'b'.repeat(70)} enable row level security;`,
  }, [found(MIG, 1, `public.${'a'.repeat(63)}`)]],
  ['RLS enabled in a FOREACH over a literal array', { [MIG]: "create table a (id int);\ncreate table b (id int);\ndo $$ declare t text; begin foreach t in array array['a','b'] loop execute format('alter table public.%I enable row level security', t); end loop; end $$;" }, []],
]);

test.each([
  ['an owner column: a policy on it', 'create table notes (id int, user_id uuid);', 'USING ((select auth.uid()) = user_id)'],
  ['no owner column: a read-only policy', 'create table countries (code text);', 'FOR SELECT TO authenticated USING (true)'],
])('the fix enables RLS and suggests a policy: %s', async (_case, sql, policy) => {
  const [finding] = (await analysis({ [MIG]: sql })).findings.filter((f) => f.rule === rule);
  expect(finding?.fix).toMatch(/^ALTER TABLE public\.\w+ ENABLE ROW LEVEL SECURITY;\n/);
  expect(finding?.fix).toContain(policy);
});
