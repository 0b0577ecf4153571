import { parse as parseToml, TomlError } from 'smol-toml';
import { UsageError } from '../errors.js';
import type { Config, Layout, Snapshot } from '../types.js';
import { readText } from './decode.js';
import { normalizePath } from './paths.js';

/** Where the schema and migrations of one project live, and the migrations in the order their tool applies them. */
export interface Discovery {
  /** The folder of the project: the package of its migrations, or the one above it that holds its schema; `.` for ROOT. */
  root: string;
  /** Prisma schema files, sorted; empty when none was found. */
  schemaFiles: string[];
  migrationsDir: string | null;
  layout: Layout | null;
  migrationFiles: { file: string; applied: boolean }[];
  /**
   * The schemas the project's Supabase API serves, from `[api] schemas` of its supabase/config.toml, without the
   * platform's own; undefined when the project has no such file (or it does not say).
   */
  apiSchemas?: string[];
  /** What was looked for and not found, or chosen among several, in words. */
  notes: string[];
  /**
   * The folder whose code is read for what it asks of the database: the whole tree when it holds this project only
   * (the app often lives in a package of its own), else the project's folder. Undefined: `root`.
   */
  codeRoot?: string;
}

/** Every project of a tree, and what discovery has to say about the tree as a whole. */
export interface ProjectsDiscovery {
  projects: Discovery[];
  notes: string[];
}

const NO_SCHEMA =
  'No Prisma schema found: looked for the prisma.schema field of package.json, prisma/schema.prisma, a prisma/schema/ folder, ' +
  'and any schema.prisma or prisma/schema/ folder in subfolders (set `schema` to point at it).';

/** The Supabase CLI applies only files named `<digits>_<name>.sql`; it skips the rest without a word. */
const SUPABASE_MIGRATION_NAME = /^[0-9]+_.*\.sql$/;

/**
 * Finds one project's Prisma schema and migrations the way their tools would, so a repository works without any
 * config; the config (or flags) names them when the guess would be wrong.
 */
export function discover(snapshot: Snapshot, config: Config): Discovery {
  const tree = new Tree(snapshot.files());
  const notes: string[] = [];
  const schemaFiles = findSchema(snapshot, tree, config, notes);
  const migrationsDir = findMigrations(snapshot, tree, config, schemaFiles, notes);
  const schemaPackage = schemaFiles.length ? packageOfSchema(schemaFiles[0]!) : undefined;
  const migrationsPackage = migrationsDir === null ? undefined : packageOfMigrations(migrationsDir);
  const root = commonAncestor([schemaPackage, migrationsPackage].filter((p) => p !== undefined));
  return project(snapshot, tree, config, { root, schemaFiles, migrationsDir, notes });
}

/**
 * Every project of a monorepo, each audited on its own: a migrations folder, paired with the Prisma schema of the same
 * package, or of a package above or below it (the nearest one), never with a sibling package's. A tree with no
 * migrations folder, or a config that names the schema or the migrations, is one project, found by `discover`.
 */
export function discoverProjects(snapshot: Snapshot, config: Config): ProjectsDiscovery {
  if (config.schema !== undefined || config.migrations !== undefined) return { projects: [{ ...discover(snapshot, config), codeRoot: '.' }], notes: [] };
  const tree = new Tree(snapshot.files());
  const treeNotes: string[] = [];
  const schemas = schemaCandidates(snapshot, tree, treeNotes);
  const folders = migrationFolders(tree, schemas);
  if (folders.length === 0) return { projects: [{ ...discover(snapshot, config), codeRoot: '.' }], notes: [] };

  const pairs = folders.flatMap((folder) => schemas.filter((s) => related(folder.root, s.root)).map((schema) => ({ folder, schema })));
  pairs.sort((a, b) => distance(a.folder.root, a.schema.root) - distance(b.folder.root, b.schema.root) || schemaOrder(a.folder.root)(a.schema, b.schema));
  const chosen = new Map<MigrationFolder, SchemaCandidate>();
  for (const { folder, schema } of pairs) if (!chosen.has(folder) && ![...chosen.values()].includes(schema)) chosen.set(folder, schema);
  const unpaired = schemas.filter((s) => ![...chosen.values()].includes(s));

  const projects = folders.map((folder) => {
    const schema = chosen.get(folder);
    const notes = [...folder.notes];
    const others = unpaired.filter((s) => related(folder.root, s.root));
    if (schema && others.length) notes.push(`Using the Prisma schema ${schema.path}; also found ${others.map((s) => s.path).join(', ')} (set \`schema\` to choose).`);
    if (!schema) notes.push(folder.root === '.' ? NO_SCHEMA : `No Prisma schema found for ${folder.dir}: looked in ${folder.root}, in the folders above it and in those inside it (set \`schema\` to point at it).`);
    const root = schema && depth(schema.root) < depth(folder.root) ? schema.root : folder.root;
    return project(snapshot, tree, config, { root, schemaFiles: schema?.files ?? [], migrationsDir: folder.dir, notes });
  });
  for (const s of unpaired.filter((s) => !folders.some((f) => related(f.root, s.root))))
    treeNotes.push(`The Prisma schema ${s.path} has no migrations in its package or around it, so it is not audited (set \`schema\` and \`migrations\` to audit it).`);
  return { projects: projects.length === 1 ? [{ ...projects[0]!, codeRoot: '.' }] : projects, notes: treeNotes };
}

/** A project's discovery completed from where its schema and migrations are: layout, migrations in order, API schemas. */
function project(snapshot: Snapshot, tree: Tree, config: Config, found: { root: string; schemaFiles: string[]; migrationsDir: string | null; notes: string[] }): Discovery {
  const { root, schemaFiles, migrationsDir, notes } = found;
  const apiSchemas = apiSchemasOf(snapshot, tree, config, migrationsDir === null ? root : packageOfMigrations(migrationsDir), notes);
  const base = { root, schemaFiles, migrationsDir, ...(apiSchemas && { apiSchemas }), notes };
  if (migrationsDir === null) return { ...base, layout: null, migrationFiles: [] };
  const layout = config.layout ?? guessLayout(tree, migrationsDir);
  const migrationFiles = listMigrations(tree, migrationsDir, layout);
  if (migrationFiles.length === 0) notes.push(`${migrationsDir} holds no ${layout === 'prisma' ? '<folder>/migration.sql files' : '.sql files'}.`);
  return { ...base, layout, migrationFiles };
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
  return path === '.' ? 0 : path.split('/').length;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '.' : path.slice(0, slash);
}

/** `dir/name`, where `dir` may be the root `.`. */
function within(dir: string, name: string): string {
  return dir === '.' ? name : `${dir}/${name}`;
}

/** The package a folder of tool files belongs to: the folder above `prisma/`, `prisma/schema/` or `supabase/`. */
function packageOf(dir: string): string {
  const parts = dir === '.' ? [] : dir.split('/');
  if (parts.at(-1) === 'schema' && parts.at(-2) === 'prisma') parts.splice(-2);
  else if (parts.at(-1) === 'prisma' || parts.at(-1) === 'supabase') parts.pop();
  return parts.join('/') || '.';
}

/** The package of a schema file (`apps/api/prisma/schema.prisma` → `apps/api`) or schema folder. */
function packageOfSchema(path: string): string {
  return packageOf(path.endsWith('.prisma') ? parentOf(path) : path);
}

/** The package of a migrations folder (`libs/ui/supabase/migrations` → `libs/ui`). */
function packageOfMigrations(dir: string): string {
  return packageOf(parentOf(dir));
}

/** Whether one package lies inside the other: a schema and migrations of sibling packages belong to different projects. */
function related(a: string, b: string): boolean {
  return a === '.' || b === '.' || a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}

/** How many folders apart two related packages are. */
function distance(a: string, b: string): number {
  return Math.abs(depth(a) - depth(b));
}

function commonAncestor(paths: string[]): string {
  if (paths.length === 0) return '.';
  let parts = paths[0]! === '.' ? [] : paths[0]!.split('/');
  for (const path of paths.slice(1)) {
    const other = path === '.' ? [] : path.split('/');
    let n = 0;
    while (n < parts.length && parts[n] === other[n]) n++;
    parts = parts.slice(0, n);
  }
  return parts.join('/') || '.';
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
  const dir = parentOf(file);
  if (dir === 'prisma/schema' || dir.endsWith('/prisma/schema')) {
    const all = prismaFilesIn(tree, dir);
    if (all.length > 1) return all;
  }
  return [file];
}

/** A Prisma schema found in the tree: a file, or a folder of files. */
interface SchemaCandidate {
  /** The file or folder, as notes name it. */
  path: string;
  files: string[];
  /** The package it belongs to. */
  root: string;
  /** Named by the `prisma.schema` field of that package's package.json. */
  declared: boolean;
}

/**
 * Every Prisma schema of the tree: those package.json files name, then schema.prisma files and prisma/schema/
 * folders anywhere.
 */
function schemaCandidates(snapshot: Snapshot, tree: Tree, notes: string[]): SchemaCandidate[] {
  const found: SchemaCandidate[] = [];
  for (const pkg of tree.files.filter((f) => f === 'package.json' || f.endsWith('/package.json'))) {
    const field = packageJsonSchema(snapshot, pkg);
    if (field === undefined) continue;
    const path = normalizePath(within(parentOf(pkg), field));
    const files = schemaAt(tree, path);
    if (files?.length) found.push({ path, files, root: parentOf(pkg), declared: true });
    else notes.push(`${pkg} sets prisma.schema to ${field}, which holds no Prisma schema; looked elsewhere.`);
  }
  const conventional = [
    ...tree.files.filter((f) => f === 'schema.prisma' || f.endsWith('/schema.prisma')),
    ...[...tree.dirs].filter((d) => (d === 'prisma/schema' || d.endsWith('/prisma/schema')) && prismaFilesIn(tree, d).length > 0),
  ];
  for (const path of conventional) {
    const files = path.endsWith('.prisma') ? widenToSchemaFolder(tree, path) : prismaFilesIn(tree, path);
    if (found.some((c) => c.files.includes(files[0]!))) continue;
    found.push({ path: files.length > 1 && path.endsWith('.prisma') ? parentOf(path) : path, files, root: packageOfSchema(path), declared: false });
  }
  return found;
}

/**
 * The order schemas are chosen in for the package `root`: the one its package.json names, then `prisma/schema.prisma`
 * and `prisma/schema/` there, then the shallowest (a file before a folder at equal depth, as at the root), by name.
 */
function schemaOrder(root: string): (a: SchemaCandidate, b: SchemaCandidate) => number {
  const rank = (c: SchemaCandidate) => (c.declared && c.root === root ? 0 : c.path === within(root, 'prisma/schema.prisma') ? 1 : c.path === within(root, 'prisma/schema') ? 2 : 3);
  const isFolder = (c: SchemaCandidate) => Number(!c.path.endsWith('.prisma'));
  return (a, b) => rank(a) - rank(b) || depth(a.path) - depth(b.path) || isFolder(a) - isFolder(b) || byName(a.path, b.path);
}

function findSchema(snapshot: Snapshot, tree: Tree, config: Config, notes: string[]): string[] {
  if (config.schema !== undefined) {
    const path = normalizePath(config.schema);
    const found = schemaAt(tree, path);
    if (!found) throw new UsageError(`schema: ${config.schema} ${missing(snapshot, path)} (set by the schema key / --schema).`);
    if (found.length === 0) throw new UsageError(`schema: ${config.schema} holds no .prisma files (set by the schema key / --schema).`);
    return found;
  }
  const candidates = schemaCandidates(snapshot, tree, notes).sort((a, b) => distance('.', a.root) - distance('.', b.root) || schemaOrder('.')(a, b));
  const first = candidates[0];
  if (first === undefined) {
    notes.push(NO_SCHEMA);
    return [];
  }
  const others = candidates.slice(1);
  if (others.length > 0) notes.push(`Using the Prisma schema ${first.path}; also found ${others.map((c) => c.path).join(', ')} (set \`schema\` to choose).`);
  return first.files;
}

/** Why a configured path is not in the tree: the snapshot's refusal (a link leaving it), else that it does not exist. */
function missing(snapshot: Snapshot, path: string): string {
  const refused = snapshot.refused?.(path);
  return refused === undefined ? `does not exist in ${snapshot.label}` : `is ${refused}`;
}

function packageJsonSchema(snapshot: Snapshot, path: string): string | undefined {
  try {
    const pkg = JSON.parse(snapshot.read(path)?.toString('utf8') ?? '') as { prisma?: { schema?: unknown } };
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
      const why = tree.isFile(path) ? `is a file, not a folder, in ${snapshot.label}` : missing(snapshot, path);
      throw new UsageError(`migrations: ${config.migrations} ${why} (set by the migrations key / --migrations).`);
    }
    return path;
  }
  const supabase = tree.dirs.has('supabase/migrations') ? 'supabase/migrations' : shallowest(tree, 'supabase/migrations');
  const prisma = tree.dirs.has('prisma/migrations') ? 'prisma/migrations' : shallowest(tree, 'prisma/migrations');
  if (supabase !== undefined && prisma !== undefined) notes.push(notRead(supabase, prisma));
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

function notRead(supabase: string, prisma: string): string {
  return `Using the Supabase migrations in ${supabase}; the Prisma migrations in ${prisma} are not read (set \`migrations\` to choose).`;
}

/** One package's migrations: the folder its tool reads. */
interface MigrationFolder {
  dir: string;
  /** The package it belongs to. */
  root: string;
  notes: string[];
}

/**
 * Every migrations folder of the tree, one per package: `supabase/migrations`, `prisma/migrations`, or Prisma Migrate's
 * `migrations` beside a schema file; Supabase's first when a package has both. A folder inside another one is that
 * one's content, not a project.
 */
function migrationFolders(tree: Tree, schemas: SchemaCandidate[]): MigrationFolder[] {
  const isMigrations = (d: string, suffix: string) => d === suffix || d.endsWith(`/${suffix}`);
  const beside = schemas.flatMap((s) => { const dir = besideSchema(tree, s.files); return dir === undefined ? [] : [dir]; });
  const dirs = [...new Set([...[...tree.dirs].filter((d) => isMigrations(d, 'supabase/migrations') || isMigrations(d, 'prisma/migrations')), ...beside])]
    .sort((a, b) => depth(a) - depth(b) || byName(a, b));
  const kept = dirs.filter((d) => !dirs.some((outer) => d.startsWith(`${outer}/`)));
  const byPackage = new Map<string, string[]>();
  for (const dir of kept) byPackage.set(packageOfMigrations(dir), [...(byPackage.get(packageOfMigrations(dir)) ?? []), dir]);
  return [...byPackage].map(([root, found]) => {
    const supabase = found.find((d) => isMigrations(d, 'supabase/migrations'));
    const rest = found.filter((d) => d !== supabase);
    const dir = supabase ?? rest[0]!;
    return { dir, root, notes: supabase && rest.length ? [notRead(supabase, rest.join(', '))] : [] };
  });
}

/** Prisma Migrate's own rule: `migrations` next to a single schema file, whatever the folder is called. */
function besideSchema(tree: Tree, schemaFiles: string[]): string | undefined {
  if (schemaFiles.length !== 1) return undefined;
  const dir = within(parentOf(schemaFiles[0]!), 'migrations');
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
  const names = tree.namesIn(dir === '.' ? '' : dir).filter((name) => name.endsWith('.sql'));
  return names
    .sort(layout === 'plain' ? byVersion : byName)
    .map((name) => ({ file: `${prefix}${name}`, applied: layout === 'plain' || SUPABASE_MIGRATION_NAME.test(name) }));
}

/**
 * Plain migration tools (golang-migrate, Flyway, dbmate) read the leading digits of a name as a number, so `0002-…`
 * runs before `00010-…`; names without one come after, by name.
 */
function byVersion(a: string, b: string): number {
  const version = (name: string) => /^\d+/.exec(name)?.[0];
  const [va, vb] = [version(a), version(b)];
  if (va === undefined || vb === undefined) return Number(va === undefined) - Number(vb === undefined) || byName(a, b);
  const [na, nb] = [BigInt(va), BigInt(vb)];
  return na < nb ? -1 : na > nb ? 1 : byName(a, b);
}

/**
 * The schemas the project's Supabase API serves: `[api] schemas` of the supabase/config.toml of its package or of the
 * nearest package above it, without the platform's own (graphql_public, storage, …), whose tables are not the user's.
 */
function apiSchemasOf(snapshot: Snapshot, tree: Tree, config: Config, from: string, notes: string[]): string[] | undefined {
  for (let dir = from; ; dir = parentOf(dir)) {
    const path = within(dir, 'supabase/config.toml');
    if (tree.isFile(path)) return readApiSchemas(snapshot, path, config, notes);
    if (dir === '.') return undefined;
  }
}

function readApiSchemas(snapshot: Snapshot, path: string, config: Config, notes: string[]): string[] | undefined {
  const ignored = 'the exposed schemas are not read from it';
  const decoded = readText(snapshot, path);
  if ('problem' in decoded) {
    notes.push(`${path}: ${decoded.problem}; ${ignored}.`);
    return undefined;
  }
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(decoded.text);
  } catch (e) {
    const where = e instanceof TomlError ? `${path}:${e.line}` : path;
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.replace(/^Invalid TOML document: /, '');
    notes.push(`${where}: not valid TOML (${why}); ${ignored}.`);
    return undefined;
  }
  const api = doc.api as Record<string, unknown> | undefined;
  const schemas = api?.schemas;
  if (schemas === undefined) return undefined;
  if (!Array.isArray(schemas) || !schemas.every((s): s is string => typeof s === 'string')) {
    notes.push(`${path}: [api] schemas is not a list of schema names; ${ignored}.`);
    return undefined;
  }
  return schemas.filter((s) => !config.managedSchemas.includes(s));
}
