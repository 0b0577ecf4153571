import { initParser, parseMigration, parserTierFlags } from '../../src/parse/sql.js';
import type { Statement } from '../../src/types.js';

beforeAll(initParser);

/** `line kind origin` per statement: the parts of a Statement these tests pin down. */
function summary(statements: Statement[]): string[] {
  return statements.map((s) => `${s.line} ${Object.keys(s.node)[0]} ${s.origin}`);
}

describe('statement lines and text', () => {
  test.each([
    {
      name: 'multi-byte characters before a statement',
      sql: "-- café ☕ 😀\nSELECT 'é😀'; CREATE TABLE a ();\n\nCREATE TABLE b ();",
      lines: [2, 2, 4],
      texts: ["SELECT 'é😀'", 'CREATE TABLE a ()', 'CREATE TABLE b ()'],
    },
    {
      name: 'CRLF line endings',
      sql: 'CREATE TABLE a ();\r\n\r\n-- next\r\nCREATE TABLE b ();\r\n',
      lines: [1, 4],
      texts: ['CREATE TABLE a ()', 'CREATE TABLE b ()'],
    },
    {
      name: 'semicolons inside dollar quotes and strings',
      sql: "SELECT $x$a;\nb$x$, 'c;d';\nSELECT 2;",
      lines: [1, 3],
      texts: ["SELECT $x$a;\nb$x$, 'c;d'", 'SELECT 2'],
    },
    {
      name: 'comments between statements',
      sql: 'SELECT 1;\n/* a\n b */\n-- c\n   SELECT 2\n',
      lines: [1, 5],
      texts: ['SELECT 1', 'SELECT 2'],
    },
  ])('$name', ({ sql, lines, texts }) => {
    const parsed = parseMigration('m.sql', sql);
    expect(parsed.statements.map((s) => s.line)).toEqual(lines);
    expect(parsed.statements.map((s) => s.text)).toEqual(texts);
    expect(parsed.statements.every((s) => s.origin === 'top' && !s.guarded && s.file === 'm.sql')).toBe(true);
    expect(parsed.problems).toEqual([]);
    expect(parsed.topLevelCount).toBe(lines.length);
  });

  test('an empty or comment-only file has no statements', () => {
    for (const sql of ['', '  \n', '-- nothing here\n']) {
      expect(parseMigration('m.sql', sql)).toMatchObject({ statements: [], problems: [], topLevelCount: 0 });
    }
  });
});

describe('statements PostgreSQL rejects', () => {
  test.each([
    {
      name: 'a syntax error in the middle',
      sql: 'CREATE TABLE a ();\nCREATE TABLE (;\nCREATE TABLE b ();',
      statements: ['1 CreateStmt top', '3 CreateStmt top'],
      problems: ['2: syntax error at or near "("'],
      count: 3,
    },
    {
      name: 'an error deep in a multi-line statement after multi-byte text',
      sql: "SELECT 'é😀';\nCREATE TABLE x (\n  é int,\n  b int int\n);\nSELECT 2;",
      statements: ['1 SelectStmt top', '6 SelectStmt top'],
      problems: ['4: syntax error at or near "int"'],
      count: 3,
    },
    {
      name: 'an unterminated dollar quote keeps what comes before, and quotes only the first line of the rest',
      sql: 'CREATE TABLE a ();\nSELECT 1;\nDO $$ BEGIN\nEND;\nCREATE TABLE b ();',
      statements: ['1 CreateStmt top', '2 SelectStmt top'],
      problems: ['3: unterminated dollar-quoted string at or near "$$ BEGIN…"'],
      count: 3,
    },
    {
      name: 'an unterminated quote after a syntax error',
      sql: "FOO;\nSELECT 1;\nSELECT 'x;\n",
      statements: ['2 SelectStmt top'],
      problems: ['1: syntax error at or near "FOO"', '3: unterminated quoted string at or near "\'x;…"'],
      count: 3,
    },
    {
      name: 'psql meta-commands',
      sql: '\\set ON_ERROR_STOP on\nCREATE TABLE a ();\n  \\connect app\nCREATE TABLE b ();',
      statements: ['2 CreateStmt top', '4 CreateStmt top'],
      problems: ['1: psql meta-command \\set is not SQL', '3: psql meta-command \\connect is not SQL'],
      count: 2,
    },
    {
      name: 'CREATE RULE with several actions in parentheses',
      sql: 'FOO;\nCREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2);\nSELECT 3;',
      statements: ['2 RuleStmt top', '3 SelectStmt top'],
      problems: ['1: syntax error at or near "FOO"'],
      count: 3,
    },
    {
      name: 'a BEGIN ATOMIC body',
      sql: 'FOO;\nCREATE FUNCTION g() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n  SELECT CASE WHEN true THEN 2 END;\nEND;\nSELECT 3;',
      statements: ['2 CreateFunctionStmt top', '7 SelectStmt top'],
      problems: ['1: syntax error at or near "FOO"'],
      count: 3,
    },
  ])('$name', ({ sql, statements, problems, count }) => {
    const parsed = parseMigration('m.sql', sql);
    expect(summary(parsed.statements)).toEqual(statements);
    expect(parsed.problems.map((p) => `${p.line}: ${p.message}`)).toEqual(problems);
    expect(parsed.problems.every((p) => p.file === 'm.sql')).toBe(true);
    expect(parsed.topLevelCount).toBe(count);
  });
});

describe('ignore comments', () => {
  test('next-statement and file-wide ignores, one entry per rule; a near miss is one malformed entry', () => {
    const sql = [
      '-- schema-guardian-ignore-file idempotency: replayed by hand',
      'CREATE TABLE a ();',
      '-- schema-guardian-ignore missing-rls, missing-policy: internal table',
      'CREATE TABLE b ();',
      '  --schema-guardian-ignore missing-rls',
      'CREATE TABLE c ();\r',
      '-- schema-guardian-ignore missing-rls:\r',
      'CREATE TABLE d ();',
      '-- schema-guardian-ignored-not-a-directive x: y',
    ].join('\n');
    expect(parseMigration('m.sql', sql).ignores).toEqual([
      { rule: 'idempotency', reason: 'replayed by hand', file: 'm.sql', line: 1, scope: 'file' },
      { rule: 'missing-rls', reason: 'internal table', file: 'm.sql', line: 3, scope: 'next' },
      { rule: 'missing-policy', reason: 'internal table', file: 'm.sql', line: 3, scope: 'next' },
      { rule: 'missing-rls', reason: '', file: 'm.sql', line: 5, scope: 'next' },
      { rule: 'missing-rls', reason: '', file: 'm.sql', line: 7, scope: 'next' },
      { rule: '', reason: '', file: 'm.sql', line: 9, scope: 'next', malformed: { written: 'schema-guardian-ignored-not-a-directive', meant: 'schema-guardian-ignore' } },
    ]);
  });
});

describe('description', () => {
  test.each([
    ['-- Add user profiles\nCREATE TABLE a ();', 'Add user profiles'],
    ['\n\n  -- ==========\n  --\n  -- Billing tables  \n-- more\nSELECT 1;', 'Billing tables'],
    ['/*\n * Seed the catalog\n * second line\n */\nSELECT 1;', 'Seed the catalog'],
    ['/* One-liner */ SELECT 1;', 'One-liner'],
    ['-- schema-guardian-ignore-file idempotency: x\n-- Real description\nSELECT 1;', 'Real description'],
    ['CREATE TABLE a ();\n-- not leading', undefined],
    ['', undefined],
  ])('%j → %j', (sql, description) => {
    expect(parseMigration('m.sql', sql).description).toBe(description);
  });
});

describe('ownTransaction', () => {
  test.each([
    ['CREATE TABLE a ();', false],
    ['BEGIN;\nCREATE TABLE a ();\nCOMMIT;', true],
    ['START TRANSACTION;\nCREATE TABLE a ();', true],
    ['SAVEPOINT s;\nRELEASE SAVEPOINT s;', false],
    ['CREATE INDEX CONCURRENTLY i ON t (a);', true],
    ['CREATE INDEX i ON t (a);', false],
    ['DROP INDEX CONCURRENTLY i;', true],
    ['REINDEX INDEX CONCURRENTLY i;', true],
    ['REINDEX INDEX i;', false],
    ['DO $$ BEGIN COMMIT; END $$;', false],
  ])('%j → %j', (sql, own) => {
    expect(parseMigration('m.sql', sql).ownTransaction).toBe(own);
  });
});

test('an expression nested deeper than the parser’s tree can be read fails as it does in PostgreSQL, and the rest is read', () => {
  const parsed = parseMigration('m.sql', `CREATE TABLE a ();\nSELECT ${Array(20000).fill('1').join(' + ')};\nCREATE TABLE b ();`);
  expect(parsed.statements.map((s) => s.line)).toEqual([1, 3]);
  expect(parsed.problems.map((p) => `${p.line}: ${p.message}`)).toEqual(['2: stack depth limit exceeded']);
});

// The V8 versions of Node 20.20, 22.23 and 24.22, where the parser's optimizing recompilation was measured.
test.each([
  ['11.3.244.8-node.38', undefined],
  ['12.4.254.21-node.57', undefined],
  ['13.6.233.17-node.63', '--no-wasm-tier-up --no-wasm-dynamic-tiering'],
  ['14.1.146.11-node.12', '--no-wasm-tier-up --no-wasm-dynamic-tiering'],
])('V8 %s keeps the parser on its baseline compiler: %s', (version, flags) => {
  expect(parserTierFlags(version)).toBe(flags);
});
