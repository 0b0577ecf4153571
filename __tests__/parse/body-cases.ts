/**
 * Bodies PostgreSQL compiles before anything runs (a DO block's PL/pgSQL, a function's body at CREATE FUNCTION),
 * shared by the engine's table test (body-check.test.ts) and the check of each case against a real PostgreSQL 15
 * (body-check-postgres.test.ts): the problem the engine reports must be PostgreSQL's own message, at the line
 * PostgreSQL names, and a file the engine finds nothing in must run.
 */

export interface BodyCase {
  name: string;
  /** A migration; every statement before the one that fails must run. */
  sql: string;
  /** The problems the engine reports, `line: message` (the message without where it was compiling). */
  problems: string[];
}

const deep = (depth: number): string => `DO $$\n${'BEGIN\n'.repeat(depth)}CREATE TABLE lost (id int);\n${'END;\n'.repeat(depth)}$$;`;

export const bodyCases: BodyCase[] = [
  {
    name: 'END; where END IF; is needed, in a function',
    sql: 'CREATE FUNCTION f1() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  IF true THEN\n    PERFORM 1;\n  END;\nEND;\n$$;',
    problems: ['5: syntax error at or near ";"'],
  },
  {
    name: 'a missing ; after an assignment: PostgreSQL names the token after it',
    sql: 'SELECT 1;\nCREATE FUNCTION f2() RETURNS void LANGUAGE plpgsql AS $$\nDECLARE\n  x int;\nBEGIN\n  x := 1\n  PERFORM 2;\nEND;\n$$;',
    problems: ['7: syntax error at or near "2"'],
  },
  {
    name: 'END; where END IF; is needed, in a DO block',
    sql: 'DO $$\nBEGIN\n  IF true THEN\n    PERFORM 1;\n  END;\nEND $$;',
    problems: ['5: syntax error at or near ";"'],
  },
  {
    name: 'a body in single quotes, after a multi-byte character',
    sql: "-- café\nCREATE FUNCTION f3() RETURNS text LANGUAGE plpgsql AS '\nBEGIN\n  RETURN ''é'';\n  RETRN 1;\nEND;\n';",
    problems: ['5: syntax error at or near "RETRN"'],
  },
  {
    name: 'a SQL body with a typo',
    sql: 'CREATE FUNCTION f4() RETURNS int LANGUAGE sql AS $$\n  SELECT 1;\n  SELEC 2;\n$$;',
    problems: ['3: syntax error at or near "SELEC"'],
  },
  {
    name: 'a DO block nested 5,000 BEGINs deep: PostgreSQL runs out of parser stack',
    sql: deep(5000),
    problems: ['3334: memory exhausted at or near "BEGIN"'],
  },
  {
    name: 'nested 1,000 deep compiles',
    sql: deep(1000).replace('CREATE TABLE lost (id int)', 'PERFORM 1'),
    problems: [],
  },
  {
    name: 'check_function_bodies off: CREATE FUNCTION takes the body as it is',
    sql: 'SET check_function_bodies = off;\nCREATE FUNCTION f5() RETURNS void LANGUAGE plpgsql AS $$ BEGIN IF true THEN PERFORM 1; END; END $$;',
    problems: [],
  },
  {
    name: 'check_function_bodies off does not reach a DO block',
    sql: 'SET check_function_bodies = false;\nDO $$ BEGIN IF true THEN PERFORM 1; END; END $$;',
    problems: ['2: syntax error at or near ";"'],
  },
  {
    name: 'what only a catalog can check is not a problem (the row type of a table)',
    sql: 'CREATE TABLE r (x int);\nCREATE FUNCTION f6() RETURNS void LANGUAGE plpgsql AS $$ DECLARE v r%ROWTYPE; BEGIN v.x := 1; END $$;',
    problems: [],
  },
];
