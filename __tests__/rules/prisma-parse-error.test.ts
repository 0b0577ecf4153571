import { analysis, auditTable, DATASOURCE, MIGRATION as MIG, SCHEMA, type Found } from './engine.js';

const rule = 'prisma-parse-error';
const found = (line: number, file = SCHEMA): Found => ({ rule, severity: 'error', file, line });
const POST = 'model Post {\n  id    Int      @id\n  title String\n}\n';
/** A model whose list type never closes: Prisma stops at the end of that line. */
const OPEN_LIST = 'model Post {\n  id   Int @id\n  tags String[\n}\n';
const SQLITE = 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n';

auditTable(rule, [
  // docs/rules/prisma-parse-error.md
  ['docs ❌: a list type whose ] is missing', { [SCHEMA]: `${DATASOURCE}\n${OPEN_LIST}` }, [found(8)]],
  ['docs ❌: a model never closed', { [SCHEMA]: `${DATASOURCE}\nmodel User {\n  id    Int    @id\n  email String @unique\n\n${POST}` }, [found(10)]],
  ['docs ✅: the schema parses', { [SCHEMA]: `${DATASOURCE}\n${POST}` }, []],

  ['one broken file of a multi-file schema, at its own line', { 'prisma/schema/base.prisma': DATASOURCE, 'prisma/schema/post.prisma': OPEN_LIST, 'prisma/schema/user.prisma': 'model User {\n  id Int @id\n}\n' }, [found(3, 'prisma/schema/post.prisma')]],
  ['a schema for another database is still read for errors', { [SCHEMA]: `${SQLITE}\n${OPEN_LIST}` }, [found(8)]],
  ['an empty schema file parses', { [SCHEMA]: '' }, []],
  ['the rule can be turned off', { [SCHEMA]: OPEN_LIST }, [], 'rules:\n  prisma-parse-error: off\n'],
]);

describe('while the schema does not parse, the comparison with the migrations does not run', () => {
  const tree = {
    [MIG]: 'create table public.users (id int primary key);\ncreate table public.posts (id int primary key);\nalter table public.users enable row level security;\nalter table public.posts enable row level security;\n',
    'prisma/schema/base.prisma': DATASOURCE,
    'prisma/schema/user.prisma': 'model User {\n  id Int @id\n  @@map("users")\n}\n\nmodel Ghost {\n  id Int @id\n}\n',
    'prisma/schema/post.prisma': 'model Post {\n  id Int @id\n  @@map("posts")\n',
  };

  test('no missing-model for the tables the broken file maps, no missing-table for the models read', async () => {
    const a = await analysis(tree);
    const schemaFindings = a.findings.filter((f) => ['missing-model', 'missing-table', rule].includes(f.rule));
    expect(schemaFindings.map((f) => [f.rule, f.file, f.line])).toEqual([[rule, 'prisma/schema/post.prisma', 3]]);
    expect(schemaFindings[0]!.message).toBe("The Prisma schema does not parse: Expecting '}' but found end of file. Its models were not compared with the migrations.");
  });

  test('the notes say the schema was not compared, and why', async () => {
    expect((await analysis(tree)).notes).toEqual(['The Prisma schema was not compared with the migrations: prisma/schema/post.prisma does not parse (see the prisma-parse-error finding).']);
  });
});
