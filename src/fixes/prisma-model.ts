import type { TableInfo } from '../types.js';

interface Mapped {
  type: string;
  native?: string;
}

// PostgreSQL type (as the catalog normalises it) → what `prisma db pull` writes; parameters are carried over.
const SCALARS: [RegExp, (m: RegExpMatchArray) => Mapped][] = [
  [/^uuid$/, () => ({ type: 'String', native: 'Uuid' })],
  [/^text$/, () => ({ type: 'String' })],
  [/^varchar(?:\((\d+)\))?$/, (m) => ({ type: 'String', native: m[1] ? `VarChar(${m[1]})` : 'VarChar' })],
  [/^char(?:\((\d+)\))?$/, (m) => ({ type: 'String', native: `Char(${m[1] ?? 1})` })],
  [/^citext$/, () => ({ type: 'String', native: 'Citext' })],
  [/^inet$/, () => ({ type: 'String', native: 'Inet' })],
  [/^xml$/, () => ({ type: 'String', native: 'Xml' })],
  [/^integer$/, () => ({ type: 'Int' })],
  [/^smallint$/, () => ({ type: 'Int', native: 'SmallInt' })],
  [/^bigint$/, () => ({ type: 'BigInt' })],
  [/^oid$/, () => ({ type: 'Int', native: 'Oid' })],
  [/^boolean$/, () => ({ type: 'Boolean' })],
  [/^timestamptz$/, () => ({ type: 'DateTime', native: 'Timestamptz(6)' })],
  [/^timestamp$/, () => ({ type: 'DateTime', native: 'Timestamp(6)' })],
  [/^date$/, () => ({ type: 'DateTime', native: 'Date' })],
  [/^time$/, () => ({ type: 'DateTime', native: 'Time(6)' })],
  [/^timetz$/, () => ({ type: 'DateTime', native: 'Timetz(6)' })],
  [/^jsonb$/, () => ({ type: 'Json' })],
  [/^json$/, () => ({ type: 'Json', native: 'Json' })],
  [/^numeric\((\d+),(\d+)\)$/, (m) => ({ type: 'Decimal', native: `Decimal(${m[1]}, ${m[2]})` })],
  [/^numeric\((\d+)\)$/, (m) => ({ type: 'Decimal', native: `Decimal(${m[1]}, 0)` })],
  [/^numeric$/, () => ({ type: 'Decimal' })],
  [/^money$/, () => ({ type: 'Decimal', native: 'Money' })],
  [/^real$/, () => ({ type: 'Float', native: 'Real' })],
  [/^double precision$/, () => ({ type: 'Float' })],
  [/^bytea$/, () => ({ type: 'Bytes' })],
];

/** What a generated model may refer to beyond its own table. */
export interface ModelContext {
  /** Every table, by `schema.name`: the targets of foreign keys. */
  tables: ReadonlyMap<string, TableInfo>;
  /** Model names the schema already has, by `schema.name` of their table. */
  models: ReadonlyMap<string, string>;
  /** Enum types the migrations create, as a column's type names them (`status`, `billing.plan`). */
  enums: ReadonlySet<string>;
}

/**
 * The Prisma model `prisma db pull` would write for a table the schema lacks (the `missing-model` fix), named the way
 * a hand-written schema is: PascalCase model and camelCase fields, mapped back with `@@map` / `@map`. Only the forward
 * side of each relation is written: `prisma format` adds the back-relations. The context is built once by the
 * caller: one finding per table must not rebuild it.
 */
export function prismaModelFromTable(table: TableInfo, context: ModelContext): string {
  const model = modelName(table.name);
  const fieldOf = new Map<string, string>();
  const taken = new Set<string>();
  const claim = (wanted: string) => {
    let name = wanted;
    for (let i = 2; taken.has(name); i++) name = `${wanted}${i}`;
    taken.add(name);
    return name;
  };
  for (const c of table.columns) fieldOf.set(c.name, claim(fieldName(c.name)));
  const fields = (cols: string[]) => `[${cols.map((c) => fieldOf.get(c)).join(', ')}]`;
  const known = (cols: string[]) => cols.length > 0 && cols.every((c) => fieldOf.has(c));

  const uniqueIndexes = table.indexes.filter((i) => i.unique && !i.constraint && known(i.columns));
  const singleUnique = new Map<string, string | undefined>();
  for (const cols of table.uniques) if (cols.length === 1) singleUnique.set(cols[0]!, undefined);
  for (const i of uniqueIndexes) if (i.columns.length === 1 && !singleUnique.has(i.columns[0]!)) singleUnique.set(i.columns[0]!, mapName(i.name, `${table.name}_${i.columns[0]}_key`));

  const rows: [string, string, string][] = table.columns.map((c) => {
    const { type, native, list } = mapType(c.type, context.enums);
    const isId = table.primaryKey.length === 1 && table.primaryKey[0] === c.name;
    const attrs: string[] = [];
    if (isId) attrs.push('@id');
    if (singleUnique.has(c.name)) {
      const map = singleUnique.get(c.name);
      attrs.push(map ? `@unique(map: ${quote(map)})` : '@unique');
    }
    const def = c.default === undefined ? undefined : prismaDefault(c.default, type, context.enums.has(c.type.replace(/(\[\])+$/, '')));
    if (def) attrs.push(`@default(${def})`);
    if (fieldOf.get(c.name) !== c.name) attrs.push(`@map(${quote(c.name)})`);
    if (native) attrs.push(`@db.${native}`);
    const optional = !c.notNull && !list && !table.primaryKey.includes(c.name) ? '?' : '';
    return [fieldOf.get(c.name)!, `${type}${list ? '[]' : ''}${optional}`, attrs.join(' ')];
  });

  const fkCount = new Map<string, number>();
  for (const fk of table.foreignKeys) fkCount.set(fk.refTable, (fkCount.get(fk.refTable) ?? 0) + 1);
  for (const fk of table.foreignKeys) {
    const target = context.tables.get(fk.refTable);
    if (!target || !known(fk.columns)) continue;
    const targetModel = context.models.get(fk.refTable) ?? modelName(target.name);
    const ambiguous = (fkCount.get(fk.refTable) ?? 0) > 1;
    const name = claim(fieldName(ambiguous ? `${target.name}_${fk.columns.join('_')}` : target.name));
    const args = [
      ...(ambiguous ? [quote(`${model}_${fk.columns.join('_')}To${targetModel}`)] : []),
      `fields: ${fields(fk.columns)}`,
      `references: [${fk.refColumns.map(fieldName).join(', ')}]`,
      ...(fk.onDelete && fk.onDelete !== 'NoAction' ? [`onDelete: ${fk.onDelete}`] : []),
    ];
    const optional = fk.columns.some((col) => !table.columns.find((c) => c.name === col)?.notNull) ? '?' : '';
    rows.push([name, `${targetModel}${optional}`, `@relation(${args.join(', ')})`]);
  }

  const block: string[] = [];
  if (table.primaryKey.length > 1 && known(table.primaryKey)) block.push(`@@id(${fields(table.primaryKey)})`);
  for (const cols of table.uniques) if (cols.length > 1 && known(cols)) block.push(`@@unique(${fields(cols)})`);
  for (const i of uniqueIndexes) if (i.columns.length > 1) block.push(`@@unique(${withMap(fields(i.columns), mapName(i.name, `${table.name}_${i.columns.join('_')}_key`))})`);
  for (const i of table.indexes) {
    if (!i.unique && !i.constraint && known(i.columns)) block.push(`@@index(${withMap(fields(i.columns), mapName(i.name, `${table.name}_${i.columns.join('_')}_idx`))})`);
  }
  if (model !== table.name) block.push(`@@map(${quote(table.name)})`);
  if (table.schema !== 'public') block.push(`@@schema(${quote(table.schema)})`);

  const nameWidth = Math.max(...rows.map((r) => r[0].length));
  const typeWidth = Math.max(...rows.map((r) => r[1].length));
  const lines = rows.map(([n, t, a]) => `  ${n.padEnd(nameWidth)} ${a ? `${t.padEnd(typeWidth)} ${a}` : t}`.trimEnd());
  return [`model ${model} {`, ...lines, ...(block.length ? ['', ...block.map((b) => `  ${b}`)] : []), '}'].join('\n');
}

function mapType(sqlType: string, enums: ReadonlySet<string>): Mapped & { list: boolean } {
  const list = sqlType.endsWith('[]');
  const base = sqlType.replace(/(\[\])+$/, '');
  // `prisma db pull` names an enum after its type.
  if (enums.has(base)) return { type: base.slice(base.lastIndexOf('.') + 1), list };
  for (const [re, to] of SCALARS) {
    const m = base.match(re);
    if (m) return { ...to(m), list };
  }
  return { type: `Unsupported(${quote(sqlType)})`, list: false };
}

/** The `@default(...)` argument for a column default as the catalog renders it, or undefined for none. */
function prismaDefault(sql: string, type: string, isEnum: boolean): string | undefined {
  if (sql === 'null') return undefined;
  if (sql === 'autoincrement()') return 'autoincrement()';
  if (sql === 'dbgenerated') return 'dbgenerated()';
  if (/^(now\(\)|current_timestamp)$/i.test(sql)) return 'now()';
  const literal = sql.match(/^'((?:[^']|'')*)'(?:::[\w. ]+(?:\(\d+(?:,\d+)?\))?)?$/);
  if (literal && (type === 'String' || type === 'Json')) return quote(literal[1]!.replace(/''/g, "'"));
  // An enum's default is the bare value: `@default(member)`.
  if (literal && isEnum && /^[A-Za-z_]\w*$/.test(literal[1]!)) return literal[1];
  if (/^-?\d+(\.\d+)?$/.test(sql) && /^(Int|BigInt|Float|Decimal)$/.test(type)) return sql;
  if (/^(true|false)$/.test(sql) && type === 'Boolean') return sql;
  return `dbgenerated(${quote(sql)})`;
}

function modelName(table: string): string {
  const name = words(table).map(upperFirst).join('');
  return /^[A-Za-z]/.test(name) ? name : `Model${name}`;
}

function fieldName(column: string): string {
  const [first = '', ...rest] = words(column);
  const name = first.charAt(0).toLowerCase() + first.slice(1) + rest.map(upperFirst).join('');
  return /^[A-Za-z]/.test(name) ? name : `field${upperFirst(name)}`;
}

function words(s: string): string[] {
  return s.split(/[^A-Za-z0-9]+/).filter(Boolean);
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function quote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The index name to keep in `map:`, or undefined when it is the one Prisma would derive anyway. */
function mapName(name: string, derived: string): string | undefined {
  return name === derived ? undefined : name;
}

function withMap(fieldList: string, map: string | undefined): string {
  return map ? `${fieldList}, map: ${quote(map)}` : fieldList;
}
