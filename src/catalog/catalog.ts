import type { Node, RangeVar } from '@pgsql/types';
import { bodyOf, kindOf, names } from '../parse/ast.js';
import type { CatalogData, ExtensionInfo, FunctionInfo, Statement, UnresolvedExecute } from '../types.js';
import { Execution, type Handlers } from './execution.js';
import { ExtensionUses } from './extension-uses.js';
import { isCaught, type Failure } from './failure.js';
import { alterTableHandlers } from './handlers/alter-table.js';
import { dataHandlers } from './handlers/data.js';
import { dropHandlers } from './handlers/drop.js';
import { functionHandlers } from './handlers/functions.js';
import { grantHandlers } from './handlers/grants.js';
import { otherHandlers } from './handlers/other.js';
import { policyHandlers } from './handlers/policies.js';
import { publicationHandlers } from './handlers/publications.js';
import { renameHandlers } from './handlers/rename.js';
import { tableHandlers } from './handlers/tables.js';
import { typeHandlers } from './handlers/types-and-enums.js';
import { LayeredMap, LayeredSet } from './layered.js';
import { identifiers, neverCreatedReference } from './first-run.js';
import { missingReference } from './missing-reference.js';
import { cloneTable, newTable, splitKey, type Definition, type Members, type Relation, type Table, type TypeDef } from './model.js';
import { Registry } from './registry.js';
import { catalogData } from './to-data.js';
import { applyUnresolved } from './uncertainty.js';

/** Statement kinds that change what exists or the rows with constant keys; every other kind (GRANT, COMMENT, …) re-runs without error. */
const HANDLERS: Handlers = {
  ...tableHandlers, ...alterTableHandlers, ...renameHandlers, ...dropHandlers, ...policyHandlers, ...functionHandlers,
  ...typeHandlers, ...publicationHandlers, ...otherHandlers, ...dataHandlers, ...grantHandlers,
};

let ownerSeq = 0;

/** A layered store (registry, map or set) whose fork's writes its parent can adopt. */
interface Adoptable {
  adoptable(): boolean;
  adopt(child: this): void;
}

/** The relations handlers look up by kind: a table's indexes, and the views (what a DROP or a column change may break). */
function relationGroup(rel: Relation): string | undefined {
  return rel.kind === 'index' ? `index ${rel.table}` : rel.kind === 'view' ? 'view' : undefined;
}

/**
 * A model of the database the migrations build, replayed statement by statement: one existence registry per kind
 * of object (see registry.ts), the search path, and what dynamic SQL made uncertain. The statement handlers live
 * by family in handlers/; each asks the registries and raises a failure where PostgreSQL would.
 *
 * `fork()` gives a copy-on-write twin, which is how a migration is run a second time without copying the catalog.
 */
export class Catalog {
  /** Marks the tables this catalog may change in place; a fork clones a table before its first write. */
  readonly token = ++ownerSeq;
  readonly schemas: Registry<true>;
  readonly relations: Registry<Relation>;
  readonly types: Registry<TypeDef>;
  /** By signature, `schema.name(argtypes)`; a DROP without argument types marks `schema.name` absent. */
  readonly functions: Registry<FunctionInfo>;
  readonly extensions: Registry<ExtensionInfo>;
  /** What the migrations use of extensions, collected from every statement and body; forks share it (only the replay adds). */
  readonly extensionUses: ExtensionUses;
  readonly roles: Registry<true>;
  readonly publications: Registry<Members>;
  /** Objects of kinds we do not model beyond existence (`event trigger:x`, `server:y`, …). */
  readonly others: Registry<true>;
  /** ALTER DEFAULT PRIVILEGES for the client roles, by `functions:<schema>` / `tables:<schema>` (no schema: the global ones). */
  readonly privileges: LayeredMap<string, readonly string[]>;
  /** The CREATE FUNCTION statement behind each `schema.name`: a migration that calls the function runs its body. */
  readonly definitions: LayeredMap<string, Definition>;
  /** Temporary tables by name: they live in the session, never in the schema, and may come and go in one file. */
  readonly temps: LayeredSet<string>;
  /** Functions whose body is being replayed, so recursion stops. */
  readonly calling = new Set<string>();
  /** The first schema of search_path: where unqualified names are created. */
  defaultSchema: string;
  /** The schemas of search_path, in order, where unqualified names are looked up. */
  searchPath: readonly string[];
  /** Set when dynamic SQL we could not resolve may have created tables. */
  dynamicTables: boolean;
  /** Schemas the platform manages (auth, storage, …): what is in them is the platform's, never known absent. */
  readonly isManaged: (schema: string) => boolean;
  /** Schemas the migrations own (public, and those they create): a relation never created there does not exist. */
  readonly ownSchemas: LayeredSet<string>;
  /**
   * Schemas where something the replay does not follow may add relations: an extension that brings its own
   * (postgis's spatial_ref_sys), IMPORT FOREIGN SCHEMA. Not closed.
   */
  readonly openSchemas: LayeredSet<string>;
  /**
   * Set once something the replay cannot follow (dynamic SQL, a body it cannot read) may have created, dropped or
   * renamed anything: from then on no first-run failure rests on what exists.
   */
  existenceUncertain: boolean;
  /** Names that guarded statements (under IF, in EXCEPTION handlers) touch: whether they exist is not certain. */
  readonly doubtful: LayeredSet<string>;
  /** Set when a block's EXCEPTION handler caught a failure here and the block rolled back. */
  private rolledBack = false;
  private layerList: Adoptable[] | undefined;

  /** A new, empty database; or, given a parent, a twin that shares everything with it until it writes. */
  constructor(parent?: Catalog, options: { isManaged?: (schema: string) => boolean; ownExtensionUses?: boolean } = {}) {
    this.schemas = parent?.schemas.fork() ?? Registry.of<true>().add('public', true);
    this.relations = parent?.relations.fork() ?? Registry.of(relationGroup);
    this.types = parent?.types.fork() ?? Registry.of();
    this.functions = parent?.functions.fork() ?? Registry.of();
    this.extensions = parent?.extensions.fork() ?? Registry.of();
    this.extensionUses = (options.ownExtensionUses ? parent?.extensionUses.clone() : parent?.extensionUses) ?? new ExtensionUses();
    this.roles = parent?.roles.fork() ?? Registry.of();
    this.publications = parent?.publications.fork() ?? Registry.of();
    this.others = parent?.others.fork() ?? Registry.of();
    this.privileges = parent?.privileges.fork() ?? new LayeredMap();
    this.definitions = parent?.definitions.fork() ?? new LayeredMap();
    this.temps = parent?.temps.fork() ?? new LayeredSet();
    this.defaultSchema = parent?.defaultSchema ?? 'public';
    this.searchPath = parent?.searchPath ?? ['public'];
    this.dynamicTables = parent?.dynamicTables ?? false;
    this.isManaged = parent?.isManaged ?? options.isManaged ?? (() => false);
    this.ownSchemas = parent?.ownSchemas.fork() ?? new LayeredSet<string>().add('public');
    this.openSchemas = parent?.openSchemas.fork() ?? new LayeredSet();
    this.existenceUncertain = parent?.existenceUncertain ?? false;
    this.doubtful = parent?.doubtful.fork() ?? new LayeredSet();
  }

  /**
   * A twin that shares everything until it writes: running a file again must not disturb the real replay. A twin
   * that replays migrations of its own (ownExtensionUses) keeps its own record of what they use of extensions.
   */
  fork(options: { ownExtensionUses?: boolean } = {}): Catalog {
    return new Catalog(this, options);
  }

  // ------------------------------------------------------------------ lookups

  /** The indexes on a table (constraints' among them). */
  indexesOf(table: string): IterableIterator<[string, Extract<Relation, { kind: 'index' }>]> {
    return this.relations.inGroup(`index ${table}`) as IterableIterator<[string, Extract<Relation, { kind: 'index' }>]>;
  }

  /** Every view, materialized or not. */
  views(): IterableIterator<[string, Extract<Relation, { kind: 'view' }>]> {
    return this.relations.inGroup('view') as IterableIterator<[string, Extract<Relation, { kind: 'view' }>]>;
  }

  /** `schema.name` of a RangeVar, unqualified names in the default schema. */
  relKey(rv: RangeVar | undefined): string {
    return `${rv?.schemaname ?? this.defaultSchema}.${rv?.relname ?? ''}`;
  }

  /** `schema.name` of a qualified-name list. */
  listKey(list: Node[] | undefined): string {
    const parts = names(list);
    return parts.length > 1 ? `${parts[parts.length - 2]}.${parts[parts.length - 1]}` : `${this.defaultSchema}.${parts[0] ?? ''}`;
  }

  table(key: string): Table | undefined {
    const rel = this.relations.get(key);
    return rel?.kind === 'table' ? rel.table : undefined;
  }

  /** A table to write to: cloned first when a fork still shares it; a placeholder when never seen. */
  writableTable(key: string): Table | undefined {
    const rel = this.relations.get(key);
    if (rel && rel.kind !== 'table') return undefined;
    let t = rel?.table;
    if (!t) {
      if (this.relations.removed(key)) return undefined;
      t = newTable(key, this.token, undefined, true);
      this.relations.add(key, { kind: 'table', table: t });
      return t;
    }
    if (t.owner !== this.token) {
      t = cloneTable(t, this.token);
      this.relations.add(key, { kind: 'table', table: t });
    } else t.version++;
    return t;
  }

  /**
   * Whether a relation certainly does not exist though the replay never saw it dropped: never created in a schema the
   * migrations own, where nothing else (the platform, an extension, SQL the replay cannot follow) makes relations.
   * An unqualified name may also be found further along the search path, so any such extension leaves it open.
   */
  neverCreated(key: string, unqualified: boolean): boolean {
    if (this.existenceUncertain || this.relations.state(key) !== 'unknown') return false;
    const [schema, name] = splitKey(key);
    // System catalogs and views (pg_class, pg_tables, pg_stat_statements) are found on every search path.
    if (name.startsWith('pg_')) return false;
    if (unqualified && (this.temps.has(name) || !this.openSchemas.isEmpty())) return false;
    // The platform's schemas on the path (Supabase's extensions) hold only what extensions put there.
    const looked = unqualified ? this.searchPath.filter((s) => !this.isManaged(s)) : [schema];
    const closed = (s: string): boolean => !this.isManaged(s) && this.ownSchemas.has(s) && !this.openSchemas.has(s);
    return looked.length > 0 && looked.every((s) => closed(s) && !this.relations.has(`${s}.${name}`));
  }

  /** Tables the user's migrations created (not placeholders), for the report and the rules. */
  userTables(): Table[] {
    const out: Table[] = [];
    for (const rel of this.relations.values()) if (rel.kind === 'table' && !rel.table.external) out.push(rel.table);
    return out;
  }

  // ------------------------------------------------------------------ replay

  /** Applies one statement; the failure PostgreSQL would raise, when the run is strict. */
  apply(stmt: Statement, lenient: boolean, firstRun = false): Failure | undefined {
    const x = new Execution(this, stmt, lenient, firstRun);
    // Whatever a statement that may not run touches may or may not exist afterwards.
    if (stmt.guarded) for (const name of identifiers(stmt.node)) this.doubtful.add(name);
    // Checked on the state before the statement, so a reference that is gone is what fails first.
    if (!lenient) x.fails(missingReference(this, stmt.node));
    if (firstRun && !lenient) x.fails(neverCreatedReference(this, stmt));
    const kind = kindOf(stmt.node);
    const handler = HANDLERS[kind] as ((node: unknown, x: Execution) => void) | undefined;
    handler?.(bodyOf(stmt.node), x);
    return x.failure;
  }

  /**
   * Applies a statement as a re-run meets it and returns the failure nothing catches. A failure an EXCEPTION handler
   * catches rolls its block back, so such a statement is tried on a throwaway fork first and applied only if it
   * succeeds there.
   */
  applyStrict(stmt: Statement, lenient = false, firstRun = false): Failure | undefined {
    if (lenient || stmt.guarded) return void this.apply(stmt, true);
    if (stmt.catches) {
      const failure = this.fork().apply(stmt, false, firstRun);
      if (failure !== undefined) {
        if (!isCaught(failure, stmt.catches)) return failure;
        // Caught: the block rolled back. Whether it really failed rests on what the replay knows, so its names are in doubt.
        for (const name of identifiers(stmt.node)) this.doubtful.add(name);
        this.rolledBack = true;
        return undefined;
      }
    }
    return this.apply(stmt, false, firstRun);
  }

  /**
   * A statement's first run. Tried strictly on a throwaway fork: a failure the catalog is sure of is returned and
   * the statement changes nothing, as in PostgreSQL; otherwise it is applied as it always was, leniently.
   */
  applyFirst(stmt: Statement): Failure | undefined {
    if (stmt.guarded) return void this.apply(stmt, true);
    const trial = this.fork();
    const failure = trial.applyStrict(stmt, false, true);
    if (failure !== undefined && trial.sure(stmt, failure)) return failure;
    // Where nothing failed, the strict run changed what the lenient one would, unless a caught failure rolled a block
    // back (which the lenient run takes as done): the trial's state is then the one to keep, at no second run.
    if (failure === undefined && !trial.rolledBack && trial.adoptable()) return void this.adopt(trial);
    this.applyStrict(stmt, true);
    // A failure its handler catches leaves the names in doubt, on the real catalog too.
    if (stmt.catches && failure === undefined) for (const name of trial.doubtful) if (!this.doubtful.has(name)) this.doubtful.add(name);
    return undefined;
  }

  /** The layered stores a fork writes to instead of its parent, in one order for every catalog. */
  private layers(): Adoptable[] {
    // Made once: the replay asks each statement's trial fork and the catalog it comes from.
    return (this.layerList ??= [
      this.schemas, this.relations, this.types, this.functions, this.extensions, this.roles, this.publications, this.others,
      this.privileges, this.definitions, this.temps, this.ownSchemas, this.openSchemas, this.doubtful,
    ]);
  }

  /** Whether adopting this fork leaves its parent as its writes made there would (see LayeredMap.adoptable). */
  private adoptable(): boolean {
    for (const layer of this.layers()) if (!layer.adoptable()) return false;
    return true;
  }

  /** Makes the writes of `fork`, a fork of this catalog that is then spent, this catalog's own. */
  private adopt(fork: Catalog): void {
    for (const rel of fork.relations.ownValues()) if (rel.kind === 'table' && rel.table.owner === fork.token) rel.table.owner = this.token;
    const mine = this.layers();
    fork.layers().forEach((layer, i) => mine[i]!.adopt(layer));
    this.defaultSchema = fork.defaultSchema;
    this.searchPath = fork.searchPath;
    this.dynamicTables = fork.dynamicTables;
    this.existenceUncertain = fork.existenceUncertain;
  }

  /** Whether a failure rests only on what the replay knows for certain: nothing it names is in doubt. */
  private sure(stmt: Statement, failure: Failure): boolean {
    if (this.existenceUncertain) return false;
    const named = [...identifiers(stmt.node), ...(failure.inner ? identifiers(failure.inner.node) : [])];
    return !named.some((name) => this.doubtful.has(name));
  }

  /** Dynamic SQL we could not resolve: whatever it might touch becomes uncertain, so no finding rests on it. */
  applyUnresolved(u: UnresolvedExecute): void {
    applyUnresolved(this, u);
  }

  /** The catalog as plain data for the rules and the report. */
  toData(managed: (schema: string) => boolean): CatalogData {
    return catalogData(this, managed);
  }
}
