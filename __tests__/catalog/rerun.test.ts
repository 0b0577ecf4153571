import { Replay } from '../../src/catalog/replay.js';
import { initParser, parseMigration } from '../../src/parse/sql.js';
import { cleanCases, failingCases, type RerunCase } from './rerun-cases.js';

beforeAll(initParser);

/** The lines of the statements that fail when the file (after the setup files) runs a second time. */
function rerunFailures({ sql, setup }: RerunCase): number[] {
  const files = [...setup, sql].map((text, i) => parseMigration(`m${i}.sql`, text));
  const last = files[files.length - 1]!.file;
  const replay = new Replay({ prismaLayout: false });
  for (const f of files) replay.add(f);
  return replay.failures.filter((f) => f.statement.file === last).map((f) => f.statement.line);
}

// The cases live in rerun-cases.ts; rerun-postgres.test.ts checks each of them against a real PostgreSQL.
describe('re-runs cleanly', () => {
  test.each(cleanCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(rerunFailures(c)).toEqual([]);
  });
});

describe('fails on a second run, at the statement that fails', () => {
  test.each(failingCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(rerunFailures(c)).toEqual(c.failsAt);
  });
});
