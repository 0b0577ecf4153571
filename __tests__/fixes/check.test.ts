/**
 * The engine checks every fix before it shows it: what it shows passes, a candidate that fails gives way to the next,
 * and a finding none of whose candidates pass says so instead of suggesting one.
 */
import { analyze } from '../../src/analyze.js';
import { loadConfig } from '../../src/config.js';
import { NO_VERIFIED_FIX } from '../../src/fixes/check.js';
import { gitMv, gitRestore, parseGitMv, parseGitRestore } from '../../src/fixes/git-commands.js';
import { diffFindings, migrationChanges } from '../../src/diff.js';
import type { Finding } from '../../src/types.js';
import { RULES } from '../../src/rules/index.js';
import { memorySnapshot } from '../helpers/memory-snapshot.js';
import { readDocPage } from '../rules/docs-examples.js';
import { analysis, DATASOURCE, MIGRATION, SCHEMA, type Files } from '../rules/engine.js';

const only = (rule: string, findings: Finding[]) => findings.filter((f) => f.rule === rule).map(({ line, message, fix }) => ({ line, message, fix }));

test('ALTER TABLE … ADD without COLUMN is fixed with ADD COLUMN IF NOT EXISTS, not given itself back', async () => {
  const { findings } = await analysis({ [MIGRATION]: 'CREATE TABLE IF NOT EXISTS public.profiles (id int);\nALTER TABLE IF EXISTS public.profiles ADD company TEXT;' });
  expect(only('non-idempotent-ddl', findings)).toEqual([{
    line: 2,
    message: 'Fails when the migration runs again: column "company" of relation "profiles" already exists.',
    fix: 'ALTER TABLE IF EXISTS public.profiles ADD COLUMN IF NOT EXISTS company TEXT;',
  }]);
});

test('a rewrite that still fails gives way to a guard for exactly what the re-run raises', async () => {
  const { findings } = await analysis({ [MIGRATION]: 'CREATE TABLE IF NOT EXISTS t (id int NOT NULL);\nALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;' });
  expect(only('non-idempotent-ddl', findings).map((f) => f.fix)).toEqual([
    'DO $$\nBEGIN\n  ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;\nEXCEPTION WHEN object_not_in_prerequisite_state THEN NULL;\nEND $$;',
  ]);
});

test.each([
  ['a guard that makes a later statement of the file fail', 'non-idempotent-ddl', { [MIGRATION]: 'DROP TABLE IF EXISTS u;\nCREATE TABLE u (id int);\nCREATE VIEW v AS SELECT id FROM u;' }],
  ['a table whose name a sequence already has: CREATE TABLE IF NOT EXISTS skips it', 'missing-table', {
    [MIGRATION]: 'CREATE SEQUENCE IF NOT EXISTS public.api_keys;', [SCHEMA]: `${DATASOURCE}model ApiKey {\n  id Int @id\n  @@map("api_keys")\n}\n`,
  }],
])('no fix passes (%s): the finding says so and shows none', async (_name, rule, files: Files) => {
  const found = (await analysis(files)).findings.filter((f) => f.rule === rule);
  expect(found.map((f) => [f.fix, f.message.endsWith(` ${NO_VERIFIED_FIX}`)])).toEqual([[undefined, true]]);
});

test('a fix that fails among others is set aside, and the others still pass without it', async () => {
  // Checked together first: the group fails on the sequence's name, and each half is parsed and checked again.
  const files = {
    [MIGRATION]: 'CREATE SEQUENCE IF NOT EXISTS public.api_keys;',
    [SCHEMA]: `${DATASOURCE}model ApiKey {\n  id Int @id\n  @@map("api_keys")\n}\n\nmodel Token {\n  id Int @id\n  @@map("tokens")\n}\n`,
  };
  const found = (await analysis(files)).findings.filter((f) => f.rule === 'missing-table');
  expect(found.map((f) => [f.object, f.fix?.split('\n')[0], f.message.endsWith(` ${NO_VERIFIED_FIX}`)])).toEqual([
    ['public.api_keys', undefined, true],
    ['public.tokens', 'CREATE TABLE IF NOT EXISTS public.tokens (', false],
  ]);
});

test('the missing table of an RLS project comes with RLS on, so the next audit reports neither', async () => {
  const files = {
    [MIGRATION]: 'CREATE TABLE IF NOT EXISTS public.users (id uuid PRIMARY KEY);\nALTER TABLE public.users ENABLE ROW LEVEL SECURITY;\nCREATE POLICY "own" ON public.users USING (auth.uid() = id);',
    [SCHEMA]: `${DATASOURCE}model User {\n  id   String @id @db.Uuid\n  keys ApiKey[]\n  @@map("users")\n}\n\nmodel ApiKey {\n  id     String @id @default(uuid()) @db.Uuid\n  userId String @map("user_id") @db.Uuid\n  user   User   @relation(fields: [userId], references: [id])\n  @@map("api_keys")\n}\n`,
  };
  const fix = (await analysis(files)).findings.find((f) => f.rule === 'missing-table')!.fix!;
  expect(fix).toContain('ALTER TABLE public.api_keys ENABLE ROW LEVEL SECURITY;');
  const after = await analysis({ ...files, 'supabase/migrations/20240102000000_api_keys.sql': fix });
  expect(after.findings.filter((f) => f.object === 'public.api_keys' && f.severity !== 'notice')).toEqual([]);
});

test('a migration without a date in its name is renamed after the newest one, and the rename is checked', async () => {
  const { findings } = await analysis({ [MIGRATION]: 'select 1;', 'supabase/migrations/20240301000000_more.sql': 'select 1;', 'supabase/migrations/add users.sql': 'select 1;' });
  expect(only('migration-skipped', findings).map((f) => f.fix)).toEqual(["git mv 'supabase/migrations/add users.sql' 'supabase/migrations/20240301000001_add users.sql'"]);
});

test('the pull-request rules’ renames and restores are checked on the pull request', async () => {
  const base = { [MIGRATION]: 'select 1;', 'supabase/migrations/20240301000000_b.sql': 'select 2;', 'supabase/migrations/20240401000000_c.sql': 'select 3;' };
  const head = { [MIGRATION]: 'select 1; -- edited', 'supabase/migrations/20240401000000_c.sql': 'select 3;', 'supabase/migrations/20240201000000_late.sql': 'select 4;' };
  const [before, after] = [await analysis(base), await analysis(head)];
  const diff = diffFindings(before, after, migrationChanges(before, after, memorySnapshot(base), memorySnapshot(head)));
  expect(diff.findings.filter((f) => f.rule.startsWith('migration-')).map((f) => [f.rule, f.fix])).toEqual([
    ['migration-modified', `${gitRestore('origin/HEAD', MIGRATION)}\n# then put the change in a new migration`],
    ['migration-out-of-order', gitMv('supabase/migrations/20240201000000_late.sql', 'supabase/migrations/20240401000001_late.sql')],
    ['migration-deleted', `${gitRestore('origin/HEAD', 'supabase/migrations/20240301000000_b.sql')}\n# then undo its changes in a new migration`],
  ]);
});

test.each([
  ['plain paths', 'supabase/migrations/a.sql', 'supabase/migrations/1_a.sql'],
  ['a space and a quote', "db/it's here.sql", 'db/1_it is.sql'],
])('git commands read back what they write: %s', (_name, from, to) => {
  expect(parseGitMv(gitMv(from, to))).toEqual({ from, to });
  expect(parseGitRestore(`${gitRestore('abc123', from)}\n# then …`)).toEqual({ rev: 'abc123', path: from });
});

/** Every ❌ example of every rule page, as the engine sees it: each one's findings of its rule, fixes included. */
const DOC_EXAMPLES = RULES.flatMap((rule) => readDocPage(rule.id).examples.filter((e) => e.expected.length > 0).map((e) => [rule.id, e.title, e] as const));

test.each(DOC_EXAMPLES)('%s, docs example “%s”: every fix the engine finds passes its check', async (rule, _title, example) => {
  let found: Finding[];
  if (example.base) {
    const [before, after] = [await analysis(example.base), await analysis(example.files)];
    found = diffFindings(before, after, migrationChanges(before, after, memorySnapshot(example.base), memorySnapshot(example.files))).findings;
  } else found = (await analysis(example.files)).findings;
  expect(found.filter((f) => f.rule === rule && f.message.endsWith(NO_VERIFIED_FIX))).toEqual([]);
});

describe('analyze gives the caller a turn after the walk and before each fix check that re-audits the whole tree', () => {
  const noRls = 'CREATE TABLE IF NOT EXISTS public.notes (id int PRIMARY KEY);\n';
  const withSchema = { [MIGRATION]: noRls, [SCHEMA]: `${DATASOURCE}model Other {\n  id Int @id\n}\n` };
  test.each([
    { tree: 'a new-migration fix and model fixes to check', files: withSchema, options: {}, turns: 3 },
    { tree: 'only a new-migration fix', files: { [MIGRATION]: noRls }, options: {}, turns: 2 },
    { tree: 'nothing to fix', files: { [MIGRATION]: 'SELECT 1;\n' }, options: {}, turns: 1 },
    { tree: 'fixes left unchecked (a base)', files: withSchema, options: { checkFixes: false }, turns: 1 },
  ])('$tree: $turns', async ({ files, options, turns }) => {
    let taken = 0;
    const snapshot = memorySnapshot(files);
    await analyze(snapshot, loadConfig(snapshot), undefined, { ...options, betweenPhases: () => taken++ });
    expect(taken).toBe(turns);
  });
});

describe('a large file gives the caller turns while it is read and replayed', () => {
  /** About 30 bytes a statement: 10,000 of them fill more than one parse piece (PIECE_BYTES, 256 KB). */
  const selects = (count: number) => Array.from({ length: count }, (_, i) => `SELECT 'row ${i} of a long file';\n`).join('');
  test.each([
    { statements: 9_999, phases: 1 },
    { statements: 10_000, phases: 3 },
  ])('$statements statements: $phases turn(s) between phases (the walk\'s end, and after each run from 10,000 on), some between parse pieces', async ({ statements, phases }) => {
    let betweenPhases = 0;
    let betweenSteps = 0;
    const snapshot = memorySnapshot({ [MIGRATION]: selects(statements) });
    await analyze(snapshot, loadConfig(snapshot), undefined, { betweenPhases: () => betweenPhases++, betweenSteps: () => betweenSteps++ });
    expect(betweenPhases).toBe(phases);
    expect(betweenSteps).toBeGreaterThan(0);
  });
});
