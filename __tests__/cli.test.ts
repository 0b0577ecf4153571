import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { commitFiles, git } from './helpers/git-repo.js';
import { loadConfig } from '../src/config.js';
import { auditTree } from '../src/projects.js';
import { renderJson } from '../src/report/json.js';
import { diskSnapshot } from '../src/sources/snapshot.js';
import { VERSION } from '../src/version.js';

const CLI = join(process.cwd(), 'dist/cli.js');

/** Runs the built CLI the way a user does; `npm test` rebuilds it from src/ first. */
function run(args: string[], cwd = process.cwd()) {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
  const r = spawnSync('node', [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];
afterAll(() => { for (const root of made) rmSync(root, { recursive: true, force: true }); });

/** A repository written into a fresh temporary folder, removed when the file's tests end. */
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-cli-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const MIG = 'supabase/migrations/20240101000000_init.sql';
const tableWithoutRls = repo({ [MIG]: '-- Initial schema\ncreate table if not exists public.notes (id uuid primary key, user_id uuid not null);\n' });
const onlyAWarning = repo({ [MIG]: 'create table public.notes (id int);\nalter table notes enable row level security;\ncreate policy "read" on notes for select using (true);\n' });

describe('exit codes', () => {
  test.each([
    ['an error finding fails the default --fail-on error', [tableWithoutRls], 1],
    ['--fail-on never never fails', [tableWithoutRls, '--fail-on', 'never'], 0],
    ['a warning does not reach --fail-on error', [onlyAWarning], 0],
    ['a warning reaches --fail-on warning', [onlyAWarning, '--fail-on', 'warning'], 1],
  ])('%s', (_name, args, code) => {
    expect(run(['audit', ...(args as string[])]).code).toBe(code);
  });

  test.each([
    ['no command', [], 'schema-guardian: missing command (try: schema-guardian audit .)'],
    ['an unknown command', ['lint'], 'schema-guardian: unknown command "lint" (the commands are: audit, diff)'],
    ['--base on audit', ['audit', '.', '--base', 'main'], 'schema-guardian: --base belongs to diff (audit looks at one tree)'],
    ['--fail-on-existing on audit', ['audit', '--fail-on-existing'], 'schema-guardian: --fail-on-existing belongs to diff (in an audit every finding counts)'],
    ['--fail-on-existing with a value', ['diff', '--fail-on-existing=yes'], 'schema-guardian: --fail-on-existing takes no value'],
    ['diff outside a git repository', ['diff', tmpdir()], `schema-guardian: ROOT ${tmpdir()} is not in a git repository; diff compares it with a commit (use audit for a folder alone)`],
    ['a root that does not exist', ['audit', '/no/such/dir'], 'schema-guardian: ROOT /no/such/dir is not a folder'],
    ['an unknown format', ['audit', '.', '--format', 'xml'], 'schema-guardian: --format must be one of text, json, markdown, sarif, not "xml"'],
    ['an unknown option', ['audit', '.', '--colour'], 'schema-guardian: --colour needs a value'],
    ['a flag without its value', ['audit', '.', '--schema'], 'schema-guardian: --schema needs a value'],
    ['a flag followed by another flag', ['audit', '--schema', '--format', 'json'], 'schema-guardian: --schema needs a value'],
    ['an unknown option with a value', ['audit', '.', '--colour', 'auto'], 'schema-guardian: unknown option --colour (see --help)'],
    ['an unknown layout, given inline', ['audit', '.', '--layout=rails'], 'schema-guardian: --layout must be supabase, prisma or plain, not "rails"'],
    ['an unknown --fail-on level', ['audit', '.', '--fail-on', 'critical'], 'schema-guardian: --fail-on must be one of error, warning, notice, never, not "critical"'],
    ['a second root', ['audit', '.', 'other'], 'schema-guardian: unexpected argument "other"'],
  ])('usage error, exit 2, one line: %s', (_name, args, line) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${line}\n`);
    expect(r.stdout).toBe('');
  });

  test.each([
    ['-h', /^Usage: schema-guardian audit \[ROOT\] \[options\]\n/],
    ['--help', /^Usage: schema-guardian audit \[ROOT\] \[options\]\n/],
    ['-v', /^0\.1\.0\n$/],
  ])('%s prints to stdout and exits 0, whatever follows it', (flag, out) => {
    const r = run([flag, 'audit', '--no-such-flag']);
    expect(r).toEqual({ code: 0, stdout: expect.stringMatching(out), stderr: '' });
  });

  test('a --migrations path that does not exist is a usage error naming it', () => {
    const r = run(['audit', tableWithoutRls, '--migrations', 'db/missing']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('db/missing');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('a config with an unknown key is a usage error naming the file and key', () => {
    const root = repo({ [MIG]: 'select 1;\n', '.schema-guardian.yml': 'exposed-schema: [public]\n' });
    const r = run(['audit', root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^schema-guardian: \.schema-guardian\.yml.*exposed-schema.*exposed-schemas/);
  });

  test('a repository without schema or migrations exits 0 and says what it looked for', () => {
    const r = run(['audit', repo({ 'README.md': 'nothing here\n' })]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/note: .*supabase\/migrations/);
    expect(r.stdout.trim().split('\n').pop()).toBe('0 finding(s): 0 error(s), 0 warning(s), 0 notice(s) in 0 migration file(s)');
  });
});

test('text: one line per finding, file:line severity rule message, then a count', () => {
  const lines = run(['audit', tableWithoutRls]).stdout.trim().split('\n');
  expect(lines).toEqual([
    `${MIG}:2 error missing-rls Table public.notes is in the exposed schema public but row level security is not enabled: any client holding the public API key can read and change every row.`,
    'note: No Prisma schema found: looked for the prisma.schema field of package.json, prisma/schema.prisma, a prisma/schema/ folder, and any schema.prisma or prisma/schema/ folder in subfolders (set `schema` to point at it).',
    '1 finding(s): 1 error(s), 0 warning(s), 0 notice(s) in 1 migration file(s)',
  ]);
});

test('json: the stable contract', () => {
  const out = JSON.parse(run(['audit', tableWithoutRls, '--format', 'json']).stdout);
  expect(Object.keys(out)).toEqual(['tool', 'findings', 'tables', 'migrations', 'notes', 'projects']);
  expect(out.tool).toEqual({ name: 'schema-guardian', version: '0.1.0' });
  expect(out.findings).toEqual([{
    rule: 'missing-rls', severity: 'error', file: MIG, line: 2, object: 'public.notes',
    message: 'Table public.notes is in the exposed schema public but row level security is not enabled: any client holding the public API key can read and change every row.',
    fix: [
      'ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;',
      '-- DROP POLICY IF EXISTS "Users manage their own rows" ON public.notes;',
      '-- CREATE POLICY "Users manage their own rows" ON public.notes',
      '--   FOR ALL TO authenticated USING ((select auth.uid()) = user_id) WITH CHECK ((select auth.uid()) = user_id);',
    ].join('\n'),
  }]);
  expect(out.tables).toEqual([{ name: 'public.notes', model: null, createdIn: MIG, rls: false, policies: 0 }]);
  expect(out.migrations).toEqual([{ file: MIG, statements: 1, applied: true, idempotent: true }]);
  expect(out.notes).toEqual([expect.stringMatching(/^No Prisma schema found: /)]);
  expect(out.projects).toEqual([{ root: '.', schema: [], migrations: 'supabase/migrations', layout: 'supabase' }]);
});

// Over 512 KB of SQL: the bundle parses these migrations on its parse thread (src/parse/ahead.ts), where the sources
// run in-process have no thread script and parse them on the main thread.
test('json: a history large enough for the parse thread reports exactly what the engine reports in-process', async () => {
  const migration = (i: number) => [
    `-- Step ${i}: a table and its policy`,
    `-- ${'x'.repeat(3000)}`,
    `CREATE TABLE public.t${i} (id uuid PRIMARY KEY, user_id uuid NOT NULL, body text);`,
    `ALTER TABLE public.t${i} ENABLE ROW LEVEL SECURITY;`,
    `CREATE POLICY "own ${i}" ON public.t${i} FOR SELECT USING (user_id = auth.uid());`,
    `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'i${i}') THEN CREATE INDEX i${i} ON public.t${i} (user_id); END IF; END $$;`,
    i % 40 === 7 ? `CREATE TABLE broken${i} (id int,);` : `CREATE TABLE IF NOT EXISTS public.u${i} (id int);`,
    `-- schema-guardian-ignore missing-rls: reference data`,
    `CREATE TABLE public.v${i} (id int);`,
  ].join('\n');
  const files: Record<string, string> = { 'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel T0 {\n  id     String @id @db.Uuid\n  userId String @map("user_id") @db.Uuid\n  body   String?\n  @@map("t0")\n}\n' };
  for (let i = 0; i < 200; i++) files[`supabase/migrations/2024010100${String(i).padStart(4, '0')}_step_${i}.sql`] = migration(i);
  const root = repo(files);
  const snapshot = diskSnapshot(root);
  const inProcess = renderJson(await auditTree(snapshot, loadConfig(snapshot)), VERSION);
  const r = run(['audit', root, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(JSON.parse(r.stdout)).toEqual(JSON.parse(inProcess));
  const broken = [7, 47, 87, 127, 167].map((i) => `supabase/migrations/2024010100${String(i).padStart(4, '0')}_step_${i}.sql`);
  expect(JSON.parse(r.stdout).findings.filter((f: { rule: string }) => f.rule === 'parse-error').map((f: { file: string }) => f.file)).toEqual(broken);
});

test('sarif and markdown formats print documents', () => {
  const sarif = JSON.parse(run(['audit', tableWithoutRls, '--format', 'sarif']).stdout);
  expect(sarif.version).toBe('2.1.0');
  expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['missing-rls']);
  expect(run(['audit', tableWithoutRls, '--format', 'markdown']).stdout).toMatch(/^# Schema Health Report/m);
});

describe('diff: the pull request from a terminal', () => {
  /** A repository whose main has one table with RLS; the feature branch adds `feature` (committed) on top. */
  function branchRepo(feature: Record<string, string | null>): string {
    const root = repo({});
    git(root, 'init', '-q');
    commitFiles(root, { [MIG]: 'create table if not exists public.a (id int primary key);\nalter table public.a enable row level security;\ncreate policy "read" on public.a for select using (true);\n' }, 'main');
    git(root, 'checkout', '-q', '-b', 'feature');
    commitFiles(root, feature, 'feature');
    return root;
  }
  const NEW = 'supabase/migrations/20240201000000_b.sql';

  test('exits 1 for a new error, 0 when the branch adds none, and says what it compared', () => {
    const root = branchRepo({ [NEW]: 'create table if not exists public.b (id int primary key);\n' });
    const r = run(['diff', root, '--base', 'main']);
    expect(r.code).toBe(1);
    const main = git(root, 'rev-parse', 'main').slice(0, 7);
    const head = git(root, 'rev-parse', 'HEAD').slice(0, 7);
    expect(r.stdout.trim().split('\n')).toEqual([
      `${NEW}:1 error missing-rls Table public.b is in the exposed schema public but row level security is not enabled: any client holding the public API key can read and change every row. (new)`,
      'note: No Prisma schema found: looked for the prisma.schema field of package.json, prisma/schema.prisma, a prisma/schema/ folder, and any schema.prisma or prisma/schema/ folder in subfolders (set `schema` to point at it).',
      `Compared ${head} with ${main}: 1 new, 0 existing, 0 resolved finding(s); 1 migration file(s) changed.`,
      '❌ Failing: 1 new error at or above fail-on `error`.',
    ]);
    expect(run(['diff', root, '--base', 'main', '--fail-on', 'never']).code).toBe(0);
    expect(run(['diff', branchRepo({ 'README.md': 'docs only\n' }), '--base', 'main']).code).toBe(0);
  });

  test('compares uncommitted changes too, with main found without --base', () => {
    const root = branchRepo({ 'README.md': 'x\n' });
    writeFileSync(join(root, NEW), 'create table public.c (id int primary key);\nalter table public.c enable row level security;\n');
    const r = run(['diff', root, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { base: string; head: string; status: string; changes: unknown[]; findings: { rule: string; status: string }[] };
    expect(out).toMatchObject({ base: git(root, 'rev-parse', 'main'), head: 'working tree', status: 'pass', changes: [{ file: NEW, change: 'added' }] });
    expect(out.findings.map((f) => [f.rule, f.status])).toEqual([['non-idempotent-ddl', 'new'], ['rls-no-policy', 'new']]);
  });

  test('names what the branch silences, and --fail-on-existing counts what main already has', () => {
    const root = branchRepo({ '.schema-guardian.yml': 'rules:\n  rls-no-policy: off\n' });
    const r = run(['diff', root, '--base', 'main']);
    expect(r.stdout).toContain('silences: turns `rls-no-policy` off (it was notice)\n');
    const old = branchRepo({ 'README.md': 'x\n' });
    git(old, 'checkout', '-q', 'main');
    commitFiles(old, { 'supabase/migrations/20240102000000_x.sql': 'create table if not exists public.x (id int primary key);\n' });
    git(old, 'checkout', '-q', '-b', 'topic');
    expect(run(['diff', old, '--base', 'main']).code).toBe(0);
    expect(run(['diff', old, '--base', 'main', '--fail-on-existing']).code).toBe(1);
    // An existing finding's fix is checked and shown only when it counts.
    const fixes = (args: string[]) => (JSON.parse(run(['diff', old, '--base', 'main', '--format', 'json', ...args]).stdout) as { findings: { rule: string; object?: string; fix?: string }[] }).findings
      .filter((f) => f.object === 'public.x').map((f) => [f.rule, f.fix?.split('\n')[0]]);
    expect(fixes([])).toEqual([['missing-rls', undefined]]);
    expect(fixes(['--fail-on-existing'])).toEqual([['missing-rls', 'ALTER TABLE public.x ENABLE ROW LEVEL SECURITY;']]);
  });

  test('a --base that is not a commit is a usage error', () => {
    const r = run(['diff', branchRepo({ 'README.md': 'x\n' }), '--base', 'no-such-branch']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^schema-guardian: --base no-such-branch is not a commit of .+\n$/);
  });

  test('markdown is the pull request comment: the headline judges the new findings only', () => {
    const root = branchRepo({ 'README.md': 'x\n' });
    git(root, 'checkout', '-q', 'main');
    commitFiles(root, { 'supabase/migrations/20240102000000_x.sql': 'create table if not exists public.x (id int primary key);\n' });
    git(root, 'checkout', '-q', '-b', 'topic');
    const lines = run(['diff', root, '--base', 'main', '--format', 'markdown']).stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['# Schema Health Report', '', '✅ **No new findings** · 1 error already on the base branch']);
    expect(lines).toContain('## This pull request');
  });
});
