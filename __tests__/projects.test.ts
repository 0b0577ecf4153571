import { Ajv } from 'ajv';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { judge, loadConfig } from '../src/config.js';
import { auditTree, type TreeAudit } from '../src/projects.js';
import { renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderSarif } from '../src/report/sarif.js';
import { renderText } from '../src/report/text.js';
import { RULES } from '../src/rules/index.js';
import { diskSnapshot } from '../src/sources/snapshot.js';
import type { Snapshot } from '../src/types.js';
import { memorySnapshot } from './helpers/memory-snapshot.js';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const DATASOURCE = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n';
const MIG = 'supabase/migrations/20240101000000_init.sql';
/** A clean Supabase migration: a table with RLS and a policy, each statement re-runnable. */
const CLEAN = 'create table if not exists public.profiles (id uuid primary key);\nalter table public.profiles enable row level security;\n' +
  'drop policy if exists "read" on public.profiles;\ncreate policy "read" on public.profiles for select using (true);\n';

async function audit(snapshot: Snapshot): Promise<TreeAudit> {
  return auditTree(snapshot, loadConfig(snapshot, { knownRules: RULES.map((r) => r.id) }));
}

function headline(tree: TreeAudit): string {
  return renderMarkdown(tree.merged).split('\n')[2]!;
}

function section(md: string, title: string): string {
  const start = md.indexOf(`## ${title}\n`);
  const end = md.indexOf('\n## ', start + 1);
  return md.slice(start, end === -1 ? undefined : end + 1);
}

// The OASIS SARIF 2.1.0 schema vendored for the report tests; written for draft-04, read by Ajv as draft-07 (see there).
const { $schema: _draft04, id, ...SARIF_SCHEMA } = JSON.parse(readFileSync(new URL('./report/fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const validateSarif = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile({ $id: id, ...SARIF_SCHEMA });

describe('a monorepo: each project audited on its own', () => {
  let tree: TreeAudit;
  beforeAll(async () => {
    tree = await audit(diskSnapshot(join(FIXTURES, 'monorepo')));
  });

  test('the backend\'s schema goes with its Prisma migrations, the UI\'s migrations stand alone', () => {
    expect(tree.projects.map((p) => p.project)).toEqual([
      { root: 'libs/superagent', schema: ['libs/superagent/prisma/schema.prisma'], migrations: 'libs/superagent/prisma/migrations', layout: 'prisma' },
      { root: 'libs/ui', schema: [], migrations: 'libs/ui/supabase/migrations', layout: 'supabase' },
    ]);
  });

  test('no model is compared with another package\'s tables: no missing-table, no missing-model', () => {
    expect(tree.merged.findings.filter((f) => f.rule === 'missing-table' || f.rule === 'missing-model')).toEqual([]);
  });

  test('each project\'s own findings, paths relative to ROOT', () => {
    const where = (p: number) => tree.projects[p]!.analysis.findings.map((f) => `${f.rule} ${f.file}:${f.line}`);
    expect(where(0)).toEqual([
      'non-idempotent-ddl libs/superagent/prisma/migrations/20240101000000_init/migration.sql:2',
      'non-idempotent-ddl libs/superagent/prisma/migrations/20240101000000_init/migration.sql:11',
    ]);
    expect(where(1)).toEqual([
      'non-idempotent-ddl libs/ui/supabase/migrations/20240201000000_profiles.sql:6',
      'missing-rls libs/ui/supabase/migrations/20240202000000_notes.sql:1',
      'unindexed-foreign-key libs/ui/supabase/migrations/20240202000000_notes.sql:1',
    ]);
    expect(tree.merged.findings).toEqual([...tree.projects[0]!.analysis.findings, ...tree.projects[1]!.analysis.findings]);
  });

  test('the JSON keeps its shape: every project\'s findings, tables and migrations, plus the projects', () => {
    const json = JSON.parse(renderJson(tree, '9.9.9'));
    expect(Object.keys(json)).toEqual(['tool', 'findings', 'tables', 'migrations', 'notes', 'projects']);
    expect(json.findings).toEqual(tree.merged.findings);
    expect(json.tables.map((t: { name: string; model: string | null }) => [t.name, t.model])).toEqual([
      ['public._prisma_migrations', null], ['public.Agent', 'Agent'], ['public.Run', 'Run'], ['public.notes', null], ['public.profiles', null],
    ]);
    expect(json.migrations.map((m: { file: string }) => m.file)).toEqual([
      'libs/superagent/prisma/migrations/20240101000000_init/migration.sql',
      'libs/ui/supabase/migrations/20240201000000_profiles.sql',
      'libs/ui/supabase/migrations/20240202000000_notes.sql',
    ]);
    expect(json.projects).toEqual(tree.projects.map((p) => p.project));
    expect(json.notes).toEqual(['No Prisma schema found for libs/ui/supabase/migrations: looked in libs/ui, in the folders above it and in those inside it (set `schema` to point at it).']);
  });

  test('the text report prints each project as its own block, then the total', () => {
    const blocks = renderText(tree).split('\n\n');
    expect(blocks).toHaveLength(3);
    expect(blocks[0]!.split('\n')[0]).toBe('project libs/superagent: libs/superagent/prisma/schema.prisma; libs/superagent/prisma/migrations (prisma)');
    expect(blocks[0]!.split('\n').at(-1)).toBe('2 finding(s): 0 error(s), 2 warning(s), 0 notice(s) in 1 migration file(s) and libs/superagent/prisma/schema.prisma');
    expect(blocks[1]!.split('\n')[0]).toBe('project libs/ui: no Prisma schema; libs/ui/supabase/migrations (supabase)');
    expect(blocks[2]).toBe('5 finding(s): 1 error(s), 3 warning(s), 1 notice(s) in 2 projects');
  });
});

test('one project: the merged view is that project\'s analysis, and the text report has no project blocks', async () => {
  const tree = await audit(memorySnapshot({ [MIG]: CLEAN }));
  expect(tree.projects).toHaveLength(1);
  expect(tree.merged).toBe(tree.projects[0]!.analysis);
  expect(renderText(tree).split('\n').at(-1)).toBe('0 finding(s): 0 error(s), 0 warning(s), 0 notice(s) in 1 migration file(s)');
});

test('a schema no migrations go with is named in the notes of the tree', async () => {
  const tree = await audit(memorySnapshot({ 'apps/api/prisma/schema.prisma': `${DATASOURCE}model A {\n  id Int @id\n}\n`, 'apps/ui/supabase/migrations/1_a.sql': CLEAN }));
  const note = 'The Prisma schema apps/api/prisma/schema.prisma has no migrations in its package or around it, so it is not audited (set `schema` and `migrations` to audit it).';
  expect(tree.notes).toEqual([note]);
  expect(tree.merged.notes).toContain(note);
  expect(tree.merged.findings.filter((f) => f.rule === 'missing-table')).toEqual([]);
});

describe('the schemas a Supabase project\'s API serves need RLS like public', () => {
  const root = join(FIXTURES, 'supabase-api-schemas');

  test('a table in the api schema supabase/config.toml exposes is reported; private and public with RLS are not', async () => {
    const tree = await audit(diskSnapshot(root));
    expect(tree.merged.exposedSchemas).toEqual(['public', 'api']);
    expect(tree.merged.findings.filter((f) => f.rule === 'missing-rls').map((f) => [f.object, f.file, f.line])).toEqual([['api.widgets', 'supabase/migrations/20240301000000_api.sql', 8]]);
  });

  test('the exposed-schemas key still wins', async () => {
    const disk = diskSnapshot(root);
    const snapshot: Snapshot = { ...disk, files: () => [...disk.files(), '.schema-guardian.yml'], read: (p) => (p === '.schema-guardian.yml' ? Buffer.from('exposed-schemas: [public, private]\n') : disk.read(p)) };
    const tree = await audit(snapshot);
    expect(tree.merged.findings.filter((f) => f.rule === 'missing-rls').map((f) => f.object)).toEqual(['private.ledger']);
  });
});

describe('a Prisma schema that cannot be compared is said so, never "Healthy"', () => {
  test('next-auth\'s SQLite schema: a note, the status, and the schema section say it was not compared', async () => {
    const tree = await audit(diskSnapshot(join(FIXTURES, 'prisma-sqlite')));
    const note = 'The Prisma schema was not compared with the migrations: its datasource provider is sqlite, not PostgreSQL.';
    expect(tree.merged.notes).toEqual([note]);
    expect(tree.merged.findings.map((f) => f.rule)).toEqual(['non-idempotent-ddl']);
    expect(headline(tree)).toBe('✅ **Passing**: 1 warning below fail-on `error` · the Prisma schema was not compared with the migrations: its datasource provider is sqlite, not PostgreSQL');
    const md = renderMarkdown(tree.merged);
    expect(section(md, 'Schema comparison')).toBe('## Schema comparison\n\nThe Prisma schema was not compared with the migrations: its datasource provider is sqlite, not PostgreSQL. The migrations create 1 table.\n\n');
    expect(md).not.toContain('Not reported (ignored)');
  });

  test.each([
    ['a SQLite schema', `${DATASOURCE.replace('postgresql', 'sqlite')}model User {\n  id Int @id\n}\n`, 'its datasource provider is sqlite, not PostgreSQL'],
    ['an empty schema file', '', 'it declares no model, so no table is compared with one'],
  ])('%s and clean migrations: partly checked', async (_, schema, why) => {
    const tree = await audit(memorySnapshot({ [MIG]: CLEAN, 'prisma/schema.prisma': schema }));
    expect(tree.merged.findings).toEqual([]);
    expect(headline(tree)).toBe(`⚠️ **Partly checked**: no findings · the Prisma schema was not compared with the migrations: ${why}`);
    expect(JSON.parse(renderJson(tree, '1')).notes).toEqual([`The Prisma schema was not compared with the migrations: ${why}.`]);
  });

  test('a schema that does not parse: its finding fails the run, and the status says the comparison did not run', async () => {
    const tree = await audit(memorySnapshot({ [MIG]: CLEAN, 'prisma/schema.prisma': `${DATASOURCE}model User {\n  id Int @id\n` }));
    expect(tree.merged.findings.map((f) => [f.rule, f.file, f.line])).toEqual([['prisma-parse-error', 'prisma/schema.prisma', 6]]);
    expect(headline(tree)).toBe('❌ **Failing**: 1 error at or above fail-on `error` · the Prisma schema was not compared with the migrations: prisma/schema.prisma does not parse (see the prisma-parse-error finding)');
  });
});

describe('no migrations, no schema: nothing to check, and every output says why', () => {
  let tree: TreeAudit;
  beforeAll(async () => {
    tree = await audit(memorySnapshot({ 'README.md': 'nothing here\n' }));
  });
  const NOTES = [
    'No Prisma schema found: looked for the prisma.schema field of package.json, prisma/schema.prisma, a prisma/schema/ folder, and any schema.prisma or prisma/schema/ folder in subfolders (set `schema` to point at it).',
    'No migrations found: looked for supabase/migrations and prisma/migrations at the root and in subfolders, and a migrations folder next to the Prisma schema (set `migrations` to point at them).',
  ];

  test('markdown: "Nothing to check", not "Healthy"', () => {
    const md = renderMarkdown(tree.merged, { judgement: judge(tree.merged.findings, { failOn: 'error', failOnExisting: false }) });
    expect(md.split('\n')[2]).toBe('➖ **Nothing to check**: no Prisma schema and no migrations were found');
    expect(section(md, 'Executive summary')).toContain('**Verdict:** ➖ Nothing to check: no Prisma schema and no migrations were found.');
  });

  test('JSON: the notes', () => {
    expect(JSON.parse(renderJson(tree, '1'))).toEqual({
      tool: { name: 'schema-guardian', version: '1' }, findings: [], tables: [], migrations: [], notes: NOTES,
      projects: [{ root: '.', schema: [], migrations: null, layout: null }],
    });
  });

  test('SARIF: the notes as the invocation\'s notifications, valid against the official schema', () => {
    const log = renderSarif(tree.merged.findings, RULES, '1', tree.merged.notes);
    expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: NOTES.map((text) => ({ level: 'note', message: { text } })) }]);
  });
});

describe('files on disk', () => {
  let root: string;
  let outside: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sg-projects-'));
    outside = mkdtempSync(join(tmpdir(), 'sg-outside-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  test('a migration that links out of ROOT is refused with the reason and never read, nor echoed', async () => {
    writeFileSync(join(outside, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
    write(MIG, CLEAN);
    symlinkSync(join(outside, 'passwd'), join(root, 'supabase/migrations/20240102000000_passwd.sql'));
    const tree = await audit(diskSnapshot(root));
    const refused = tree.merged.findings.filter((f) => f.file === 'supabase/migrations/20240102000000_passwd.sql');
    expect(refused.map((f) => f.rule)).toEqual(['unreadable-file']);
    expect(refused[0]!.message).toMatch(/^Not checked: a symbolic link to .*passwd, outside the folder audited \(.*\): not read\.$/);
    expect(renderJson(tree, '1')).not.toContain('root:x:0');
  });

  test('a parse error after an unterminated $$ quotes one line of at most 200 characters, not the rest of the file', async () => {
    const rest = Array.from({ length: 2000 }, (_, i) => `insert into public.log values (${i}, '${'x'.repeat(300)}');`).join('\n');
    write(MIG, `create function public.f() returns int language sql as $$select 1;\n${rest}\n`);
    const tree = await audit(diskSnapshot(root));
    const [problem] = tree.merged.findings.filter((f) => f.rule === 'parse-error');
    expect(problem).toMatchObject({ file: MIG, line: 1 });
    expect(problem!.message).toBe('PostgreSQL cannot parse this statement: unterminated dollar-quoted string at or near "$$select 1;…".');
  });
});
