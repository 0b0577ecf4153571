/** DROP of every kind, with what goes along with the object (see dependencies.ts). */
import type { DropStmt, Node } from '@pgsql/types';
import { names, signatureType, unwrap } from '../../parse/ast.js';
import { dependents, dropColumnsOfType, dropRelation, dropTriggersCalling } from '../dependencies.js';
import type { Execution, Handlers } from '../execution.js';
import { dependentObjectsStillExist, invalidSchemaName, undefinedFunction, undefinedObject, undefinedTable, wrongObjectType, type Failure } from '../failure.js';
import type { Relation } from '../model.js';
import { castName, objectWord } from './other.js';

/** One object of a DROP; `missing` raises what a DROP without IF EXISTS raises when the object is gone. */
type DropOne = (obj: Node, v: DropStmt, x: Execution, missing: (f: Failure) => void) => void;

const dropRelationObject: DropOne = (obj, v, x, missing) => {
  const catalog = x.catalog;
  const items = unwrap(obj, 'List')?.items;
  const parts = names(items);
  if (parts.length === 1 && catalog.temps.has(parts[0]!)) {
    catalog.temps.delete(parts[0]!);
    return;
  }
  const key = catalog.listKey(items);
  if (catalog.relations.removed(key)) return missing(undefinedTable(`relation "${key}" does not exist`));
  const rel = catalog.relations.get(key);
  const wrong = rel && wrongKind(v.removeType ?? '', rel);
  if (wrong) {
    // Raised with IF EXISTS too: the relation exists, it is just not of the kind the statement names.
    x.fails(wrongObjectType(`"${parts[parts.length - 1]}" is not ${wrong.not}`, { hint: `Use ${wrong.use}.` }));
    return;
  }
  if (rel?.kind === 'index' && rel.constraint) return; // PostgreSQL refuses: drop the constraint instead
  const cascade = v.behavior === 'DROP_CASCADE';
  // Fails without CASCADE; the fix is CASCADE, so the replay goes on as if it had been given.
  const dependent = rel !== undefined && dependents(catalog, key).length > 0;
  if (!cascade && dependent) x.fails(dependentObjectsStillExist(`cannot drop ${key} because other objects depend on it`));
  dropRelation(catalog, key, cascade || dependent);
};

/** What each DROP of a relation accepts, and the words PostgreSQL uses when the relation is of another kind. */
const RELATION_KINDS: Partial<Record<string, { is: (rel: Relation) => boolean; not: string; use: string }>> = {
  OBJECT_TABLE: { is: (r) => r.kind === 'table' && !r.table.foreign, not: 'a table', use: 'DROP TABLE to remove a table' },
  OBJECT_FOREIGN_TABLE: { is: (r) => r.kind === 'table' && r.table.foreign, not: 'a foreign table', use: 'DROP FOREIGN TABLE to remove a foreign table' },
  OBJECT_VIEW: { is: (r) => r.kind === 'view' && !r.materialized, not: 'a view', use: 'DROP VIEW to remove a view' },
  OBJECT_MATVIEW: { is: (r) => r.kind === 'view' && r.materialized, not: 'a materialized view', use: 'DROP MATERIALIZED VIEW to remove a materialized view' },
  OBJECT_INDEX: { is: (r) => r.kind === 'index', not: 'an index', use: 'DROP INDEX to remove an index' },
  OBJECT_SEQUENCE: { is: (r) => r.kind === 'sequence', not: 'a sequence', use: 'DROP SEQUENCE to remove a sequence' },
};

/** A DROP of one kind of relation meeting another (DROP VIEW of a materialized view): what it is not, and what to use. */
function wrongKind(removeType: string, rel: Relation): { not: string; use: string } | undefined {
  // A table seen only through ALTERs may be of any kind.
  if (rel.kind === 'composite' || (rel.kind === 'table' && rel.table.external)) return undefined;
  const expected = RELATION_KINDS[removeType];
  const actual = Object.values(RELATION_KINDS).find((k) => k!.is(rel));
  return expected && actual && !expected.is(rel) ? { not: expected.not, use: actual.use } : undefined;
}

const dropType: DropOne = (obj, v, x, missing) => {
  const key = x.catalog.listKey(unwrap(obj, 'TypeName')?.names);
  if (x.catalog.types.removed(key)) return missing(undefinedObject(`type "${key}" does not exist`));
  x.catalog.types.remove(key);
  if (v.behavior === 'DROP_CASCADE') dropColumnsOfType(x.catalog, key);
};

/** DROP POLICY / TRIGGER / RULE name ON table. */
const dropTableChild: DropOne = (obj, v, x, missing) => {
  const catalog = x.catalog;
  const items = unwrap(obj, 'List')?.items ?? [];
  const name = names(items.slice(-1))[0] ?? '';
  const tableKey = catalog.listKey(items.slice(0, -1));
  if (catalog.relations.removed(tableKey)) return missing(undefinedTable(`relation "${tableKey}" does not exist`));
  const t = catalog.writableTable(tableKey);
  if (!t) return;
  const children = v.removeType === 'OBJECT_POLICY' ? t.policies : v.removeType === 'OBJECT_TRIGGER' ? t.triggers : t.rules;
  if (children.removed(name)) missing(undefinedObject(`${objectWord(v.removeType)} "${name}" for table "${t.name}" does not exist`));
  children.remove(name);
};

const dropFunction: DropOne = (obj, v, x, missing) => {
  const catalog = x.catalog;
  const owa = unwrap(obj, 'ObjectWithArgs');
  const base = catalog.listKey(owa?.objname);
  const sig = owa?.args_unspecified ? undefined : `${base}(${(owa?.objargs ?? []).map((a) => signatureType(unwrap(a, 'TypeName'))).join(', ')})`;
  const overload = (k: string): boolean => k.startsWith(`${base}(`);
  const matches = [...catalog.functions.keys()].filter((k) => (sig ? k === sig : overload(k)));
  if (matches.length === 0 && catalog.functions.removed(sig ?? base)) missing(undefinedFunction(`function ${sig ?? base} does not exist`));
  for (const k of matches) catalog.functions.forget(k);
  if (![...catalog.functions.keys()].some(overload)) {
    catalog.definitions.delete(base);
    if (v.behavior === 'DROP_CASCADE') dropTriggersCalling(catalog, base);
  }
  catalog.functions.remove(sig ?? base);
  if (sig) catalog.functions.remove(base);
};

const dropSchema: DropOne = (obj, v, x, missing) => {
  const catalog = x.catalog;
  const name = unwrap(obj, 'String')?.sval ?? '';
  if (catalog.schemas.removed(name)) return missing(invalidSchemaName(`schema "${name}" does not exist`));
  catalog.schemas.remove(name);
  catalog.ownSchemas.delete(name);
  if (v.behavior === 'DROP_CASCADE') for (const key of [...catalog.relations.keys()]) if (key.startsWith(`${name}.`)) dropRelation(catalog, key, true);
};

const dropExtension: DropOne = (obj, _v, x, missing) => {
  const name = unwrap(obj, 'String')?.sval ?? '';
  if (x.catalog.extensions.removed(name)) return missing(undefinedObject(`extension "${name}" does not exist`));
  x.catalog.extensions.remove(name);
};

const dropPublication: DropOne = (obj, _v, x, missing) => {
  const name = unwrap(obj, 'String')?.sval ?? '';
  if (x.catalog.publications.removed(name)) return missing(undefinedObject(`publication "${name}" does not exist`));
  x.catalog.publications.remove(name);
};

const nameOf = (obj: Node) => unwrap(obj, 'String')?.sval ?? '';
const listNameOf = (obj: Node, x: Execution) => x.catalog.listKey(unwrap(obj, 'List')?.items);

/** Kinds tracked by existence only: the word and name `createOther` keys them by, read from a DROP's object. */
const KEYED_BY_NAME: Partial<Record<string, { word: string; name: (obj: Node, x: Execution) => string }>> = {
  OBJECT_EVENT_TRIGGER: { word: 'event trigger', name: nameOf },
  OBJECT_FOREIGN_SERVER: { word: 'server', name: nameOf },
  OBJECT_FDW: { word: 'foreign-data wrapper', name: nameOf },
  OBJECT_LANGUAGE: { word: 'language', name: nameOf },
  OBJECT_STATISTIC_EXT: { word: 'statistics', name: listNameOf },
  OBJECT_CONVERSION: { word: 'conversion', name: listNameOf },
  // The list starts with the access method, which CREATE OPERATOR CLASS names apart.
  OBJECT_OPCLASS: { word: 'operator class', name: (obj, x) => x.catalog.listKey(unwrap(obj, 'List')?.items?.slice(1)) },
  OBJECT_CAST: { word: 'cast', name: (obj) => { const [source, target] = unwrap(obj, 'List')?.items ?? []; return castName(unwrap(source, 'TypeName'), unwrap(target, 'TypeName')); } },
};

/** Kinds we track by existence only, by name where CREATE keys them by name, else under their whole syntax. */
const dropOther: DropOne = (obj, v, x, missing) => {
  const known = KEYED_BY_NAME[v.removeType ?? ''];
  const key = known ? `${known.word}:${known.name(obj, x)}` : `${v.removeType}:${JSON.stringify(obj)}`;
  if (x.catalog.others.removed(key)) missing(undefinedObject(`${known?.word ?? objectWord(v.removeType)} does not exist`));
  x.catalog.others.remove(key);
};

const DROP_ONE: Partial<Record<string, DropOne>> = {
  OBJECT_TABLE: dropRelationObject, OBJECT_VIEW: dropRelationObject, OBJECT_MATVIEW: dropRelationObject, OBJECT_INDEX: dropRelationObject,
  OBJECT_SEQUENCE: dropRelationObject, OBJECT_FOREIGN_TABLE: dropRelationObject,
  OBJECT_TYPE: dropType, OBJECT_DOMAIN: dropType,
  OBJECT_POLICY: dropTableChild, OBJECT_TRIGGER: dropTableChild, OBJECT_RULE: dropTableChild,
  OBJECT_FUNCTION: dropFunction, OBJECT_PROCEDURE: dropFunction, OBJECT_AGGREGATE: dropFunction,
  OBJECT_SCHEMA: dropSchema,
  OBJECT_EXTENSION: dropExtension,
  OBJECT_PUBLICATION: dropPublication,
};

export const dropHandlers: Handlers = {
  DropStmt(v, x) {
    const dropOne = DROP_ONE[v.removeType ?? ''] ?? dropOther;
    const missing = (f: Failure): void => {
      if (!v.missing_ok) x.fails(f);
    };
    for (const obj of v.objects ?? []) dropOne(obj, v, x, missing);
  },
};
