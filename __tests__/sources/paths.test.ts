import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../src/errors.js';
import { normalizePath, pathInRoot } from '../../src/sources/paths.js';

describe('normalizePath', () => {
  it.each([
    ['prisma/schema.prisma', 'prisma/schema.prisma'],
    ['./db/', 'db'],
    ['././db//migrations///', 'db/migrations'],
    ['apps\\api\\prisma', 'apps/api/prisma'],
    ['db/./supabase/../prisma', 'db/prisma'],
    ['', '.'],
    ['.', '.'],
    ['./', '.'],
    ['../elsewhere', '../elsewhere'],
    ['/abs/', '/abs'],
    ['/', '/'],
  ])('%j is %j', (given, normal) => {
    expect(normalizePath(given)).toBe(normal);
  });
});

describe('pathInRoot: a path from the command line, relative to the current directory, as the tree names it', () => {
  let top: string;
  let root: string;
  beforeAll(() => {
    top = realpathSync(mkdtempSync(join(tmpdir(), 'sg-paths-')));
    root = join(top, 'repo');
    for (const dir of ['repo/prisma', 'repo/db/migrations', 'repo/supabase/migrations', 'repo-fork', 'other']) mkdirSync(join(top, dir), { recursive: true });
    for (const file of ['repo/prisma/schema.prisma', 'repo-fork/schema.prisma', 'other/schema.prisma']) writeFileSync(join(top, file), '');
  });
  afterAll(() => rmSync(top, { recursive: true, force: true }));

  it.each([
    ['relative to the current directory, which is ROOT', 'prisma/schema.prisma', 'repo', 'prisma/schema.prisma'],
    ['relative to a current directory inside ROOT', 'schema.prisma', 'repo/prisma', 'prisma/schema.prisma'],
    ['relative to a current directory above ROOT', 'repo/supabase/migrations/', '.', 'supabase/migrations'],
    ['relative to ROOT when it names nothing from the current directory (scripts written for earlier versions)', 'db/migrations', 'other', 'db/migrations'],
    ['a path that does not exist yet, inside ROOT', 'prisma/missing.prisma', 'repo', 'prisma/missing.prisma'],
  ])('%s', (_, given, cwd, expected) => {
    expect(pathInRoot(root, given, '--schema', join(top, cwd))).toBe(expected);
  });

  it.each([
    ['absolute, inside ROOT', () => join(root, 'db/migrations'), 'db/migrations'],
    ['ROOT itself', () => root, '.'],
  ])('%s, from anywhere', (_, given, expected) => {
    expect(pathInRoot(root, given(), '--migrations', '/')).toBe(expected);
  });

  it.each([
    ['absolute, outside ROOT', () => join(top, 'other/schema.prisma'), 'repo'],
    ['relative, climbing out of ROOT', () => '../other/schema.prisma', 'repo'],
    ['a sibling whose name starts like ROOT', () => join(top, 'repo-fork/schema.prisma'), 'repo'],
    ['the current directory\'s file, though ROOT has one of that name', () => 'schema.prisma', 'other'],
  ])('refuses a path %s, naming the flag', (_, given, cwd) => {
    const run = () => pathInRoot(root, given(), '--schema', join(top, cwd));
    expect(run).toThrow(UsageError);
    expect(run).toThrow(`--schema ${given()} is outside ROOT (${root}); only files inside ROOT are read.`);
  });

  it('says where it looked for a path that exists nowhere', () => {
    expect(() => pathInRoot(root, 'db/missing', '--migrations', join(top, 'other'))).toThrow(`--migrations db/missing does not exist (${join(top, 'other/db/missing')}).`);
  });
});
