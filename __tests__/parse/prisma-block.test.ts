import { isDeepStrictEqual } from 'node:util';
import { readBlock } from '../../src/parse/prisma-block.js';
import { packageBlock } from '../../src/parse/prisma.js';

const model = `model Post {
  id       Int      @id @default(autoincrement()) /// the key
  title    String?  @db.VarChar(255)
  tags     String[] @default([])
  author   User     @relation("Posts", fields: [authorId], references: [id], onDelete: Cascade)
  authorId String   @map("author_id") @db.Uuid
  body     Unsupported("tsvector")?
  score    Float    @default(-2.5e3)

  // a comment line
  @@unique([title, authorId], map: "post_title_key")
  @@index(fields: [title(ops: raw("gin_trgm_ops"))], type: Gin)
  @@db.schema("blog")
  @@map("posts")
}`;

const enumBlock = `enum Role {
  USER  @map("user") // plain
  ADMIN

  @@map("role")
}`;

describe('readBlock gives the nodes the AST package gives', () => {
  // Each text shows a way the package's lexer or grammar reads a block; the reader must agree with it exactly.
  const cases: [string, string][] = [
    ['a model with every kind of value', model],
    ['an enum', enumBlock],
    ['a view', 'view Totals {\n  id Int @unique\n  n  Int\n}'],
    ['a composite type, which keeps no line', 'type Address {\n  street String\n}'],
    ['a model with no items', 'model Empty {\n}'],
    ['a break of several blank lines', 'model A {\n  id Int @id\n\n\n\n  b Int\n}'],
    ['a blank line holding spaces, which are one whitespace with the line break', 'model A {\n  id Int @id\n  \n  b Int\n}'],
    ['trailing spaces swallow the line break, so the next line comment is the field\'s', 'model A {\n  id Int @id   \n  // note\n}'],
    ['two fields on one line', 'model A {\n  a Int b String\n}'],
    ['CRLF line breaks', 'model A {\r\n  id Int @id\r\n\r\n  b Int\r\n}'],
    ['a grouped name and attribute', 'model ns.A {\n  id Int @db.Uuid @ns.x(1)\n  @@ns.y\n}'],
    ['an object value and keyed function arguments after plain ones', 'model A {\n  id Int @x({ a: 1, b: [true, null] }) @y(f(k: 1, 2, g()))\n}'],
    ['identifiers with dashes and keywords in longer names', 'model A {\n  nullable truex @x(false-y, nullz)\n}'],
    ['an empty argument list', 'model A {\n  id Int @default()\n}'],
  ];
  it.each(cases)('%s', (_, text) => {
    const expected = packageBlock(text);
    expect(expected).toBeDefined();
    expect(readBlock(text)).toStrictEqual(expected);
  });

  it('keeps the lines prisma.ts reads: blocks, fields and block attributes', () => {
    const block = readBlock('model A {\n  id Int\n\n  @@map("a")\n}') as unknown as { location: unknown; properties: { location?: unknown }[] };
    expect(block.location).toEqual({ startLine: 1 });
    expect(block.properties.map((p) => p.location)).toEqual([{ startLine: 2 }, undefined, { startLine: 4 }]);
  });

  // What the package rejects the reader must not take; what it cannot be sure of it leaves to the package.
  const declined: [string, string, boolean][] = [
    ['a trailing space after the opening brace (the package requires a line break token there)', 'model A { \n  id Int\n}', false],
    ['a field with no type', 'model A {\n  id\n}', false],
    ['a line break inside arguments', 'model A {\n  id Int @default(\n1)\n}', false],
    ['a trailing comma', 'model A {\n  id Int @x(1,)\n}', false],
    ['a character no token matches, which the package\'s lexer drops', 'model A {\n  id Int $\n}', true],
    ['an unterminated string, whose quote the package\'s lexer drops', 'model A {\n  id Int @map("a)\n}', true],
    ['a lone carriage return, a line break to chevrotain', 'model A {\n  id Int \r b Int\n}', true],
    ['a property, which the package\'s visitor reads as nothing', 'model A {\n  x = 1\n}', true],
    ['a datasource', 'datasource db {\n  provider = "postgresql"\n}', true],
    ['text after the block', 'model A {\n  id Int\n}\n// after', true],
  ];
  it.each(declined)('declines %s', (_, text, packageTakes) => {
    expect(readBlock(text)).toBeUndefined();
    expect(packageBlock(text) !== undefined).toBe(packageTakes);
  });

  it('agrees with the package on 3,000 mutations of its cases, or leaves them to it', () => {
    let seed = 12345;
    const random = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
    const pieces = [' ', '\n', '\n\n', ' \n', '\r\n', '\t', '// c', '/// d', '@', '@@', '?', '[]', '[', ']', '(', ')', ',', ':', '=', '.', '"s"', '"',
      '1', '-2.5e3', 'true', 'null', 'x', '{', '}', 'Int', '\\', '_a', 'a-b'];
    const texts = [...cases.map(([, t]) => t)];
    const outcome = { agreed: 0, leftToPackage: 0, differed: [] as string[] };
    for (let i = 0; i < 3000; i++) {
      let text = texts[Math.floor(random() * texts.length)]!;
      for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
        const at = 1 + Math.floor(random() * (text.length - 1));
        text = random() < 0.6 ? text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
      }
      const read = readBlock(text);
      if (read === undefined) outcome.leftToPackage++;
      else if (isDeepStrictEqual(read, packageBlock(text))) outcome.agreed++;
      else outcome.differed.push(text);
    }
    expect(outcome.differed).toEqual([]);
    // The mutations must reach both sides: texts the reader takes, and texts it leaves.
    expect(outcome.agreed).toBeGreaterThan(500);
    expect(outcome.leftToPackage).toBeGreaterThan(500);
  });
});
