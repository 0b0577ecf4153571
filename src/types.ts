/**
 * The plain data that flows between the stages (sources → parse → catalog → rules → diff → report).
 * Every stage reads and returns these shapes only, so each can be tested and replaced on its own.
 */
import type { Node } from '@pgsql/types';
import type { CodeFacts } from './sources/code.js';

export type Severity = 'notice' | 'warning' | 'error';
export type SeveritySetting = Severity | 'off';
export const SEVERITY_RANK: Record<Severity, number> = { notice: 1, warning: 2, error: 3 };

/** A place in the repository: path relative to the root, forward slashes; line is 1-based. */
export interface Loc {
  file: string;
  line: number;
}

/** One finding, as the JSON contract prints it. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  /** `schema.name` as the catalog spells it (case kept, no quotes), or a Prisma model name for Prisma-only facts. */
  object?: string;
  /** The smallest change that resolves it (SQL, or a Prisma model). */
  fix?: string;
  /** Live verification (`--verify`) saw it on a real PostgreSQL; absent when the finding was not verified. */
  verified?: boolean;
}

/** Files of one tree at one moment: a folder on disk or a git commit. */
export interface Snapshot {
  /** A folder path, or `git:<sha>`. */
  label: string;
  /** Every file, relative, forward slashes, sorted; node_modules and .git left out. */
  files(): string[];
  /** The bytes of a file, or undefined when it cannot be read. */
  read(path: string): Buffer | undefined;
  /** Why the snapshot refuses to read a path (a link that leaves the tree or leads nowhere); undefined when it does not. */
  refused?(path: string): string | undefined;
}

/** A file decoded to text, or the reason it could not be. */
export type DecodedFile = { path: string; text: string } | { path: string; problem: string };

// ---------------------------------------------------------------- config

export type Layout = 'supabase' | 'prisma' | 'plain';

export interface Config {
  /** Prisma schema: a .prisma file or a folder of them, relative to the root. */
  schema?: string;
  /** Migrations folder, relative to the root. */
  migrations?: string;
  /** How the migrations folder is laid out; guessed from its contents when absent. */
  layout?: Layout;
  /** Schemas exposed through the API; `auto`: public when the project uses RLS at all, else none. */
  exposedSchemas: 'auto' | string[];
  /** Schemas the platform owns (auth, storage, …): known to exist, never the user's tables. */
  managedSchemas: string[];
  /** Tables (`schema.name` or `name`, `*` globs) that no rule reports. */
  ignoreTables: string[];
  /** Per-rule severity overrides. */
  rules: Record<string, SeveritySetting>;
}

// ---------------------------------------------------------------- prisma

export interface PrismaField {
  name: string;
  /** Column name (`@map`, else the field name). */
  column: string;
  /** Prisma type name (String, Int, an enum, …). */
  type: string;
  optional: boolean;
  list: boolean;
  isId: boolean;
  isUnique: boolean;
  /** Native type attribute without `@db.`, e.g. `Uuid`, `VarChar(255)`. */
  nativeType?: string;
  /** The argument of `@default(…)` as written: `now()`, `dbgenerated("gen_random_uuid()")`, `"draft"`, `0`, `ACTIVE`. */
  default?: string;
  line: number;
}

/** A relation field of a model: what a foreign key or a back-relation is made of. */
export interface PrismaRelation {
  /** The field's name. */
  field: string;
  /** The related model. */
  model: string;
  list: boolean;
  optional: boolean;
  /** The relation's name (`@relation("…")`), when given. */
  name?: string;
  /** Columns of this model (`fields:`, `@map`-resolved); empty on the side without the foreign key. */
  columns: string[];
  /** The related model's fields (`references:`), as written. */
  references: string[];
  onDelete?: string;
  onUpdate?: string;
}

export interface PrismaIndex {
  kind: 'id' | 'unique' | 'index';
  /** Column names (already `@map`-resolved). */
  columns: string[];
  /** `map:` / `name:` argument when given. */
  name?: string;
  line: number;
}

export interface IgnoreComment {
  rule: string;
  reason: string;
  file: string;
  line: number;
  /** `file`-wide (`-- schema-guardian-ignore-file`) or the next statement / model. */
  scope: 'next' | 'file';
  /**
   * Set on a comment written as an ignore that is not one, which silences nothing: the directive as written and the
   * one it resembles (the same when the directive is right but names no rule, and `rule` is then empty).
   */
  malformed?: { written: string; meant: string };
}

export interface PrismaModel {
  name: string;
  /** Table name: `@@map`, else the model name, case kept. */
  table: string;
  /** `@@schema`, else `public`. */
  schema: string;
  file: string;
  line: number;
  ignored: boolean;
  /** A `view` block, not a `model`. */
  isView: boolean;
  /** An implicit many-to-many join table `_AToB`, not written by the user. */
  implicit: boolean;
  fields: PrismaField[];
  /** Relation fields, which map to no column. */
  relations: PrismaRelation[];
  indexes: PrismaIndex[];
  /** `/// schema-guardian-ignore …` above the model. */
  ignores: IgnoreComment[];
}

export interface PrismaSchema {
  files: string[];
  provider?: string;
  models: PrismaModel[];
  /** `dbName`: the type's name in the database (`@@map`, else the name); `values` as the database spells them, `members` as the schema does. */
  enums: { name: string; dbName: string; schema: string; values: string[]; members: string[]; file: string; line: number }[];
  errors: { file: string; line: number; message: string }[];
}

// ---------------------------------------------------------------- sql

/** One SQL statement as the database will execute it, with where it stands in the repository. */
export interface Statement {
  file: string;
  /** 1-based line of the statement's first token. */
  line: number;
  /** The statement's own source text (for DO / function bodies: the inner SQL). */
  text: string;
  /** libpg-query's syntax tree of the statement, `{ CreateStmt: {…} }`. */
  node: Node;
  /** Top level, inside a DO block, or inside a function body (runs only when called). */
  origin: 'top' | 'do' | 'function';
  /** Inside a DO block / function: runs only conditionally (under IF / CASE, or in an EXCEPTION handler). */
  guarded: boolean;
  /**
   * Conditions caught by the EXCEPTION handlers of enclosing blocks (lower-case names such as `duplicate_object`,
   * SQLSTATEs such as `42p07`, or `others`): a failure they catch is no failure.
   */
  catches?: string[];
}

/** An `EXECUTE` whose string could not be resolved: what it might touch is uncertain. */
export interface UnresolvedExecute {
  file: string;
  line: number;
  /** The literal fragments of the expression (e.g. from format('ALTER TABLE %I ENABLE …', t)). */
  fragments: string[];
  origin: 'do' | 'function';
}

export interface ParseProblem {
  file: string;
  line: number;
  message: string;
  /** A function body's problem, raised only while check_function_bodies is on (an earlier file may turn it off). */
  ifBodiesChecked?: true;
}

/** A statement that fails in PostgreSQL: its message (`reason`, with the DETAIL and HINT it gives), SQLSTATE and condition name. */
export interface StatementFailure {
  statement: Statement;
  reason: string;
  sqlstate: string;
  condition: string;
  detail?: string;
  hint?: string;
}

/**
 * A statement that fails when its file runs a second time, as the rules read it: where it is, what it is about and
 * the form that re-runs, worked out while its syntax tree was there. The catalog keeps every file's re-run failures
 * to the end of the run, and the trees were most of their size.
 */
export interface RerunFailure extends Omit<StatementFailure, 'statement'> {
  statement: Pick<Statement, 'file' | 'line' | 'origin'>;
  object: string | undefined;
  fix: string;
}

/** Everything read from one migration file. */
export interface ParsedMigration {
  file: string;
  statements: Statement[];
  unresolved: UnresolvedExecute[];
  problems: ParseProblem[];
  ignores: IgnoreComment[];
  /** The leading comment of the file, first line of it, if any. */
  description?: string;
  /** Number of top-level statements. */
  topLevelCount: number;
  /** The file manages its own transaction (BEGIN/COMMIT) or uses CONCURRENTLY. */
  ownTransaction: boolean;
  /** check_function_bodies as the file leaves the session, when it sets it (`SET check_function_bodies = off`). */
  checkFunctionBodies?: boolean;
}

// ---------------------------------------------------------------- catalog (plain data, as the report reads it)

export interface ColumnInfo {
  name: string;
  /** SQL type as written, normalised to PostgreSQL's names: `uuid`, `text`, `integer`, `varchar(255)`, `timestamptz`, `text[]`. */
  type: string;
  notNull: boolean;
  default?: string;
  /** Whether the default is a serial / identity / gen_random_uuid() style generated value. */
  generated?: boolean;
}

export interface ForeignKeyInfo {
  name?: string;
  columns: string[];
  /** `schema.name` of the referenced table. */
  refTable: string;
  refColumns: string[];
  onDelete?: string;
  /** The statement that added the foreign key. */
  createdAt?: Loc;
}

export interface IndexInfo {
  name: string;
  columns: string[];
  unique: boolean;
  /** Backs a PRIMARY KEY / UNIQUE constraint rather than a CREATE INDEX. */
  constraint: boolean;
  createdAt?: Loc;
  /** Access method, key elements (opclass, collation, order), INCLUDE columns and predicate, canonical: equal for indexes PostgreSQL builds alike. */
  shape?: string;
}

export type PolicyAllows = 'own-rows' | 'org-membership' | 'public-read' | 'public' | 'service-role' | 'authenticated' | 'custom';

export interface PolicyInfo {
  name: string;
  command: 'all' | 'select' | 'insert' | 'update' | 'delete';
  roles: string[];
  permissive: boolean;
  /** A plain-words classification of what the policy lets through. */
  allows: PolicyAllows;
  /** Functions called in USING / WITH CHECK (e.g. `public.is_org_member`). */
  helpers: string[];
  createdAt?: Loc;
  /** USING is the constant true: every existing row qualifies. */
  usingTrue?: true;
  /** WITH CHECK is the constant true: every new row qualifies. */
  checkTrue?: true;
  /** Calls of `auth.uid()`, `auth.jwt()`, `auth.role()`, `auth.email()`, `current_setting()` in USING / WITH CHECK outside `(select …)`: run once per row. */
  perRowCalls?: string[];
  /** Columns of the table the policy compares with `auth.uid()` (`via` is `auth.uid`) or passes to a membership helper (`via` names it). */
  keyColumns?: { column: string; via: string }[];
}

export interface TableInfo {
  schema: string;
  name: string;
  partitioned: boolean;
  /** A foreign table (CREATE FOREIGN TABLE): row level security does not apply to it. */
  foreign?: boolean;
  /** `schema.name` of the parent when this table is a partition. */
  partitionOf?: string;
  createdAt?: Loc;
  columns: ColumnInfo[];
  primaryKey: string[];
  uniques: string[][];
  foreignKeys: ForeignKeyInfo[];
  indexes: IndexInfo[];
  rls: boolean;
  forceRls: boolean;
  /** Where RLS was last enabled (or, while it is off, disabled). */
  rlsAt?: Loc;
  policies: PolicyInfo[];
  /** For a foreign table: which of the client roles (`public`, `anon`, `authenticated`) may SELECT from it. */
  clients?: string[];
  /** The last GRANT that gave `clients` a role. */
  grantsAt?: Loc;
  /** Dynamic SQL may have changed this table in ways not followed (RLS, policies, existence). */
  uncertain: boolean;
}

export interface ViewInfo {
  schema: string;
  name: string;
  materialized: boolean;
  createdAt?: Loc;
  /** `security_invoker` is on: the view reads its tables with the caller's rights, so their RLS applies. */
  securityInvoker?: true;
  /** The statement that last set or cleared the view's options (a CREATE OR REPLACE without them clears them). */
  optionsAt?: Loc;
  /** Which of the client roles (`public`, `anon`, `authenticated`) may SELECT from it, when the replay follows its grants. */
  clients?: string[];
  /** The last GRANT that gave `clients` a role. */
  grantsAt?: Loc;
}

export interface FunctionInfo {
  schema: string;
  name: string;
  /** Argument types as written, comma separated. */
  args: string;
  language: string;
  securityDefiner: boolean;
  /** `SET search_path = …` of the function, or null when it has none. */
  searchPath: string | null;
  returns?: string;
  createdAt?: Loc;
  /** CREATE PROCEDURE: called with CALL, never through the API. */
  procedure?: true;
  /** Which of the client roles (`public`, `anon`, `authenticated`) may EXECUTE it, when the replay follows its grants. */
  clients?: string[];
  /** The last GRANT that gave `clients` a role. */
  grantsAt?: Loc;
  /** The last ALTER FUNCTION that changed SECURITY DEFINER or the search_path. */
  alteredAt?: Loc;
  /** An ALTER FUNCTION built at run time may have changed SECURITY DEFINER or the search_path. */
  uncertain?: true;
}

export interface ExtensionInfo {
  name: string;
  schema?: string;
  createdAt?: Loc;
  /** When CREATE EXTENSION names no schema: the first schema of search_path then, where an extension without a fixed schema lands. */
  defaultSchema?: string;
}

/** An extension the migrations use objects of (src/catalog/extension-uses.ts): what they use, where first, in file order. */
export interface ExtensionNeed {
  extension: string;
  uses: { object: string; kind: 'function' | 'type' | 'operator' | 'operator class' | 'relation'; at: Loc }[];
}

export interface CatalogData {
  tables: TableInfo[];
  views: ViewInfo[];
  functions: FunctionInfo[];
  extensions: ExtensionInfo[];
  /** The extensions whose functions, types, operators, operator classes or relations the migrations use, created or not (absent when no replay built the catalog). */
  extensionNeeds?: ExtensionNeed[];
  /** `schema.name` of the functions the migrations define that some policy calls, on any table (the platform's, such as storage.objects, too). */
  policyHelpers?: string[];
  enums: { schema: string; name: string; values: string[]; createdAt?: Loc }[];
  schemas: string[];
}

// ---------------------------------------------------------------- analysis

export interface MigrationInfo {
  file: string;
  /** Whether the tool that owns the layout applies it (the Supabase CLI skips names not `<digits>_<name>.sql`). */
  applied: boolean;
  statements: number;
  /** null when not known (skipped, or unparsable). */
  idempotent: boolean | null;
  description: string;
}

export interface Analysis {
  /** The snapshot's label. */
  root: string;
  config: Config;
  layout: Layout | null;
  migrationsDir: string | null;
  /** Prisma schema files read (relative paths). */
  schemaFiles: string[];
  prisma: PrismaSchema | null;
  migrations: MigrationInfo[];
  catalog: CatalogData;
  /** Schemas treated as exposed (after resolving `auto`). */
  exposedSchemas: string[];
  /** Whether the migrations use row level security anywhere. */
  usesRls: boolean;
  findings: Finding[];
  /** What discovery looked for and did not find, in words (empty when both were found). */
  notes: string[];
  /** What the project's code asks of the database (supabase-js references, edge functions); absent when not read. */
  code?: CodeFacts;
  /** Present when live verification ran: on which database, and how the static findings fared there. */
  verification?: VerificationSummary;
}

/** Live verification in numbers: static findings the database confirmed or contradicted, and findings it added. */
export interface VerificationSummary {
  /** `PGlite (PostgreSQL 18.1 …)`, or the server and its temporary database. */
  database: string;
  confirmed: number;
  dropped: number;
  added: number;
}

// ---------------------------------------------------------------- diff (action)

export type FindingStatus = 'new' | 'existing' | 'resolved';
export type ChangeKind = 'added' | 'modified' | 'deleted' | 'renamed';

export interface DiffedFinding extends Finding {
  status: FindingStatus;
}

export interface MigrationChange {
  file: string;
  change: ChangeKind;
  /** For renames: the path at base. */
  from?: string;
}

export interface DiffResult {
  findings: DiffedFinding[];
  changes: MigrationChange[];
}
