/** RENAME of every kind we follow, and ALTER … SET SCHEMA: the old name is gone, the new one holds the object. */
import type { RenameStmt } from '@pgsql/types';
import { unwrap } from '../../parse/ast.js';
import type { Execution, Handlers } from '../execution.js';
import { duplicateObject, duplicateColumn, duplicateSchema, duplicateTable, invalidSchemaName, undefinedColumn, undefinedFunction, undefinedObject, undefinedTable } from '../failure.js';
import { splitKey, type Relation } from '../model.js';
import type { Registry } from '../registry.js';
import { moveColumnValues } from './data.js';
import { moveExtension } from './other.js';

const RELATIONS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_INDEX', 'OBJECT_SEQUENCE', 'OBJECT_FOREIGN_TABLE']);
/** Relations SET SCHEMA moves (an index moves with its table). */
const MOVABLE = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_SEQUENCE', 'OBJECT_FOREIGN_TABLE']);

export const renameHandlers: Handlers = {
  RenameStmt(v, x) {
    const type = v.renameType ?? '';
    if (RELATIONS.has(type)) renameRelation(v, x);
    else if (type === 'OBJECT_COLUMN' || type === 'OBJECT_ATTRIBUTE') renameColumn(v, x);
    else if (type === 'OBJECT_TABCONSTRAINT') renameConstraint(v, x);
    else if (type === 'OBJECT_POLICY' || type === 'OBJECT_TRIGGER' || type === 'OBJECT_RULE') renameTableChild(v, x);
    else if (type === 'OBJECT_TYPE' || type === 'OBJECT_DOMAIN') renameType(v, x);
    else if (type === 'OBJECT_SCHEMA') renameSchema(v, x);
    else if (type === 'OBJECT_FUNCTION' || type === 'OBJECT_PROCEDURE') renameFunction(v, x);
  },

  AlterObjectSchemaStmt(v, x) {
    if (v.objectType === 'OBJECT_EXTENSION') return moveExtension(v, x);
    if (!MOVABLE.has(v.objectType ?? '')) return;
    const catalog = x.catalog;
    const from = catalog.relKey(v.relation);
    const name = v.relation?.relname ?? '';
    const to = `${v.newschema}.${name}`;
    if (catalog.relations.removed(from)) {
      if (!v.missing_ok) x.fails(undefinedTable(`relation "${from}" does not exist`));
      return;
    }
    if (catalog.relations.has(to)) x.fails(duplicateTable(`relation "${name}" already exists in schema "${v.newschema}"`));
    const rel = catalog.relations.get(from);
    let moved: Relation | undefined = rel;
    if (rel?.kind === 'table') {
      const t = catalog.writableTable(from)!;
      t.schema = v.newschema ?? '';
      moved = { kind: 'table', table: t };
    }
    catalog.relations.move(from, to, moved);
  },
};

function renameRelation(v: RenameStmt, x: Execution): void {
  const catalog = x.catalog;
  const from = catalog.relKey(v.relation);
  const newname = v.newname ?? '';
  const to = `${splitKey(from)[0]}.${newname}`;
  if (catalog.relations.removed(from)) {
    if (!v.missing_ok) x.fails(undefinedTable(`relation "${from}" does not exist`));
    return;
  }
  if (catalog.relations.has(to)) x.fails(duplicateTable(`relation "${newname}" already exists`));
  const rel = catalog.relations.get(from);
  let moved: Relation | undefined = rel;
  if (rel?.kind === 'table') {
    const t = catalog.writableTable(from)!;
    t.name = newname;
    moved = { kind: 'table', table: t };
  }
  // Indexes (of a table or a materialized view) and the views that read the relation follow it.
  if (rel?.kind === 'table' || rel?.kind === 'view') {
    for (const [k, r] of [...catalog.indexesOf(from)]) catalog.relations.add(k, { ...r, table: to });
    for (const [k, r] of [...catalog.views()]) if (r.reads.includes(from)) catalog.relations.add(k, { ...r, reads: r.reads.map((read) => (read === from ? to : read)) });
  }
  catalog.relations.move(from, to, moved);
}

function renameColumn(v: RenameStmt, x: Execution): void {
  const catalog = x.catalog;
  const key = catalog.relKey(v.relation);
  if (catalog.relations.removed(key)) {
    if (!v.missing_ok) x.fails(undefinedTable(`relation "${key}" does not exist`));
    return;
  }
  if (v.relationType && v.relationType !== 'OBJECT_TABLE') return;
  const t = catalog.writableTable(key);
  if (!t) return;
  const [from, to] = [v.subname ?? '', v.newname ?? ''];
  if (t.columns.gone(from)) x.fails(undefinedColumn(`column "${from}" does not exist`));
  else if (t.columns.has(to)) x.fails(duplicateColumn(`column "${to}" of relation "${t.name}" already exists`));
  const c = t.columns.get(from);
  t.columns.move(from, to, c && { ...c, name: to });
  moveColumnValues(t, from, to);
  // The constraints and indexes over the column follow it.
  const renamed = (cols: string[]): string[] => cols.map((col) => (col === from ? to : col));
  for (const [name, con] of [...t.constraints]) {
    if (con.columns.includes(from)) t.constraints.add(name, { ...con, columns: renamed(con.columns), ...(con.fk && { fk: { ...con.fk, columns: renamed(con.fk.columns) } }) });
  }
  for (const [k, r] of [...catalog.indexesOf(key)]) if (r.columns.includes(from)) catalog.relations.add(k, { ...r, columns: renamed(r.columns) });
}

function renameConstraint(v: RenameStmt, x: Execution): void {
  const t = x.catalog.writableTable(x.catalog.relKey(v.relation));
  if (!t) return;
  const [from, to] = [v.subname ?? '', v.newname ?? ''];
  if (t.constraints.removed(from)) x.fails(undefinedObject(`constraint "${from}" for table "${t.name}" does not exist`));
  else if (t.constraints.has(to)) x.fails(duplicateObject(`constraint "${to}" for relation "${t.name}" already exists`));
  const c = t.constraints.get(from);
  if (c) t.constraints.add(to, c);
  t.constraints.remove(from);
}

/** RENAME of a policy, trigger or rule: named within its table. */
function renameTableChild(v: RenameStmt, x: Execution): void {
  const t = x.catalog.writableTable(x.catalog.relKey(v.relation));
  if (!t) return;
  const [from, to] = [v.subname ?? '', v.newname ?? ''];
  const word = v.renameType === 'OBJECT_POLICY' ? 'policy' : v.renameType === 'OBJECT_TRIGGER' ? 'trigger' : 'rule';
  const children: Registry<unknown> = v.renameType === 'OBJECT_POLICY' ? t.policies : v.renameType === 'OBJECT_TRIGGER' ? t.triggers : t.rules;
  if (children.removed(from)) x.fails(undefinedObject(`${word} "${from}" for table "${t.name}" does not exist`));
  else if (children.has(to)) x.fails(duplicateObject(`${word} "${to}" for table "${t.name}" already exists`));
  if (v.renameType === 'OBJECT_POLICY') {
    const p = t.policies.get(from);
    t.policies.move(from, to, p && { ...p, name: to });
  } else children.move(from, to, children.get(from));
}

function renameType(v: RenameStmt, x: Execution): void {
  const catalog = x.catalog;
  const from = catalog.listKey(unwrap(v.object, 'List')?.items);
  const newname = v.newname ?? '';
  const to = `${splitKey(from)[0]}.${newname}`;
  if (catalog.types.removed(from)) {
    if (!v.missing_ok) x.fails(undefinedObject(`type "${from}" does not exist`));
    return;
  }
  if (catalog.types.has(to) || catalog.relations.has(to)) x.fails(duplicateObject(`type "${newname}" already exists`));
  catalog.types.move(from, to, catalog.types.get(from));
}

function renameSchema(v: RenameStmt, x: Execution): void {
  const schemas = x.catalog.schemas;
  const [from, to] = [v.subname ?? '', v.newname ?? ''];
  if (schemas.removed(from)) {
    if (!v.missing_ok) x.fails(invalidSchemaName(`schema "${from}" does not exist`));
    return;
  }
  if (schemas.has(to)) x.fails(duplicateSchema(`schema "${to}" already exists`));
  schemas.remove(from);
  schemas.add(to, true);
  if (x.catalog.ownSchemas.delete(from)) x.catalog.ownSchemas.add(to);
}

function renameFunction(v: RenameStmt, x: Execution): void {
  const functions = x.catalog.functions;
  const from = x.catalog.listKey(unwrap(v.object, 'ObjectWithArgs')?.objname);
  const isIt = (f: { schema: string; name: string }): boolean => `${f.schema}.${f.name}` === from;
  if (functions.removed(from) && ![...functions.values()].some(isIt)) {
    if (!v.missing_ok) x.fails(undefinedFunction(`function ${from} does not exist`));
    return;
  }
  for (const [k, f] of [...functions]) {
    if (!isIt(f)) continue;
    functions.forget(k);
    // The key is `schema.name(signature types)`: only the name changes.
    functions.add(`${f.schema}.${v.newname}${k.slice(from.length)}`, { ...f, name: v.newname ?? '' });
  }
  functions.remove(from);
}
