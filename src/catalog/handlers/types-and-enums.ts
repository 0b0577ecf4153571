/** Types: enums and their values, domains, ranges, composite and base types (which share the relations' namespace). */
import { unwrap } from '../../parse/ast.js';
import type { Execution, Handlers } from '../execution.js';
import { duplicateObject, invalidParameterValue, undefinedObject } from '../failure.js';
import { splitKey, type TypeDef } from '../model.js';
import { createOther, objectWord } from './other.js';
import { relationExists } from './tables.js';

/** CREATE TYPE / DOMAIN: fails where a type, or a relation other than an index, has the name. */
function defineType(x: Execution, key: string, def: TypeDef, ifNotExists = false): void {
  const catalog = x.catalog;
  const rel = catalog.relations.get(key);
  const exists = catalog.types.has(key) || (rel !== undefined && rel.kind !== 'index' && !(rel.kind === 'table' && rel.table.external));
  if (exists) {
    if (!ifNotExists) x.fails(duplicateObject(`type "${splitKey(key)[1]}" already exists`));
    return;
  }
  catalog.types.add(key, def);
}

export const typeHandlers: Handlers = {
  CreateEnumStmt(v, x) {
    const values = (v.vals ?? []).map((n) => unwrap(n, 'String')?.sval ?? '');
    defineType(x, x.catalog.listKey(v.typeName), { kind: 'enum', values, valuesKnown: true, createdAt: x.at });
  },
  CreateDomainStmt: (v, x) => defineType(x, x.catalog.listKey(v.domainname), { kind: 'domain', values: [], valuesKnown: false, createdAt: x.at }),
  CreateRangeStmt: (v, x) => defineType(x, x.catalog.listKey(v.typeName), { kind: 'range', values: [], valuesKnown: false, createdAt: x.at }),
  CompositeTypeStmt(v, x) {
    const catalog = x.catalog;
    const key = catalog.relKey(v.typevar);
    // PostgreSQL looks for the type first: a table's, a view's and a composite type's row type bear the name.
    const rel = catalog.relations.get(key);
    const rowType = rel?.kind === 'view' || rel?.kind === 'composite' || (rel?.kind === 'table' && !rel.table.external);
    if (rowType && x.fails(duplicateObject(`type "${splitKey(key)[1]}" already exists`))) return;
    if (x.fails(relationExists(catalog, key))) return;
    catalog.relations.add(key, { kind: 'composite' });
    catalog.types.add(key, { kind: 'base', values: [], valuesKnown: false, createdAt: x.at });
  },
  DefineStmt(v, x) {
    const key = x.catalog.listKey(v.defnames);
    // A shell type (no definition) is made only where none exists, like IF NOT EXISTS.
    if (v.kind === 'OBJECT_TYPE') defineType(x, key, { kind: 'base', values: [], valuesKnown: false, createdAt: x.at }, !!v.if_not_exists || !v.definition);
    else createOther(x, objectWord(v.kind), key + JSON.stringify(v.args ?? []), !!v.if_not_exists || !!v.replace);
  },

  AlterEnumStmt(v, x) {
    const types = x.catalog.types;
    const key = x.catalog.listKey(v.typeName);
    const [oldVal, newVal] = [v.oldVal ?? '', v.newVal ?? ''];
    if (types.removed(key)) {
      x.fails(undefinedObject(`type "${key}" does not exist`));
      return;
    }
    const prev = types.get(key) ?? { kind: 'enum' as const, values: [], valuesKnown: false };
    const values = [...prev.values];
    if (v.oldVal) {
      if (!values.includes(oldVal) && prev.valuesKnown) x.fails(invalidParameterValue(`"${oldVal}" is not an existing enum label`));
      else if (values.includes(newVal)) x.fails(duplicateObject(`enum label "${newVal}" already exists`));
      const i = values.indexOf(oldVal);
      if (i >= 0) values[i] = newVal;
      else values.push(newVal);
      types.add(key, { ...prev, values, valuesKnown: true });
      return;
    }
    if (values.includes(newVal)) {
      if (!v.skipIfNewValExists) x.fails(duplicateObject(`enum label "${newVal}" already exists`));
      return;
    }
    values.push(newVal);
    // A value added to an enum we never saw whole: later values we do not know may exist, so only this one is known.
    types.add(key, { ...prev, values, valuesKnown: prev.valuesKnown });
  },
};
