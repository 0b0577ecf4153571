/**
 * The fixes the engine shows, applied for real. For the example app: every SQL fix runs on PostgreSQL 15 after the
 * migrations, twice; every statement fix replaces its statement and the file then runs twice; every Prisma model
 * passes Prisma's own schema engine; every `git mv` runs in a copy of the repository. After each, a re-audit no
 * longer reports the finding. For the re-run cases of the catalog's tests: each statement's fix, put in place of the
 * statement, runs twice on PostgreSQL where the statement failed the second time.
 *
 * Starts a private server (see helpers/postgres.ts). Skipped when no PostgreSQL server programs are installed, unless
 * SCHEMA_GUARDIAN_REQUIRE_PG is set.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { analyze } from '../../src/analyze.js';
import { loadConfig } from '../../src/config.js';
import { NO_VERIFIED_FIX } from '../../src/fixes/check.js';
import { parseGitMv } from '../../src/fixes/git-commands.js';
import { applyModelFix } from '../../src/fixes/prisma-model.js';
import { pinSearchPath } from '../../src/fixes/search-path.js';
import { parseMigration } from '../../src/parse/sql.js';
import { RULES } from '../../src/rules/index.js';
import { diskSnapshot } from '../../src/sources/snapshot.js';
import type { Analysis, Finding, Snapshot } from '../../src/types.js';
import { failingCases } from '../catalog/rerun-cases.js';
import { TASKS_SCHEMA, TEAMS_SQL } from './fixtures.js';
import { git, removeTemp, tempDir } from '../helpers/git-repo.js';
import { memorySnapshot } from '../helpers/memory-snapshot.js';
import { describeWithPostgres } from '../helpers/postgres.js';

const require = createRequire(import.meta.url);
const prismaEngine = require('@prisma/prisma-schema-wasm') as { validate(params: string): void };

const EXAMPLE = 'examples/saas-app';

/** The rules whose fix replaces a statement that fails when its file runs again. */
const RERUN_RULES = ['non-idempotent-ddl', 'non-idempotent-data'];

/** What a Supabase project's database adds to the tests' stand-in: its search_path reaches `extensions`. */
const SEARCH_PATH = 'ALTER ROLE postgres SET search_path = "$user", public, extensions;';

/**
 * Re-run cases whose statement has no fix the engine could verify, and why: the obvious candidates either fail
 * themselves or make a later statement of the file fail, and CASCADE would drop what the first run kept.
 */
const UNFIXABLE: Record<string, string> = {
  'a plain DROP of a table that a view made later in the file reads': 'skipping the DROP makes the CREATE TABLE after it fail',
  'dropping a column that a view made later in the file uses': 'skipping the DROP COLUMN makes the ADD COLUMN after it fail',
};

/** A tree with some files replaced or added. */
function overlay(base: Snapshot, changed: Record<string, string>): Snapshot {
  const files = [...new Set([...base.files(), ...Object.keys(changed)])].sort();
  return { label: base.label, files: () => files, read: (path) => (path in changed ? Buffer.from(changed[path]!) : base.read(path)) };
}

async function audit(snapshot: Snapshot): Promise<Analysis> {
  return analyze(snapshot, loadConfig(snapshot, { knownRules: RULES.map((r) => r.id) }));
}

const sameFinding = (a: Finding) => (b: Finding) => b.rule === a.rule && (a.object !== undefined ? b.object === a.object : b.file === a.file && b.line === a.line);

/** Prisma 7's engine refuses connection URLs in the schema; they say nothing about the models. */
function validatePrisma(files: { path: string; text: string }[]): void {
  prismaEngine.validate(JSON.stringify({ prismaSchema: files.map((f) => [f.path, f.text.replace(/^\s*url\s*=.*$/gm, '')]), noColor: true }));
}

/**
 * A migration file with the statement a finding names replaced by its fix: the statement is the innermost one
 * starting on the finding's line, and its text runs up to the `;` after it.
 */
function withFix(text: string, file: string, f: Finding): string {
  const stmt = parseMigration(file, text).statements.filter((s) => s.line === f.line && s.origin !== 'function').pop();
  if (!stmt) throw new Error(`no statement at ${file}:${f.line}`);
  const lineStart = text.split('\n').slice(0, f.line! - 1).join('\n').length;
  // A PERFORM in a DO block reaches the engine as the SELECT it runs.
  const written = [stmt.text, stmt.text.replace(/^select\b/i, 'PERFORM')].find((t) => text.indexOf(t, lineStart) >= 0);
  if (written === undefined) throw new Error(`statement at ${file}:${f.line} not found as written`);
  const at = text.indexOf(written, lineStart);
  const end = text.indexOf(';', at + written.length);
  return `${text.slice(0, at)}${f.fix}${text.slice(end + 1)}`;
}

describeWithPostgres('fixes applied for real', (pg) => {
  let seq = 0;
  let example: Snapshot;
  let before: Analysis;
  let applied: string[];

  beforeAll(async () => {
    expect(pg.run('postgres', SEARCH_PATH).error).toBeUndefined();
    example = diskSnapshot(EXAMPLE);
    before = await audit(example);
    applied = before.migrations.filter((m) => m.applied).map((m) => m.file);
  }, 60_000);

  /** A database after the example's migrations (some files replaced); the first failure, if any. */
  const migrated = (db: string, changed: Record<string, string> = {}): string | undefined => {
    pg.createDb(db);
    for (const file of applied) {
      const r = pg.run(db, changed[file] ?? readFileSync(join(EXAMPLE, file), 'utf8'));
      if (!r.ok) return `${file}: ${r.error}`;
    }
    return undefined;
  };

  test('the example shows a fix for every finding of the rules that have one, and none that its check did not pass', () => {
    // Rewriting a policy, revoking EXECUTE from a function policies call, code and secrets: no fix is claimed there.
    const WITHOUT_FIX = ['auth-rls-initplan', 'multiple-permissive-policies', 'rpc-security-definer', 'unknown-table-reference', 'edge-function-secret-undeclared'];
    expect(before.findings.filter((f) => f.fix === undefined && !WITHOUT_FIX.includes(f.rule))).toEqual([]);
    expect(before.findings.filter((f) => f.message.includes('No verified fix is known'))).toEqual([]);
    expect(new Set(before.findings.filter((f) => f.fix !== undefined).map((f) => f.rule))).toEqual(new Set([
      'missing-table', 'migration-skipped', 'missing-model', 'rls-no-policy', 'non-idempotent-ddl', 'duplicate-migration-version', 'missing-rls',
      'unindexed-foreign-key', 'rls-column-unindexed', 'security-definer-search-path',
    ]));
  });

  test('each SQL fix runs twice after the migrations, and the re-audit no longer reports its finding', async () => {
    const sqlFixes = before.findings.filter((f) => ['missing-table', 'missing-rls', 'rls-no-policy', 'unindexed-foreign-key', 'rls-column-unindexed', 'security-definer-search-path'].includes(f.rule));
    expect(sqlFixes.length).toBeGreaterThan(2);
    const db = `example_${++seq}`;
    expect(migrated(db)).toBeUndefined();
    for (const f of sqlFixes) {
      const copy = `example_${++seq}`;
      pg.cloneDb(db, copy);
      expect([f.object, pg.run(copy, f.fix!).error]).toEqual([f.object, undefined]);
      expect([f.object, pg.run(copy, f.fix!).error]).toEqual([f.object, undefined]);
      pg.dropDb(copy);
      const after = await audit(overlay(example, { 'supabase/migrations/20991231000000_fix.sql': f.fix! }));
      expect([f.object, after.findings.filter(sameFinding(f))]).toEqual([f.object, []]);
      expect(after.findings.filter((g) => g.object === f.object && g.severity !== 'notice' && !before.findings.some(sameFinding(g)))).toEqual([]);
    }
  });

  test('each statement fix, in place of its statement, runs twice, and the re-audit no longer reports it', async () => {
    const statementFixes = before.findings.filter((f) => RERUN_RULES.includes(f.rule));
    expect(statementFixes.length).toBeGreaterThan(0);
    for (const f of statementFixes) {
      const file = f.file!;
      const original = readFileSync(join(EXAMPLE, file), 'utf8');
      const fixed = withFix(original, file, f);
      const db = `example_${++seq}`;
      expect(migrated(db, { [file]: fixed })).toBeUndefined();
      // Without the fix the second run fails; with it, it does not.
      const copy = `example_${++seq}`;
      pg.cloneDb(db, copy);
      expect(pg.run(copy, original).ok).toBe(false);
      expect([file, f.line, pg.run(db, fixed).error]).toEqual([file, f.line, undefined]);
      const after = await audit(overlay(example, { [file]: fixed }));
      expect(after.findings.filter((g) => g.rule === f.rule && g.file === file && g.object === f.object)).toEqual([]);
    }
  });

  test('the search_path the report suggests for a SECURITY DEFINER function keeps its body working', () => {
    const fn = before.catalog.functions.find((f) => f.name === 'purge_expired_sessions')!;
    const db = `example_${++seq}`;
    expect(migrated(db)).toBeUndefined();
    expect(pg.run(db, `${pinSearchPath(fn)}\nSELECT public.purge_expired_sessions();`).error).toBeUndefined();
  });

  test('each Prisma model passes Prisma’s schema engine and maps its table', async () => {
    const models = before.findings.filter((f) => f.rule === 'missing-model');
    expect(models.length).toBeGreaterThan(5);
    const schema = before.schemaFiles.map((path) => ({ path, text: readFileSync(join(EXAMPLE, path), 'utf8') }));
    for (const f of models) {
      const edited = applyModelFix(schema, f.fix!)!;
      expect(() => validatePrisma(edited)).not.toThrow();
      const after = await audit(overlay(example, Object.fromEntries(edited.map((e) => [e.path, e.text]))));
      expect([f.object, after.findings.filter(sameFinding(f))]).toEqual([f.object, []]);
    }
    // Applied together, as a user would.
    const all = models.reduce((files, f) => applyModelFix(files, f.fix!)!, schema);
    expect(() => validatePrisma(all)).not.toThrow();
  });

  test('each git mv runs in a copy of the repository, and the re-audit no longer reports its finding', async () => {
    const moves = before.findings.filter((f) => f.fix?.startsWith('git mv'));
    expect(moves.map((f) => f.rule).sort()).toEqual(['duplicate-migration-version', 'migration-skipped', 'migration-skipped']);
    for (const f of moves) {
      const repo = tempDir('sg-fix-');
      try {
        cpSync(EXAMPLE, repo, { recursive: true });
        git(repo, 'init', '-q');
        git(repo, 'add', '-A');
        git(repo, 'commit', '-q', '-m', 'example');
        const { from, to } = parseGitMv(f.fix!)!;
        git(repo, 'mv', from, to);
        const after = await audit(diskSnapshot(repo));
        expect(after.findings.filter((g) => g.rule === f.rule && (g.file === from || g.file === to))).toEqual([]);
      } finally {
        removeTemp(repo);
      }
    }
  });

  test('a missing table with everything a model can say runs twice after its migrations, and the re-audit is clean', async () => {
    const files = { 'supabase/migrations/20240101000000_teams.sql': TEAMS_SQL, 'prisma/schema.prisma': TASKS_SCHEMA };
    const { findings } = await analyze(memorySnapshot(files), loadConfig(memorySnapshot(files)));
    const tasks = findings.find((f) => f.rule === 'missing-table' && f.object === 'public.tasks')!;
    const db = `tasks_${++seq}`;
    pg.createDb(db, TEAMS_SQL);
    expect(pg.run(db, tasks.fix!).error).toBeUndefined();
    expect(pg.run(db, tasks.fix!).error).toBeUndefined();
    // The defaults the model declares are the database's: a row needs only what has none.
    expect(pg.run(db, "INSERT INTO public.tasks (ref, title, updated_at, project_id) VALUES ('r', 't', now(), 1);").error).toBeUndefined();
    pg.dropDb(db);
    const after = await analyze(memorySnapshot({ ...files, 'supabase/migrations/20240102000000_tasks.sql': tasks.fix! }), loadConfig(memorySnapshot(files)));
    expect(after.findings.filter((f) => f.object === 'public.tasks' && f.severity !== 'notice')).toEqual([]);
  });

  test.each(failingCases.map((c) => [c.name, c] as const))('re-run case “%s”: each fix runs twice where the statement failed', async (_name, c) => {
    const files = Object.fromEntries([...c.setup, c.sql].map((text, i) => [`supabase/migrations/2024010100000${i}_m.sql`, text]));
    const last = `supabase/migrations/2024010100000${c.setup.length}_m.sql`;
    const { findings } = await analyze(memorySnapshot(files), loadConfig(memorySnapshot(files)));
    const found = findings.filter((f) => RERUN_RULES.includes(f.rule) && f.file === last);
    expect(found.map((f) => [f.line, f.fix !== undefined || f.message.endsWith(NO_VERIFIED_FIX)])).toEqual(c.failsAt.map((line) => [line, true]));
    const fixes = found.filter((f) => f.fix !== undefined);
    expect(fixes.length < found.length).toBe(c.name in UNFIXABLE);
    // Bottom up, so each statement is still where its finding says.
    const fixed = [...fixes].sort((a, b) => b.line! - a.line!).reduce((text, f) => withFix(text, last, f), c.sql);
    const db = `case_${++seq}`;
    pg.createDb(db);
    c.setup.forEach((text) => expect(pg.run(db, text).error).toBeUndefined());
    expect(pg.run(db, fixed).error).toBeUndefined();
    // With a statement left unfixed, its second run still fails, as the engine says.
    expect(pg.run(db, fixed).ok).toBe(!(c.name in UNFIXABLE));
    pg.dropDb(db);
    const again = await analyze(memorySnapshot({ ...files, [last]: fixed }), loadConfig(memorySnapshot(files)));
    expect(again.findings.filter((f) => RERUN_RULES.includes(f.rule) && f.file === last).length).toBe(found.length - fixes.length);
  });
});
