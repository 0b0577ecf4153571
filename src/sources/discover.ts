import { UsageError } from '../errors.js';
import type { Config, Layout, Snapshot } from '../types.js';
import { normalizePath } from './paths.js';

/** Where the schema and migrations of one tree live, and the migrations in the order their tool applies them. */
export interface Discovery {
  /** Prisma schema files, sorted; empty when none was found. */
  schemaFiles: string[];
  migrationsDir: string | null;
  layout: Layout | null;
  migrationFiles: { file: string; applied: boolean }[];
  /** What was looked for and not found, or chosen among several, in words. */
  notes: string[];
}

/** The Supabase CLI applies only files named `<digits>_<name>.sql`; it skips the rest without a word. */
const SUPABASE_MIGRATION_NAME = /^[0-9]+_.*\.sql$/;

/**
 * Finds the Prisma schema and the migrations the way their tools would, so a repository works without any config;
 * the config (or flags) names them when the guess would be wrong.
 */
export function discover(snapshot: Snapshot, config: Config): Discovery {
  const tree = new Tree(snapshot.files());
  const notes: string[] = [];
  const schemaFiles = findSchema(snapshot, tree, config, notes);
  const migrationsDir = findMigrations(snapshot, tree, config, schemaFiles, notes);
  if (migrationsDir === null) return { schemaFiles, migrationsDir, layout: null, migrationFiles: [], notes };
  const layout = config.layout ?? guessLayout(tree, migrationsDir);
  const migrationFiles = listMigrations(tree, migrationsDir, layout);
  if (migrationFiles.length === 0) notes.push(`${migrationsDir} holds no ${layout === 'prisma' ? '<folder>/migration.sql files' : '.sql files'}.`);
  return { schemaFiles, migrationsDir, layout, migrationFiles, notes };
}

/** The snapshot's file list with folder questions answered (folders exist only as prefixes of files). */
class Tree {
  readonly dirs = new Set<string>();
  private readonly fileSet: Set<string>;

  constructor(readonly files: string[]) {
    this.fileSet = new Set(files);
    for (const file of files) for (let i = file.indexOf('/'); i !== -1; i = file.indexOf('/', i + 1)) this.dirs.add(file.slice(0, i));
  }

  isFile(path: string): boolean {
    return this.fileSet.has(path);
  }

  /** Files under `dir` (every depth), as full paths. */
  under(dir: string): string[] {
    if (dir === '') return this.files;
    return this.files.filter((f) => f.startsWith(`${dir}/`));
  }

  /** Files directly in `dir`, as names. */
  namesIn(dir: string): string[] {
    const prefix = dir === '' ? '' : `${dir}/`;
    return this.files.filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('/')).map((f) => f.slice(prefix.length));
  }
}

function depth(path: string): number {
  return path.split('/').length;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function prismaFilesIn(tree: Tree, dir: string): string[] {
  return tree.under(dir === '.' ? '' : dir).filter((f) => f.endsWith('.prisma'));
}

/** A file, or every .prisma file of a folder; undefined when the path names neither. */
function schemaAt(tree: Tree, path: string): string[] | undefined {
  if (tree.isFile(path)) return [path];
  if (path === '.' || tree.dirs.has(path)) return prismaFilesIn(tree, path);
  return undefined;
}

/** Prisma's multi-file schema: a schema.prisma inside a `prisma/schema` folder is one file of the folder's schema. */
function widenToSchemaFolder(tree: Tree, file: string): string[] {
  const dir = file.slice(0, file.lastIndexOf('/'));
  if (dir === 'prisma/schema' || dir.endsWith('/prisma/schema')) {
    const all = prismaFilesIn(tree, dir);
    if (all.length > 1) return all;
  }
  return [file];
}

function findSchema(snapshot: Snapshot, tree: Tree, config: Config, notes: string[]): string[] {
  if (config.schema !== undefined) {
    const path = normalizePath(config.schema);
    const found = schemaAt(tree, path);
    if (!found) throw new UsageError(`schema: ${config.schema} does not exist in ${snapshot.label} (set by the schema key / --schema).`);
    if (found.length === 0) throw new UsageError(`schema: ${config.schema} holds no .prisma files (set by the schema key / --schema).`);
    return found;
  }

  const fromPackage = packageJsonSchema(snapshot, tree);
  if (fromPackage !== undefined) {
    const found = schemaAt(tree, normalizePath(fromPackage));
    if (found && found.length > 0) return found;
    notes.push(`package.json sets prisma.schema to ${fromPackage}, which holds no Prisma schema; looked elsewhere.`);
  }

  if (tree.isFile('prisma/schema.prisma')) return ['prisma/schema.prisma'];
  const folder = prismaFilesIn(tree, 'prisma/schema');
  if (folder.length > 0) return folder;

  // A monorepo keeps its schema in a package: schema.prisma files and prisma/schema folders anywhere, shallowest
  // first; at equal depth a file before a folder, as at the root.
  const candidates = [
    ...tree.files.filter((f) => f === 'schema.prisma' || f.endsWith('/schema.prisma')),
    ...[...tree.dirs].filter((d) => d.endsWith('/prisma/schema') && prismaFilesIn(tree, d).length > 0),
  ].sort((a, b) => depth(a) - depth(b) || Number(!a.endsWith('.prisma')) - Number(!b.endsWith('.prisma')) || byName(a, b));
  const first = candidates[0];
  if (first === undefined) {
    notes.push(
      'No Prisma schema found: looked for the prisma.schema field of package.json, prisma/schema.prisma, a prisma/schema/ folder, ' +
        'and any schema.prisma or prisma/schema/ folder in subfolders (set `schema` to point at it).',
    );
    return [];
  }
  const chosen = first.endsWith('.prisma') ? widenToSchemaFolder(tree, first) : prismaFilesIn(tree, first);
  const others = candidates.filter((c) => !chosen.includes(c) && !c.startsWith(`${first}/`) && c !== first);
  if (others.length > 0) notes.push(`Using the Prisma schema ${first}; also found ${others.join(', ')} (set \`schema\` to choose).`);
  return chosen;
}

function packageJsonSchema(snapshot: Snapshot, tree: Tree): string | undefined {
  if (!tree.isFile('package.json')) return undefined;
  try {
    const pkg = JSON.parse(snapshot.read('package.json')?.toString('utf8') ?? '') as { prisma?: { schema?: unknown } };
    return typeof pkg.prisma?.schema === 'string' ? pkg.prisma.schema : undefined;
  } catch {
    // A package.json that does not parse is npm's problem to report, not ours.
    return undefined;
  }
}

function findMigrations(snapshot: Snapshot, tree: Tree, config: Config, schemaFiles: string[], notes: string[]): string | null {
  if (config.migrations !== undefined) {
    const path = normalizePath(config.migrations);
    if (!tree.dirs.has(path) && path !== '.') {
      const why = tree.isFile(path) ? `is a file, not a folder, in ${snapshot.label}` : `does not exist in ${snapshot.label}`;
      throw new UsageError(`migrations: ${config.migrations} ${why} (set by the migrations key / --migrations).`);
    }
    return path;
  }
  const supabase = tree.dirs.has('supabase/migrations') ? 'supabase/migrations' : shallowest(tree, 'supabase/migrations');
  const prisma = tree.dirs.has('prisma/migrations') ? 'prisma/migrations' : shallowest(tree, 'prisma/migrations');
  if (supabase !== undefined && prisma !== undefined)
    notes.push(`Using the Supabase migrations in ${supabase}; the Prisma migrations in ${prisma} are not read (set \`migrations\` to choose).`);
  const found = supabase ?? prisma ?? besideSchema(tree, schemaFiles);
  if (found === undefined) {
    notes.push(
      'No migrations found: looked for supabase/migrations and prisma/migrations at the root and in subfolders, ' +
        'and a migrations folder next to the Prisma schema (set `migrations` to point at them).',
    );
    return null;
  }
  return found;
}

/** Prisma Migrate's own rule: `migrations` next to a single schema file, whatever the folder is called. */
function besideSchema(tree: Tree, schemaFiles: string[]): string | undefined {
  if (schemaFiles.length !== 1) return undefined;
  const file = schemaFiles[0]!;
  const dir = file.includes('/') ? `${file.slice(0, file.lastIndexOf('/'))}/migrations` : 'migrations';
  return prismaMigrations(tree, dir).length > 0 ? dir : undefined;
}

function shallowest(tree: Tree, suffix: string): string | undefined {
  return [...tree.dirs].filter((d) => d.endsWith(`/${suffix}`)).sort((a, b) => depth(a) - depth(b) || byName(a, b))[0];
}

function guessLayout(tree: Tree, dir: string): Layout {
  if (prismaMigrations(tree, dir).length > 0) return 'prisma';
  if (dir === 'supabase/migrations' || dir.endsWith('/supabase/migrations')) return 'supabase';
  return 'plain';
}

/** `<dir>/<sub>/migration.sql`, in Prisma Migrate's order: by folder name, compared as code units. */
function prismaMigrations(tree: Tree, dir: string): string[] {
  const prefix = dir === '.' ? '' : `${dir}/`;
  return tree.files
    .filter((f) => f.startsWith(prefix) && /^[^/]+\/migration\.sql$/.test(f.slice(prefix.length)))
    .map((f) => f.slice(prefix.length, f.length - '/migration.sql'.length))
    .sort()
    .map((sub) => `${prefix}${sub}/migration.sql`);
}

function listMigrations(tree: Tree, dir: string, layout: Layout): { file: string; applied: boolean }[] {
  if (layout === 'prisma') return prismaMigrations(tree, dir).map((file) => ({ file, applied: true }));
  const prefix = dir === '.' ? '' : `${dir}/`;
  return tree
    .namesIn(dir === '.' ? '' : dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => ({ file: `${prefix}${name}`, applied: layout === 'plain' || SUPABASE_MIGRATION_NAME.test(name) }));
}
