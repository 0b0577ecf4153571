/** Tables and columns: CREATE TABLE / TABLE AS / VIEW / INDEX / SEQUENCE, and the columns and constraints they bring. */
import type { ColumnDef, Constraint as ConstraintNode, CreateStmt, IntoClause, RangeVar } from '@pgsql/types';
import { exprText, isSerial, names, typeText, unwrap } from '../../parse/ast.js';
import type { Loc } from '../../types.js';
import type { Catalog } from '../catalog.js';
import { columnsUsed, ownColumns, readsOf } from '../dependencies.js';
import type { Execution, Handlers } from '../execution.js';
import { duplicateObject, duplicateTable, invalidTableDefinition, undefinedObject, undefinedTable, type Failure } from '../failure.js';
import { newTable, splitKey, type Column, type Constraint, type Table } from '../model.js';
import { constraintIndexShape, indexShape } from '../index-shape.js';
import { indexColumnNames, indexElementName, objectName, type NameLabel } from '../names.js';
import { defaultClients } from './grants.js';
import { createdViewSecurity } from './views.js';

const CONTYPE: Partial<Record<string, Constraint['type']>> = {
  CONSTR_PRIMARY: 'p', CONSTR_UNIQUE: 'u', CONSTR_FOREIGN: 'f', CONSTR_CHECK: 'c', CONSTR_EXCLUSION: 'x',
};
const FK_ACTION: Partial<Record<string, string>> = { a: 'NoAction', r: 'Restrict', c: 'Cascade', n: 'SetNull', d: 'SetDefault' };
const LABEL: Partial<Record<Constraint['type'], NameLabel>> = { u: 'key', f: 'fkey', c: 'check', x: 'excl', p: 'pkey' };

/**
 * The failure of creating a relation (or a type, which shares the namespace) where one of that name exists. PostgreSQL
 * names it without its schema, however the statement wrote it.
 */
export function relationExists(catalog: Catalog, key: string): Failure | undefined {
  const rel = catalog.relations.get(key);
  if (rel && !(rel.kind === 'table' && rel.table.external)) return duplicateTable(`relation "${splitKey(key)[1]}" already exists`);
  if (catalog.types.has(key)) return duplicateObject(`type "${splitKey(key)[1]}" already exists`);
  return undefined;
}

/**
 * The key of the relation a statement creates, when it creates one: a temporary relation is only noted (it ends with
 * the session), and one whose name is taken fails unless IF NOT EXISTS.
 */
function newRelationKey(rel: RangeVar | undefined, ifNotExists: boolean, x: Execution): string | undefined {
  if (rel?.relpersistence === 't') {
    x.catalog.temps.add(rel.relname ?? '');
    return undefined;
  }
  const key = x.catalog.relKey(rel);
  const exists = relationExists(x.catalog, key);
  if (!exists) return key;
  if (!ifNotExists) x.fails(exists);
  return undefined;
}

export function createTable(v: CreateStmt, x: Execution): void {
  const catalog = x.catalog;
  const key = newRelationKey(v.relation, !!v.if_not_exists, x);
  if (key === undefined) return;
  const t = newTable(key, catalog.token, x.at, false);
  t.partitioned = !!v.partspec;
  if (v.partbound && v.inhRelations?.length) t.partitionOf = catalog.relKey(unwrap(v.inhRelations[0], 'RangeVar'));
  // Inherited or typed columns come from elsewhere; LIKE and PARTITION OF copy them only from a table we know whole.
  t.columns.complete = !v.ofTypename && (!v.inhRelations?.length || !!t.partitionOf);
  catalog.relations.add(key, { kind: 'table', table: t });
  catalog.schemas.add(t.schema, true);
  for (const elt of v.tableElts ?? []) {
    const col = unwrap(elt, 'ColumnDef');
    if (col) addColumn(catalog, t, col, x.at);
    const con = unwrap(elt, 'Constraint');
    if (con) addConstraint(catalog, t, con, x.at);
    const like = unwrap(elt, 'TableLikeClause');
    if (like) {
      const src = catalog.table(catalog.relKey(like.relation));
      if (src) for (const c of src.columns.values()) t.columns.add(c.name, { ...c });
      t.columns.complete &&= !!src?.columns.complete;
    }
  }
  if (t.partitionOf) {
    const parent = catalog.table(t.partitionOf);
    if (parent) for (const c of parent.columns.values()) if (!t.columns.has(c.name)) t.columns.add(c.name, { ...c });
    t.columns.complete &&= !!parent?.columns.complete;
  }
}

export function addColumn(catalog: Catalog, t: Table, col: ColumnDef, at: Loc): void {
  const name = col.colname ?? '';
  const info: Column = { name, type: typeText(col.typeName), notNull: false };
  if (isSerial(col.typeName)) {
    info.generated = true;
    info.notNull = true;
    info.default = 'autoincrement()';
    addSequence(catalog, t, name);
  }
  const self = [{ String: { sval: name } }];
  for (const cn of col.constraints ?? []) {
    const c = unwrap(cn, 'Constraint');
    switch (c?.contype) {
      case 'CONSTR_NOTNULL': info.notNull = true; break;
      case 'CONSTR_DEFAULT':
        info.default = exprText(c.raw_expr) ?? 'dbgenerated';
        if (/^(gen_random_uuid|uuid_generate_v4|extensions\.uuid_generate_v4|nextval)\(/.test(info.default)) info.generated = true;
        break;
      case 'CONSTR_IDENTITY': info.identity = true; info.generated = true; info.notNull = true; info.default = 'autoincrement()'; addSequence(catalog, t, name); break;
      case 'CONSTR_PRIMARY': info.notNull = true; addConstraint(catalog, t, { ...c, keys: self }, at); break;
      case 'CONSTR_UNIQUE': case 'CONSTR_CHECK': addConstraint(catalog, t, { ...c, keys: self }, at); break;
      case 'CONSTR_FOREIGN': addConstraint(catalog, t, { ...c, fk_attrs: self }, at); break;
      default: break;
    }
  }
  t.columns.add(name, info);
}

/** The sequence behind a serial or identity column, named as PostgreSQL names it. */
export function addSequence(catalog: Catalog, t: Table, column: string): void {
  const name = objectName(t.name, [column], 'seq', (n) => catalog.relations.has(`${t.schema}.${n}`));
  catalog.relations.add(`${t.schema}.${name}`, { kind: 'sequence' });
}

/**
 * The name PostgreSQL gives an unnamed constraint: a UNIQUE / PRIMARY KEY / EXCLUDE constraint is an index, so its
 * name must be free among the schema's relations too; a CHECK is named after the one column it reads, if one.
 */
function constraintName(catalog: Catalog, t: Table, type: Constraint['type'], c: ConstraintNode, columns: string[]): string {
  const label = LABEL[type] ?? 'check';
  const indexBacked = type === 'p' || type === 'u' || type === 'x';
  const taken = (n: string): boolean => t.constraints.has(n) || (indexBacked && catalog.relations.has(`${t.schema}.${n}`));
  const named = type === 'c' ? [...new Set(ownColumns(c.raw_expr))] : columns;
  return objectName(t.name, named, label, taken);
}

/** Adds a constraint as PostgreSQL names it; returns what a strict ADD CONSTRAINT raises. */
export function addConstraint(catalog: Catalog, t: Table, c: ConstraintNode, at: Loc): Failure | undefined {
  const type = CONTYPE[c.contype ?? ''];
  if (!type) return undefined;
  const columns = type === 'x'
    ? (c.exclusions ?? []).flatMap((e) => { const elem = unwrap(unwrap(e, 'List')?.items?.[0], 'IndexElem'); return elem ? [indexElementName(elem)] : []; })
    : names(c.keys?.length ? c.keys : c.fk_attrs);
  let name = c.conname;
  let failure: Failure | undefined;
  if (type === 'p') {
    const existing = [...t.constraints.values()].some((k) => k.type === 'p');
    if (existing) failure = invalidTableDefinition(`multiple primary keys for table "${t.name}" are not allowed`);
    if (existing && !name) return failure;
  }
  if (name && !failure) {
    // A UNIQUE / PRIMARY KEY constraint is an index first: its name clashes as a relation (42P07), unless it is the
    // very index it takes over (USING INDEX of the same name).
    if ((type === 'p' || type === 'u') && c.indexname !== name && catalog.relations.has(`${t.schema}.${name}`)) failure = duplicateTable(`relation "${name}" already exists`);
    else if (t.constraints.has(name)) failure = duplicateObject(`constraint "${name}" for relation "${t.name}" already exists`);
  }
  // A constraint made from an index without a name of its own takes the index's name.
  name ??= c.indexname ?? constraintName(catalog, t, type, c, columns);
  if (c.indexname) {
    // ADD CONSTRAINT … USING INDEX takes the index over and renames it: a second run finds it gone.
    const indexKey = `${t.schema}.${c.indexname}`;
    if (!failure && catalog.relations.removed(indexKey)) failure = undefinedObject(`index "${c.indexname}" does not exist`);
    const index = catalog.relations.get(indexKey);
    if (index?.kind === 'index' && columns.length === 0) columns.push(...index.columns);
    if (c.indexname !== name) catalog.relations.remove(indexKey);
  }
  const con: Constraint = { type, columns };
  if (type === 'f') con.fk = { name, columns, refTable: catalog.relKey(c.pktable), refColumns: names(c.pk_attrs), onDelete: FK_ACTION[c.fk_del_action ?? ''], createdAt: at };
  if (type === 'p') {
    for (const col of columns) {
      const ci = t.columns.get(col);
      if (ci) t.columns.add(col, { ...ci, notNull: true });
    }
  }
  t.constraints.add(name, con);
  // Only a plain btree on the key columns has a shape we can state; INCLUDE, NULLS NOT DISTINCT and USING INDEX leave it unknown.
  const shape = type === 'x' || c.including?.length || c.nulls_not_distinct || c.indexname ? undefined : constraintIndexShape(columns);
  if (type === 'p' || type === 'u' || type === 'x') catalog.relations.add(`${t.schema}.${name}`, { kind: 'index', table: `${t.schema}.${t.name}`, columns, unique: type !== 'x', constraint: true, createdAt: at, ...(shape && { shape }) });
  return failure;
}

/** SELECT … INTO t: a table made from a query, whose columns only the query knows. */
export function selectInto(into: IntoClause, x: Execution): void {
  const key = newRelationKey(into.rel, false, x);
  if (key !== undefined) x.catalog.relations.add(key, { kind: 'table', table: newTable(key, x.catalog.token, x.at, false) });
}

export const tableHandlers: Handlers = {
  CreateStmt: createTable,
  CreateForeignTableStmt(v, x) {
    if (!v.base) return;
    const existed = x.catalog.relations.has(x.catalog.relKey(v.base.relation));
    createTable(v.base, x);
    const t = existed ? undefined : x.catalog.table(x.catalog.relKey(v.base.relation));
    if (t) [t.foreign, t.clients] = [true, defaultClients(x.catalog, 'tables', t.schema)];
  },
  CreateTableAsStmt(v, x) {
    const catalog = x.catalog;
    if (v.into?.rel?.relpersistence === 't') {
      catalog.temps.add(v.into.rel.relname ?? '');
      return;
    }
    const key = catalog.relKey(v.into?.rel);
    const exists = relationExists(catalog, key);
    if (exists) {
      if (!v.if_not_exists) x.fails(exists);
      return;
    }
    if (v.objtype === 'OBJECT_MATVIEW') catalog.relations.add(key, { kind: 'view', materialized: true, createdAt: x.at, reads: readsOf(catalog, v.query), uses: columnsUsed(v.query), clients: defaultClients(catalog, 'tables', splitKey(key)[0]) });
    else catalog.relations.add(key, { kind: 'table', table: newTable(key, catalog.token, x.at, false) });
  },
  ViewStmt(v, x) {
    const catalog = x.catalog;
    if (v.view?.relpersistence === 't') {
      catalog.temps.add(v.view.relname ?? '');
      return;
    }
    const key = catalog.relKey(v.view);
    const existing = catalog.relations.get(key);
    if (existing && !(v.replace && existing.kind === 'view')) {
      x.fails(duplicateTable(`relation "${splitKey(key)[1]}" already exists`));
      return;
    }
    const view = existing?.kind === 'view' ? existing : undefined;
    const createdAt = view ? view.createdAt ?? x.at : x.at;
    catalog.relations.add(key, { kind: 'view', materialized: false, createdAt, reads: readsOf(catalog, v.query), uses: columnsUsed(v.query), ...createdViewSecurity(view, v.options, key, x) });
  },
  IndexStmt(v, x) {
    const catalog = x.catalog;
    const tableKey = catalog.relKey(v.relation);
    const schema = tableKey.slice(0, tableKey.indexOf('.'));
    const elems = (v.indexParams ?? []).flatMap((p) => unwrap(p, 'IndexElem') ?? []);
    const columns = elems.map((e) => e.name ?? 'expression');
    if (catalog.relations.removed(tableKey) && x.fails(undefinedTable(`relation "${tableKey}" does not exist`))) return;
    // Unnamed, PostgreSQL picks a free name: a second run adds a duplicate index, it does not fail.
    const name = v.idxname ?? objectName(v.relation?.relname ?? '', indexColumnNames(elems.map(indexElementName)), 'idx', (n) => catalog.relations.has(`${schema}.${n}`));
    const key = `${schema}.${name}`;
    if (catalog.relations.has(key)) {
      if (!v.if_not_exists) x.fails(duplicateTable(`relation "${name}" already exists`));
      return;
    }
    catalog.relations.add(key, { kind: 'index', table: tableKey, columns, unique: !!v.unique, constraint: false, partial: !!v.whereClause, createdAt: x.at, shape: indexShape(v) });
  },
  CreateSeqStmt(v, x) {
    const key = x.catalog.relKey(v.sequence);
    if (x.catalog.relations.has(key)) {
      if (!v.if_not_exists) x.fails(duplicateTable(`relation "${splitKey(key)[1]}" already exists`));
      return;
    }
    x.catalog.relations.add(key, { kind: 'sequence' });
  },
};
