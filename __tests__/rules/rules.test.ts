import { analyze } from '../../src/analyze.js';
import { loadConfig } from '../../src/config.js';
import { RULES } from '../../src/rules/index.js';
import { memorySnapshot } from '../helpers/memory-snapshot.js';

const MIG = 'supabase/migrations/20240101000000_init.sql';
const SCHEMA = 'prisma/schema.prisma';
const datasource = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n';

/** The findings of one rule on a repository described inline, as (file, line, object). */
async function found(rule: string, files: Record<string, string | Buffer>, yaml?: string) {
  const snapshot = memorySnapshot(yaml ? { ...files, '.schema-guardian.yml': yaml } : files);
  const analysis = await analyze(snapshot, loadConfig(snapshot, { knownRules: RULES.map((r) => r.id) }));
  return analysis.findings.filter((f) => f.rule === rule).map((f) => [f.file ?? null, f.line ?? null, f.object ?? null]);
}

describe.each([
  {
    rule: 'missing-rls',
    valid: [
      ['RLS enabled', { [MIG]: 'create table public.a (id int);\nalter table a enable row level security;\ncreate policy p on a using (true);' }],
      ['a plain Prisma project that never uses RLS', { 'prisma/migrations/0_init/migration.sql': 'CREATE TABLE "a" ("id" INT);', [SCHEMA]: `${datasource}model A {\n  id Int @id\n  @@map("a")\n}\n` }],
      ['a table outside the exposed schemas', { [MIG]: 'create schema if not exists private;\ncreate table private.a (id int);' }],
      ['RLS enabled by dynamic SQL we cannot resolve', { [MIG]: "create table a (id int);\ndo $$ declare r record; begin for r in select tablename from pg_tables where schemaname = 'public' loop execute format('alter table %I enable row level security', r.tablename); end loop; end $$;" }],
      ['RLS enabled in a FOREACH over a literal array', { [MIG]: "create table a (id int);\ncreate table b (id int);\ndo $$ declare t text; begin foreach t in array array['a','b'] loop execute format('alter table public.%I enable row level security', t); end loop; end $$;" }],
    ],
    invalid: [
      ['a table without RLS', { [MIG]: 'create table public.a (id int);\ncreate table b (id int);\nalter table b enable row level security;' }, [[MIG, 1, 'public.a']]],
      ['RLS disabled later', { [MIG]: 'create table a (id int);\nalter table a enable row level security;\nalter table a disable row level security;' }, [[MIG, 1, 'public.a']]],
      ['a quoted mixed-case table', { [MIG]: 'create table "Users" (id int);' }, [[MIG, 1, 'public.Users']]],
      ['Prisma bookkeeping table in a Prisma project that uses RLS', {
        'prisma/migrations/0_init/migration.sql': 'CREATE TABLE "a" ("id" INT);\nALTER TABLE "a" ENABLE ROW LEVEL SECURITY;\nCREATE POLICY p ON "a" USING (true);',
        [SCHEMA]: `${datasource}model A {\n  id Int @id\n  @@map("a")\n}\n`,
      }, [[null, null, 'public._prisma_migrations']]],
    ],
  },
  {
    rule: 'rls-no-policy',
    valid: [
      ['a policy exists', { [MIG]: 'create table a (id int);\nalter table a enable row level security;\ncreate policy p on a using (true);' }],
      ['policies made by unresolved dynamic SQL', { [MIG]: "create table a (id int);\nalter table a enable row level security;\ndo $$ declare n text := 'x'; begin execute 'create policy ' || n || ' on a using (true)'; end $$;" }],
    ],
    invalid: [
      ['RLS and no policy', { [MIG]: 'create table a (id int);\n\nalter table a enable row level security;' }, [[MIG, 3, 'public.a']]],
      ['the only policy dropped', { [MIG]: 'create table a (id int);\nalter table a enable row level security;\ncreate policy p on a using (true);\ndrop policy p on a;' }, [[MIG, 2, 'public.a']]],
    ],
  },
  {
    rule: 'missing-model',
    valid: [
      ['every table mapped', { [MIG]: 'create table users (id int primary key);', [SCHEMA]: `${datasource}model User {\n  id Int @id\n  @@map("users")\n}\n` }],
      ['no Prisma schema at all', { [MIG]: 'create table users (id int primary key);' }],
      ['a table in a schema no model uses', { [MIG]: 'create schema if not exists audit;\ncreate table audit.log (id int);', [SCHEMA]: `${datasource}model User {\n  id Int @id\n  @@map("users")\n}\n` }],
    ],
    invalid: [
      ['a table without a model', { [MIG]: 'create table users (id int primary key);\ncreate table workflow_runs (id uuid primary key);', [SCHEMA]: `${datasource}model User {\n  id Int @id\n  @@map("users")\n}\n` }, [[MIG, 2, 'public.workflow_runs']]],
    ],
  },
  {
    rule: 'missing-table',
    valid: [
      ['the table exists', { [MIG]: 'create table users (id int primary key);', [SCHEMA]: `${datasource}model User {\n  id Int @id\n  @@map("users")\n}\n` }],
      ['@@ignore model', { [MIG]: 'create table users (id int);', [SCHEMA]: `${datasource}model Legacy {\n  id Int @id\n  @@ignore\n}\n` }],
      ['a view maps it', { [MIG]: 'create view active_users as select 1 as id;', [SCHEMA]: `${datasource}model ActiveUser {\n  id Int @id\n  @@map("active_users")\n}\n` }],
    ],
    invalid: [
      ['no migration creates it', { [MIG]: 'create table users (id int primary key);', [SCHEMA]: `${datasource}model User {\n  id Int @id\n  @@map("users")\n}\n\nmodel ApiKey {\n  id Int @id\n  @@map("api_keys")\n}\n` }, [[SCHEMA, 10, 'public.api_keys']]],
      ['case is kept without @@map', { [MIG]: 'create table users (id int primary key);', [SCHEMA]: `${datasource}model Users {\n  id Int @id\n}\n` }, [[SCHEMA, 5, 'public.Users']]],
    ],
  },
  {
    rule: 'migration-skipped',
    valid: [['a Supabase name', { [MIG]: 'select 1;' }]],
    invalid: [['a dated name with dashes', { [MIG]: 'select 1;', 'supabase/migrations/2025-11-05_telemetry.sql': 'create table t (id int);' }, [['supabase/migrations/2025-11-05_telemetry.sql', 1, null]]]],
  },
  {
    rule: 'duplicate-migration-version',
    valid: [
      ['distinct versions', { [MIG]: 'select 1;', 'supabase/migrations/20240101000001_next.sql': 'select 1;' }],
      ['a Prisma layout, where folder names are the versions', { 'prisma/migrations/1_a/migration.sql': 'select 1;', 'prisma/migrations/1_b/migration.sql': 'select 1;' }],
    ],
    invalid: [
      ['two files of one day', { 'supabase/migrations/20251105_crux.sql': 'select 1;', 'supabase/migrations/20251105_runs.sql': 'select 1;' }, [['supabase/migrations/20251105_runs.sql', 1, null]]],
    ],
  },
  {
    rule: 'parse-error',
    valid: [['valid SQL', { [MIG]: 'select 1;' }]],
    invalid: [['a typo on line 2, the rest still read', { [MIG]: 'create table a (id int);\ncreat table b (id int);\nalter table a enable row level security;' }, [[MIG, 2, null]]]],
  },
  {
    rule: 'unreadable-file',
    valid: [['UTF-8 with a BOM', { [MIG]: '\uFEFFselect 1;' }]],
    invalid: [['a binary file', { [MIG]: Buffer.from([0x63, 0x00, 0x01]) }, [[MIG, null, null]]]],
  },
])('$rule', ({ rule, valid, invalid }) => {
  test.each(valid as [string, Record<string, string>][])('valid: %s', async (_name, files) => {
    expect(await found(rule, files)).toEqual([]);
  });
  test.each(invalid as [string, Record<string, string>, unknown[]][])('invalid: %s', async (_name, files, expected) => {
    expect(await found(rule, files)).toEqual(expected);
  });
});

describe('suppression', () => {
  test('an ignore before the statement silences that finding only', async () => {
    const sql = '-- schema-guardian-ignore missing-rls: public lookup table\ncreate table a (id int);\ncreate table b (id int);';
    expect(await found('missing-rls', { [MIG]: sql })).toEqual([[MIG, 3, 'public.b']]);
    expect(await found('unused-ignore', { [MIG]: sql })).toEqual([]);
  });
  test('an ignore-file silences the rule in the whole file', async () => {
    expect(await found('non-idempotent-ddl', { [MIG]: '-- schema-guardian-ignore-file non-idempotent-ddl: runs once\ncreate table a (id int);\ncreate table b (id int);' })).toEqual([]);
  });
  test('an ignore above a Prisma model', async () => {
    const files = { [MIG]: 'select 1;', [SCHEMA]: `${datasource}/// schema-guardian-ignore missing-table: created by the analytics service\nmodel Event {\n  id Int @id\n  @@map("events")\n}\n` };
    expect(await found('missing-table', files)).toEqual([]);
  });
  test('an ignore that silences nothing, or names no rule, is reported', async () => {
    const sql = '-- schema-guardian-ignore missing-rls: stale\ncreate table if not exists a (id int);\nalter table a enable row level security;\ncreate policy p on a using (true);\n-- schema-guardian-ignore missing-rsl: typo\nselect 1;';
    expect(await found('unused-ignore', { [MIG]: sql })).toEqual([[MIG, 1, null], [MIG, 5, null]]);
  });
  test('rules off and ignore-tables in the config', async () => {
    const files = { [MIG]: 'create table a (id int);\ncreate table audit_log (id int);' };
    expect(await found('missing-rls', files, 'ignore-tables: ["public.audit_*"]\n')).toEqual([[MIG, 1, 'public.a']]);
    expect(await found('missing-rls', files, 'rules:\n  missing-rls: off\n')).toEqual([]);
  });
});

test('renames suggested for skipped and duplicate files take versions no other file has', async () => {
  const snapshot = memorySnapshot({
    'supabase/migrations/20251105000000_base.sql': 'select 1;',
    'supabase/migrations/2025-11-05_telemetry.sql': 'select 1;',
    'supabase/migrations/2025-11-05_trust-audit.sql': 'select 1;',
    'supabase/migrations/20251105000001_a.sql': 'select 1;',
    'supabase/migrations/20251105000001_b.sql': 'select 1;',
  });
  const analysis = await analyze(snapshot, loadConfig(snapshot, { knownRules: RULES.map((r) => r.id) }));
  expect(analysis.findings.filter((f) => f.fix?.startsWith('git mv')).map((f) => f.fix)).toEqual([
    'git mv supabase/migrations/2025-11-05_telemetry.sql supabase/migrations/20251105000003_telemetry.sql',
    'git mv supabase/migrations/2025-11-05_trust-audit.sql supabase/migrations/20251105000004_trust_audit.sql',
    'git mv supabase/migrations/20251105000001_b.sql supabase/migrations/20251105000002_b.sql',
  ]);
});
