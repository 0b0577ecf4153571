import { parsePrismaSchema, schemaNotCompared } from '../../src/parse/prisma.js';
import type { PrismaModel } from '../../src/types.js';

function parseOne(text: string) {
  return parsePrismaSchema([{ path: 'prisma/schema.prisma', text }]);
}

function model(text: string, name: string): PrismaModel {
  const found = parseOne(text).models.find((m) => m.name === name);
  if (!found) throw new Error(`no model ${name}`);
  return found;
}

const profileSchema = `datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
  schemas  = ["public", "auth"]
}

enum Role {
  ADMIN @map("admin")
  MEMBER
  @@map("role")
  @@schema("auth")
}

model Profile {
  id        String   @id @default(uuid()) @db.Uuid
  userId    String   @unique(map: "profile_user_key") @map("user_id") @db.Uuid
  name      String?  @db.VarChar(255)
  price     Decimal  @db.Decimal(10, 2)
  tags      String[]
  role      Role     @default(MEMBER)
  geom      Unsupported("geometry")?
  org       Org      @relation(fields: [orgId], references: [id])
  orgId     Int      @map("org_id")
  posts     Post[]

  @@unique([orgId, name], map: "profile_org_name")
  @@index([name(sort: Desc), orgId])
  @@map("profiles")
  @@schema("auth")
}

model Org {
  id       Int       @id
  profiles Profile[]
}

model Post {
  id        Int     @default(autoincrement())
  profileId String
  profile   Profile @relation(fields: [profileId], references: [id])

  @@id([id, profileId])
}
`;

describe('parsePrismaSchema', () => {
  it('reads the datasource provider', () => {
    const schema = parseOne(profileSchema);
    expect(schema.provider).toBe('postgresql');
    expect(schema.files).toEqual(['prisma/schema.prisma']);
    expect(schema.errors).toEqual([]);
  });

  it('maps a model to its table and schema, keeping only scalar fields as columns', () => {
    const m = model(profileSchema, 'Profile');
    expect({ table: m.table, schema: m.schema, file: m.file, line: m.line, ignored: m.ignored, isView: m.isView, implicit: m.implicit }).toEqual({
      table: 'profiles',
      schema: 'auth',
      file: 'prisma/schema.prisma',
      line: 14,
      ignored: false,
      isView: false,
      implicit: false,
    });
    expect(m.fields).toEqual([
      { name: 'id', column: 'id', type: 'String', optional: false, list: false, isId: true, isUnique: false, nativeType: 'Uuid', default: 'uuid()', line: 15 },
      { name: 'userId', column: 'user_id', type: 'String', optional: false, list: false, isId: false, isUnique: true, nativeType: 'Uuid', line: 16 },
      { name: 'name', column: 'name', type: 'String', optional: true, list: false, isId: false, isUnique: false, nativeType: 'VarChar(255)', line: 17 },
      { name: 'price', column: 'price', type: 'Decimal', optional: false, list: false, isId: false, isUnique: false, nativeType: 'Decimal(10, 2)', line: 18 },
      { name: 'tags', column: 'tags', type: 'String', optional: false, list: true, isId: false, isUnique: false, line: 19 },
      { name: 'role', column: 'role', type: 'Role', optional: false, list: false, isId: false, isUnique: false, default: 'MEMBER', line: 20 },
      { name: 'geom', column: 'geom', type: 'Unsupported("geometry")', optional: true, list: false, isId: false, isUnique: false, line: 21 },
      { name: 'orgId', column: 'org_id', type: 'Int', optional: false, list: false, isId: false, isUnique: false, line: 23 },
    ]);
  });

  it('reads relation fields apart from the columns: the foreign key side with its columns, the back side without', () => {
    expect(model(profileSchema, 'Profile').relations).toEqual([
      { field: 'org', model: 'Org', list: false, optional: false, columns: ['org_id'], references: ['id'] },
      { field: 'posts', model: 'Post', list: true, optional: false, columns: [], references: [] },
    ]);
  });

  it('turns field and block keys and indexes into PrismaIndex with @map-resolved columns', () => {
    expect(model(profileSchema, 'Profile').indexes).toEqual([
      { kind: 'id', columns: ['id'], line: 15 },
      { kind: 'unique', columns: ['user_id'], name: 'profile_user_key', line: 16 },
      { kind: 'unique', columns: ['org_id', 'name'], name: 'profile_org_name', line: 26 },
      { kind: 'index', columns: ['name', 'org_id'], line: 27 },
    ]);
    expect(model(profileSchema, 'Post').indexes).toEqual([{ kind: 'id', columns: ['id', 'profileId'], line: 42 }]);
  });

  it.each([
    ['@@map(name: …) and @@unique(fields: …, name: …)', 'model A {\n  x Int @id\n  y Int\n  @@map(name: "a_table")\n  @@unique(fields: [x, y], name: "xy")\n}\n', { table: 'a_table', schema: 'public', index: { kind: 'unique', columns: ['x', 'y'], name: 'xy', line: 5 } }],
    ['no @@map keeps the model name and its case', 'model UserProfile {\n  x Int @id\n  @@index([x], map: "by_x")\n}\n', { table: 'UserProfile', schema: 'public', index: { kind: 'index', columns: ['x'], name: 'by_x', line: 3 } }],
  ])('%s', (_, text, expected) => {
    const [m] = parseOne(text).models;
    expect({ table: m!.table, schema: m!.schema, index: m!.indexes.at(-1) }).toEqual(expected);
  });

  it('reads names in string literals with their escapes undone', () => {
    const m = model('model A {\n  id Int @id @map("a\\\\b")\n  n  Int @map("plain")\n\n  @@map("say \\"hi\\"")\n}\n', 'A');
    expect([m.table, ...m.fields.map((f) => f.column)]).toEqual(['say "hi"', 'a\\b', 'plain']);
  });

  it('reads enums with their database name, schema and mapped values', () => {
    expect(parseOne(profileSchema).enums).toEqual([
      { name: 'Role', dbName: 'role', schema: 'auth', values: ['admin', 'MEMBER'], members: ['ADMIN', 'MEMBER'], file: 'prisma/schema.prisma', line: 7 },
    ]);
  });

  it('marks view blocks and @@ignore models', () => {
    const schema = parseOne('view ActiveUser {\n  id Int @unique\n}\n\nmodel Legacy {\n  id Int @id\n  @@ignore\n}\n');
    expect(schema.models.map((m) => [m.name, m.isView, m.ignored, m.line])).toEqual([
      ['ActiveUser', true, false, 1],
      ['Legacy', false, true, 5],
    ]);
  });

  describe('implicit many-to-many join tables', () => {
    const joins = (text: string) =>
      parseOne(text)
        .models.filter((m) => m.implicit)
        .map(({ name, table, schema, file, line, fields, indexes }) => ({ name, table, schema, file, line, fields, indexes }));

    it('creates one _AToB table for an unnamed pair, named from the sorted model names', () => {
      const text = 'model Post {\n  id Int @id\n  categories Category[]\n}\n\nmodel Category {\n  id String @id @db.Uuid\n  posts Post[]\n  @@schema("blog")\n}\n';
      expect(joins(text)).toEqual([
        {
          name: '_CategoryToPost',
          table: '_CategoryToPost',
          schema: 'blog',
          file: 'prisma/schema.prisma',
          line: 8,
          fields: [
            { name: 'A', column: 'A', type: 'String', optional: false, list: false, isId: false, isUnique: false, nativeType: 'Uuid', line: 8 },
            { name: 'B', column: 'B', type: 'Int', optional: false, list: false, isId: false, isUnique: false, line: 8 },
          ],
          indexes: [{ kind: 'index', columns: ['B'], name: '_CategoryToPost_B_index', line: 8 }],
        },
      ]);
    });

    it.each([
      ['a named relation takes its name', 'model Post {\n  id Int @id\n  tags Tag[] @relation("PostTags")\n}\nmodel Tag {\n  id Int @id\n  posts Post[] @relation("PostTags")\n}\n', ['_PostTags']],
      ['two named relations between the same models give two tables', 'model User {\n  id Int @id\n  a Team[] @relation("Owners")\n  b Team[] @relation(name: "Members")\n}\nmodel Team {\n  id Int @id\n  owners User[] @relation("Owners")\n  members User[] @relation(name: "Members")\n}\n', ['_Owners', '_Members']],
      ['a self relation pairs two fields of one model', 'model User {\n  id Int @id\n  followers User[] @relation("Follows")\n  following User[] @relation("Follows")\n}\n', ['_Follows']],
      ['a one-to-many relation has no join table', 'model User {\n  id Int @id\n  posts Post[]\n}\nmodel Post {\n  id Int @id\n  userId Int\n  user User @relation(fields: [userId], references: [id])\n}\n', []],
      ['different relation names do not pair', 'model Post {\n  id Int @id\n  tags Tag[] @relation("A")\n}\nmodel Tag {\n  id Int @id\n  posts Post[] @relation("B")\n}\n', []],
    ])('%s', (_, text, names) => {
      expect(joins(text).map((j) => j.name)).toEqual(names);
    });

    it('pairs models declared in different files', () => {
      const schema = parsePrismaSchema([
        { path: 'prisma/schema/post.prisma', text: 'model Post {\n  id Int @id\n  tags Tag[]\n}\n' },
        { path: 'prisma/schema/tag.prisma', text: 'model Tag {\n  id Int @id\n  posts Post[]\n}\n' },
      ]);
      expect(schema.models.map((m) => [m.name, m.file, m.line])).toEqual([
        ['Post', 'prisma/schema/post.prisma', 1],
        ['Tag', 'prisma/schema/tag.prisma', 1],
        ['_PostToTag', 'prisma/schema/post.prisma', 3],
      ]);
    });
  });

  it('collects schema-guardian-ignore doc comments directly above a model', () => {
    const text = [
      '/// schema-guardian-ignore missing-rls: not exposed',
      '',
      '/// Tenants of the app.',
      '/// schema-guardian-ignore missing-table: created by the auth service',
      '// plain comment',
      '/// schema-guardian-ignore missing-rls',
      'model Tenant {',
      '  id Int @id',
      '}',
    ].join('\r\n');
    expect(model(text, 'Tenant').ignores).toEqual([
      { rule: 'missing-table', reason: 'created by the auth service', file: 'prisma/schema.prisma', line: 4, scope: 'next' },
      { rule: 'missing-rls', reason: '', file: 'prisma/schema.prisma', line: 6, scope: 'next' },
    ]);
  });

  it('reports a file that does not parse with its line and still reads the other files', () => {
    const schema = parsePrismaSchema([
      { path: 'broken.prisma', text: 'model C {\n  id Int @id\n' },
      { path: 'fine.prisma', text: 'model D {\n  id Int @id\n}\n' },
    ]);
    expect(schema.errors).toEqual([{ file: 'broken.prisma', line: 2, message: "Expecting '}' but found end of file" }]);
    expect(schema.models.map((m) => m.name)).toEqual(['D']);
  });

  it.each([
    ['an unclosed argument list', 'model B {\n  id Int @id\n  name String @default(\n}\n', 3, "Expecting ')' but found end of line"],
    ['a dangling @@', 'model B {\n  id Int @id\n  @@\n}\n', 3, 'Unexpected end of line'],
    ['a block without a name', 'model {\n}\n', 1, "Unexpected '{'"],
    ['an empty native type', 'model B {\n  id Int @db.\n}\n', 2, 'Expecting token of type Identifier but found end of line'],
  ])('describes %s in one line', (_, text, line, message) => {
    expect(parseOne(text).errors).toEqual([{ file: 'prisma/schema.prisma', line, message }]);
  });

  it('reads schemas with /* block comments */, keeping line numbers', () => {
    const text = '/**\n * model Fake {}\n */\nmodel Real {\n  id Int @id /* inline */\n  note String @default("/* not a comment */")\n}\n';
    const m = model(text, 'Real');
    expect([m.line, m.fields.map((f) => [f.name, f.line])]).toEqual([4, [['id', 5], ['note', 6]]]);
    expect(parseOne(text).models.map((x) => x.name)).toEqual(['Real']);
  });
});

describe('schemaNotCompared: why the models cannot be compared with the tables the migrations build', () => {
  const SCHEMA = 'prisma/schema.prisma';
  const POSTGRES = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n';
  const USER = 'model User {\n  id Int @id\n}\n';
  const oneTable = { tables: [{}] };
  const why = (files: Record<string, string>, schemaFiles = Object.keys(files), catalog = oneTable) =>
    schemaNotCompared({ prisma: parsePrismaSchema(Object.entries(files).map(([path, text]) => ({ path, text }))), schemaFiles, catalog });

  it.each([
    ['a PostgreSQL schema with a model', { [SCHEMA]: `${POSTGRES}${USER}` }, undefined],
    ['a schema without a datasource (another file may hold it)', { [SCHEMA]: USER }, undefined],
    ['a CockroachDB schema (PostgreSQL\'s wire protocol and SQL)', { [SCHEMA]: `${POSTGRES.replace('postgresql', 'cockroachdb')}${USER}` }, undefined],
    ['next-auth\'s SQLite schema', { [SCHEMA]: `${POSTGRES.replace('postgresql', 'sqlite')}${USER}` }, 'its datasource provider is sqlite, not PostgreSQL'],
    ['a MySQL schema', { [SCHEMA]: `${POSTGRES.replace('postgresql', 'mysql')}${USER}` }, 'its datasource provider is mysql, not PostgreSQL'],
    ['an empty schema file', { [SCHEMA]: '' }, 'it declares no model, so no table is compared with one'],
    ['one file of two that does not parse', { 'prisma/schema/a.prisma': USER, 'prisma/schema/b.prisma': 'model B {\n' }, 'prisma/schema/b.prisma does not parse (see the prisma-parse-error finding)'],
    ['two errors in two files', { 'prisma/schema/a.prisma': 'model A {\n', 'prisma/schema/b.prisma': 'model B {\n' }, 'prisma/schema/a.prisma, prisma/schema/b.prisma does not parse (see the 2 prisma-parse-error findings)'],
  ])('%s', (_, files, expected) => {
    expect(why(files)).toBe(expected);
  });

  it('a schema file that could not be read leaves the schema read in part', () => {
    expect(why({ 'prisma/schema/a.prisma': `${POSTGRES}${USER}` }, ['prisma/schema/a.prisma', 'prisma/schema/b.prisma'])).toBe('prisma/schema/b.prisma could not be read');
    expect(schemaNotCompared({ prisma: null, schemaFiles: [SCHEMA], catalog: oneTable })).toBe(`${SCHEMA} could not be read`);
  });

  it('an empty schema and migrations that create no table: nothing left uncompared', () => {
    expect(why({ [SCHEMA]: '' }, [SCHEMA], { tables: [] })).toBeUndefined();
  });

  it('no schema at all is not a comparison that failed: discovery says it found none', () => {
    expect(schemaNotCompared({ prisma: null, schemaFiles: [], catalog: oneTable })).toBeUndefined();
  });
});
