import { initParser, parseMigration, Session } from '../../src/parse/sql.js';
import { bodyCases } from './body-cases.js';

beforeAll(initParser);

/** `line: message` for each problem, without the words that say where PostgreSQL was compiling. */
function problems(sql: string): string[] {
  return parseMigration('m.sql', sql).problems.map((p) => `${p.line}: ${p.message.replace(/ \(in the (PL\/pgSQL|SQL) body of .*\)$/, '')}`);
}

// The cases live in body-cases.ts; body-check-postgres.test.ts checks each of them against a real PostgreSQL.
test.each(bodyCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  expect(problems(c.sql)).toEqual(c.problems);
});

test('the message says what PostgreSQL was compiling', () => {
  expect(parseMigration('m.sql', bodyCases[0]!.sql).problems.map((p) => p.message)).toEqual(['syntax error at or near ";" (in the PL/pgSQL body of function f1)']);
  expect(parseMigration('m.sql', bodyCases[2]!.sql).problems.map((p) => p.message)).toEqual(['syntax error at or near ";" (in the PL/pgSQL body of the DO block)']);
});

describe('check_function_bodies lasts for the session: the migrations after a file that turns it off', () => {
  const broken = 'CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN IF true THEN PERFORM 1; END; END $$;';
  const lines = (files: string[]): string[] => {
    const session = new Session();
    return files.flatMap((sql, i) => session.problems(parseMigration(`m${i}.sql`, sql)).map((p) => `${p.file}:${p.line}`));
  };

  test.each([
    ['no file turns it off', ['SELECT 1;', broken], ['m1.sql:1']],
    ['an earlier file turns it off', ['SET check_function_bodies = off;', broken], []],
    ['set_config turns it off', ["SELECT set_config('check_function_bodies', 'false', false);", broken], []],
    ['SET LOCAL ends with its transaction', ['BEGIN;\nSET LOCAL check_function_bodies = off;\nCOMMIT;', broken], ['m1.sql:1']],
    ['a later file turns it back on', ['SET check_function_bodies = off;', 'RESET check_function_bodies;', broken], ['m2.sql:1']],
    ['the file itself turns it on again before the function', ['SET check_function_bodies = off;', `SET check_function_bodies = on;\n${broken}`], ['m1.sql:2']],
  ])('%s', (_name, files, expected) => {
    expect(lines(files)).toEqual(expected);
  });

  test('a DO block is compiled whatever the setting', () => {
    expect(lines(['SET check_function_bodies = off;', 'DO $$ BEGIN IF true THEN PERFORM 1; END; END $$;'])).toEqual(['m1.sql:1']);
  });
});
