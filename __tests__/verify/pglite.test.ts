/**
 * Live verification on PGlite, in-process: the example app, and one small tree per thing the database decides —
 * first runs (migration-fails), re-runs (non-idempotent-ddl, non-idempotent-data), the catalog rules, what the
 * static engine gets wrong either way, suppression, what PGlite lacks, and the bounds.
 */
import type { TreeAnalysis } from '../../src/analyze.js';
import { NO_VERIFIED_FIX } from '../../src/fixes/check.js';
import { analyzePullRequest } from '../../src/pull-request.js';
import { RULES } from '../../src/rules/index.js';
import { diskSnapshot } from '../../src/sources/snapshot.js';
import { pullRequestVerifier } from '../../src/verify/tree.js';
import { judgedLive } from '../../src/verify/verify.js';
import { memorySnapshot } from '../helpers/memory-snapshot.js';
import { brief, DATASOURCE, MIGRATIONS, SCHEMA, sourceWorker, verified } from './live.js';

const file = (version: string, name: string) => `${MIGRATIONS}/${version}_${name}.sql`;

describe('live verification on PGlite', () => {
  it('confirms every finding of the example app the database can check, and contradicts none', async () => {
    const { analysis, v } = await verified(diskSnapshot('examples/saas-app'));
    const unverified = analysis.findings.filter((f) => !judgedLive(f.rule));
    expect(unverified.map((f) => f.rule)).toContain('duplicate-migration-version');
    expect(v.findings.filter((f) => !f.verified).map((f) => f.rule).sort()).toEqual(unverified.map((f) => f.rule).sort());
    expect(v.confirmed).toEqual(analysis.findings.filter((f) => judgedLive(f.rule)));
    expect({ dropped: v.dropped, added: v.added, notes: v.notes }).toEqual({ dropped: [], added: [], notes: [] });
    expect(v.database).toMatch(/^PGlite \S+ \(PostgreSQL 18\.\d+\)$/);
  });

  it('reports a file PostgreSQL rejects at its error position, with its message, and goes on from the state before it', async () => {
    const { v } = await verified({
      [file('20240101000000', 'media')]: "CREATE TYPE public.kind AS ENUM ('image', 'video');\nCREATE TABLE IF NOT EXISTS public.media (id int PRIMARY KEY, kinds public.kind[] NOT NULL DEFAULT '{}');\nALTER TABLE public.media ENABLE ROW LEVEL SECURITY;\nCREATE POLICY media_read ON public.media FOR SELECT USING (true);\n",
      // The column became an enum array: comparing it with 'Image' fails, which no model of the schema predicts.
      [file('20240102000000', 'backfill')]: "UPDATE public.media\n   SET kinds = '{image}'\n WHERE kinds = 'Image';\n",
      [file('20240103000000', 'after')]: 'CREATE TABLE IF NOT EXISTS public.after (id int);\nALTER TABLE public.after ENABLE ROW LEVEL SECURITY;\n',
    });
    const failure = v.findings.find((f) => f.rule === 'migration-fails');
    expect(brief(failure!)).toEqual({ rule: 'migration-fails', file: file('20240102000000', 'backfill'), line: 3, object: 'public.media', verified: true });
    expect(failure!.message).toContain('malformed array literal: "Image"');
    expect(v.added).toEqual([failure]);
    // The file after it applied: its table is there, with RLS and no policy.
    expect(v.findings.filter((f) => f.rule === 'rls-no-policy').map(brief)).toEqual([{ rule: 'rls-no-policy', file: file('20240103000000', 'after'), line: 2, object: 'public.after', verified: true }]);
  });

  it('re-runs each file in a transaction that rolls back: a schema failure is non-idempotent-ddl, a duplicate key non-idempotent-data', async () => {
    const { v } = await verified({
      [file('20240101000000', 'seed')]: [
        'CREATE TABLE public.plans (id text PRIMARY KEY, price int);',
        'ALTER TABLE public.plans ENABLE ROW LEVEL SECURITY;',
        'CREATE POLICY plans_read ON public.plans FOR SELECT USING (true);',
        "INSERT INTO public.plans VALUES ('free', 0), ('pro', 10);",
        "INSERT INTO public.plans VALUES ('team', 30) ON CONFLICT DO NOTHING;",
      ].join('\n'),
    });
    expect(v.findings.map(brief)).toEqual([
      { rule: 'non-idempotent-ddl', file: file('20240101000000', 'seed'), line: 1, object: 'public.plans', verified: true },
      { rule: 'non-idempotent-ddl', file: file('20240101000000', 'seed'), line: 3, object: 'public.plans', verified: true },
      { rule: 'non-idempotent-data', file: file('20240101000000', 'seed'), line: 4, object: 'public.plans', verified: true },
    ]);
    expect(v.findings[2]!.message).toContain('duplicate key value violates unique constraint "plans_pkey"');
  });

  it('drops a static finding the database contradicts and adds one only it sees, and counts both', async () => {
    const tree = {
      [file('20240101000000', 'init')]: [
        'CREATE TABLE IF NOT EXISTS public.items (id int PRIMARY KEY);',
        'ALTER TABLE public.items ENABLE ROW LEVEL SECURITY;',
        'DROP POLICY IF EXISTS items_read ON public.items;',
        'CREATE POLICY items_read ON public.items FOR SELECT USING (true);',
        'CREATE INDEX items_id ON public.items (id);',
      ].join('\n'),
    };
    const wrong = { rule: 'non-idempotent-ddl', severity: 'warning' as const, message: 'Fails when the migration runs again.', file: file('20240101000000', 'init'), line: 1, object: 'public.items' };
    // The static engine, made to claim the idempotent CREATE TABLE fails again and to miss the plain CREATE INDEX.
    const edit = (a: TreeAnalysis): TreeAnalysis => ({ ...a, findings: [wrong, ...a.findings.filter((f) => f.line !== 5)] });
    const { v } = await verified(tree, { edit });
    expect(v.dropped).toEqual([wrong]);
    expect(v.added.map(brief)).toEqual([{ rule: 'non-idempotent-ddl', file: file('20240101000000', 'init'), line: 5, object: 'public.items', verified: true }]);
    // Its fix (IF NOT EXISTS) was built, not checked, on the live catalog: it is not shown.
    expect(v.added[0]!.message).toBe(`Fails when the migration runs again: relation "items_id" already exists. ${NO_VERIFIED_FIX}`);
    expect(v.added[0]!.fix).toBeUndefined();
    expect(v.confirmed).toEqual([]);
  });

  it('runs the catalog rules on the live catalog: what dynamic SQL hides from the static engine is added', async () => {
    const { analysis, v } = await verified({
      [SCHEMA]: `${DATASOURCE}\nmodel Account {\n  id Int @id\n  @@map("accounts")\n}\n\nmodel Invoice {\n  id Int @id\n  @@map("invoices")\n}\n`,
      [file('20240101000000', 'init')]: [
        'CREATE TABLE IF NOT EXISTS public.accounts (id int PRIMARY KEY);',
        'CREATE TABLE IF NOT EXISTS public.audit (id int);',
        'ALTER TABLE public.audit ENABLE ROW LEVEL SECURITY;',
        "DO $$ BEGIN EXECUTE (SELECT 'CREATE TABLE IF NOT EXISTS public.' || 'events (id int)'); END $$;",
      ].join('\n'),
    });
    expect(analysis.findings.filter((f) => f.rule === 'missing-rls').map((f) => f.object)).toEqual(['public.accounts']);
    expect(v.findings.filter((f) => f.rule !== 'missing-model').map(brief)).toEqual([
      { rule: 'missing-table', file: SCHEMA, line: 11, object: 'public.invoices', verified: true },
      { rule: 'missing-rls', file: file('20240101000000', 'init'), line: 1, object: 'public.accounts', verified: true },
      { rule: 'rls-no-policy', file: file('20240101000000', 'init'), line: 3, object: 'public.audit', verified: true },
      { rule: 'missing-rls', file: file('20240101000000', 'init'), line: 4, object: 'public.events', verified: true },
    ]);
    expect(v.added.map((f) => `${f.rule} ${f.object}`).sort()).toEqual(['missing-model public.events', 'missing-rls public.events']);
    // No fix was checked on the live catalog: the statically found missing-rls shows its checked fix, the added ones none.
    expect(v.findings.find((f) => f.object === 'public.accounts' && f.rule === 'missing-rls')!.fix).toContain('ENABLE ROW LEVEL SECURITY');
    expect(v.added.map((f) => ({ fix: f.fix, said: f.message.endsWith(NO_VERIFIED_FIX) }))).toEqual([{ fix: undefined, said: true }, { fix: undefined, said: true }]);
  });

  it("silences what the database adds with the tree's own ignore comments, which then silence something", async () => {
    const { analysis, v } = await verified({
      [file('20240101000000', 'init')]: "-- schema-guardian-ignore missing-rls: an internal queue, revoked from the API roles\nDO $$ BEGIN EXECUTE (SELECT 'CREATE TABLE IF NOT EXISTS public.' || 'queue (id int)'); END $$;\n",
    });
    // The engine cannot see the table, so to it the comment silences nothing; the database sees what it silences.
    expect(analysis.findings.map(brief)).toEqual([{ rule: 'unused-ignore', file: file('20240101000000', 'init'), line: 1, object: undefined }]);
    expect({ findings: v.findings, dropped: v.dropped }).toEqual({ findings: [], dropped: analysis.findings });
  });

  it('installs an extension PGlite lacks as an empty stand-in and leaves what depends on it unverified', async () => {
    const { v } = await verified({
      [file('20240101000000', 'vectors')]: 'CREATE EXTENSION IF NOT EXISTS vector WITH SCHEMA extensions;\nCREATE TABLE public.documents (id int PRIMARY KEY, embedding extensions.vector(3));\n',
      [file('20240102000000', 'more')]: 'ALTER TABLE public.documents ADD COLUMN title text;\n',
    });
    expect(v.findings.filter((f) => f.verified)).toEqual([]);
    expect(v.notes).toEqual([
      'Live verification: PGlite lacks `vector`: an empty stand-in took its place so the replay goes on; what uses it fails there and is left unverified.',
      `Live verification: ${file('20240101000000', 'vectors')} did not apply on the verification database (type "extensions.vector" does not exist: the platform provides it, the stand-in does not); it and the findings that depend on it are unverified.`,
      `Live verification: the files after ${file('20240101000000', 'vectors')} ran on a database missing what it needed; their failures are not reported, and findings about the schema as a whole are unverified.`,
    ]);
  });

  it('re-runs a file that manages its own transaction statement by statement, CONCURRENTLY left out', async () => {
    const { v } = await verified({
      [file('20240101000000', 'init')]: 'CREATE TABLE IF NOT EXISTS public.items (id int PRIMARY KEY, name text);\nALTER TABLE public.items ENABLE ROW LEVEL SECURITY;\nCREATE POLICY items_read ON public.items FOR SELECT USING (true);\n',
      [file('20240102000000', 'index')]: 'CREATE INDEX CONCURRENTLY items_name ON public.items (name);\n',
      [file('20240103000000', 'own')]: 'BEGIN;\nALTER TABLE public.items ADD COLUMN price int;\nCOMMIT;\n',
    });
    expect(v.findings.filter((f) => f.file !== file('20240101000000', 'init')).map(brief)).toEqual([
      { rule: 'non-idempotent-ddl', file: file('20240102000000', 'index'), line: 1, object: 'public.items', verified: true },
      { rule: 'non-idempotent-ddl', file: file('20240103000000', 'own'), line: 2, object: 'public.items', verified: true },
    ]);
  });

  it('runs migrations that bring their own auth schema on plain PostgreSQL, without the stand-in', async () => {
    const { v } = await verified({
      'prisma/migrations/0_init/migration.sql': 'CREATE SCHEMA IF NOT EXISTS auth;\nCREATE TABLE auth.users (id uuid PRIMARY KEY);\nCREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql AS $$ SELECT NULL::uuid $$;\n',
    });
    expect(v.findings.filter((f) => f.rule === 'migration-fails')).toEqual([]);
    expect(v.notes).toEqual(["Live verification: the migrations create the auth schema's tables and functions themselves, so they ran on plain PostgreSQL, without the Supabase stand-in."]);
  });

  it('stops at a file that runs past its time, keeping what it learnt', async () => {
    const { v } = await verified({
      [file('20240101000000', 'init')]: 'CREATE TABLE public.items (id int PRIMARY KEY);\nALTER TABLE public.items ENABLE ROW LEVEL SECURITY;\n',
      [file('20240102000000', 'forever')]: 'SELECT count(*) FROM generate_series(1, 1000000000000);\n',
    }, { bounds: { fileTimeoutMs: 3000 } });
    expect(v.notes).toEqual([`Live verification stopped: ${file('20240102000000', 'forever')} ran longer than 3 s; findings of the files not run are unverified.`]);
    // The first file was re-run before the stop; the catalog was never read.
    expect(v.findings.map(brief)).toEqual([
      { rule: 'non-idempotent-ddl', file: file('20240101000000', 'init'), line: 1, object: 'public.items', verified: true },
      { rule: 'rls-no-policy', file: file('20240101000000', 'init'), line: 2, object: 'public.items' },
    ]);
  });

  it('caps the memory PostgreSQL may take: past it a statement fails, and the file is left unverified', async () => {
    const { v } = await verified({
      [file('20240101000000', 'huge')]: "SELECT length(string_agg(repeat('x', 1000000), '')) FROM generate_series(1, 600);\n",
    }, { bounds: { memoryLimitMb: 384 } });
    expect(v.findings).toEqual([]);
    expect(v.notes[0]).toBe(`Live verification: ${file('20240101000000', 'huge')} did not apply on the verification database (out of memory: past the verification's limits, not the migration's fault); it and the findings that depend on it are unverified.`);
  });

  it("applies a pull request's new migrations after the base's, the order a deployed database receives them in", async () => {
    const items = 'CREATE TABLE IF NOT EXISTS public.items (id int PRIMARY KEY);\nALTER TABLE public.items ENABLE ROW LEVEL SECURITY;\n';
    const base = memorySnapshot({ [file('20240102000000', 'items')]: items });
    // Named to sort before the base's migration: a fresh database runs it first and fails; a deployed one runs it last.
    const head = memorySnapshot({ [file('20240102000000', 'items')]: items, [file('20240101000000', 'prices')]: 'ALTER TABLE public.items ADD COLUMN price int;\n' });
    const verify = pullRequestVerifier({ pglite: { worker: await sourceWorker() } });
    const pr = await analyzePullRequest({ base, head }, { knownRules: RULES.map((r) => r.id) }, undefined, verify);
    const fails = (f: { rule: string }) => f.rule === 'migration-fails';
    // The migration-fails of the tool's order is dropped; the column it adds, re-added on a re-run, fails (added).
    expect(pr.head.verification).toMatchObject({ confirmed: 1, dropped: 1, added: 1 });
    expect(pr.diff.findings.filter(fails)).toEqual([]);
    expect(pr.diff.findings.map((f) => [f.rule, f.status, f.verified ?? false])).toEqual([
      ['migration-out-of-order', 'new', false],
      ['non-idempotent-ddl', 'new', true],
      ['rls-no-policy', 'existing', true],
    ]);
  });
});
