import { withModelFixes } from '../../src/fixes/check.js';
import { applyModelFix } from '../../src/fixes/prisma-model.js';

/**
 * The fix checker applies a group of `missing-model` fixes in one pass; the schema it checks must be the one applying
 * them one by one with applyModelFix gives, byte for byte, in every shape the fixes and the files take.
 */

type Files = { path: string; text: string }[];

function oneByOne(files: Files, fixes: string[]): Files | undefined {
  let edited: Files | undefined = files;
  for (const fix of fixes) edited = edited && applyModelFix(edited, fix);
  return edited;
}

const USER = 'model User {\n  id String @id\n}\n';
const post = 'model Post {\n  id     String @id\n  userId String\n  user   User   @relation(fields: [userId], references: [id])\n}';
const comment = 'model Comment {\n  id String @id\n}\n\nenum Mood {\n  happy\n}\n\n// Add to model User:\n//   comments Comment[]';
const toPost = 'model Like {\n  id String @id\n}\n\n// Add to model Post:\n//   likes Like[]';

test.each<[string, Files, string[]]>([
  ['one fix', [{ path: 'schema.prisma', text: USER }], [post]],
  ['blocks and back-relations to a model of the schema', [{ path: 'schema.prisma', text: `${USER}\n\n\n` }], [post, comment, comment]],
  ['an empty fix among others', [{ path: 'schema.prisma', text: USER }], [post, '', comment, '  ']],
  ['an empty fix last', [{ path: 'schema.prisma', text: USER }], [comment, '']],
  ['a back-relation to a model an earlier fix appended', [{ path: 'schema.prisma', text: USER }], [post, toPost]],
  ['a back-relation to a model of another file', [{ path: 'a.prisma', text: USER }, { path: 'b.prisma', text: post }], [comment, toPost, toPost]],
  ['a one-line model, whose closing brace is not at a line start', [{ path: 'schema.prisma', text: 'model User { id String @id }\n' }], [post, comment]],
  ['back-relations to two models, the later model first', [{ path: 'schema.prisma', text: `${USER}\n${post}\n` }], [toPost, comment, toPost]],
  ['a model declared twice: additions go to the first', [{ path: 'schema.prisma', text: `${USER}\n${USER}` }], [comment, comment]],
  ['a model no file declares', [{ path: 'schema.prisma', text: USER }], [post, toPost.replace('Post', 'Nowhere')]],
  ['no schema file', [], [post]],
  ['no fix', [{ path: 'schema.prisma', text: USER }], []],
])('%s', (_what, files, fixes) => {
  const before = JSON.stringify(files);
  expect(withModelFixes(files, fixes)).toEqual(oneByOne(files, fixes));
  // The files as read stay as they were: every group starts from them.
  expect(JSON.stringify(files)).toBe(before);
});
