import { normalizePath } from '../../src/sources/paths.js';

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
