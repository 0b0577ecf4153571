import { UsageError } from '../../src/errors.js';
import { discover } from '../../src/sources/discover.js';
import type { Config, Snapshot } from '../../src/types.js';

const defaults: Config = { exposedSchemas: 'auto', managedSchemas: [], ignoreTables: [], rules: {} };

/** A tree given as paths (contents only where a test reads them). */
function tree(files: string[] | Record<string, string>): Snapshot {
  const contents: Record<string, string> = Array.isArray(files) ? Object.fromEntries(files.map((f) => [f, ''])) : files;
  return {
    label: 'memory',
    files: () => Object.keys(contents).sort(),
    read: (path) => (path in contents ? Buffer.from(contents[path]!) : undefined),
  };
}

const NO_MIGRATIONS =
  'No migrations found: looked for supabase/migrations and prisma/migrations at the root and in subfolders, ' +
  'and a migrations folder next to the Prisma schema (set `migrations` to point at them).';
const NO_SCHEMA =
  'No Prisma schema found: looked for the prisma.schema field of package.json, prisma/schema.prisma, a prisma/schema/ folder, ' +
  'and any schema.prisma or prisma/schema/ folder in subfolders (set `schema` to point at it).';

describe('discover: Prisma schema', () => {
  it.each([
    ['prisma/schema.prisma at the root', ['prisma/schema.prisma', 'apps/web/prisma/schema.prisma'], {}, ['prisma/schema.prisma']],
    ['a prisma/schema/ folder at the root, recursively', ['prisma/schema/user.prisma', 'prisma/schema/billing/plan.prisma', 'prisma/schema/notes.md'], {}, ['prisma/schema/billing/plan.prisma', 'prisma/schema/user.prisma']],
    ['the shallowest schema.prisma of a monorepo', ['packages/db/prisma/schema.prisma', 'apps/web/tests/prisma/schema.prisma'], {}, ['packages/db/prisma/schema.prisma']],
    ['alphabetical among equally deep ones', ['packages/b/schema.prisma', 'packages/a/schema.prisma'], {}, ['packages/a/schema.prisma']],
    ['a schema.prisma inside a prisma/schema folder brings the whole folder', ['app/prisma/schema/schema.prisma', 'app/prisma/schema/post.prisma'], {}, ['app/prisma/schema/post.prisma', 'app/prisma/schema/schema.prisma']],
    ['a lone schema.prisma in a prisma/schema folder', ['app/prisma/schema/schema.prisma'], {}, ['app/prisma/schema/schema.prisma']],
    ['the config names a file', ['db/main.prisma', 'prisma/schema.prisma'], { schema: './db/main.prisma' }, ['db/main.prisma']],
    ['the config names a folder', ['db/a.prisma', 'db/sub/b.prisma', 'db/c.sql'], { schema: 'db/' }, ['db/a.prisma', 'db/sub/b.prisma']],
  ])('%s', (_, files, config, expected) => {
    expect(discover(tree(files), { ...defaults, ...config }).schemaFiles).toEqual(expected);
  });

  it('follows the prisma.schema field of package.json before the default places', () => {
    const snapshot = tree({ 'package.json': '{"prisma":{"schema":"./db/schema"}}', 'db/schema/a.prisma': '', 'prisma/schema.prisma': '' });
    expect(discover(snapshot, defaults).schemaFiles).toEqual(['db/schema/a.prisma']);
  });

  it('notes a package.json prisma.schema that points nowhere and keeps looking', () => {
    const snapshot = tree({ 'package.json': '{"prisma":{"schema":"db/schema.prisma"}}', 'prisma/schema.prisma': '' });
    const found = discover(snapshot, defaults);
    expect(found.schemaFiles).toEqual(['prisma/schema.prisma']);
    expect(found.notes).toEqual(['package.json sets prisma.schema to db/schema.prisma, which holds no Prisma schema; looked elsewhere.', NO_MIGRATIONS]);
  });

  it('names the other schemas it found in a monorepo', () => {
    const found = discover(tree(['a/schema.prisma', 'b/prisma/schema.prisma']), defaults);
    expect(found.notes[0]).toBe('Using the Prisma schema a/schema.prisma; also found b/prisma/schema.prisma (set `schema` to choose).');
  });

  it('says what it looked for when there is no schema', () => {
    expect(discover(tree(['README.md']), defaults)).toEqual({ schemaFiles: [], migrationsDir: null, layout: null, migrationFiles: [], notes: [NO_SCHEMA, NO_MIGRATIONS] });
  });

  it.each([
    [{ schema: 'db/missing.prisma' }, 'schema: db/missing.prisma does not exist in memory (set by the schema key / --schema).'],
    [{ schema: 'docs' }, 'schema: docs holds no .prisma files (set by the schema key / --schema).'],
    [{ migrations: 'db/migrations' }, 'migrations: db/migrations does not exist in memory (set by the migrations key / --migrations).'],
    [{ migrations: 'docs/readme.md' }, 'migrations: docs/readme.md is a file, not a folder, in memory (set by the migrations key / --migrations).'],
  ])('rejects a configured path that is not there: %j', (config, message) => {
    const run = () => discover(tree(['docs/readme.md']), { ...defaults, ...config });
    expect(run).toThrow(UsageError);
    expect(run).toThrow(message);
  });
});

describe('discover: migrations', () => {
  it('applies Supabase files in name order, skipping names the CLI ignores', () => {
    const found = discover(
      tree(['supabase/migrations/20240102000000_b.sql', 'supabase/migrations/20240101000000_a.sql', 'supabase/migrations/seed.sql', 'supabase/migrations/2024-01-03_c.sql', 'supabase/migrations/README.md', 'supabase/migrations/old/1_x.sql']),
      defaults,
    );
    expect([found.migrationsDir, found.layout]).toEqual(['supabase/migrations', 'supabase']);
    expect(found.migrationFiles).toEqual([
      { file: 'supabase/migrations/2024-01-03_c.sql', applied: false },
      { file: 'supabase/migrations/20240101000000_a.sql', applied: true },
      { file: 'supabase/migrations/20240102000000_b.sql', applied: true },
      { file: 'supabase/migrations/seed.sql', applied: false },
    ]);
  });

  it('applies Prisma migrations by folder name in code-unit order', () => {
    const found = discover(
      tree(['prisma/migrations/20240101_init/migration.sql', 'prisma/migrations/20240101-a/migration.sql', 'prisma/migrations/20240101/migration.sql', 'prisma/migrations/migration_lock.toml', 'prisma/migrations/20240102_empty/README.md']),
      defaults,
    );
    expect([found.migrationsDir, found.layout]).toEqual(['prisma/migrations', 'prisma']);
    expect(found.migrationFiles).toEqual([
      { file: 'prisma/migrations/20240101/migration.sql', applied: true },
      { file: 'prisma/migrations/20240101-a/migration.sql', applied: true },
      { file: 'prisma/migrations/20240101_init/migration.sql', applied: true },
    ]);
  });

  it('prefers Supabase migrations and names the Prisma set it leaves out', () => {
    const found = discover(tree(['prisma/schema.prisma', 'prisma/migrations/1_init/migration.sql', 'supabase/migrations/1_init.sql']), defaults);
    expect(found.migrationsDir).toBe('supabase/migrations');
    expect(found.notes).toEqual(['Using the Supabase migrations in supabase/migrations; the Prisma migrations in prisma/migrations are not read (set `migrations` to choose).']);
  });

  it.each([
    ['the shallowest supabase/migrations', ['apps/web/supabase/migrations/1_a.sql', 'apps/web/e2e/fixture/supabase/migrations/1_a.sql'], 'apps/web/supabase/migrations', 'supabase'],
    ['a nested supabase/migrations before a shallower prisma/migrations', ['db/prisma/migrations/1/migration.sql', 'apps/web/supabase/migrations/1_a.sql'], 'apps/web/supabase/migrations', 'supabase'],
    ['a nested prisma/migrations', ['packages/db/prisma/migrations/1_init/migration.sql'], 'packages/db/prisma/migrations', 'prisma'],
    ['Prisma migrations beside a schema outside prisma/', ['app/database/schema.prisma', 'app/database/migrations/1_init/migration.sql'], 'app/database/migrations', 'prisma'],
  ])('finds %s', (_, files, dir, layout) => {
    const found = discover(tree(files), defaults);
    expect([found.migrationsDir, found.layout]).toEqual([dir, layout]);
  });

  it.each([
    ['a configured folder of plain .sql files', ['db/sql/002_b.sql', 'db/sql/001_a.sql', 'db/sql/nested/003.sql'], { migrations: 'db/sql' }, 'plain', ['db/sql/001_a.sql', 'db/sql/002_b.sql']],
    ['a configured folder laid out by Prisma', ['db/m/1_a/migration.sql'], { migrations: './db/m/' }, 'prisma', ['db/m/1_a/migration.sql']],
    ['a layout forced by the config', ['db/m/1_a.sql', 'db/m/x.sql'], { migrations: 'db/m', layout: 'supabase' as const }, 'supabase', ['db/m/1_a.sql']],
  ])('reads %s', (_, files, config, layout, applied) => {
    const found = discover(tree(files), { ...defaults, ...config });
    expect(found.layout).toBe(layout);
    expect(found.migrationFiles.filter((m) => m.applied).map((m) => m.file)).toEqual(applied);
  });

  it('notes a migrations folder with nothing to apply', () => {
    const found = discover(tree(['prisma/schema.prisma', 'supabase/migrations/.gitkeep']), defaults);
    expect([found.migrationsDir, found.migrationFiles, found.notes]).toEqual(['supabase/migrations', [], ['supabase/migrations holds no .sql files.']]);
  });
});
