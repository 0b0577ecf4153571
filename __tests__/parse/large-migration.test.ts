import { analyze, type AnalyzeOptions } from '../../src/analyze.js';
import { loadConfig } from '../../src/config.js';
import { executionOrder, runsInFileOrder } from '../../src/parse/plpgsql.js';
import { initParser, LargeMigration, parseMigration } from '../../src/parse/sql.js';
import { RULES } from '../../src/rules/index.js';
import { memorySnapshot } from '../helpers/memory-snapshot.js';
import { readDocPage } from '../rules/docs-examples.js';
import { DATASOURCE, MIGRATION, SCHEMA, type Files } from '../rules/engine.js';

beforeAll(initParser);

/**
 * Small pieces: a read of the file below yields a piece a line or two long (a window cuts only after a line's last
 * `;` or at a blank line). Source positions count from the piece's start, so the same pieces parsed whole (large
 * files off) give the analysis to compare with.
 */
const PIECE = 200;

async function analysed(files: Files, reading: AnalyzeOptions['reading']) {
  const snapshot = memorySnapshot(files);
  return analyze(snapshot, loadConfig(snapshot, { knownRules: RULES.map((r) => r.id) }), undefined, { reading });
}

/** Statements on one line across the pieces' cuts, what only a first run meets, re-run failures with fixes to check, problems, ignores. */
const MIXED: Files = {
  [MIGRATION]: [
    '-- Plans and their limits',
    'CREATE TABLE public.plans (id text PRIMARY KEY, name text NOT NULL);',
    "INSERT INTO public.plans VALUES ('free', 'Free'); INSERT INTO public.plans VALUES ('pro', 'Pro');",
    "DO $$ BEGIN EXECUTE current_setting('app.sql'); END $$; CREATE INDEX plans_name ON public.plans (name);",
    'ALTER TABLE public.missing ADD COLUMN x int;',
    '-- schema-guardian-ignore missing-rls: reference data',
    'CREATE TABLE public.limits (plan_id text REFERENCES public.plans (id), seats int);',
    'CREATE TABLE broken (;',
    'SET check_function_bodies = off;',
    'CREATE FUNCTION public.seats(p text) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT seats FROM public.limits WHERE plan_id = p); END $$;',
    "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE policyname = 'read') THEN CREATE POLICY read ON public.plans FOR SELECT USING (true); END IF; END $$;",
    'CREATE POLICY own ON public.limits FOR SELECT USING (true); ALTER TABLE public.limits ENABLE ROW LEVEL SECURITY;',
    '',
  ].join('\n'),
  'supabase/migrations/20240102000000_more.sql': 'CREATE TABLE public.more (id int PRIMARY KEY);\nCREATE TABLE public.more (id int PRIMARY KEY);\n',
  [SCHEMA]: `${DATASOURCE}model Plan {\n  id   String @id\n  name String\n  @@map("plans")\n}\n`,
};

describe('a large file, read a piece at a time for each of its runs, gives the analysis of the file read whole', () => {
  test.each([PIECE, 300])('statements on a line across the cuts, first-run failures, re-run failures and their fixes, problems, ignores: pieces of %s bytes', async (pieceBytes) => {
    const whole = await analysed(MIXED, { pieceBytes });
    expect(whole.findings.filter((f) => f.rule === 'non-idempotent-ddl' && f.fix !== undefined).length).toBeGreaterThan(2);
    expect(await analysed(MIXED, { pieceBytes, largeBytes: 0 })).toEqual(whole);
  });

  const examples = RULES.flatMap((rule) => readDocPage(rule.id).examples.map((e) => [rule.id, e.title, e.files] as const));
  test.each(examples)('%s, docs example “%s”', async (_rule, _title, files) => {
    expect(await analysed(files, { pieceBytes: PIECE, largeBytes: 0 })).toEqual(await analysed(files, { pieceBytes: PIECE }));
  });
});

describe('LargeMigration', () => {
  const text = MIXED[MIGRATION] as string;

  test('each piece in execution order, one after the other, is the whole file in execution order', () => {
    for (const pieceBytes of [PIECE, 300, Infinity]) {
      const large = new LargeMigration('m.sql', text, { pieceBytes });
      const pieces = [...large.pieces()];
      expect(pieces.length).toBeGreaterThan(pieceBytes < Infinity ? 2 : 0);
      expect(pieces.some((piece) => piece.unresolved.length > 0)).toBe(true);
      expect(pieces.flatMap((piece) => executionOrder(piece, runsInFileOrder))).toEqual(executionOrder(parseMigration('m.sql', text, { pieceBytes }), runsInFileOrder));
    }
  });

  test('the first read leaves what parseMigration gives besides the statements; none is known before it', () => {
    const large = new LargeMigration('m.sql', text, { pieceBytes: PIECE });
    expect(() => large.summary).toThrow('m.sql has not been read yet');
    [...large.pieces()];
    const { statements: _statements, unresolved: _unresolved, ...rest } = parseMigration('m.sql', text, { pieceBytes: PIECE });
    expect(large.summary).toEqual({ ...rest, spans: expect.any(Array) });
    expect(large.summary.problems.map((p) => p.line)).toEqual([8]);
  });

  test('four reads parse the SQL, each giving statements of its own; the reads after them give the fourth read\'s', () => {
    const large = new LargeMigration('m.sql', text, { pieceBytes: PIECE });
    const reads = Array.from({ length: 6 }, () => [...large.pieces()].flatMap((piece) => piece.statements));
    for (const read of reads) expect(read).toEqual(reads[0]);
    const same = reads.slice(1).map((read, i) => read[0] === reads[i]![0]);
    expect(same).toEqual([false, false, false, true, true]);
  });
});
