import { functionBody } from '../../src/parse/plpgsql.js';
import { initParser, parseMigration } from '../../src/parse/sql.js';
import type { ParsedMigration } from '../../src/types.js';

beforeAll(initParser);

/** Statements found inside bodies as `line kind origin [guarded] [catches(…)]: text`. */
function inner(parsed: Pick<ParsedMigration, 'statements'>): string[] {
  return parsed.statements
    .filter((s) => s.origin !== 'top')
    .map((s) => {
      const flags = [s.origin, s.guarded && 'guarded', s.catches && `catches(${s.catches.join(',')})`].filter(Boolean).join(' ');
      return `${s.line} ${Object.keys(s.node)[0]} ${flags}: ${s.text}`;
    });
}

describe('DO blocks', () => {
  test.each([
    {
      name: 'plain statements, not guarded, at their file lines',
      sql: 'SELECT 1;\nDO $$\nBEGIN\n  CREATE TABLE a ();\n  ALTER TABLE a ENABLE ROW LEVEL SECURITY;\nEND $$;',
      inner: ['4 CreateStmt do: CREATE TABLE a ()', '5 AlterTableStmt do: ALTER TABLE a ENABLE ROW LEVEL SECURITY'],
    },
    {
      name: 'IF NOT EXISTS … THEN CREATE TYPE is guarded',
      sql: "DO $$ BEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN\n    CREATE TYPE mood AS ENUM ('ok');\n  ELSIF true THEN\n    CREATE TABLE b ();\n  ELSE\n    CREATE TABLE c ();\n  END IF;\nEND $$;",
      inner: ["3 CreateEnumStmt do guarded: CREATE TYPE mood AS ENUM ('ok')", '5 CreateStmt do guarded: CREATE TABLE b ()', '7 CreateStmt do guarded: CREATE TABLE c ()'],
    },
    {
      name: 'CASE branches are guarded, loop bodies are not',
      sql: 'DO $$ DECLARE i int; BEGIN\n  CASE WHEN true THEN CREATE TABLE a (); ELSE CREATE TABLE b (); END CASE;\n  FOR i IN 1..2 LOOP\n    CREATE TABLE c ();\n  END LOOP;\nEND $$;',
      inner: ['2 CreateStmt do guarded: CREATE TABLE a ()', '2 CreateStmt do guarded: CREATE TABLE b ()', '4 CreateStmt do: CREATE TABLE c ()'],
    },
    {
      name: 'a block with an EXCEPTION handler protects everything under it against the conditions it names',
      sql: [
        'DO $$',
        'BEGIN',
        '  CREATE TABLE plain ();',
        '  BEGIN',
        '    BEGIN',
        '      CREATE TABLE deep ();',
        '    END;',
        '    CREATE TYPE mood AS ENUM (\'ok\');',
        '  EXCEPTION WHEN duplicate_object THEN',
        '    CREATE TABLE handler ();',
        '  END;',
        '  BEGIN',
        '    CREATE TABLE no_handler ();',
        '  END;',
        'END $$;',
      ].join('\n'),
      inner: [
        '3 CreateStmt do: CREATE TABLE plain ()',
        '6 CreateStmt do catches(duplicate_object): CREATE TABLE deep ()',
        "8 CreateEnumStmt do catches(duplicate_object): CREATE TYPE mood AS ENUM ('ok')",
        '10 CreateStmt do guarded: CREATE TABLE handler ()',
        '13 CreateStmt do: CREATE TABLE no_handler ()',
      ],
    },
    {
      name: 'nested DO strings keep file lines and the outer guard',
      sql: "-- é\nDO $outer$\nBEGIN\n  IF true THEN\n    DO $inner$\n    BEGIN\n      CREATE TABLE x ();\n    END $inner$;\n  END IF;\nEND $outer$;",
      inner: ['5 DoStmt do guarded: DO $inner$\n    BEGIN\n      CREATE TABLE x ();\n    END $inner$', '7 CreateStmt do guarded: CREATE TABLE x ()'],
    },
    {
      name: 'a single-quoted body',
      sql: "DO 'BEGIN CREATE TABLE a (); END';",
      inner: ['1 CreateStmt do: CREATE TABLE a ()'],
    },
    {
      name: 'another language is not read',
      sql: "DO LANGUAGE plv8 $$ plv8.execute('CREATE TABLE a ()') $$;",
      inner: [],
    },
  ])('$name', ({ sql, inner: expected }) => {
    const parsed = parseMigration('m.sql', sql);
    expect(inner(parsed)).toEqual(expected);
    expect(parsed.problems).toEqual([]);
    expect(parsed.unresolved).toEqual([]);
  });

  // PostgreSQL's own error here needs its catalog (is `undeclared` a variable?): not a parse problem, but what the
  // block runs is unknown, so it stands as SQL the replay cannot read.
  test('a body that does not compile without a catalog is SQL the replay cannot read', () => {
    const parsed = parseMigration('m.sql', 'SELECT 1;\nDO $$ BEGIN FOREACH undeclared IN ARRAY ARRAY[1] LOOP END LOOP; CREATE TABLE a (); END $$;');
    expect(inner(parsed)).toEqual([]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.unresolved).toEqual([{ file: 'm.sql', line: 2, fragments: [], origin: 'do' }]);
  });
});

describe('EXECUTE', () => {
  /** A DO block whose body sits on lines 2…; `r` and `t` are declared for the loops. */
  const run = (body: string): ParsedMigration => parseMigration('m.sql', `DO $$ DECLARE r record; t text;\n${body}\nEND $$;`);

  test.each([
    ["BEGIN EXECUTE 'CREATE TABLE a ()';", ['CREATE TABLE a ()']],
    ["BEGIN EXECUTE 'ALTER TABLE ' || 'x' || ' ENABLE ROW LEVEL SECURITY';", ['ALTER TABLE x ENABLE ROW LEVEL SECURITY']],
    ["BEGIN EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', 'x');", ['ALTER TABLE x ENABLE ROW LEVEL SECURITY']],
    ["BEGIN EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', 'public', 'User');", ['ALTER TABLE public."User" ENABLE ROW LEVEL SECURITY']],
    ["BEGIN EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', 'user');", ['ALTER TABLE "user" ENABLE ROW LEVEL SECURITY']],
    ["BEGIN EXECUTE format('COMMENT ON TABLE %s IS %L', 'x', 'it''s 100%');", ["COMMENT ON TABLE x IS 'it''s 100%'"]],
    ["BEGIN EXECUTE format('CREATE TABLE %1$I (); DROP TABLE %1$I; -- 100%%', 'a');", ['CREATE TABLE a ()', 'DROP TABLE a']],
    ["BEGIN EXECUTE concat('CREATE TABLE ', quote_ident('A b'), ' ()');", ['CREATE TABLE "A b" ()']],
    [
      "BEGIN FOREACH t IN ARRAY ARRAY['a','b'] LOOP\n  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);\nEND LOOP;",
      ['ALTER TABLE a ENABLE ROW LEVEL SECURITY', 'ALTER TABLE b ENABLE ROW LEVEL SECURITY'],
    ],
    [
      "BEGIN FOR t IN SELECT unnest(ARRAY['a','b']) LOOP\n  EXECUTE 'DROP TABLE ' || t;\nEND LOOP;",
      ['DROP TABLE a', 'DROP TABLE b'],
    ],
    [
      "BEGIN FOR t IN SELECT x FROM unnest('{a,b}'::text[]) AS x LOOP\n  EXECUTE 'DROP TABLE ' || t;\nEND LOOP;",
      ['DROP TABLE a', 'DROP TABLE b'],
    ],
  ])('%s', (body, sqls) => {
    const parsed = run(body);
    const dynamic = parsed.statements.filter((s) => s.origin !== 'top');
    expect(dynamic.map((s) => s.text)).toEqual(sqls);
    expect(dynamic.every((s) => s.origin === 'do' && !s.guarded)).toBe(true);
    expect(parsed.unresolved).toEqual([]);
  });

  test('a declared constant array drives FOREACH; lines are the EXECUTE line', () => {
    const sql = [
      'DO $$',
      'DECLARE',
      "  tables text[] := ARRAY['a', 'b'];",
      "  prefix CONSTANT text := 'public.';",
      '  t text;',
      'BEGIN',
      '  FOREACH t IN ARRAY tables LOOP',
      '    BEGIN',
      "      EXECUTE 'ALTER TABLE ' || prefix || t",
      "        || ' ENABLE ROW LEVEL SECURITY';",
      '    EXCEPTION WHEN undefined_table THEN NULL;',
      '    END;',
      '  END LOOP;',
      'END $$;',
    ].join('\n');
    expect(inner(parseMigration('m.sql', sql))).toEqual([
      '9 AlterTableStmt do catches(undefined_table): ALTER TABLE public.a ENABLE ROW LEVEL SECURITY',
      '9 AlterTableStmt do catches(undefined_table): ALTER TABLE public.b ENABLE ROW LEVEL SECURITY',
    ]);
  });

  test('a DO string run by EXECUTE stays on the EXECUTE line', () => {
    const parsed = run("BEGIN IF true THEN\n  EXECUTE 'DO $x$\n  BEGIN\n    CREATE TABLE a ();\n  END $x$';\nEND IF;");
    expect(inner(parsed)).toEqual([
      '3 DoStmt do guarded: DO $x$\n  BEGIN\n    CREATE TABLE a ();\n  END $x$',
      '3 CreateStmt do guarded: CREATE TABLE a ()',
    ]);
  });

  test.each([
    ['never assigned', "t text := 'a';\nBEGIN\n", [{ line: 3, text: 'DROP TABLE a' }], []],
    ['assigned', "t text := 'a';\nBEGIN t := 'b';\n", [], [{ file: 'm.sql', line: 3, fragments: ['DROP TABLE '], origin: 'do' }]],
    ['a SELECT INTO target', "t text := 'a';\nBEGIN SELECT 'b' INTO t;\n", [], [{ file: 'm.sql', line: 3, fragments: ['DROP TABLE '], origin: 'do' }]],
  ])('a declared default, %s', (_name, declare, statements, unresolved) => {
    const parsed = parseMigration('m.sql', `DO $$ DECLARE ${declare}EXECUTE 'DROP TABLE ' || t;\nEND $$;`);
    expect(parsed.statements.filter((s) => 'DropStmt' in s.node).map((s) => ({ line: s.line, text: s.text }))).toEqual(statements);
    expect(parsed.unresolved).toEqual(unresolved);
  });

  test.each([
    ["BEGIN SELECT string_agg(x, ';') INTO t FROM y;\nEXECUTE t;", []],
    [
      "BEGIN FOR r IN SELECT tablename FROM pg_tables LOOP\nEXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', r.tablename);\nEND LOOP;",
      ['ALTER TABLE ', ' ENABLE ROW LEVEL SECURITY'],
    ],
    [
      "BEGIN FOR t IN SELECT tablename FROM pg_tables LOOP\nEXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', 'public', t);\nEND LOOP;",
      ['ALTER TABLE public.', ' ENABLE ROW LEVEL SECURITY'],
    ],
    ["BEGIN\nEXECUTE 'ALTER TABLE ' || quote_ident(current_setting('app.t')) || ' ENABLE ROW LEVEL SECURITY';", ['ALTER TABLE ', ' ENABLE ROW LEVEL SECURITY']],
    ["BEGIN\nEXECUTE 'CREATE TABEL oops';", ['CREATE TABEL oops']],
  ])('unresolved: %s', (body, fragments) => {
    const parsed = run(body);
    // The SELECT that feeds the string runs; nothing the EXECUTE would run is known.
    expect(parsed.statements.filter((s) => s.origin !== 'top' && !('SelectStmt' in s.node))).toEqual([]);
    expect(parsed.unresolved).toEqual([{ file: 'm.sql', line: 3, fragments, origin: 'do' }]);
  });
});

/** Everything the file's functions run when called, in file order. */
function bodies(parsed: ParsedMigration) {
  const out = parsed.statements.filter((s) => 'CreateFunctionStmt' in s.node).map(functionBody);
  return { statements: out.flatMap((o) => o.statements), unresolved: out.flatMap((o) => o.unresolved) };
}

describe('function bodies', () => {
  test('are not expanded by parseMigration: they run only when called', () => {
    const parsed = parseMigration('m.sql', 'CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE x (); END $$;');
    expect(inner(parsed)).toEqual([]);
    expect(inner(bodies(parsed))).toEqual(['1 CreateStmt function: CREATE TABLE x ()']);
  });

  test('PERFORM in a DO block is a call, as a SELECT', () => {
    expect(inner(parseMigration('m.sql', "DO $$ BEGIN\n  PERFORM setup_tenant('a');\nEND $$;"))).toEqual(["2 SelectStmt do: SELECT setup_tenant('a')"]);
  });

  test('plpgsql: inner statements and EXECUTEs carry the function name', () => {
    const sql = [
      'CREATE OR REPLACE FUNCTION app.setup(t text)',
      'RETURNS void',
      'LANGUAGE plpgsql',
      'AS $fn$',
      'BEGIN',
      '  CREATE TABLE IF NOT EXISTS app.log ();',
      '  IF t IS NOT NULL THEN',
      "    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);",
      '  END IF;',
      'END',
      '$fn$;',
      'CREATE PROCEDURE tidy() LANGUAGE plpgsql AS $$ BEGIN DELETE FROM app.log; END $$;',
    ].join('\n');
    const parsed = bodies(parseMigration('m.sql', sql));
    expect(inner(parsed)).toEqual([
      '6 CreateStmt function: CREATE TABLE IF NOT EXISTS app.log ()',
      '12 DeleteStmt function: DELETE FROM app.log',
    ]);
    expect(parsed.unresolved).toEqual([
      { file: 'm.sql', line: 8, fragments: ['ALTER TABLE ', ' ENABLE ROW LEVEL SECURITY'], origin: 'function' },
    ]);
  });

  test('sql: a string body and a BEGIN ATOMIC body', () => {
    const sql = [
      'CREATE FUNCTION one() RETURNS int LANGUAGE sql AS $$',
      '  INSERT INTO t VALUES (1);',
      '  SELECT 1;',
      '$$;',
      'CREATE FUNCTION s.two() RETURNS int LANGUAGE sql',
      'BEGIN ATOMIC',
      '  SELECT 2;',
      'END;',
    ].join('\n');
    expect(inner(bodies(parseMigration('m.sql', sql)))).toEqual([
      '2 InsertStmt function: INSERT INTO t VALUES (1)',
      '3 SelectStmt function: SELECT 1',
      '7 SelectStmt function: SELECT 2',
    ]);
  });

  test('a body PostgreSQL cannot compile runs nothing and is a problem at its line (as PostgreSQL 15 reports it)', () => {
    const sql = [
      'CREATE FUNCTION bad() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW END $$;',
      'CREATE FUNCTION worse() RETURNS int LANGUAGE sql AS $$ SELEC 1 $$;',
      "CREATE FUNCTION c_fn() RETURNS int LANGUAGE c AS 'lib', 'sym';",
    ].join('\n');
    const parsed = parseMigration('m.sql', sql);
    expect(inner(bodies(parsed))).toEqual([]);
    expect(parsed.problems).toEqual([
      { file: 'm.sql', line: 1, message: 'syntax error at end of input (in the PL/pgSQL body of function bad)', ifBodiesChecked: true },
      { file: 'm.sql', line: 2, message: 'syntax error at or near "SELEC" (in the SQL body of function worse)', ifBodiesChecked: true },
    ]);
    expect(parsed.topLevelCount).toBe(3);
  });
});
