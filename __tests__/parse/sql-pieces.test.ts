import { initParser, parseMigration } from '../../src/parse/sql.js';

beforeAll(initParser);

/** The parser's source positions are relative to the text it was given, so a piece's differ from the whole file's. */
const POSITION = /(^|_)location$|list_(start|end)$/;
const withoutPositions = (value: unknown) => JSON.parse(JSON.stringify(value, (k, v: unknown) => (POSITION.test(k) ? undefined : v)));

/** Each case is long enough to need several windows of the sizes below, and cuts them where a window would go wrong. */
const CASES: { name: string; sql: string }[] = [
  {
    name: 'statements apart by blank lines',
    sql: Array.from({ length: 40 }, (_, i) => `CREATE TABLE t${i} (id int PRIMARY KEY);\n\nINSERT INTO t${i} VALUES (${i});\n`).join('\n'),
  },
  {
    name: 'blank lines and line-ending semicolons inside function bodies',
    sql: Array.from({ length: 20 }, (_, i) => `CREATE FUNCTION f${i}() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  PERFORM 1;\n\n  PERFORM ${i};\nEND $$;\n\nSELECT f${i}();\n`).join('\n'),
  },
  {
    name: 'strings and comments holding semicolons and blank lines',
    sql: Array.from({ length: 30 }, (_, i) => `COMMENT ON TABLE t IS 'a;\n\nb${i}';\n/* c;\n\nd */\n-- e;\nSELECT ${i};\n`).join('\n'),
  },
  {
    name: 'a statement that parses when cut short at a blank line',
    sql: Array.from({ length: 30 }, (_, i) => `SELECT ${i}\n\n+ 1;\n`).join('\n'),
  },
  {
    name: 'BEGIN ATOMIC bodies and CREATE RULE actions',
    sql: Array.from({ length: 20 }, (_, i) => `CREATE FUNCTION g${i}() RETURNS int LANGUAGE sql BEGIN ATOMIC\n  SELECT 1;\n\n  SELECT ${i};\nEND;\n\nCREATE RULE r${i} AS ON INSERT TO t DO ALSO (NOTIFY a;\n\nNOTIFY b);\n`).join('\n'),
  },
  {
    name: 'a syntax error in the middle',
    sql: [...Array.from({ length: 20 }, (_, i) => `CREATE TABLE a${i} ();\n`), 'CREATE TABLE broken (;\n', ...Array.from({ length: 20 }, (_, i) => `CREATE TABLE b${i} ();\n`)].join('\n'),
  },
  {
    name: 'an unterminated string at the end',
    sql: `${Array.from({ length: 30 }, (_, i) => `SELECT ${i};\n`).join('\n')}\nSELECT 'open;\n\nSELECT 2;\n`,
  },
  {
    name: 'a psql meta-command',
    sql: `${Array.from({ length: 30 }, (_, i) => `SELECT ${i};\n`).join('\n')}\n\\connect other\n\n${Array.from({ length: 30 }, (_, i) => `SELECT ${i};\n`).join('\n')}`,
  },
  {
    name: 'multi-byte characters around the cuts',
    sql: Array.from({ length: 40 }, (_, i) => `COMMENT ON TABLE t IS 'café ☕ 😀 ${i}';\n\nSELECT 'é😀';\n`).join('\n'),
  },
  {
    name: 'one statement longer than a window',
    sql: `SELECT 1;\n\nINSERT INTO t VALUES ${Array.from({ length: 200 }, (_, i) => `(${i}, 'row ${i}')`).join(',\n\n')};\n\nSELECT 2;\n`,
  },
];

describe('a large file is parsed in pieces, and reads as the whole file does', () => {
  test.each(CASES.flatMap((c) => [64, 200, 1000].map((size) => ({ ...c, size }))))('$name, windows of $size bytes', ({ sql, size }) => {
    const whole = parseMigration('m.sql', sql, { pieceBytes: Infinity });
    const pieced = parseMigration('m.sql', sql, { pieceBytes: size });
    expect(withoutPositions(pieced)).toEqual(withoutPositions(whole));
    expect(whole.statements.length + whole.problems.length).toBeGreaterThan(2);
  });
});

describe('a caller gets a turn between the pieces of a large file', () => {
  const sql = CASES[0]!.sql;
  const bytes = Buffer.byteLength(sql);

  test('one before each piece after the first: at least one for each further window the file fills', () => {
    let turns = 0;
    parseMigration('m.sql', sql, { pieceBytes: 200, betweenPieces: () => turns++ });
    expect(turns).toBeGreaterThanOrEqual(Math.ceil(bytes / 200) - 1);
  });

  test('none for a file parsed whole', () => {
    let turns = 0;
    parseMigration('m.sql', sql, { pieceBytes: bytes, betweenPieces: () => turns++ });
    expect(turns).toBe(0);
  });
});
