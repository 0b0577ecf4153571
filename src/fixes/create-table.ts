import { quoteIdent, qualified } from '../parse/ast.js';
import type { CatalogData, PrismaField, PrismaModel, PrismaSchema } from '../types.js';
import { enableRls } from './rls.js';

/** What the SQL for a model's table may rely on, and what it must add. */
export interface TableContext {
  schema: PrismaSchema;
  catalog: CatalogData;
  /** Schemas the platform manages: their tables exist though the catalog does not list them. */
  isManagedSchema(schema: string): boolean;
  /** Whether a table in this schema needs row level security (the project uses it and the API exposes the schema). */
  needsRls(schema: string): boolean;
}

const SCALARS: Record<string, string> = {
  String: 'text', Int: 'integer', BigInt: 'bigint', Boolean: 'boolean', DateTime: 'timestamp(3)', Float: 'double precision',
  Decimal: 'decimal(65,30)', Json: 'jsonb', Bytes: 'bytea',
};

/** `@db.X` names whose SQL spelling is not the name in lower case. */
const NATIVE: Record<string, string> = {
  DoublePrecision: 'double precision', JsonB: 'jsonb', ByteA: 'bytea', VarBit: 'varbit', Integer: 'integer',
};

/** The functions Prisma's client runs itself: only `uuid()` has a database counterpart. */
const CLIENT_GENERATED = /^(cuid|nanoid|ulid|uuid)\(.*\)$/;

/**
 * The SQL a migration needs for a model's table (the `missing-table` fix), as Prisma Migrate would write it and in the
 * idempotent form: the enum types and schema it lacks, the columns with their defaults, the primary key and the
 * foreign keys to tables that exist, the unique and plain indexes, and row level security where the project needs it.
 */
export function createTableFor(m: PrismaModel, context: TableContext): string {
  const table = `${m.schema}.${m.table}`;
  const before: string[] = [];
  if (m.schema !== 'public' && !context.catalog.schemas.includes(m.schema)) before.push(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(m.schema)};`);
  const lines: string[] = [];
  const made = new Set<string>();
  for (const f of m.fields) {
    const anEnum = context.schema.enums.find((e) => e.name === f.type);
    if (anEnum && !made.has(anEnum.name) && !context.catalog.enums.some((e) => e.schema === anEnum.schema && e.name === anEnum.dbName)) {
      made.add(anEnum.name);
      before.push(`DO $$\nBEGIN\n  CREATE TYPE ${qualified(`${anEnum.schema}.${anEnum.dbName}`)} AS ENUM (${anEnum.values.map(literal).join(', ')});\nEXCEPTION WHEN duplicate_object THEN NULL;\nEND $$;`);
    }
    const type = anEnum ? qualified(`${anEnum.schema}.${anEnum.dbName}`) : columnType(f);
    const byDefault = f.default === undefined ? undefined : sqlDefault(f, type, anEnum);
    lines.push(`  ${quoteIdent(f.column)} ${type}${f.list ? '[]' : ''}${f.optional || f.list ? '' : ' NOT NULL'}${byDefault ? ` DEFAULT ${byDefault}` : ''}`);
  }
  const id = m.indexes.find((i) => i.kind === 'id');
  if (id) lines.push(`  PRIMARY KEY (${id.columns.map(quoteIdent).join(', ')})`);
  else if (m.implicit) lines.push(`  PRIMARY KEY (${m.fields.map((f) => quoteIdent(f.column)).join(', ')})`);
  const after: string[] = [];
  for (const r of m.relations) {
    if (r.columns.length === 0) continue;
    const target = context.schema.models.find((x) => x.name === r.model);
    const refs = r.references.map((ref) => target?.fields.find((f) => f.name === ref)?.column);
    if (!target || refs.some((c) => c === undefined)) continue;
    const targetKey = `${target.schema}.${target.table}`;
    const exists = targetKey === table || context.isManagedSchema(target.schema) || context.catalog.tables.some((t) => `${t.schema}.${t.name}` === targetKey);
    const optional = r.optional || m.fields.some((f) => r.columns.includes(f.column) && f.optional);
    const onDelete = action(r.onDelete ?? (optional ? 'SetNull' : 'Restrict'));
    const onUpdate = action(r.onUpdate ?? 'Cascade');
    const key = `FOREIGN KEY (${r.columns.map(quoteIdent).join(', ')}) REFERENCES ${qualified(targetKey)} (${(refs as string[]).map(quoteIdent).join(', ')}) ON DELETE ${onDelete} ON UPDATE ${onUpdate}`;
    if (exists) lines.push(`  CONSTRAINT ${quoteIdent(prismaName(m.table, r.columns, 'fkey'))} ${key}`);
    else after.push(`-- Once ${targetKey} exists: ALTER TABLE ${qualified(table)} ADD CONSTRAINT ${quoteIdent(prismaName(m.table, r.columns, 'fkey'))} ${key};`);
  }
  const indexes = m.indexes.filter((i) => i.kind !== 'id').map((i) => {
    const name = i.name ?? prismaName(m.table, i.columns, i.kind === 'unique' ? 'key' : 'idx');
    return `CREATE ${i.kind === 'unique' ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${quoteIdent(name)} ON ${qualified(table)} (${i.columns.map(quoteIdent).join(', ')});`;
  });
  const rls = context.needsRls(m.schema) ? [enableRls(table, m.fields.map((f) => f.column))] : [];
  return [...before, `CREATE TABLE IF NOT EXISTS ${qualified(table)} (\n${lines.join(',\n')}\n);`, ...indexes, ...rls, ...after].join('\n');
}

function columnType(f: PrismaField): string {
  const serial = f.default === 'autoincrement()' ? { Int: 'serial', BigInt: 'bigserial' }[f.type] : undefined;
  if (serial) return f.nativeType === 'SmallInt' ? 'smallserial' : serial;
  const unsupported = /^Unsupported\("(.*)"\)$/.exec(f.type);
  if (unsupported) return unsupported[1]!;
  if (f.nativeType) {
    const [, name = '', args] = /^(\w+)(\(.*\))?$/.exec(f.nativeType) ?? [];
    return (NATIVE[name] ?? name.toLowerCase()) + (args ? args.replace(/\s+/g, '') : '');
  }
  return SCALARS[f.type] ?? quoteIdent(f.type);
}

/** A Prisma `@default(…)` as SQL, or undefined when the database has no counterpart (Prisma's client fills it in). */
function sqlDefault(f: PrismaField, type: string, anEnum: PrismaSchema['enums'][number] | undefined): string | undefined {
  const value = f.default!;
  if (value === 'autoincrement()' || value === 'dbgenerated()') return undefined;
  if (value === 'now()') return 'CURRENT_TIMESTAMP';
  const generated = /^dbgenerated\(("(?:[^"\\]|\\.)*")\)$/.exec(value);
  if (generated) return JSON.parse(generated[1]!) as string || undefined;
  if (/^uuid\(\d?\)$/.test(value) && value !== 'uuid(7)') return type === 'uuid' ? 'gen_random_uuid()' : 'gen_random_uuid()::text';
  if (CLIENT_GENERATED.test(value)) return undefined;
  const element = (v: string) => {
    if (/^".*"$/.test(v)) return literal(JSON.parse(v) as string);
    if (/^-?\d+(\.\d+)?$/.test(v) || v === 'true' || v === 'false') return v;
    const member = anEnum?.members.indexOf(v) ?? -1;
    return member >= 0 ? literal(anEnum!.values[member]!) : undefined;
  };
  const list = /^\[(.*)\]$/.exec(value);
  if (list) {
    const items = list[1]!.trim() ? list[1]!.split(',').map((v) => element(v.trim())) : [];
    return items.some((i) => i === undefined) ? undefined : `ARRAY[${items.join(', ')}]::${type}[]`;
  }
  return element(value);
}

/** Prisma's referential action as SQL: `SetNull` → `SET NULL`. */
function action(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

/** The name Prisma Migrate gives a key or index: `<table>_<columns>_<suffix>`, the front cut so it fits 63 bytes. */
function prismaName(table: string, columns: string[], suffix: string): string {
  const base = `${table}_${columns.join('_')}`;
  const room = 63 - Buffer.byteLength(`_${suffix}`);
  let cut = base;
  while (Buffer.byteLength(cut) > room) cut = cut.slice(0, -1);
  return `${cut}_${suffix}`;
}

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
