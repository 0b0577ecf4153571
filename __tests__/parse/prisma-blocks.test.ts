import { withModelFixes } from '../../src/fixes/check.js';
import { parsePrismaSchema } from '../../src/parse/prisma.js';

type Files = { path: string; text: string }[];

/**
 * The whole-file parse, for comparison: the lexer skips a character it has no token for, so a last line `#` changes
 * nothing the parser sees, while the block reader, which takes only blank and comment lines between blocks, gives the
 * file up to the whole parse.
 */
function parsedWhole(files: Files) {
  return parsePrismaSchema(files.map((f) => ({ ...f, text: `${f.text}\n#` })));
}

const base = `generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

/// schema-guardian-ignore missing-index: small table
model User {
  id    String  @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  email String  @unique(map: "user_email_key") @db.VarChar(255)
  posts Post[]
  tags  Tag[]

  @@map("users")
}
${'  '}
// a comment between blocks { with a brace }
model Post {
  id       Int    @id @default(autoincrement()) // a trailing comment }
  authorId String @map("author_id") @db.Uuid
  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)
\t
  @@index([authorId], map: "post_author_idx")
}

model Tag {
  id    Int    @id
  users User[]
}

enum Role {
  ADMIN  @map("admin")
  MEMBER

  @@map("role")
}

view Active {
  id Int @unique
}

type Address {
  street String
}
`;

describe('parsePrismaSchema block by block', () => {
  it.each<[string, Files]>([
    ['a schema of every kind of block', [{ path: 'prisma/schema.prisma', text: base }]],
    ['CRLF line ends', [{ path: 'prisma/schema.prisma', text: base.replace(/\n/g, '\r\n') }]],
    ['a /* block comment */ across blocks', [{ path: 'prisma/schema.prisma', text: base.replace('model Tag {', '/* a\n} comment\n*/\nmodel Tag {') }]],
    ['no newline after the last block', [{ path: 'prisma/schema.prisma', text: base.trimEnd() }]],
    ['the same block at other lines in several files', [
      { path: 'prisma/schema/a.prisma', text: 'model A {\n  id Int @id\n  b  B[]\n}\n' },
      { path: 'prisma/schema/b.prisma', text: '\n\n// B\nmodel B {\n  id Int @id\n  a  A[]\n}\n\nmodel A2 {\n  id Int @id\n  b  B[]\n}\n' },
    ]],
  ])('%s: reads what the whole parse reads', (_, files) => {
    expect(parsePrismaSchema(files)).toEqual(parsedWhole(files));
  });

  it('reads a schema edited by withModelFixes, cached blocks moved down, as the whole parse does', () => {
    const files: Files = [{ path: 'prisma/schema.prisma', text: base }];
    const fixes = [
      'model Comment {\n  id     Int    @id\n  postId Int    @map("post_id")\n  post   Post   @relation(fields: [postId], references: [id])\n\n  @@map("comments")\n}\n\n// Add to model Post:\n//   comments Comment[]\n',
      'model Audit {\n  id Int @id\n}\n\n// Add to model User:\n//   audits Audit[]\n',
      'model Audit2 {\n  id Int @id\n}\n',
    ];
    const edited = withModelFixes(files, fixes)!;
    parsePrismaSchema(files);
    const schema = parsePrismaSchema(edited);
    expect(schema).toEqual(parsedWhole(edited));
    expect(schema.errors).toEqual([]);
    const post = schema.models.find((m) => m.name === 'Post')!;
    expect(post.line).toBe(22);
    expect(post.indexes.find((i) => i.name === 'post_author_idx')!.line).toBe(27);
    expect(schema.models.map((m) => m.name)).toEqual(['User', 'Post', 'Tag', 'Active', 'Comment', 'Audit', 'Audit2', '_TagToUser']);
  });

  it('reads a schema with fixes applied in a trial as it reads it otherwise, and the schema as written after it', () => {
    const files: Files = [{ path: 'prisma/schema.prisma', text: base }];
    const edited = withModelFixes(files, ['model Audit {\n  id     Int    @id\n  userId String @map("user_id") @db.Uuid\n  user   User   @relation(fields: [userId], references: [id])\n}\n\n// Add to model User:\n//   audits Audit[]\n'])!;
    parsePrismaSchema(files);
    const trial = parsePrismaSchema(edited, { trial: true });
    const after = parsePrismaSchema(files);
    expect(trial).toEqual(parsedWhole(edited));
    expect(trial.models.find((m) => m.name === 'Audit')!.relations).toEqual([expect.objectContaining({ model: 'User', columns: ['user_id'] })]);
    expect(after).toEqual(parsedWhole(files));
  });

  it('reads a cached field as a relation, and lists as a join table, once a block appended declares its type', () => {
    const path = 'prisma/schema.prisma';
    const text = 'model Post {\n  id    Int    @id\n  owner Team?\n  tags  Label[]\n}\n';
    const alone = parsePrismaSchema([{ path, text }]);
    expect(alone.models.map((m) => [m.name, m.fields.map((f) => f.name), m.relations.map((r) => r.field)])).toEqual([['Post', ['id', 'owner', 'tags'], []]]);
    const edited = [{ path, text: `${text}\nmodel Team {\n  id Int @id\n}\n\ntype Label {\n  x Int\n}\n\nmodel Tag {\n  id    Int    @id\n  posts Post[]\n}\n` }];
    const trial = parsePrismaSchema(edited, { trial: true });
    expect(trial).toEqual(parsedWhole(edited));
    const post = trial.models.find((m) => m.name === 'Post')!;
    expect(post.fields.map((f) => f.name)).toEqual(['id']);
    expect(post.relations).toEqual([
      { field: 'owner', model: 'Team', list: false, optional: true, columns: [], references: [] },
      { field: 'tags', model: 'Label', list: true, optional: false, columns: [], references: [] },
    ]);
    const withJoin = [{ path, text: edited[0]!.text.replace('  tags  Label[]\n', '  tags  Label[]\n  tagged Tag[]\n') }];
    parsePrismaSchema([{ path, text: withJoin[0]!.text.replace(/\nmodel Tag \{[^}]*\}\n/, '') }]);
    const joined = parsePrismaSchema(withJoin, { trial: true });
    expect(joined).toEqual(parsedWhole(withJoin));
    expect(joined.models.filter((m) => m.implicit).map((m) => [m.name, m.line, m.fields.map((f) => f.column)])).toEqual([['_PostToTag', 5, ['A', 'B']]]);
  });

  it('reads a block again when its text changed, not the cached one', () => {
    const path = 'prisma/schema.prisma';
    parsePrismaSchema([{ path, text: base }]);
    const changed = parsePrismaSchema([{ path, text: base.replace('@db.VarChar(255)', '@db.VarChar(320)') }]);
    expect(changed.models.find((m) => m.name === 'User')!.fields.find((f) => f.name === 'email')!.nativeType).toBe('VarChar(320)');
  });

  it.each([
    ['an error inside a block', 'model A {\n  id Int @id\n}\n\nmodel B {\n  id Int @id @default(\n  name String\n}\n', 6, "Expecting ')' but found end of line"],
    ['a line between blocks that is no block', 'model A {\n  id Int @id\n}\nfoo bar\nmodel B {\n  id Int @id\n}\n', 4, "Expecting '{' but found end of line"],
    ['a block that is not closed', 'model A {\n  id Int @id\n}\n\nmodel B {\n  id Int @id\n', 6, "Expecting '}' but found end of file"],
    ['a block of no known kind', 'model A {\n  id Int @id\n}\n\nwidget B {\n  id Int @id\n}\n', 6, "Unexpected 'id'"],
    ['a brace at a line start that closes nothing', 'model A {\n  id Int @id\n}\n  name String\n}\n', 4, "Expecting '{' but found end of line"],
  ])('%s: the error of the whole file, at its line', (_, text, line, message) => {
    const files = [{ path: 'prisma/schema.prisma', text }];
    parsePrismaSchema([{ path: 'prisma/schema.prisma', text: 'model A {\n  id Int @id\n}\n' }]);
    expect(parsePrismaSchema(files).errors).toEqual([{ file: 'prisma/schema.prisma', line, message }]);
  });

  it('reads a block closed on the line another opens on, or text the lexer skips, through the whole parse', () => {
    const schema = parsePrismaSchema([{ path: 'p.prisma', text: 'model A {\n  id Int @id #\n} model B {\n  id Int @id\n}\n#\n' }]);
    expect(schema.errors).toEqual([]);
    expect(schema.models.map((m) => [m.name, m.line, m.fields[0]!.line])).toEqual([['A', 1, 2], ['B', 3, 4]]);
  });
});
