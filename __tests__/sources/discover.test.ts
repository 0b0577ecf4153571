import { UsageError } from '../../src/errors.js';
import { discover, discoverProjects, type Discovery } from '../../src/sources/discover.js';
import type { Config, Snapshot } from '../../src/types.js';

const defaults: Config = { exposedSchemas: 'auto', managedSchemas: ['storage', 'graphql_public'], ignoreTables: [], rules: {} };

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
    expect(discover(tree(['README.md']), defaults)).toEqual({ root: '.', schemaFiles: [], migrationsDir: null, layout: null, migrationFiles: [], notes: [NO_SCHEMA, NO_MIGRATIONS] });
  });

  it('names why a configured path is not in the tree when the snapshot refused it', () => {
    const snapshot = { ...tree(['README.md']), refused: (path: string) => (path === 'db' ? 'a symbolic link to /srv/db, outside the folder audited (/repo): not read' : undefined) };
    expect(() => discover(snapshot, { ...defaults, migrations: 'db' })).toThrow('migrations: db is a symbolic link to /srv/db, outside the folder audited (/repo): not read (set by the migrations key / --migrations).');
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

describe('discover: the plain layout orders versions as numbers, as its tools do', () => {
  it.each([
    ['0002 before 00010', ['db/sql/00010-c.sql', 'db/sql/0002-b.sql', 'db/sql/0001-a.sql'], ['db/sql/0001-a.sql', 'db/sql/0002-b.sql', 'db/sql/00010-c.sql']],
    ['9 before 10, and 10 before 100', ['m/100_z.sql', 'm/10_y.sql', 'm/9_x.sql'], ['m/9_x.sql', 'm/10_y.sql', 'm/100_z.sql']],
    ['equal versions by name; names without one last', ['m/readme.sql', 'm/1_b.sql', 'm/01_a.sql'], ['m/01_a.sql', 'm/1_b.sql', 'm/readme.sql']],
    ['versions past 2^53 compared exactly', ['m/90071992547409930_b.sql', 'm/90071992547409929_a.sql'], ['m/90071992547409929_a.sql', 'm/90071992547409930_b.sql']],
  ])('%s', (_, files, order) => {
    const found = discover(tree(files), { ...defaults, migrations: files[0]!.slice(0, files[0]!.lastIndexOf('/')) });
    expect(found.layout).toBe('plain');
    expect(found.migrationFiles.map((m) => m.file)).toEqual(order);
  });

  it('keeps the Supabase CLI order, by name', () => {
    const found = discover(tree(['supabase/migrations/10_b.sql', 'supabase/migrations/9_a.sql']), defaults);
    expect(found.migrationFiles.map((m) => m.file)).toEqual(['supabase/migrations/10_b.sql', 'supabase/migrations/9_a.sql']);
  });
});

describe('discover: the schemas a Supabase project exposes come from supabase/config.toml', () => {
  const MIG = 'supabase/migrations/1_init.sql';
  const apiSchemas = (files: Record<string, string>, config: Partial<Config> = {}) => {
    const found = discover(tree({ [MIG]: '', ...files }), { ...defaults, ...config });
    return { apiSchemas: found.apiSchemas, notes: found.notes.filter((n) => n.includes('config.toml')) };
  };

  it('reads [api] schemas, without the platform\'s own', () => {
    const toml = '[api]\nenabled = true\n# exposed through PostgREST\nschemas = [\n  "public",\n  "graphql_public", # GraphQL\n  \'api\',\n]\n\n[db]\nport = 54322\n';
    expect(apiSchemas({ 'supabase/config.toml': toml })).toEqual({ apiSchemas: ['public', 'api'], notes: [] });
  });

  it('reads the [api] table, not text that looks like it inside a string', () => {
    const toml = 'project_id = "x"\n[auth.email.template.invite]\nsubject = """\n[api]\nschemas = ["fake"]\n"""\n[api]\nschemas = ["public", "v2"]\n';
    expect(apiSchemas({ 'supabase/config.toml': toml }).apiSchemas).toEqual(['public', 'v2']);
  });

  it('reads a dotted key the same as the table', () => {
    expect(apiSchemas({ 'supabase/config.toml': 'api.schemas = ["public", "api"]\n' }).apiSchemas).toEqual(['public', 'api']);
  });

  it('says nothing when the file does not list schemas (the exposed-schemas default applies)', () => {
    expect(apiSchemas({ 'supabase/config.toml': '[api]\nport = 54321\n' })).toEqual({ apiSchemas: undefined, notes: [] });
    expect(apiSchemas({})).toEqual({ apiSchemas: undefined, notes: [] });
  });

  it('leaves out schemas the config manages', () => {
    expect(apiSchemas({ 'supabase/config.toml': '[api]\nschemas = ["public", "billing_ext"]\n' }, { managedSchemas: ['billing_ext'] }).apiSchemas).toEqual(['public']);
  });

  it.each([
    ['invalid TOML, with its line', '[api]\nschemas = ["public" "api"]\n', 'supabase/config.toml:2: not valid TOML (expected comma or end of structure); the exposed schemas are not read from it.'],
    ['schemas that are not a list of names', '[api]\nschemas = "public"\n', 'supabase/config.toml: [api] schemas is not a list of schema names; the exposed schemas are not read from it.'],
  ])('notes %s and falls back to the default', (_, toml, note) => {
    expect(apiSchemas({ 'supabase/config.toml': toml })).toEqual({ apiSchemas: undefined, notes: [note] });
  });

  it('reads the config.toml of the migrations\' own package, else of a package above it', () => {
    const own = discover(tree({ 'apps/web/supabase/migrations/1_a.sql': '', 'apps/web/supabase/config.toml': '[api]\nschemas = ["web"]\n', 'supabase/config.toml': '[api]\nschemas = ["root"]\n' }), defaults);
    expect(own.apiSchemas).toEqual(['web']);
    const above = discover(tree({ 'db/migrations/1_a.sql': '', 'supabase/config.toml': '[api]\nschemas = ["public", "api"]\n' }), { ...defaults, migrations: 'db/migrations' });
    expect(above.apiSchemas).toEqual(['public', 'api']);
  });
});

describe('discoverProjects: every project of a monorepo, each with the schema of its own package', () => {
  const where = (p: Discovery) => ({ root: p.root, schema: p.schemaFiles, migrations: p.migrationsDir, layout: p.layout });

  it('pairs a backend\'s schema with its own Prisma migrations and leaves the UI\'s Supabase migrations alone', () => {
    const found = discoverProjects(tree([
      'libs/superagent/prisma/schema.prisma', 'libs/superagent/prisma/migrations/20240101_init/migration.sql', 'libs/superagent/prisma/migrations/migration_lock.toml',
      'libs/ui/supabase/migrations/20240201000000_profiles.sql', 'libs/ui/supabase/config.toml', 'package.json',
    ]), defaults);
    expect(found.projects.map(where)).toEqual([
      { root: 'libs/superagent', schema: ['libs/superagent/prisma/schema.prisma'], migrations: 'libs/superagent/prisma/migrations', layout: 'prisma' },
      { root: 'libs/ui', schema: [], migrations: 'libs/ui/supabase/migrations', layout: 'supabase' },
    ]);
    expect(found.projects[1]!.notes).toEqual(['No Prisma schema found for libs/ui/supabase/migrations: looked in libs/ui, in the folders above it and in those inside it (set `schema` to point at it).']);
    expect(found.notes).toEqual([]);
  });

  it('pairs migrations at the root with the schema of a package below it, the project being the root', () => {
    const found = discoverProjects(tree(['supabase/migrations/1_a.sql', 'apps/web/prisma/schema.prisma']), defaults);
    expect(found.projects.map(where)).toEqual([{ root: '.', schema: ['apps/web/prisma/schema.prisma'], migrations: 'supabase/migrations', layout: 'supabase' }]);
  });

  it('gives a schema to the migrations of its own package before those of a package above it', () => {
    const found = discoverProjects(tree(['supabase/migrations/1_a.sql', 'prisma/schema.prisma', 'services/billing/prisma/schema.prisma', 'services/billing/prisma/migrations/1_init/migration.sql']), defaults);
    expect(found.projects.map(where)).toEqual([
      { root: '.', schema: ['prisma/schema.prisma'], migrations: 'supabase/migrations', layout: 'supabase' },
      { root: 'services/billing', schema: ['services/billing/prisma/schema.prisma'], migrations: 'services/billing/prisma/migrations', layout: 'prisma' },
    ]);
  });

  it('one folder per package: the Supabase migrations when a package has both, saying so', () => {
    const found = discoverProjects(tree(['apps/a/prisma/schema.prisma', 'apps/a/prisma/migrations/1_init/migration.sql', 'apps/a/supabase/migrations/1_a.sql', 'apps/b/supabase/migrations/1_b.sql']), defaults);
    expect(found.projects.map((p) => [p.migrationsDir, p.notes[0]])).toEqual([
      ['apps/a/supabase/migrations', 'Using the Supabase migrations in apps/a/supabase/migrations; the Prisma migrations in apps/a/prisma/migrations are not read (set `migrations` to choose).'],
      ['apps/b/supabase/migrations', expect.stringMatching(/^No Prisma schema found for apps\/b\/supabase\/migrations/)],
    ]);
  });

  it('names a schema that no migrations go with, and audits it nowhere', () => {
    const found = discoverProjects(tree(['apps/api/prisma/schema.prisma', 'apps/ui/supabase/migrations/1_a.sql']), defaults);
    expect(found.projects.map(where)).toEqual([{ root: 'apps/ui', schema: [], migrations: 'apps/ui/supabase/migrations', layout: 'supabase' }]);
    expect(found.notes).toEqual(['The Prisma schema apps/api/prisma/schema.prisma has no migrations in its package or around it, so it is not audited (set `schema` and `migrations` to audit it).']);
  });

  it('finds Prisma Migrate\'s migrations beside a schema outside prisma/, and a schema a package.json names', () => {
    const found = discoverProjects(tree({
      'services/a/database/schema.prisma': '', 'services/a/database/migrations/1_init/migration.sql': '',
      'services/b/package.json': '{"prisma":{"schema":"db/main.prisma"}}', 'services/b/db/main.prisma': '', 'services/b/supabase/migrations/1_a.sql': '',
    }), defaults);
    expect(found.projects.map(where)).toEqual([
      { root: 'services/a/database', schema: ['services/a/database/schema.prisma'], migrations: 'services/a/database/migrations', layout: 'prisma' },
      { root: 'services/b', schema: ['services/b/db/main.prisma'], migrations: 'services/b/supabase/migrations', layout: 'supabase' },
    ]);
  });

  it('a migrations folder inside another one is its content, not a project', () => {
    const found = discoverProjects(tree(['supabase/migrations/1_a.sql', 'supabase/migrations/archive/supabase/migrations/1_old.sql']), defaults);
    expect(found.projects.map((p) => p.migrationsDir)).toEqual(['supabase/migrations']);
  });

  it('each project reads its own supabase/config.toml', () => {
    const found = discoverProjects(tree({
      'apps/a/supabase/migrations/1_a.sql': '', 'apps/a/supabase/config.toml': '[api]\nschemas = ["public", "api"]\n',
      'apps/b/supabase/migrations/1_b.sql': '',
    }), defaults);
    expect(found.projects.map((p) => p.apiSchemas)).toEqual([['public', 'api'], undefined]);
  });

  it.each([
    ['a configured schema', { schema: 'libs/superagent/prisma/schema.prisma' }],
    ['configured migrations', { migrations: 'libs/ui/supabase/migrations' }],
  ])('%s pins a single project, found as discover finds it', (_, config) => {
    const files = ['libs/superagent/prisma/schema.prisma', 'libs/superagent/prisma/migrations/1_init/migration.sql', 'libs/ui/supabase/migrations/1_a.sql'];
    const found = discoverProjects(tree(files), { ...defaults, ...config });
    // Alone in the tree, its code is all of the tree's.
    expect(found).toEqual({ projects: [{ ...discover(tree(files), { ...defaults, ...config }), codeRoot: '.' }], notes: [] });
  });

  it('a tree without migrations is the one project discover finds', () => {
    const files = ['apps/web/prisma/schema.prisma'];
    expect(discoverProjects(tree(files), defaults)).toEqual({ projects: [{ ...discover(tree(files), defaults), codeRoot: '.' }], notes: [] });
  });
});
