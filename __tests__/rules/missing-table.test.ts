import { analysis, auditTable, DATASOURCE, MIGRATION as MIG, SCHEMA, type Found } from './engine.js';

const rule = 'missing-table';
const found = (line: number, object: string): Found => ({ rule, severity: 'error', file: SCHEMA, line, object });
const API_KEY = 'model ApiKey {\n  id      String @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid\n  userId  String @map("user_id") @db.Uuid\n  keyHash String @unique @map("key_hash")\n\n  @@map("api_keys")\n}\n';
const USER = 'model User {\n  id Int @id\n  @@map("users")\n}\n';

auditTable(rule, [
  // docs/rules/missing-table.md
  ['docs ❌: a model whose table no migration creates', { [SCHEMA]: API_KEY }, [found(1, 'public.api_keys')]],
  ['docs ✅: a migration creates it', { [SCHEMA]: API_KEY, 'supabase/migrations/20250201000000_api_keys.sql': 'CREATE TABLE IF NOT EXISTS public.api_keys (\n  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n  user_id uuid NOT NULL,\n  key_hash text NOT NULL UNIQUE\n);' }, []],

  ['one model of two has no table', { [MIG]: 'create table users (id int primary key);', [SCHEMA]: `${DATASOURCE}${USER}\nmodel ApiKey {\n  id Int @id\n  @@map("api_keys")\n}\n` }, [found(10, 'public.api_keys')]],
  ['without @@map the model name is the table, case kept', { [MIG]: 'create table users (id int primary key);', [SCHEMA]: `${DATASOURCE}model Users {\n  id Int @id\n}\n` }, [found(5, 'public.Users')]],
  ['the table exists', { [MIG]: 'create table users (id int primary key);', [SCHEMA]: `${DATASOURCE}${USER}` }, []],
  ['a view maps it', { [MIG]: 'create view active_users as select 1 as id;', [SCHEMA]: `${DATASOURCE}model ActiveUser {\n  id Int @id\n  @@map("active_users")\n}\n` }, []],
  ['an @@ignore model', { [MIG]: 'create table users (id int);', [SCHEMA]: `${DATASOURCE}model Legacy {\n  id Int @id\n  @@ignore\n}\n` }, []],
  ['a table the migrations create only in a file the Supabase CLI skips', { [MIG]: 'select 1;', 'supabase/migrations/2025-11-05_users.sql': 'create table users (id int primary key);', [SCHEMA]: `${DATASOURCE}${USER}` }, [found(5, 'public.users')]],
  ['tables made by dynamic SQL that cannot be resolved: uncertain, so not reported', { [MIG]: "do $$ declare n text; begin select 'users' into n; execute 'create table ' || n || ' (id int)'; end $$;", [SCHEMA]: `${DATASOURCE}${USER}` }, []],
]);

test('the fix is the CREATE TABLE the model needs, in the idempotent form, with its defaults and unique index', async () => {
  const { findings } = await analysis({ [SCHEMA]: API_KEY });
  expect(findings.find((f) => f.rule === rule)?.fix).toBe([
    'CREATE TABLE IF NOT EXISTS public.api_keys (',
    '  id uuid NOT NULL DEFAULT gen_random_uuid(),',
    '  user_id uuid NOT NULL,',
    '  key_hash text NOT NULL,',
    '  PRIMARY KEY (id)',
    ');',
    'CREATE UNIQUE INDEX IF NOT EXISTS api_keys_key_hash_key ON public.api_keys (key_hash);',
  ].join('\n'));
});
