import { Replay } from '../../src/catalog/replay.js';
import { initParser, parseMigration } from '../../src/parse/sql.js';
import { cleanCases, failingCases, firstRunCases, type RerunCase } from './rerun-cases.js';

beforeAll(initParser);

/** The case's files replayed in order: the lines that fail on the first run and on a second run of the last file. */
function replayed({ sql, setup }: RerunCase): { first: number[]; again: number[] } {
  const files = [...setup, sql].map((text, i) => parseMigration(`m${i}.sql`, text));
  const last = files[files.length - 1]!.file;
  const replay = new Replay({ prismaLayout: false });
  for (const f of files) replay.add(f);
  return {
    first: replay.firstRunFailures.map((f) => `${f.statement.file}:${f.statement.line}`).map((at) => (at.startsWith(`${last}:`) ? Number(at.slice(last.length + 1)) : at)) as number[],
    again: replay.failures.filter((f) => f.statement.file === last).map((f) => f.statement.line),
  };
}

// The cases live in rerun-cases.ts; rerun-postgres.test.ts checks each of them against a real PostgreSQL.
describe('re-runs cleanly (and the first run, too)', () => {
  test.each(cleanCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(replayed(c)).toEqual({ first: [], again: [] });
  });
});

describe('fails on a second run, at the statement that fails', () => {
  test.each(failingCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(replayed(c)).toEqual({ first: [], again: c.failsAt });
  });
});

describe('fails on the first run, at the statement that fails, and that is no re-run finding', () => {
  test.each(firstRunCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { first, again } = replayed(c);
    expect(first).toEqual(c.failsAt);
    expect(again.filter((line) => c.failsAt.includes(line))).toEqual([]);
  });
});

describe('a first run a block\'s EXCEPTION handler catches', () => {
  // The replay cannot be sure the failure happens on the real database, so the statement is taken to have run
  // (and its names are in doubt), not rolled back as the block would be.
  test('changes the catalog as if it had run', () => {
    const replay = new Replay({ prismaLayout: false });
    replay.add(parseMigration('m.sql', 'create table a (id int);\ndo $$ begin\n  alter table a add column x int, add column id int;\nexception when duplicate_column then null;\nend $$;'));
    expect(replay.catalog.toData(() => false).tables.map((t) => [t.name, t.columns.map((c) => c.name)])).toEqual([['a', ['id', 'x']]]);
  });
});

describe('what the replay keeps of a re-run failure', () => {
  test('where the statement is, its object and the form that re-runs: not its syntax tree, which add() gives back once, with its place in the order of execution', () => {
    const replay = new Replay({ prismaLayout: false });
    const file = parseMigration('m.sql', "CREATE TABLE public.plans (id text PRIMARY KEY);\nINSERT INTO public.plans VALUES ('free');");
    const given = replay.add(file);
    expect(given.map(({ at, failure }) => [at, failure.statement])).toEqual([[1, file.statements[0]], [2, file.statements[1]]]);
    expect(replay.failures).toEqual([
      {
        statement: { file: 'm.sql', line: 1, origin: 'top' }, reason: 'relation "plans" already exists', sqlstate: '42P07', condition: 'duplicate_table',
        object: 'public.plans', fix: 'CREATE TABLE IF NOT EXISTS public.plans (id text PRIMARY KEY);',
      },
      {
        statement: { file: 'm.sql', line: 2, origin: 'top' }, reason: expect.stringContaining('duplicate key value violates unique constraint "plans_pkey"'), sqlstate: '23505', condition: 'unique_violation',
        object: 'public.plans', fix: "INSERT INTO public.plans VALUES ('free') ON CONFLICT DO NOTHING;", detail: 'Key (id)=(free) already exists.',
      },
    ]);
  });
});
