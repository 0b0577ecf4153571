/** The rest: schemas, extensions, roles, the search path, and kinds tracked by existence only. */
import type { AlterObjectSchemaStmt, TypeName } from '@pgsql/types';
import { exprText, signatureType, unwrap } from '../../parse/ast.js';
import type { Execution, Handlers } from '../execution.js';
import { duplicateObject, duplicateSchema, undefinedObject } from '../failure.js';
import { bringsRelations } from '../first-run.js';

/** `OBJECT_EVENT_TRIGGER` → `event trigger`. */
export function objectWord(kind: string | undefined): string {
  return (kind ?? '').replace(/^OBJECT_/, '').toLowerCase().replace(/_/g, ' ');
}

/** A cast's name as CREATE CAST and DROP CAST both key it. */
export function castName(source: TypeName | undefined, target: TypeName | undefined): string {
  return `${signatureType(source)} AS ${signatureType(target)}`;
}

/** Objects we track by name only: CREATE fails when they exist unless IF NOT EXISTS / OR REPLACE. */
export function createOther(x: Execution, kind: string, name: string, ifNotExists: boolean): void {
  const key = `${kind}:${name}`;
  if (x.catalog.others.has(key) && !ifNotExists) x.fails(duplicateObject(`${kind} "${name}" already exists`));
  x.catalog.others.add(key, true);
}

/** ALTER EXTENSION … SET SCHEMA: a relocatable extension's objects move (a second run to the same schema does nothing). */
export function moveExtension(v: AlterObjectSchemaStmt, x: Execution): void {
  const name = unwrap(v.object, 'String')?.sval ?? '';
  const ext = x.catalog.extensions.get(name);
  if (ext && v.newschema) x.catalog.extensions.add(name, { name, schema: v.newschema, createdAt: ext.createdAt });
}

export const otherHandlers: Handlers = {
  CreateSchemaStmt(v, x) {
    const catalog = x.catalog;
    const name = v.schemaname ?? v.authrole?.rolename ?? '';
    if (catalog.schemas.has(name) && !v.if_not_exists && x.fails(duplicateSchema(`schema "${name}" already exists`))) return;
    catalog.schemas.add(name, true);
    catalog.ownSchemas.add(name);
    // The elements of CREATE SCHEMA … CREATE TABLE … are created in the new schema.
    const saved = catalog.defaultSchema;
    catalog.defaultSchema = name;
    for (const elt of v.schemaElts ?? []) x.fails(catalog.apply({ ...x.at, node: elt, text: '', origin: 'top', guarded: false }, x.lenient));
    catalog.defaultSchema = saved;
  },

  CreateExtensionStmt(v, x) {
    const name = v.extname ?? '';
    if (x.catalog.extensions.has(name)) {
      if (!v.if_not_exists) x.fails(duplicateObject(`extension "${name}" already exists`));
      return;
    }
    const schema = unwrap((v.options ?? []).map((o) => unwrap(o, 'DefElem')).find((d) => d?.defname === 'schema')?.arg, 'String')?.sval;
    x.catalog.extensions.add(name, { name, schema, createdAt: x.at, ...(!schema && { defaultSchema: x.catalog.defaultSchema }) });
    if (bringsRelations(name)) x.catalog.openSchemas.add(schema ?? x.catalog.defaultSchema);
  },

  CreateRoleStmt(v, x) {
    const name = v.role ?? '';
    if (x.catalog.roles.has(name)) x.fails(duplicateObject(`role "${name}" already exists`));
    x.catalog.roles.add(name, true);
  },

  DropRoleStmt(v, x) {
    for (const r of v.roles ?? []) {
      const name = unwrap(r, 'RoleSpec')?.rolename ?? '';
      if (x.catalog.roles.removed(name) && !v.missing_ok) x.fails(undefinedObject(`role "${name}" does not exist`));
      x.catalog.roles.remove(name);
    }
  },

  VariableSetStmt(v, x) {
    if (v.name !== 'search_path' || v.kind !== 'VAR_SET_VALUE') return;
    const path = (v.args ?? []).map((a) => exprText(a)?.replace(/^'(.*)'$/, '$1') ?? '').filter((s) => s !== '' && s !== '$user' && s !== '"$user"');
    if (path[0]) x.catalog.defaultSchema = path[0];
    x.catalog.searchPath = path.flatMap((s) => s.split(',').map((part) => part.trim().replace(/^"(.*)"$/, '$1'))).filter((s) => s !== '' && s !== '$user');
  },

  // The foreign tables it makes are named by the remote server.
  ImportForeignSchemaStmt: (v, x) => void x.catalog.openSchemas.add(v.local_schema ?? x.catalog.defaultSchema),

  CreateEventTrigStmt: (v, x) => createOther(x, 'event trigger', v.trigname ?? '', false),
  CreateForeignServerStmt: (v, x) => createOther(x, 'server', v.servername ?? '', !!v.if_not_exists),
  CreateFdwStmt: (v, x) => createOther(x, 'foreign-data wrapper', v.fdwname ?? '', false),
  CreateCastStmt: (v, x) => createOther(x, 'cast', castName(v.sourcetype, v.targettype), false),
  CreateStatsStmt: (v, x) => { if (v.defnames) createOther(x, 'statistics', x.catalog.listKey(v.defnames), !!v.if_not_exists); },
  CreateTransformStmt: (v, x) => createOther(x, 'transform', JSON.stringify([v.type_name, v.lang]), !!v.replace),
  CreatePLangStmt: (v, x) => createOther(x, 'language', v.plname ?? '', !!v.replace),
  CreateOpClassStmt: (v, x) => createOther(x, 'operator class', x.catalog.listKey(v.opclassname), false),
  CreateConversionStmt: (v, x) => createOther(x, 'conversion', x.catalog.listKey(v.conversion_name), false),
};
