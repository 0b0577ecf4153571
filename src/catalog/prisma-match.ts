import type { IndexInfo, PrismaField, PrismaModel, PrismaSchema, TableInfo } from '../types.js';

/**
 * The Prisma schema set against the tables the migrations build: what the Prisma rules report and the report's schema
 * and index sections show, from the same functions.
 */

export type PrismaIndexKind = 'id' | 'unique' | 'index';

/** Indexes the model declares, with field-level `@id` / `@unique` the parser may not have listed as block attributes. */
export function prismaIndexes(m: PrismaModel): { kind: PrismaIndexKind; columns: string[]; line: number }[] {
  const list = m.indexes.map((i) => ({ kind: i.kind, columns: i.columns, line: i.line }));
  const has = (kind: string, col: string) => list.some((i) => i.kind === kind && i.columns.length === 1 && i.columns[0] === col);
  for (const f of m.fields) {
    if (f.isId && !has('id', f.column)) list.push({ kind: 'id', columns: [f.column], line: f.line });
    if (f.isUnique && !has('unique', f.column)) list.push({ kind: 'unique', columns: [f.column], line: f.line });
  }
  return list;
}

/**
 * What in the catalog enforces a Prisma index, or undefined when nothing does: a key (`@id`, `@unique`) is enforced
 * by a primary key or unique index on the same columns in any order, an `@@index` by an index on the same columns in
 * the same order.
 */
export function indexEnforcing(t: TableInfo, kind: PrismaIndexKind, columns: string[]): IndexInfo | 'primary key' | 'unique constraint' | undefined {
  const same = (x: string[]) => x.length === columns.length && x.every((c, i) => c === columns[i]);
  const sameSet = (x: string[]) => x.length === columns.length && columns.every((c) => x.includes(c));
  if (kind === 'id') {
    if (!sameSet(t.primaryKey)) return undefined;
    return t.indexes.find((i) => i.constraint && i.unique && sameSet(i.columns)) ?? 'primary key';
  }
  if (kind === 'unique') {
    const idx = t.indexes.find((i) => i.unique && sameSet(i.columns));
    if (idx) return idx;
    if (t.uniques.some(sameSet)) return 'unique constraint';
    return sameSet(t.primaryKey) ? 'primary key' : undefined;
  }
  const idx = t.indexes.find((i) => same(i.columns));
  if (idx) return idx;
  return same(t.primaryKey) ? 'primary key' : t.uniques.some(same) ? 'unique constraint' : undefined;
}

/** A model field whose column has another type than the one Prisma maps the field to. */
export interface TypeDrift {
  field: PrismaField;
  /** The column's type as the migrations made it. */
  actual: string;
  /** The type Prisma maps the field to. */
  expected: string;
}

/** Columns of the model and of its table that have no counterpart on the other side, and columns of another type. */
export interface ColumnDrift {
  onlyInModel: string[];
  onlyInTable: string[];
  /** Fields whose column exists with a type other than Prisma's for the field. */
  otherType: TypeDrift[];
  /** Dynamic SQL may have changed the table, so the comparison may be wrong. */
  uncertain: boolean;
}

/** Per schema, its model names: a rule compares every model, and building the set per model is quadratic. */
const modelNameSets = new WeakMap<readonly PrismaModel[], ReadonlySet<string>>();
function modelNamesOf(models: readonly PrismaModel[]): ReadonlySet<string> {
  let names = modelNameSets.get(models);
  if (!names) modelNameSets.set(models, (names = new Set(models.map((x) => x.name))));
  return names;
}

/**
 * Compares the model's scalar fields with the table's columns; relation fields map to no column. A column whose type is
 * neither one Prisma maps to nor an enum the migrations leave (`enumNames`, unqualified) is not compared: a domain, or a
 * type renamed after the column used it, which the replay does not follow into the column.
 */
export function columnDrift(t: TableInfo, m: PrismaModel, schema: Pick<PrismaSchema, 'models' | 'enums'>, enumNames: ReadonlySet<string>): ColumnDrift {
  const enums = enumsKey(enumNames);
  let tables = drifts.get(schema);
  if (!tables) drifts.set(schema, (tables = new WeakMap()));
  const made = tables.get(t);
  if (made && made.m === m && made.enums === enums) return made.drift;
  const drift = compareColumns(t, m, schema, enumNames);
  tables.set(t, { m, enums, drift });
  return drift;
}

/**
 * Per schema, the last comparison of each table: catalogData hands out the same TableInfo while a table stands
 * unchanged, and the rule compares it in the audit, in each re-audit of a fix check, at a pull request's base and
 * head, and the report once more. Kept under the schema, as the tables live to the end of the run and a re-audit's
 * trial schema (every suggested model added) must not.
 */
const drifts = new WeakMap<object, WeakMap<TableInfo, { m: PrismaModel; enums: string; drift: ColumnDrift }>>();
const enumKeys = new WeakMap<ReadonlySet<string>, string>();
function enumsKey(names: ReadonlySet<string>): string {
  let key = enumKeys.get(names);
  if (key === undefined) enumKeys.set(names, (key = [...names].sort().join('\0')));
  return key;
}

function compareColumns(t: TableInfo, m: PrismaModel, schema: Pick<PrismaSchema, 'models' | 'enums'>, enumNames: ReadonlySet<string>): ColumnDrift {
  const modelNames = modelNamesOf(schema.models);
  const fields = m.fields.filter((f) => !modelNames.has(f.type));
  const columns = new Map(t.columns.map((c) => [c.name, c]));
  const otherType: TypeDrift[] = [];
  for (const f of fields) {
    const column = columns.get(f.column);
    const expected = column && prismaColumnType(f, schema.enums);
    if (!column || !expected || sameType(expected, column.type)) continue;
    const base = normType(column.type).replace(/(\[\])+$/, '').replace(/\(.*$/, '');
    if (MAPPED.has(base) || enumNames.has(base)) otherType.push({ field: f, actual: column.type, expected });
  }
  return {
    onlyInModel: fields.filter((f) => !columns.has(f.column)).map((f) => f.column),
    onlyInTable: t.columns.map((c) => c.name).filter((c) => !fields.some((f) => f.column === c)),
    otherType,
    uncertain: t.uncertain,
  };
}

/** The column type Prisma Migrate creates for a scalar type without a native type attribute. */
const DEFAULT_TYPES: Record<string, string> = {
  String: 'text', Boolean: 'boolean', Int: 'integer', BigInt: 'bigint', Float: 'double precision', Decimal: 'numeric',
  DateTime: 'timestamp', Json: 'jsonb', Bytes: 'bytea',
};

/** The column type of a `@db.X` attribute, with its arguments where they change the type (lengths). */
const NATIVE_TYPES: Record<string, string> = {
  Text: 'text', VarChar: 'varchar', Char: 'char', Uuid: 'uuid', Xml: 'xml', Inet: 'inet', Citext: 'citext', Bit: 'bit', VarBit: 'varbit',
  Boolean: 'boolean', SmallInt: 'smallint', Integer: 'integer', Oid: 'oid', BigInt: 'bigint', DoublePrecision: 'double precision', Real: 'real',
  Decimal: 'numeric', Money: 'money', Timestamp: 'timestamp', Timestamptz: 'timestamptz', Date: 'date', Time: 'time', Timetz: 'timetz',
  Json: 'json', JsonB: 'jsonb', ByteA: 'bytea',
};

/** Types whose arguments are lengths the column must match; others' arguments are precisions the catalog does not keep. */
const SIZED = new Set(['VarChar', 'Char', 'Bit', 'VarBit']);

/**
 * The type Prisma Migrate gives the field's column, as the catalog spells column types (`varchar(255)`, `text[]`, an
 * enum's name), or undefined when it cannot be told (`Unsupported(…)`, a native type not listed).
 */
export function prismaColumnType(f: PrismaField, enums: PrismaSchema['enums']): string | undefined {
  let base: string | undefined;
  const en = enums.find((e) => e.name === f.type);
  if (en) base = en.dbName;
  else if (f.nativeType) {
    const [, name, args] = /^(\w+)(?:\((.*)\))?$/.exec(f.nativeType) ?? [];
    base = name === undefined ? undefined : NATIVE_TYPES[name];
    if (base && args && SIZED.has(name!)) base += `(${args.replace(/\s+/g, '')})`;
  } else base = DEFAULT_TYPES[f.type];
  return base && (f.list ? `${base}[]` : base);
}

/** A type without schema qualifier and without the precision of numeric / time types, which are not compared. */
function normType(type: string): string {
  const array = /(\[\])+$/.exec(type)?.[0] ?? '';
  let base = type.slice(0, type.length - array.length);
  if (/^(numeric|decimal|timestamp|timestamptz|time|timetz)\(/.test(base)) base = base.slice(0, base.indexOf('('));
  base = base.slice(base.lastIndexOf('.') + 1);
  return (base === 'decimal' ? 'numeric' : base) + array;
}

const sameType = (expected: string, actual: string): boolean => normType(expected) === normType(actual);

/** The built-in column types Prisma maps some field to: a column of one of them can be compared with any field. */
const MAPPED = new Set([...Object.values(DEFAULT_TYPES), ...Object.values(NATIVE_TYPES)]);
