import { Replay } from '../../src/catalog/replay.js';
import { initParser, parseMigration } from '../../src/parse/sql.js';

beforeAll(initParser);

/** The functions the catalog counts after the migration, `schema.name(args)`. */
function functions(sql: string): string[] {
  const replay = new Replay({ prismaLayout: false });
  replay.add(parseMigration('m.sql', sql));
  return replay.catalog.toData(() => false).functions.map((f) => `${f.schema}.${f.name}(${f.args})`);
}

describe('DROP FUNCTION finds its function however the argument types are spelled', () => {
  test.each([
    ['varchar and character varying, with a length', 'create function f(a character varying(255)) returns int language sql as $$ select 1 $$;', 'drop function f(varchar);'],
    ['bool and boolean', 'create function f(a boolean) returns int language sql as $$ select 1 $$;', 'drop function f(bool);'],
    ['int, int4 and integer', 'create function f(a int, b int4) returns int language sql as $$ select 1 $$;', 'drop function f(integer, integer);'],
    ['timestamptz and timestamp with time zone', 'create function f(a timestamp with time zone) returns int language sql as $$ select 1 $$;', 'drop function f(timestamptz);'],
    ['a type with and without its schema', "create type mood as enum ('ok');\ncreate function f(a mood) returns int language sql as $$ select 1 $$;", 'drop function f(public.mood);'],
    ['OUT parameters are not part of the signature', 'create function f(a int, out b int) language sql as $$ select 1 $$;', 'drop function f(int);'],
  ])('%s', (_name, create, drop) => {
    expect(functions(create)).toHaveLength(1);
    expect(functions(`${create}\n${drop}`)).toEqual([]);
  });

  test('another overload stays', () => {
    expect(functions('create function f(a int) returns int language sql as $$ select 1 $$;\ncreate function f(a text) returns int language sql as $$ select 1 $$;\ndrop function f(int4);')).toEqual(['public.f(text)']);
  });
});

describe('a function the migrations define is kept as its text and place, and a call replays its body', () => {
  const replayed = (sql: string) => {
    const replay = new Replay({ prismaLayout: false });
    replay.add(parseMigration('m.sql', sql));
    return replay;
  };
  const define = [
    'create function public.make_log() returns void language plpgsql as $$',
    'begin',
    '  create table public.log (id int);',
    'end $$;',
  ].join('\n');

  test('no syntax tree is kept for it', () => {
    expect(replayed(define).catalog.definitions.get('public.make_log')).toEqual({ file: 'm.sql', line: 1, text: define.slice(0, -1), origin: 'top', guarded: false });
  });

  test('a SELECT of it makes what the body makes, and fails again where the body does', () => {
    const replay = replayed(`${define}\nselect public.make_log();`);
    expect(replay.catalog.table('public.log')).toBeDefined();
    expect(replay.failures.map((f) => [f.statement.line, f.reason])).toEqual([[1, expect.stringContaining('already exists')], [5, expect.stringContaining('relation "log" already exists')]]);
  });
});

describe('CALL of a procedure the migrations define replays its body', () => {
  const makeLog = 'create function public.make_log() returns void language plpgsql as $$\nbegin\n  create table public.log (id int);\nend $$;';
  test.each([
    ['a plpgsql body', 'create procedure public.run() language plpgsql as $$ begin perform public.make_log(); end $$;'],
    ['an SQL body', 'create procedure public.run() language sql as $$ select public.make_log() $$;'],
  ])('%s', (_name, procedure) => {
    const replay = new Replay({ prismaLayout: false });
    replay.add(parseMigration('m.sql', `${makeLog}\n${procedure}\ncall public.run();`));
    expect(replay.catalog.table('public.log')).toBeDefined();
    // Run again, the CALL fails where the function's body does.
    expect(replay.failures.map((f) => [f.statement.line, f.reason])).toContainEqual([6, expect.stringContaining('relation "log" already exists')]);
  });
});
