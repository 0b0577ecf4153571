import { parseSync } from 'libpg-query';
import { containsKind, names, qualified, quoteIdent, refName, typeText, unwrap, visit } from '../../src/parse/ast.js';
import { initParser } from '../../src/parse/sql.js';

test.each([
  ['users', 'users'],
  ['User', '"User"'],
  ['select', '"select"'],
  ['int', '"int"'],
  ['left', '"left"'],
  ['name', 'name'],
  ['a"b', '"a""b"'],
  ['2fa', '"2fa"'],
])('quoteIdent(%s) is %s, as PostgreSQL quote_ident', (name, quoted) => {
  expect(quoteIdent(name)).toBe(quoted);
});

test('qualified names quote each part on its own', () => {
  expect(qualified('public.User')).toBe('public."User"');
  expect(qualified('My Schema.order')).toBe('"My Schema"."order"');
});

describe('the typed visitor', () => {
  beforeAll(initParser);
  const tree = (sql: string) => parseSync(sql).stmts![0]!.stmt!;

  test('visits the nodes of the kinds it names, in document order', () => {
    const seen: string[] = [];
    visit(tree('SELECT a.x FROM a JOIN b ON b.y = f(a.z)'), {
      RangeVar: (rv) => void seen.push(`table ${rv.relname}`),
      ColumnRef: (ref) => void seen.push(`column ${refName(ref)}`),
      FuncCall: (call) => void seen.push(`call ${names(call.funcname).join('.')}`),
    });
    expect(seen).toEqual(['column a.x', 'table a', 'table b', 'column b.y', 'call f', 'column a.z']);
  });

  test('leaves the children of a node unvisited when its function returns false', () => {
    const seen: string[] = [];
    visit(tree('SELECT x FROM t WHERE EXISTS (SELECT y FROM u)'), {
      SubLink: () => false,
      ColumnRef: (ref) => void seen.push(refName(ref)),
    });
    expect(seen).toEqual(['x']);
  });

  test.each([
    ['SELECT x FROM t', false],
    ['SELECT x FROM t JOIN u ON true', true],
    ['SELECT x FROM (SELECT 1 AS x) s', true],
  ])('containsKind: %s has a join or a subquery: %s', (sql, found) => {
    expect(containsKind(tree(sql), ['JoinExpr', 'RangeSubselect'])).toBe(found);
  });

  test.each([
    ['varchar(255)', 'varchar(255)'],
    ['int4', 'integer'],
    ['timestamptz(3)', 'timestamptz'],
    ['text[]', 'text[]'],
    ['public.status', 'public.status'],
  ])('typeText(%s) is %s', (type, text) => {
    const cast = unwrap(unwrap(unwrap(tree(`SELECT NULL::${type}`), 'SelectStmt')?.targetList?.[0], 'ResTarget')?.val, 'TypeCast');
    expect(typeText(cast?.typeName)).toBe(text);
  });
});
