import type {
  CatalogData, ColumnInfo, ExtensionInfo, ForeignKeyInfo, FunctionInfo, Loc, PgNode, PolicyInfo, Statement, TableInfo, UnresolvedExecute, ViewInfo,
} from '../types.js';
import { calledFunctions, exprText, isSerial, kindOf, names, typeText, unwrap } from '../parse/ast.js';
import { functionBody, type BodyOutput } from '../parse/plpgsql.js';
import { LayeredMap, LayeredSet } from './layered.js';
import { classifyPolicy } from './policy.js';

/**
 * A model of the database the migrations build, replayed statement by statement.
 *
 * Existence is three-valued: an object is present (created in the replay), known absent (dropped or renamed away in
 * the replay), or unknown (never seen: the platform's, or made by SQL we could not follow). Only present and absent
 * decide anything; unknown never produces a failure, so an uncertain fact never becomes a finding.
 *
 * `fork()` gives a copy-on-write twin, which is how a migration is run a second time without copying the catalog.
 */

interface Constraint {
  type: 'p' | 'u' | 'f' | 'c' | 'x' | 'n';
  columns: string[];
  fk?: ForeignKeyInfo;
}

interface Table {
  owner: number;
  schema: string;
  name: string;
  /** Seen only through ALTERs: a table of the platform's, or one made by SQL we could not follow. */
  external: boolean;
  partitioned: boolean;
  partitionOf?: string;
  createdAt?: Loc;
  columns: Map<string, ColumnInfo & { identity?: boolean }>;
  droppedColumns: Set<string>;
  /** Made by CREATE TABLE with its own column list and changed only in ways we follow: a column it lacks is absent. */
  columnsComplete: boolean;
  constraints: Map<string, Constraint>;
  droppedConstraints: Set<string>;
  policies: Map<string, PolicyInfo>;
  droppedPolicies: Set<string>;
  /** Trigger name → the function it executes (`schema.name`), so DROP FUNCTION … CASCADE can take it along. */
  triggers: Map<string, string>;
  droppedTriggers: Set<string>;
  rules: Set<string>;
  droppedRules: Set<string>;
  rls: boolean;
  forceRls: boolean;
  rlsAt?: Loc;
  uncertain: boolean;
}

type Relation =
  | { kind: 'table'; table: Table }
  | { kind: 'index'; table: string; columns: string[]; unique: boolean; constraint: boolean; createdAt?: Loc }
  | {
      kind: 'view'; materialized: boolean; createdAt?: Loc;
      /** Relations its query reads: DROP … CASCADE of one drops the view, a plain DROP of one fails. */
      reads: string[];
      /** Column names its query uses (`*` for all): dropping one without CASCADE fails. */
      uses: string[];
    }
  | { kind: 'sequence' }
  | { kind: 'composite' };

interface TypeDef {
  kind: 'enum' | 'domain' | 'range' | 'base';
  values: string[];
  /** Values added or renamed by the replay; an enum we never saw created knows only these. */
  valuesKnown: boolean;
  createdAt?: Loc;
}

/** What a statement does on this catalog: undefined when it succeeds, else PostgreSQL's kind of error. */
export type Outcome = string | undefined;

let ownerSeq = 0;

export class Catalog {
  private token = ++ownerSeq;
  schemas = LayeredSet.of<string>(['public']);
  droppedSchemas = new LayeredSet<string>();
  relations = new LayeredMap<string, Relation>();
  droppedRelations = new LayeredSet<string>();
  types = new LayeredMap<string, TypeDef>();
  droppedTypes = new LayeredSet<string>();
  functions = new LayeredMap<string, FunctionInfo>();
  droppedFunctions = new LayeredSet<string>();
  extensions = new LayeredMap<string, ExtensionInfo>();
  droppedExtensions = new LayeredSet<string>();
  roles = new LayeredSet<string>();
  droppedRoles = new LayeredSet<string>();
  /** Tables of each publication, and those known to have left it; replaced, never changed in place, so forks can share them. */
  publications = new LayeredMap<string, { members: ReadonlySet<string>; removed: ReadonlySet<string> }>();
  /** The CREATE FUNCTION statement behind each `schema.name`: a migration that calls the function runs its body. */
  definitions = new LayeredMap<string, Statement>();
  /** Temporary tables by name: they live in the session, never in the schema, and may come and go in one file. */
  temps = new LayeredSet<string>();
  /** Functions whose body is being replayed, so recursion stops. */
  private calling = new Set<string>();
  /** Objects of kinds we do not model beyond existence (`event trigger:x`, `server:y`, …). */
  others = new LayeredSet<string>();
  droppedOthers = new LayeredSet<string>();
  /** The first schema of search_path: where unqualified names are created. */
  defaultSchema = 'public';
  /** Set when dynamic SQL we could not resolve may have created tables. */
  dynamicTables = false;

  /** A twin that shares everything until it writes: running a file again must not disturb the real replay. */
  fork(): Catalog {
    const c = new Catalog();
    c.schemas = this.schemas.fork();
    c.droppedSchemas = this.droppedSchemas.fork();
    c.relations = this.relations.fork();
    c.droppedRelations = this.droppedRelations.fork();
    c.types = this.types.fork();
    c.droppedTypes = this.droppedTypes.fork();
    c.functions = this.functions.fork();
    c.droppedFunctions = this.droppedFunctions.fork();
    c.extensions = this.extensions.fork();
    c.droppedExtensions = this.droppedExtensions.fork();
    c.roles = this.roles.fork();
    c.droppedRoles = this.droppedRoles.fork();
    c.publications = this.publications.fork();
    c.definitions = this.definitions.fork();
    c.temps = this.temps.fork();
    c.others = this.others.fork();
    c.droppedOthers = this.droppedOthers.fork();
    c.defaultSchema = this.defaultSchema;
    c.dynamicTables = this.dynamicTables;
    return c;
  }

  // ------------------------------------------------------------------ lookups

  /** `schema.name` of a RangeVar, unqualified names in the default schema. */
  relKey(rv: any): string {
    return `${rv?.schemaname ?? this.defaultSchema}.${rv?.relname ?? ''}`;
  }

  /** `schema.name` of a qualified-name list. */
  listKey(list: PgNode[] | undefined): string {
    const parts = names(list);
    return parts.length > 1 ? `${parts[parts.length - 2]}.${parts[parts.length - 1]}` : `${this.defaultSchema}.${parts[0] ?? ''}`;
  }

  private table(key: string): Table | undefined {
    const rel = this.relations.get(key);
    return rel?.kind === 'table' ? rel.table : undefined;
  }

  /** A table to write to: cloned first when a fork still shares it; a placeholder when never seen. */
  private writableTable(key: string): Table | undefined {
    const rel = this.relations.get(key);
    if (rel && rel.kind !== 'table') return undefined;
    let t = rel?.table;
    if (!t) {
      if (this.droppedRelations.has(key)) return undefined;
      const dot = key.indexOf('.');
      t = newTable(key.slice(0, dot), key.slice(dot + 1), this.token, undefined, true);
      this.relations.set(key, { kind: 'table', table: t });
      return t;
    }
    if (t.owner !== this.token) {
      t = cloneTable(t, this.token);
      this.relations.set(key, { kind: 'table', table: t });
    }
    return t;
  }

  /** Tables the user's migrations created (not placeholders), for the report and the rules. */
  userTables(): Table[] {
    const out: Table[] = [];
    for (const rel of this.relations.values()) if (rel.kind === 'table' && !rel.table.external) out.push(rel.table);
    return out;
  }

  /** Dynamic SQL we could not resolve: whatever it might touch becomes uncertain, so no finding rests on it. */
  applyUnresolved(u: UnresolvedExecute): void {
    const text = u.fragments.join(' ').toUpperCase();
    if (/ROW\s+LEVEL\s+SECURITY|POLICY/.test(text)) {
      // `ALTER TABLE public.%I …` names its schema; a bare `%I` may be any table.
      const schemas = u.fragments.flatMap((f) => [...f.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\.(?=%|$)/g)].map((x) => x[1]!.toLowerCase()));
      for (const [key, rel] of [...this.relations]) {
        if (rel.kind === 'table' && (schemas.length === 0 || schemas.includes(rel.table.schema))) this.writableTable(key)!.uncertain = true;
      }
    }
    if (/CREATE\s+(UNLOGGED\s+)?TABLE|CREATE\s+(OR\s+REPLACE\s+)?(MATERIALIZED\s+)?VIEW/.test(text)) this.dynamicTables = true;
    if (/ALTER\s+TABLE|ADD\s+COLUMN|RENAME/.test(text)) {
      for (const [key, rel] of [...this.relations]) if (rel.kind === 'table' && rel.table.columnsComplete) this.writableTable(key)!.columnsComplete = false;
    }
  }

  // ------------------------------------------------------------------ replay

  /**
   * Applies one statement. `lenient` (a guarded statement, or the first run of a file) never fails: CREATE acts as
   * IF NOT EXISTS and DROP as IF EXISTS. The returned reason is what PostgreSQL would raise on the strict path.
   */
  apply(stmt: Statement, lenient: boolean): Outcome {
    const node = stmt.node;
    const kind = kindOf(node);
    const v = node[kind];
    const at: Loc = { file: stmt.file, line: stmt.line };
    const gone = lenient ? undefined : this.missingReference(kind, v);
    const handler = HANDLERS[kind];
    const outcome = handler ? handler.call(this, v, at, lenient, stmt) : undefined;
    return gone ?? outcome;
  }

  /** The relations a query reads (CTE and temporary names left out). */
  readsOf(query: unknown): string[] {
    const ctes = new Set<string>();
    const found: any[] = [];
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) { for (const x of n) walk(x); return; }
      if (!n || typeof n !== 'object') return;
      for (const [k, v] of Object.entries(n)) {
        // FROM items come wrapped as { RangeVar }; a DML target (InsertStmt.relation, …) is a bare RangeVar.
        if (k === 'RangeVar' || (k === 'relation' && typeof (v as any)?.relname === 'string')) found.push(v);
        if (k === 'CommonTableExpr') ctes.add((v as any).ctename);
        walk(v);
      }
    };
    walk(query);
    return [...new Set(found.filter((rv) => rv.schemaname || !(ctes.has(rv.relname) || this.temps.has(rv.relname))).map((rv) => this.relKey(rv)))];
  }

  /** A column the replay knows is not there: dropped or renamed away, or never part of a table whose columns are all known. */
  private columnGone(t: Table, col: string): boolean {
    return !t.columns.has(col) && (t.droppedColumns.has(col) || t.columnsComplete);
  }

  /** Views that read a relation (and, given a column, use it): what a DROP without CASCADE cannot leave dangling. */
  private dependents(key: string, column?: string): string[] {
    const out: string[] = [];
    for (const [k, r] of this.relations) {
      if (r.kind === 'view' && r.reads.includes(key) && (column === undefined || r.uses.includes('*') || r.uses.includes(column))) out.push(k);
    }
    return out;
  }

  private isGone(key: string): boolean {
    return this.droppedRelations.has(key) && !this.relations.has(key);
  }

  /**
   * Statements the catalog does not model still name relations and columns: one the replay knows is gone (dropped
   * later in the same file, say) fails there on a second run.
   */
  private missingReference(kind: string, v: any): Outcome {
    let keys: string[] = [];
    switch (kind) {
      case 'UpdateStmt': case 'DeleteStmt': case 'SelectStmt': case 'TruncateStmt': case 'CopyStmt':
        keys = this.readsOf(v); break;
      case 'ViewStmt': case 'CreateTableAsStmt': {
        keys = this.readsOf(v.query);
        // Over one table, a column it names that the table lacks is gone. Only a plain SELECT is read that way: CTEs,
        // subqueries and joins bring columns of their own; output aliases (ORDER BY total) are left out.
        const t = keys.length === 1 ? this.table(keys[0]!) : undefined;
        const select = unwrap(v.query, 'SelectStmt');
        const plain = select && select.op === 'SETOP_NONE' && !/"(withClause|RangeSubselect|SubLink|RangeFunction|JoinExpr|RangeTableFunc)"/.test(JSON.stringify(select));
        const aliases = new Set((select?.targetList ?? []).map((r: PgNode) => unwrap(r, 'ResTarget')?.name).filter(Boolean));
        const col = t && columnsUsed(v.query).find((c) => c !== '*' && !aliases.has(c) && (plain ? this.columnGone(t, c) : t.droppedColumns.has(c) && !t.columns.has(c)));
        if (col) return `column "${col}" does not exist`;
        break;
      }
      case 'IndexStmt': case 'InsertStmt': {
        const key = this.relKey(v.relation);
        const t = this.table(key);
        const cols: string[] = kind === 'IndexStmt'
          ? (v.indexParams ?? []).map((p: PgNode) => unwrap(p, 'IndexElem')?.name).filter(Boolean)
          : (v.cols ?? []).map((c: PgNode) => unwrap(c, 'ResTarget')?.name).filter(Boolean);
        const col = t && cols.find((c) => this.columnGone(t, c));
        if (col) return `column "${col}" does not exist`;
        keys = kind === 'IndexStmt' ? [key] : this.readsOf(v);
        break;
      }
      case 'CreatePolicyStmt': {
        const key = this.relKey(v.table);
        const t = this.table(key);
        const col = t && ownColumns([v.qual, v.with_check]).find((c) => this.columnGone(t, c));
        if (col) return `column "${col}" does not exist`;
        keys = [key];
        break;
      }
      case 'GrantStmt':
        if (v.targtype === 'ACL_TARGET_OBJECT' && v.objtype === 'OBJECT_TABLE') keys = this.readsOf(v.objects);
        break;
      case 'CommentStmt': {
        const items = unwrap(v.object, 'List')?.items;
        if (!items) break;
        if (v.objtype === 'OBJECT_COLUMN') {
          const key = this.listKey(items.slice(0, -1));
          const col = names(items.slice(-1))[0]!;
          const t = this.table(key);
          if (t && this.columnGone(t, col)) return `column "${col}" of relation "${t.name}" does not exist`;
          keys = [key];
        } else if (['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW'].includes(v.objtype)) keys = [this.listKey(items)];
        break;
      }
      default: return undefined;
    }
    const key = keys.find((k) => this.isGone(k));
    return key ? `relation "${key}" does not exist` : undefined;
  }

  /**
   * Applies a statement as a re-run meets it and returns the failure nothing catches. A failure an EXCEPTION handler
   * catches rolls its block back, so such a statement is tried on a throwaway fork first and applied only if it
   * succeeds there.
   */
  applyStrict(stmt: Statement, lenient = false): Outcome {
    if (lenient || stmt.guarded) return void this.apply(stmt, true);
    if (stmt.catches) {
      const reason = this.fork().apply(stmt, false);
      if (reason !== undefined) return isCaught(reason, stmt.catches) ? undefined : reason;
    }
    return this.apply(stmt, false);
  }

  // handlers, one per statement kind -------------------------------------------------------------------------

  createSchema(v: any, at: Loc, lenient: boolean): Outcome {
    const name: string = v.schemaname ?? v.authrole?.RoleSpec?.rolename ?? '';
    if (this.schemas.has(name) && !v.if_not_exists && !lenient) return `schema "${name}" already exists`;
    this.schemas.add(name);
    this.droppedSchemas.delete(name);
    const saved = this.defaultSchema;
    this.defaultSchema = name;
    let outcome: Outcome;
    for (const elt of v.schemaElts ?? []) outcome ??= this.apply({ file: at.file, line: at.line, node: elt, text: '', origin: 'top', guarded: false }, lenient);
    this.defaultSchema = saved;
    return outcome;
  }

  relationExists(key: string): string | undefined {
    if (this.relations.has(key) && !(this.relations.get(key)!.kind === 'table' && (this.relations.get(key) as any).table.external)) return `relation "${key}" already exists`;
    if (this.types.has(key)) return `type "${key}" already exists`;
    return undefined;
  }

  createTable(v: any, at: Loc, lenient: boolean): Outcome {
    if (v.relation?.relpersistence === 't') { this.temps.add(v.relation.relname); return undefined; }
    const key = this.relKey(v.relation);
    const exists = this.relationExists(key);
    if (exists) return v.if_not_exists || lenient ? undefined : exists;
    const dot = key.indexOf('.');
    const t = newTable(key.slice(0, dot), key.slice(dot + 1), this.token, at, false);
    t.partitioned = !!v.partspec;
    if (v.partbound && v.inhRelations?.length) t.partitionOf = this.relKey(unwrap(v.inhRelations[0], 'RangeVar'));
    // Inherited or typed columns come from elsewhere; LIKE and PARTITION OF copy them only from a table we know whole.
    t.columnsComplete = !v.ofTypename && (!v.inhRelations?.length || !!t.partitionOf);
    this.relations.set(key, { kind: 'table', table: t });
    this.droppedRelations.delete(key);
    this.schemas.add(t.schema);
    for (const elt of v.tableElts ?? []) {
      const col = unwrap(elt, 'ColumnDef');
      if (col) this.addColumn(t, col, at);
      const con = unwrap(elt, 'Constraint');
      if (con) this.addConstraint(t, con, at);
      const like = unwrap(elt, 'TableLikeClause');
      if (like) {
        const src = this.table(this.relKey(like.relation));
        if (src) for (const c of src.columns.values()) t.columns.set(c.name, { ...c });
        t.columnsComplete &&= !!src?.columnsComplete;
      }
    }
    if (t.partitionOf) {
      const parent = this.table(t.partitionOf);
      if (parent) for (const c of parent.columns.values()) if (!t.columns.has(c.name)) t.columns.set(c.name, { ...c });
      t.columnsComplete &&= !!parent?.columnsComplete;
    }
    return exists;
  }

  private addColumn(t: Table, col: any, at: Loc): void {
    const name: string = col.colname;
    const info: ColumnInfo & { identity?: boolean } = { name, type: typeText(col.typeName), notNull: false };
    if (isSerial(col.typeName)) { info.generated = true; info.notNull = true; info.default = 'autoincrement()'; this.relations.set(`${t.schema}.${truncName(`${t.name}_${name}_seq`)}`, { kind: 'sequence' }); }
    for (const cn of col.constraints ?? []) {
      const c = unwrap(cn, 'Constraint');
      if (!c) continue;
      switch (c.contype) {
        case 'CONSTR_NOTNULL': info.notNull = true; break;
        case 'CONSTR_DEFAULT': info.default = exprText(c.raw_expr) ?? 'dbgenerated'; if (/^(gen_random_uuid|uuid_generate_v4|extensions\.uuid_generate_v4|nextval)\(/.test(info.default)) info.generated = true; break;
        case 'CONSTR_IDENTITY': info.identity = true; info.generated = true; info.notNull = true; info.default = 'autoincrement()'; break;
        case 'CONSTR_PRIMARY': info.notNull = true; this.addConstraint(t, { ...c, keys: [{ String: { sval: name } }] }, at); break;
        case 'CONSTR_UNIQUE': this.addConstraint(t, { ...c, keys: [{ String: { sval: name } }] }, at); break;
        case 'CONSTR_FOREIGN': this.addConstraint(t, { ...c, fk_attrs: [{ String: { sval: name } }] }, at); break;
        case 'CONSTR_CHECK': this.addConstraint(t, { ...c, keys: [{ String: { sval: name } }] }, at); break;
        default: break;
      }
    }
    t.columns.set(name, info);
    t.droppedColumns.delete(name);
  }

  /** Adds a constraint as PostgreSQL names it; returns the reason a strict ADD CONSTRAINT would fail. */
  private addConstraint(t: Table, c: any, at: Loc): Outcome {
    const type = CONTYPE[c.contype as string];
    if (!type) return undefined;
    const columns = names(c.keys?.length ? c.keys : c.fk_attrs);
    let name: string | undefined = c.conname;
    let outcome: Outcome;
    if (type === 'p') {
      const existing = [...t.constraints.entries()].find(([, k]) => k.type === 'p');
      if (existing) outcome = `multiple primary keys for table "${t.name}" are not allowed`;
      if (existing && !name) return outcome;
      name ??= truncName(`${t.name}_pkey`);
    }
    if (name && !outcome) {
      // A UNIQUE / PRIMARY KEY constraint is an index first: its name clashes as a relation (42P07).
      if ((type === 'p' || type === 'u') && this.relations.has(`${t.schema}.${name}`)) outcome = `relation "${name}" already exists`;
      else if (t.constraints.has(name)) outcome = `constraint "${name}" for relation "${t.name}" already exists`;
    }
    if (!name) {
      const suffix = { u: 'key', f: 'fkey', c: 'check', x: 'excl', n: 'not_null', p: 'pkey' }[type];
      const base = truncName(`${t.name}_${columns.join('_') || (type === 'c' ? '' : 'x')}_${suffix}`.replace(/__/g, '_'));
      name = base;
      for (let i = 1; t.constraints.has(name) || this.relations.has(`${t.schema}.${name}`); i++) name = `${base}${i}`;
    }
    if (c.indexname) {
      // ADD CONSTRAINT … USING INDEX takes the index over and renames it: a second run finds it gone.
      const indexKey = `${t.schema}.${c.indexname}`;
      if (!outcome && this.droppedRelations.has(indexKey) && !this.relations.has(indexKey)) outcome = `index "${c.indexname}" does not exist`;
      const index = this.relations.get(indexKey);
      if (index?.kind === 'index' && columns.length === 0) columns.push(...index.columns);
      if (c.indexname !== name) { this.relations.delete(indexKey); this.droppedRelations.add(indexKey); }
    }
    const con: Constraint = { type, columns };
    if (type === 'f') {
      const pk = c.pktable;
      con.fk = { name, columns, refTable: this.relKey(pk), refColumns: names(c.pk_attrs), onDelete: FK_ACTION[c.fk_del_action as string] };
    }
    if (type === 'p') for (const col of columns) { const ci = t.columns.get(col); if (ci) t.columns.set(col, { ...ci, notNull: true }); }
    t.constraints.set(name, con);
    t.droppedConstraints.delete(name);
    if (type === 'p' || type === 'u') this.relations.set(`${t.schema}.${name}`, { kind: 'index', table: `${t.schema}.${t.name}`, columns, unique: true, constraint: true, createdAt: at });
    return outcome;
  }

  createTableAs(v: any, at: Loc, lenient: boolean): Outcome {
    if (v.into?.rel?.relpersistence === 't') { this.temps.add(v.into.rel.relname); return undefined; }
    const key = this.relKey(v.into?.rel);
    const exists = this.relationExists(key);
    if (exists) return v.if_not_exists || lenient ? undefined : exists;
    if (v.objtype === 'OBJECT_MATVIEW') this.relations.set(key, { kind: 'view', materialized: true, createdAt: at, reads: this.readsOf(v.query), uses: columnsUsed(v.query) });
    else {
      const dot = key.indexOf('.');
      this.relations.set(key, { kind: 'table', table: newTable(key.slice(0, dot), key.slice(dot + 1), this.token, at, false) });
    }
    this.droppedRelations.delete(key);
    return exists;
  }

  createView(v: any, at: Loc, lenient: boolean): Outcome {
    if (v.view?.relpersistence === 't') { this.temps.add(v.view.relname); return undefined; }
    const key = this.relKey(v.view);
    const existing = this.relations.get(key);
    if (existing && !(v.replace && existing.kind === 'view')) return lenient ? undefined : `relation "${key}" already exists`;
    this.relations.set(key, { kind: 'view', materialized: false, createdAt: existing?.kind === 'view' ? existing.createdAt ?? at : at, reads: this.readsOf(v.query), uses: columnsUsed(v.query) });
    this.droppedRelations.delete(key);
    return undefined;
  }

  createIndex(v: any, at: Loc, lenient: boolean): Outcome {
    const tableKey = this.relKey(v.relation);
    const schema = tableKey.slice(0, tableKey.indexOf('.'));
    const columns = (v.indexParams ?? []).map((p: PgNode) => unwrap(p, 'IndexElem')?.name ?? 'expression');
    if (!v.idxname) return undefined; // PostgreSQL picks a free name: a second run adds a duplicate, it does not fail
    const key = `${schema}.${v.idxname}`;
    if (this.droppedRelations.has(tableKey) && !lenient) return `relation "${tableKey}" does not exist`;
    if (this.relations.has(key)) return v.if_not_exists || lenient ? undefined : `relation "${v.idxname}" already exists`;
    this.relations.set(key, { kind: 'index', table: tableKey, columns, unique: !!v.unique, constraint: false, createdAt: at });
    this.droppedRelations.delete(key);
    return undefined;
  }

  alterTable(v: any, at: Loc, lenient: boolean): Outcome {
    const key = this.relKey(v.relation);
    const missingOk = !!v.missing_ok || lenient;
    if (v.objtype && v.objtype !== 'OBJECT_TABLE' && v.objtype !== 'OBJECT_FOREIGN_TABLE') {
      if (this.droppedRelations.has(key) && !missingOk) return `relation "${key}" does not exist`;
      return undefined;
    }
    if (this.droppedRelations.has(key)) return missingOk ? undefined : `relation "${key}" does not exist`;
    const t = this.writableTable(key);
    if (!t) return undefined;
    let outcome: Outcome;
    const first = (o: Outcome) => { outcome ??= o; };
    for (const cmdNode of v.cmds ?? []) {
      const cmd = unwrap(cmdNode, 'AlterTableCmd');
      if (!cmd) continue;
      const col: string | undefined = cmd.name;
      const colGone = col !== undefined && this.columnGone(t, col);
      switch (cmd.subtype) {
        case 'AT_AddColumn': {
          const def = unwrap(cmd.def, 'ColumnDef');
          if (t.columns.has(def.colname)) {
            if (!cmd.missing_ok && !lenient) first(`column "${def.colname}" of relation "${t.name}" already exists`);
            break;
          }
          this.addColumn(t, def, at);
          break;
        }
        case 'AT_DropColumn':
          if (colGone && !cmd.missing_ok && !lenient) first(`column "${col}" of relation "${t.name}" does not exist`);
          if (!colGone && cmd.behavior !== 'DROP_CASCADE' && !lenient && this.dependents(key, col).length) first(`cannot drop column ${col} of table ${t.name} because other objects depend on it`);
          for (const view of this.dependents(key, col)) this.dropRelation(view, true);
          t.columns.delete(col!);
          t.droppedColumns.add(col!);
          for (const [n, c] of t.constraints) if (c.columns.includes(col!)) { t.constraints.delete(n); t.droppedConstraints.add(n); }
          for (const [k, r] of [...this.relations]) if (r.kind === 'index' && r.table === key && r.columns.includes(col!)) { this.relations.delete(k); this.droppedRelations.add(k); }
          break;
        case 'AT_AlterColumnType': {
          if (colGone && !lenient) first(`column "${col}" of relation "${t.name}" does not exist`);
          const c = t.columns.get(col!);
          if (c) t.columns.set(col!, { ...c, type: typeText(unwrap(cmd.def, 'ColumnDef')?.typeName) });
          break;
        }
        case 'AT_SetNotNull': case 'AT_DropNotNull': case 'AT_ColumnDefault': case 'AT_CookedColumnDefault': {
          if (colGone && !lenient) first(`column "${col}" of relation "${t.name}" does not exist`);
          const c = t.columns.get(col!);
          if (!c) break;
          if (cmd.subtype === 'AT_SetNotNull') t.columns.set(col!, { ...c, notNull: true });
          else if (cmd.subtype === 'AT_DropNotNull') t.columns.set(col!, { ...c, notNull: false });
          else { const d = cmd.def ? exprText(cmd.def) ?? 'dbgenerated' : undefined; t.columns.set(col!, { ...c, default: d }); }
          break;
        }
        case 'AT_AddIdentity': {
          const c = t.columns.get(col!);
          if (c?.identity && !lenient) first(`column "${col}" of relation "${t.name}" is already an identity column`);
          if (c) t.columns.set(col!, { ...c, identity: true, generated: true });
          break;
        }
        case 'AT_AddConstraint': {
          const con = unwrap(cmd.def, 'Constraint');
          const missing = con && !lenient && [...names(con.keys), ...names(con.fk_attrs), ...ownColumns(con.raw_expr)].find((c) => this.columnGone(t, c));
          if (missing) { first(`column "${missing}" does not exist`); break; }
          if (con && !lenient) first(this.addConstraint(t, con, at));
          else if (con && !(con.conname && t.constraints.has(con.conname))) this.addConstraint(t, con, at);
          break;
        }
        case 'AT_DropConstraint':
          if (t.droppedConstraints.has(col!) && !t.constraints.has(col!) && !cmd.missing_ok && !lenient) first(`constraint "${col}" of relation "${t.name}" does not exist`);
          t.constraints.delete(col!);
          t.droppedConstraints.add(col!);
          if (this.relations.get(`${t.schema}.${col}`)?.kind === 'index') { this.relations.delete(`${t.schema}.${col}`); this.droppedRelations.add(`${t.schema}.${col}`); }
          break;
        case 'AT_EnableRowSecurity': t.rls = true; t.rlsAt = at; break;
        case 'AT_DisableRowSecurity': t.rls = false; break;
        case 'AT_ForceRowSecurity': t.forceRls = true; break;
        case 'AT_NoForceRowSecurity': t.forceRls = false; break;
        case 'AT_AttachPartition': {
          const part = this.relKey(unwrap(cmd.def, 'PartitionCmd')?.name);
          const p = this.relations.has(part) ? this.writableTable(part) : undefined;
          if (p?.partitionOf === key && !lenient) first(`"${part}" is already a partition`);
          if (p) p.partitionOf = key;
          break;
        }
        case 'AT_DetachPartition': {
          const part = this.relKey(unwrap(cmd.def, 'PartitionCmd')?.name);
          const p = this.relations.has(part) ? this.writableTable(part) : undefined;
          if (p && p.partitionOf === undefined && !p.external && !lenient) first(`relation "${part}" is not a partition of relation "${t.name}"`);
          if (p) p.partitionOf = undefined;
          break;
        }
        default:
          if (colGone && !lenient && /^AT_(Set|Reset|Alter|Drop)/.test(cmd.subtype)) first(`column "${col}" of relation "${t.name}" does not exist`);
          break;
      }
    }
    return outcome;
  }

  rename(v: any, _at: Loc, lenient: boolean): Outcome {
    const missingOk = !!v.missing_ok || lenient;
    switch (v.renameType) {
      case 'OBJECT_TABLE': case 'OBJECT_VIEW': case 'OBJECT_MATVIEW': case 'OBJECT_INDEX': case 'OBJECT_SEQUENCE': case 'OBJECT_FOREIGN_TABLE': {
        const from = this.relKey(v.relation);
        const to = `${from.slice(0, from.indexOf('.'))}.${v.newname}`;
        if (this.droppedRelations.has(from) && !this.relations.has(from)) return missingOk ? undefined : `relation "${from}" does not exist`;
        let outcome: Outcome;
        if (this.relations.has(to) && !lenient) outcome = `relation "${v.newname}" already exists`;
        const rel = this.relations.get(from);
        if (rel) {
          if (rel.kind === 'table') {
            const t = this.writableTable(from)!;
            t.name = v.newname;
            this.relations.set(to, { kind: 'table', table: t });
            for (const [k, r] of [...this.relations]) {
              if (r.kind === 'index' && r.table === from) this.relations.set(k, { ...r, table: to });
              if (r.kind === 'view' && r.reads.includes(from)) this.relations.set(k, { ...r, reads: r.reads.map((x) => (x === from ? to : x)) });
            }
          } else this.relations.set(to, rel);
          this.relations.delete(from);
        }
        this.droppedRelations.add(from);
        this.droppedRelations.delete(to);
        return outcome;
      }
      case 'OBJECT_COLUMN': case 'OBJECT_ATTRIBUTE': {
        const key = this.relKey(v.relation);
        if (this.droppedRelations.has(key) && !this.relations.has(key)) return missingOk ? undefined : `relation "${key}" does not exist`;
        if (v.relationType && v.relationType !== 'OBJECT_TABLE') return undefined;
        const t = this.writableTable(key);
        if (!t) return undefined;
        let outcome: Outcome;
        if (this.columnGone(t, v.subname) && !lenient) outcome = `column "${v.subname}" does not exist`;
        else if (t.columns.has(v.newname) && !lenient) outcome = `column "${v.newname}" of relation "${t.name}" already exists`;
        const c = t.columns.get(v.subname);
        if (c) t.columns.set(v.newname, { ...c, name: v.newname });
        t.columns.delete(v.subname);
        t.droppedColumns.add(v.subname);
        t.droppedColumns.delete(v.newname);
        return outcome;
      }
      case 'OBJECT_TABCONSTRAINT': {
        const t = this.writableTable(this.relKey(v.relation));
        if (!t) return undefined;
        let outcome: Outcome;
        if (t.droppedConstraints.has(v.subname) && !t.constraints.has(v.subname) && !lenient) outcome = `constraint "${v.subname}" for table "${t.name}" does not exist`;
        else if (t.constraints.has(v.newname) && !lenient) outcome = `constraint "${v.newname}" for relation "${t.name}" already exists`;
        const c = t.constraints.get(v.subname);
        if (c) t.constraints.set(v.newname, c);
        t.constraints.delete(v.subname);
        t.droppedConstraints.add(v.subname);
        return outcome;
      }
      case 'OBJECT_POLICY': case 'OBJECT_TRIGGER': case 'OBJECT_RULE': {
        const t = this.writableTable(this.relKey(v.relation));
        if (!t) return undefined;
        const [live, dropped] = childSets(t, v.renameType);
        let outcome: Outcome;
        if (dropped.has(v.subname) && !live.has(v.subname) && !lenient) outcome = `${objWord(v.renameType)} "${v.subname}" for table "${t.name}" does not exist`;
        else if (live.has(v.newname) && !lenient) outcome = `${objWord(v.renameType)} "${v.newname}" for table "${t.name}" already exists`;
        if (v.renameType === 'OBJECT_POLICY') { const p = t.policies.get(v.subname); if (p) t.policies.set(v.newname, { ...p, name: v.newname }); }
        else if (v.renameType === 'OBJECT_TRIGGER') { const fn = t.triggers.get(v.subname); if (fn !== undefined) t.triggers.set(v.newname, fn); }
        else if (t.rules.has(v.subname)) t.rules.add(v.newname);
        live.delete(v.subname);
        dropped.add(v.subname);
        dropped.delete(v.newname);
        return outcome;
      }
      case 'OBJECT_TYPE': case 'OBJECT_DOMAIN': {
        const from = this.listKey(unwrap(v.object, 'List')?.items);
        const to = `${from.slice(0, from.indexOf('.'))}.${v.newname}`;
        if (this.droppedTypes.has(from) && !this.types.has(from)) return missingOk ? undefined : `type "${from}" does not exist`;
        let outcome: Outcome;
        if ((this.types.has(to) || this.relations.has(to)) && !lenient) outcome = `type "${v.newname}" already exists`;
        const t = this.types.get(from);
        if (t) this.types.set(to, t);
        this.types.delete(from);
        this.droppedTypes.add(from);
        this.droppedTypes.delete(to);
        return outcome;
      }
      case 'OBJECT_SCHEMA': {
        if (this.droppedSchemas.has(v.subname) && !this.schemas.has(v.subname)) return missingOk ? undefined : `schema "${v.subname}" does not exist`;
        let outcome: Outcome;
        if (this.schemas.has(v.newname) && !lenient) outcome = `schema "${v.newname}" already exists`;
        this.schemas.delete(v.subname);
        this.droppedSchemas.add(v.subname);
        this.schemas.add(v.newname);
        return outcome;
      }
      case 'OBJECT_FUNCTION': case 'OBJECT_PROCEDURE': {
        const owa = unwrap(v.object, 'ObjectWithArgs');
        const from = this.listKey(owa?.objname);
        if (this.droppedFunctions.has(from) && ![...this.functions.values()].some((f) => `${f.schema}.${f.name}` === from)) return missingOk ? undefined : `function ${from} does not exist`;
        for (const [k, f] of this.functions) if (`${f.schema}.${f.name}` === from) { this.functions.delete(k); this.functions.set(`${f.schema}.${v.newname}(${f.args})`, { ...f, name: v.newname }); }
        this.droppedFunctions.add(from);
        return undefined;
      }
      default:
        return undefined;
    }
  }

  setSchema(v: any, _at: Loc, lenient: boolean): Outcome {
    if (!['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_SEQUENCE', 'OBJECT_FOREIGN_TABLE'].includes(v.objectType)) return undefined;
    const from = this.relKey(v.relation);
    const to = `${v.newschema}.${v.relation.relname}`;
    if (this.droppedRelations.has(from) && !this.relations.has(from)) return v.missing_ok || lenient ? undefined : `relation "${from}" does not exist`;
    let outcome: Outcome;
    if (this.relations.has(to) && !lenient) outcome = `relation "${v.relation.relname}" already exists in schema "${v.newschema}"`;
    const rel = this.relations.get(from);
    if (rel?.kind === 'table') {
      const t = this.writableTable(from)!;
      t.schema = v.newschema;
      this.relations.set(to, { kind: 'table', table: t });
    } else if (rel) this.relations.set(to, rel);
    this.relations.delete(from);
    this.droppedRelations.add(from);
    this.droppedRelations.delete(to);
    return outcome;
  }

  drop(v: any, _at: Loc, lenient: boolean): Outcome {
    const missingOk = !!v.missing_ok || lenient;
    const cascade = v.behavior === 'DROP_CASCADE';
    let outcome: Outcome;
    const first = (o: Outcome) => { if (!missingOk) outcome ??= o; };
    for (const obj of v.objects ?? []) {
      switch (v.removeType) {
        case 'OBJECT_TABLE': case 'OBJECT_VIEW': case 'OBJECT_MATVIEW': case 'OBJECT_INDEX': case 'OBJECT_SEQUENCE': case 'OBJECT_FOREIGN_TABLE': {
          const parts = names(unwrap(obj, 'List')?.items);
          if (parts.length === 1 && this.temps.has(parts[0]!)) { this.temps.delete(parts[0]!); break; }
          const key = this.listKey(unwrap(obj, 'List')?.items);
          if (this.droppedRelations.has(key) && !this.relations.has(key)) { first(`relation "${key}" does not exist`); break; }
          const rel = this.relations.get(key);
          if (rel?.kind === 'index' && rel.constraint) break; // PostgreSQL refuses: drop the constraint instead
          // Fails without CASCADE; the fix is CASCADE, so the replay goes on as if it had been given.
          const dependent = rel !== undefined && this.dependents(key).length > 0;
          if (!cascade && !lenient && dependent) outcome ??= `cannot drop ${key} because other objects depend on it`;
          this.dropRelation(key, cascade || dependent);
          break;
        }
        case 'OBJECT_TYPE': case 'OBJECT_DOMAIN': {
          const key = this.listKey(unwrap(obj, 'TypeName')?.names);
          if (this.droppedTypes.has(key) && !this.types.has(key)) { first(`type "${key}" does not exist`); break; }
          this.types.delete(key);
          this.droppedTypes.add(key);
          if (cascade) this.dropColumnsOfType(key);
          break;
        }
        case 'OBJECT_POLICY': case 'OBJECT_TRIGGER': case 'OBJECT_RULE': {
          const items = unwrap(obj, 'List')?.items ?? [];
          const name = names(items.slice(-1))[0]!;
          const tableKey = this.listKey(items.slice(0, -1));
          if (this.droppedRelations.has(tableKey) && !this.relations.has(tableKey)) { first(`relation "${tableKey}" does not exist`); break; }
          const t = this.writableTable(tableKey);
          if (!t) break;
          const [live, dropped] = childSets(t, v.removeType);
          if (dropped.has(name) && !live.has(name)) first(`${objWord(v.removeType)} "${name}" for table "${t.name}" does not exist`);
          live.delete(name);
          dropped.add(name);
          break;
        }
        case 'OBJECT_FUNCTION': case 'OBJECT_PROCEDURE': case 'OBJECT_AGGREGATE': {
          const owa = unwrap(obj, 'ObjectWithArgs');
          const base = this.listKey(owa?.objname);
          const sig = owa?.args_unspecified ? undefined : `${base}(${(owa?.objargs ?? []).map((a: PgNode) => typeText(unwrap(a, 'TypeName'))).join(', ')})`;
          const matches = [...this.functions.keys()].filter((k) => (sig ? k === sig : k.startsWith(`${base}(`)));
          if (matches.length === 0 && this.droppedFunctions.has(sig ?? base)) first(`function ${sig ?? base} does not exist`);
          for (const k of matches) this.functions.delete(k);
          if (![...this.functions.keys()].some((k) => k.startsWith(`${base}(`))) {
            this.definitions.delete(base);
            if (cascade) this.dropTriggersCalling(base);
          }
          this.droppedFunctions.add(sig ?? base);
          if (sig) this.droppedFunctions.add(base);
          break;
        }
        case 'OBJECT_SCHEMA': {
          const name = unwrap(obj, 'String')?.sval as string;
          if (this.droppedSchemas.has(name) && !this.schemas.has(name)) { first(`schema "${name}" does not exist`); break; }
          this.schemas.delete(name);
          this.droppedSchemas.add(name);
          if (cascade) for (const key of [...this.relations.keys()]) if (key.startsWith(`${name}.`)) this.dropRelation(key, true);
          break;
        }
        case 'OBJECT_EXTENSION': {
          const name = unwrap(obj, 'String')?.sval as string;
          if (this.droppedExtensions.has(name) && !this.extensions.has(name)) { first(`extension "${name}" does not exist`); break; }
          this.extensions.delete(name);
          this.droppedExtensions.add(name);
          break;
        }
        default: {
          const key = `${v.removeType}:${JSON.stringify(obj)}`;
          if (this.droppedOthers.has(key) && !this.others.has(key)) first(`${objWord(v.removeType)} does not exist`);
          this.others.delete(key);
          this.droppedOthers.add(key);
        }
      }
    }
    return outcome;
  }

  /** DROP TYPE … CASCADE: the columns of that type go with it. */
  private dropColumnsOfType(typeKey: string): void {
    const bare = typeKey.slice(typeKey.indexOf('.') + 1);
    const isIt = (type: string) => { const base = type.replace(/(\[\])+$/, ''); return base === typeKey || (base === bare && typeKey.startsWith(`${this.defaultSchema}.`)); };
    for (const [key, rel] of [...this.relations]) {
      if (rel.kind !== 'table' || ![...rel.table.columns.values()].some((c) => isIt(c.type))) continue;
      const t = this.writableTable(key)!;
      for (const c of [...t.columns.values()]) if (isIt(c.type)) { t.columns.delete(c.name); t.droppedColumns.add(c.name); }
    }
  }

  /** DROP FUNCTION … CASCADE: the triggers that execute the function go with it. */
  private dropTriggersCalling(fn: string): void {
    for (const [key, rel] of [...this.relations]) {
      if (rel.kind !== 'table' || ![...rel.table.triggers.values()].includes(fn)) continue;
      const t = this.writableTable(key)!;
      for (const [name, calls] of [...t.triggers]) if (calls === fn) { t.triggers.delete(name); t.droppedTriggers.add(name); }
    }
  }

  private dropRelation(key: string, cascade: boolean): void {
    const rel = this.relations.get(key);
    this.relations.delete(key);
    this.droppedRelations.add(key);
    for (const [name, pub] of [...this.publications]) {
      if (pub.members.has(key)) this.publications.set(name, { members: without(pub.members, key), removed: new Set([...pub.removed, key]) });
    }
    if (cascade) for (const [k, r] of [...this.relations]) if (r.kind === 'view' && r.reads.includes(key)) this.dropRelation(k, true);
    if (rel?.kind !== 'table') return;
    for (const [k, r] of [...this.relations]) {
      if (r.kind === 'index' && r.table === key) { this.relations.delete(k); this.droppedRelations.add(k); }
      if (cascade && r.kind === 'table' && r.table.partitionOf === key) this.dropRelation(k, true);
    }
  }

  createPolicy(v: any, at: Loc, lenient: boolean): Outcome {
    const key = this.relKey(v.table);
    if (this.droppedRelations.has(key) && !this.relations.has(key)) return lenient ? undefined : `relation "${key}" does not exist`;
    const t = this.writableTable(key);
    if (!t) return undefined;
    if (t.policies.has(v.policy_name)) return lenient ? undefined : `policy "${v.policy_name}" for table "${t.name}" already exists`;
    const roles = (v.roles ?? []).map((r: PgNode) => { const rs = unwrap(r, 'RoleSpec'); return rs?.rolename ?? String(rs?.roletype ?? '').replace(/^ROLESPEC_/, '').toLowerCase(); });
    // Every call for now; toData keeps those the migrations define, once, rather than per policy.
    const calls = calledFunctions([v.qual, v.with_check]);
    const helpers = [...new Set(calls.filter((f) => !f.startsWith('auth.') && !f.startsWith('pg_catalog.')).map((f) => (f.includes('.') ? f : `${this.defaultSchema}.${f}`)))];
    const command = (v.cmd_name ?? 'all') as PolicyInfo['command'];
    t.policies.set(v.policy_name, {
      name: v.policy_name, command, roles, permissive: v.permissive !== false, helpers, createdAt: at,
      allows: classifyPolicy({ command, roles, qual: v.qual, withCheck: v.with_check, calls, helpers }),
    });
    t.droppedPolicies.delete(v.policy_name);
    return undefined;
  }

  alterPolicy(v: any, _at: Loc, lenient: boolean): Outcome {
    const t = this.writableTable(this.relKey(v.table));
    if (!t) return undefined;
    if (t.droppedPolicies.has(v.policy_name) && !t.policies.has(v.policy_name) && !lenient) return `policy "${v.policy_name}" for table "${t.name}" does not exist`;
    return undefined;
  }

  createTrigger(v: any, _at: Loc, lenient: boolean): Outcome {
    const key = this.relKey(v.relation);
    if (this.droppedRelations.has(key) && !this.relations.has(key)) return lenient ? undefined : `relation "${key}" does not exist`;
    const t = this.writableTable(key);
    if (!t) return undefined;
    if (t.triggers.has(v.trigname) && !v.replace) return lenient ? undefined : `trigger "${v.trigname}" for relation "${t.name}" already exists`;
    t.triggers.set(v.trigname, this.listKey(v.funcname));
    t.droppedTriggers.delete(v.trigname);
    return undefined;
  }

  createRule(v: any, _at: Loc, lenient: boolean): Outcome {
    const t = this.writableTable(this.relKey(v.relation));
    if (!t) return undefined;
    const outcome = t.rules.has(v.rulename) && !v.replace && !lenient ? `rule "${v.rulename}" for relation "${t.name}" already exists` : undefined;
    t.rules.add(v.rulename);
    t.droppedRules.delete(v.rulename);
    return outcome;
  }

  createFunction(v: any, at: Loc, lenient: boolean, stmt: Statement): Outcome {
    const key = this.listKey(v.funcname);
    this.definitions.set(key, stmt);
    const dot = key.indexOf('.');
    const inputs = (v.parameters ?? []).map((p: PgNode) => unwrap(p, 'FunctionParameter'))
      .filter((p: any) => !p.mode || ['FUNC_PARAM_IN', 'FUNC_PARAM_INOUT', 'FUNC_PARAM_VARIADIC', 'FUNC_PARAM_DEFAULT'].includes(p.mode));
    const args = inputs.map((p: any) => typeText(p.argType)).join(', ');
    const sig = `${key}(${args})`;
    const opt = (name: string) => (v.options ?? []).map((o: PgNode) => unwrap(o, 'DefElem')).find((d: any) => d?.defname === name);
    const setOpt = (v.options ?? []).map((o: PgNode) => unwrap(o, 'DefElem')).find((d: any) => d?.defname === 'set' && unwrap(d.arg, 'VariableSetStmt')?.name === 'search_path');
    const searchPath = setOpt ? (unwrap(setOpt.arg, 'VariableSetStmt').args ?? []).map((a: PgNode) => exprText(a)?.replace(/^'(.*)'$/, '$1') ?? '').join(', ') : null;
    const outcome = this.functions.has(sig) && !v.replace && !lenient ? `function "${sig}" already exists with same argument types` : undefined;
    const previous = this.functions.get(sig);
    this.functions.set(sig, {
      schema: key.slice(0, dot), name: key.slice(dot + 1), args,
      language: unwrap(opt('language')?.arg, 'String')?.sval ?? 'sql',
      securityDefiner: unwrap(opt('security')?.arg, 'Boolean')?.boolval === true,
      searchPath, returns: v.returnType ? typeText(v.returnType) : undefined, createdAt: previous?.createdAt ?? at,
    });
    this.droppedFunctions.delete(sig);
    this.droppedFunctions.delete(key);
    return outcome;
  }

  /** SELECT / CALL of functions the migrations define: their bodies run, and a failure there fails the call. */
  call(_v: any, _at: Loc, lenient: boolean, stmt: Statement): Outcome {
    let outcome: Outcome;
    for (const name of calledFunctions(stmt.node)) {
      const key = name.includes('.') ? name : `${this.defaultSchema}.${name}`;
      const definition = this.definitions.get(key);
      if (!definition || this.calling.has(key)) continue;
      this.calling.add(key);
      try {
        for (const step of executionOrder(bodyOf(definition))) {
          if (!('node' in step)) { this.applyUnresolved(step); continue; }
          const reason = this.applyStrict(step, lenient);
          if (reason !== undefined) outcome ??= `${key}() fails: ${reason}`;
        }
      } finally {
        this.calling.delete(key);
      }
    }
    return outcome;
  }

  createEnum(v: any, at: Loc, lenient: boolean): Outcome {
    const key = this.listKey(v.typeName);
    return this.defineType(key, { kind: 'enum', values: (v.vals ?? []).map((n: PgNode) => unwrap(n, 'String')?.sval), valuesKnown: true, createdAt: at }, lenient);
  }

  defineType(key: string, def: TypeDef, lenient: boolean, ifNotExists = false): Outcome {
    const exists = this.types.has(key) || (this.relations.has(key) && this.relations.get(key)!.kind !== 'index' && !(this.relations.get(key) as any).table?.external);
    if (exists) return lenient || ifNotExists ? undefined : `type "${key}" already exists`;
    this.types.set(key, def);
    this.droppedTypes.delete(key);
    return undefined;
  }

  alterEnum(v: any, _at: Loc, lenient: boolean): Outcome {
    const key = this.listKey(v.typeName);
    if (this.droppedTypes.has(key) && !this.types.has(key)) return lenient ? undefined : `type "${key}" does not exist`;
    const prev = this.types.get(key) ?? { kind: 'enum' as const, values: [], valuesKnown: false };
    const values = [...prev.values];
    let outcome: Outcome;
    if (v.oldVal) {
      if (!values.includes(v.oldVal) && prev.valuesKnown && !lenient) outcome = `"${v.oldVal}" is not an existing enum label`;
      else if (values.includes(v.newVal) && !lenient) outcome = `enum label "${v.newVal}" already exists`;
      const i = values.indexOf(v.oldVal);
      if (i >= 0) values[i] = v.newVal; else values.push(v.newVal);
      this.types.set(key, { ...prev, values, valuesKnown: true });
      return outcome;
    }
    if (values.includes(v.newVal)) {
      if (!v.skipIfNewValExists && !lenient) outcome = `enum label "${v.newVal}" already exists`;
      return outcome;
    }
    values.push(v.newVal);
    // A value added to an enum we never saw whole: later values we do not know may exist, so only this one is known.
    this.types.set(key, { ...prev, values, valuesKnown: prev.valuesKnown });
    return undefined;
  }

  createExtension(v: any, at: Loc, lenient: boolean): Outcome {
    const name: string = v.extname;
    if (this.extensions.has(name)) return v.if_not_exists || lenient ? undefined : `extension "${name}" already exists`;
    const schemaOpt = (v.options ?? []).map((o: PgNode) => unwrap(o, 'DefElem')).find((d: any) => d?.defname === 'schema');
    this.extensions.set(name, { name, schema: unwrap(schemaOpt?.arg, 'String')?.sval, createdAt: at });
    this.droppedExtensions.delete(name);
    return undefined;
  }

  createSequence(v: any, _at: Loc, lenient: boolean): Outcome {
    const key = this.relKey(v.sequence);
    if (this.relations.has(key)) return v.if_not_exists || lenient ? undefined : `relation "${key}" already exists`;
    this.relations.set(key, { kind: 'sequence' });
    this.droppedRelations.delete(key);
    return undefined;
  }

  createRole(v: any, _at: Loc, lenient: boolean): Outcome {
    const outcome = this.roles.has(v.role) && !lenient ? `role "${v.role}" already exists` : undefined;
    this.roles.add(v.role);
    this.droppedRoles.delete(v.role);
    return outcome;
  }

  dropRole(v: any, _at: Loc, lenient: boolean): Outcome {
    let outcome: Outcome;
    for (const r of v.roles ?? []) {
      const name = unwrap(r, 'RoleSpec')?.rolename;
      if (this.droppedRoles.has(name) && !this.roles.has(name) && !v.missing_ok && !lenient) outcome ??= `role "${name}" does not exist`;
      this.roles.delete(name);
      this.droppedRoles.add(name);
    }
    return outcome;
  }

  createPublication(v: any, _at: Loc, lenient: boolean): Outcome {
    const outcome = this.publications.has(v.pubname) && !lenient ? `publication "${v.pubname}" already exists` : undefined;
    if (!this.publications.has(v.pubname)) this.publications.set(v.pubname, { members: new Set(), removed: new Set() });
    return outcome;
  }

  alterPublication(v: any, _at: Loc, lenient: boolean): Outcome {
    const pub = this.publications.get(v.pubname);
    const members = new Set(v.action === 'AP_SetObjects' ? [] : pub?.members ?? []);
    const removed = new Set(pub?.removed ?? []);
    let outcome: Outcome;
    for (const o of v.pubobjects ?? []) {
      const rel = unwrap(o, 'PublicationObjSpec')?.pubtable?.relation;
      if (!rel) continue;
      const key = this.relKey(rel);
      if (v.action === 'AP_DropObjects') {
        if (removed.has(key) && !members.has(key) && !lenient) outcome ??= `relation "${rel.relname}" is not part of the publication`;
        members.delete(key);
        removed.add(key);
      } else {
        if (v.action === 'AP_AddObjects' && members.has(key) && !lenient) outcome ??= `relation "${rel.relname}" is already member of publication "${v.pubname}"`;
        members.add(key);
        removed.delete(key);
      }
    }
    this.publications.set(v.pubname, { members, removed });
    return outcome;
  }

  /** Objects we track by name only: CREATE fails when they exist unless IF NOT EXISTS / OR REPLACE. */
  createOther(kind: string, name: string, ifNotExists: boolean, lenient: boolean): Outcome {
    const key = `${kind}:${name}`;
    const outcome = this.others.has(key) && !ifNotExists && !lenient ? `${kind} "${name}" already exists` : undefined;
    this.others.add(key);
    this.droppedOthers.delete(key);
    return outcome;
  }

  setVariable(v: any): Outcome {
    if (v.name !== 'search_path' || v.kind !== 'VAR_SET_VALUE') return undefined;
    const first = (v.args ?? []).map((a: PgNode) => exprText(a)?.replace(/^'(.*)'$/, '$1') ?? '').find((s: string) => s !== '' && s !== '$user' && s !== '"$user"');
    if (first) this.defaultSchema = first;
    return undefined;
  }

  // ------------------------------------------------------------------ output

  /** The catalog as plain data for the rules and the report. */
  toData(managed: (schema: string) => boolean): CatalogData {
    const defined = new Set([...this.functions.values()].map((f) => `${f.schema}.${f.name}`));
    const indexesOf = new Map<string, TableInfo['indexes']>();
    for (const [key, rel] of this.relations) {
      if (rel.kind !== 'index') continue;
      const list = indexesOf.get(rel.table) ?? [];
      list.push({ name: key.slice(key.indexOf('.') + 1), columns: rel.columns, unique: rel.unique, constraint: rel.constraint, createdAt: rel.createdAt });
      indexesOf.set(rel.table, list);
    }
    const tables: TableInfo[] = this.userTables().filter((t) => !managed(t.schema)).map((t) => {
      const cons = [...t.constraints.values()];
      return {
        schema: t.schema, name: t.name, partitioned: t.partitioned, partitionOf: t.partitionOf, createdAt: t.createdAt,
        columns: [...t.columns.values()].map(({ identity: _identity, ...c }) => c),
        primaryKey: cons.find((c) => c.type === 'p')?.columns ?? [],
        uniques: cons.filter((c) => c.type === 'u').map((c) => c.columns),
        foreignKeys: cons.filter((c) => c.fk).map((c) => c.fk!),
        indexes: (indexesOf.get(`${t.schema}.${t.name}`) ?? []).sort((a, b) => a.name.localeCompare(b.name)),
        rls: t.rls, forceRls: t.forceRls, rlsAt: t.rlsAt, uncertain: t.uncertain,
        policies: [...t.policies.values()].map((p) => ({ ...p, helpers: p.helpers.filter((h) => defined.has(h)) })),
      };
    }).sort((a, b) => `${a.schema}.${a.name}`.localeCompare(`${b.schema}.${b.name}`));
    const views: ViewInfo[] = [...this.relations].filter(([key, r]) => r.kind === 'view' && !managed(key.slice(0, key.indexOf('.'))))
      .map(([key, r]) => ({ schema: key.slice(0, key.indexOf('.')), name: key.slice(key.indexOf('.') + 1), materialized: (r as any).materialized, createdAt: (r as any).createdAt }))
      .sort((a, b) => `${a.schema}.${a.name}`.localeCompare(`${b.schema}.${b.name}`));
    return {
      tables, views,
      functions: [...this.functions.values()].sort((a, b) => `${a.schema}.${a.name}`.localeCompare(`${b.schema}.${b.name}`)),
      extensions: [...this.extensions.values()].sort((a, b) => a.name.localeCompare(b.name)),
      enums: [...this.types].filter(([, t]) => t.kind === 'enum').map(([key, t]) => ({ schema: key.slice(0, key.indexOf('.')), name: key.slice(key.indexOf('.') + 1), values: t.values, createdAt: t.createdAt })),
      schemas: [...this.schemas].sort(),
    };
  }
}

const CONTYPE: Record<string, Constraint['type']> = {
  CONSTR_PRIMARY: 'p', CONSTR_UNIQUE: 'u', CONSTR_FOREIGN: 'f', CONSTR_CHECK: 'c', CONSTR_EXCLUSION: 'x',
};
const FK_ACTION: Record<string, string> = { a: 'NoAction', r: 'Restrict', c: 'Cascade', n: 'SetNull', d: 'SetDefault' };

function newTable(schema: string, name: string, owner: number, at: Loc | undefined, external: boolean): Table {
  return {
    owner, schema, name, external, partitioned: false, createdAt: at,
    columns: new Map(), droppedColumns: new Set(), columnsComplete: false, constraints: new Map(), droppedConstraints: new Set(),
    policies: new Map(), droppedPolicies: new Set(), triggers: new Map(), droppedTriggers: new Set(),
    rules: new Set(), droppedRules: new Set(), rls: false, forceRls: false, uncertain: false,
  };
}

function cloneTable(t: Table, owner: number): Table {
  return {
    ...t, owner,
    columns: new Map(t.columns), droppedColumns: new Set(t.droppedColumns),
    constraints: new Map(t.constraints), droppedConstraints: new Set(t.droppedConstraints),
    policies: new Map(t.policies), droppedPolicies: new Set(t.droppedPolicies),
    triggers: new Map(t.triggers), droppedTriggers: new Set(t.droppedTriggers),
    rules: new Set(t.rules), droppedRules: new Set(t.droppedRules),
  };
}

function childSets(t: Table, kind: string): [{ has(k: string): boolean; delete(k: string): boolean }, Set<string>] {
  if (kind === 'OBJECT_POLICY') return [t.policies, t.droppedPolicies];
  if (kind === 'OBJECT_TRIGGER') return [t.triggers, t.droppedTriggers];
  return [t.rules, t.droppedRules];
}

/** The column names a view's query uses, by their last part; `*` when it selects every column. */
function columnsUsed(query: unknown, out: string[] = []): string[] {
  if (Array.isArray(query)) for (const n of query) columnsUsed(n, out);
  else if (query && typeof query === 'object') {
    for (const [k, v] of Object.entries(query)) {
      if (k === 'ColumnRef') {
        const fields = (v as any).fields ?? [];
        out.push(fields.some((f: PgNode) => 'A_Star' in f) ? '*' : names(fields).pop() ?? '*');
      } else columnsUsed(v, out);
    }
  }
  return out;
}

/** Unqualified column names an expression (a policy's, a CHECK's) uses on its own table; subqueries name other tables' columns. */
function ownColumns(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) ownColumns(n, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'SubLink') continue;
      if (k === 'ColumnRef') {
        const fields = names((v as any).fields);
        if (fields.length === 1 && (v as any).fields.length === 1) out.push(fields[0]!);
      } else ownColumns(v, out);
    }
  }
  return out;
}

function without<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const copy = new Set(set);
  copy.delete(item);
  return copy;
}

function objWord(kind: string): string {
  return kind.replace(/^OBJECT_/, '').toLowerCase().replace(/_/g, ' ');
}

/** PostgreSQL truncates identifiers to 63 bytes. */
function truncName(name: string): string {
  return Buffer.byteLength(name) <= 63 ? name : Buffer.from(name).subarray(0, 63).toString('utf8').replace(/\uFFFD+$/, '');
}

type Handler = (this: Catalog, v: any, at: Loc, lenient: boolean, stmt: Statement) => Outcome;

/** Statement kinds that change what exists; every other kind (GRANT, COMMENT, DML, …) re-runs without error. */
const HANDLERS: Record<string, Handler> = {
  CreateSchemaStmt: Catalog.prototype.createSchema,
  CreateStmt: Catalog.prototype.createTable,
  CreateForeignTableStmt(v, at, lenient) { return this.createTable(v.base, at, lenient); },
  CreateTableAsStmt: Catalog.prototype.createTableAs,
  ViewStmt: Catalog.prototype.createView,
  IndexStmt: Catalog.prototype.createIndex,
  AlterTableStmt: Catalog.prototype.alterTable,
  RenameStmt: Catalog.prototype.rename,
  AlterObjectSchemaStmt: Catalog.prototype.setSchema,
  DropStmt: Catalog.prototype.drop,
  CreatePolicyStmt: Catalog.prototype.createPolicy,
  AlterPolicyStmt: Catalog.prototype.alterPolicy,
  CreateTrigStmt: Catalog.prototype.createTrigger,
  RuleStmt: Catalog.prototype.createRule,
  CreateFunctionStmt: Catalog.prototype.createFunction,
  CreateEnumStmt: Catalog.prototype.createEnum,
  CompositeTypeStmt(v, at, lenient) { return this.relationExists(this.relKey(v.typevar)) && !lenient ? `type "${this.relKey(v.typevar)}" already exists` : (this.relations.set(this.relKey(v.typevar), { kind: 'composite' }), this.types.set(this.relKey(v.typevar), { kind: 'base', values: [], valuesKnown: false, createdAt: at }), undefined); },
  CreateDomainStmt(v, at, lenient) { return this.defineType(this.listKey(v.domainname), { kind: 'domain', values: [], valuesKnown: false, createdAt: at }, lenient); },
  CreateRangeStmt(v, at, lenient) { return this.defineType(this.listKey(v.typeName), { kind: 'range', values: [], valuesKnown: false, createdAt: at }, lenient); },
  DefineStmt(v, at, lenient) {
    if (v.kind === 'OBJECT_TYPE') return this.defineType(this.listKey(v.defnames), { kind: 'base', values: [], valuesKnown: false, createdAt: at }, lenient, !!v.if_not_exists || !v.definition);
    return this.createOther(objWord(v.kind), this.listKey(v.defnames) + JSON.stringify(v.args ?? []), !!v.if_not_exists || !!v.replace, lenient);
  },
  AlterEnumStmt: Catalog.prototype.alterEnum,
  CreateExtensionStmt: Catalog.prototype.createExtension,
  CreateSeqStmt: Catalog.prototype.createSequence,
  CreateRoleStmt: Catalog.prototype.createRole,
  DropRoleStmt: Catalog.prototype.dropRole,
  CreatePublicationStmt: Catalog.prototype.createPublication,
  AlterPublicationStmt: Catalog.prototype.alterPublication,
  CreateEventTrigStmt(v, _at, lenient) { return this.createOther('event trigger', v.trigname, false, lenient); },
  CreateForeignServerStmt(v, _at, lenient) { return this.createOther('server', v.servername, !!v.if_not_exists, lenient); },
  CreateFdwStmt(v, _at, lenient) { return this.createOther('foreign-data wrapper', v.fdwname, false, lenient); },
  CreateCastStmt(v, _at, lenient) { return this.createOther('cast', JSON.stringify([v.sourcetype, v.targettype]), false, lenient); },
  CreateStatsStmt(v, _at, lenient) { return v.defnames ? this.createOther('statistics', this.listKey(v.defnames), !!v.if_not_exists, lenient) : undefined; },
  CreateTransformStmt(v, _at, lenient) { return this.createOther('transform', JSON.stringify([v.type_name, v.lang]), !!v.replace, lenient); },
  CreatePLangStmt(v, _at, lenient) { return this.createOther('language', v.plname, !!v.replace, lenient); },
  CreateOpClassStmt(v, _at, lenient) { return this.createOther('operator class', this.listKey(v.opclassname), false, lenient); },
  CreateConversionStmt(v, _at, lenient) { return this.createOther('conversion', this.listKey(v.conversion_name), false, lenient); },
  VariableSetStmt: Catalog.prototype.setVariable,
  SelectStmt(v, at, lenient, stmt) { return this.definitions.isEmpty() ? undefined : this.call(v, at, lenient, stmt); },
  CallStmt: Catalog.prototype.call,
};

/** PostgreSQL's condition name and SQLSTATE for each kind of failure the replay reports. */
const CONDITIONS: [RegExp, string, string][] = [
  [/^relation .* already exists/, 'duplicate_table', '42p07'],
  [/^schema .* already exists/, 'duplicate_schema', '42p06'],
  [/^function .* already exists/, 'duplicate_function', '42723'],
  [/^column .* already exists/, 'duplicate_column', '42701'],
  [/^multiple primary keys/, 'invalid_table_definition', '42p16'],
  [/already exists|is already member of publication/, 'duplicate_object', '42710'],
  [/^relation .* does not exist/, 'undefined_table', '42p01'],
  [/^column .* does not exist/, 'undefined_column', '42703'],
  [/^function .* does not exist/, 'undefined_function', '42883'],
  [/^schema .* does not exist/, 'invalid_schema_name', '3f000'],
  [/does not exist|is not part of the publication/, 'undefined_object', '42704'],
  [/is not an existing enum label/, 'invalid_parameter_value', '22023'],
  [/is already an identity column/, 'object_not_in_prerequisite_state', '55000'],
  [/because other objects depend on it/, 'dependent_objects_still_exist', '2bp01'],
];

/** Whether an EXCEPTION handler catching `catches` swallows this failure, as PostgreSQL would match it. */
function isCaught(reason: string, catches: readonly string[] | undefined): boolean {
  if (!catches?.length) return false;
  if (catches.includes('others')) return true;
  const inner = reason.replace(/^.*?\(\) fails: /, '');
  const condition = CONDITIONS.find(([re]) => re.test(inner));
  return !!condition && (catches.includes(condition[1]) || catches.includes(condition[2]));
}

const bodies = new WeakMap<Statement, BodyOutput>();

/** A function's body, parsed once however often it is called. */
function bodyOf(definition: Statement): BodyOutput {
  let body = bodies.get(definition);
  if (!body) bodies.set(definition, (body = functionBody(definition)));
  return body;
}

/** What runs, in file order: statements and the unresolved EXECUTEs between them. */
export function executionOrder(out: { statements: Statement[]; unresolved: UnresolvedExecute[] }, keep: (origin: Statement['origin']) => boolean = () => true): (Statement | UnresolvedExecute)[] {
  const steps: (Statement | UnresolvedExecute)[] = [...out.statements.filter((s) => keep(s.origin)), ...out.unresolved.filter((u) => keep(u.origin))];
  return steps.map((s, i) => [s, i] as const).sort((a, b) => a[0].line - b[0].line || a[1] - b[1]).map(([s]) => s);
}
