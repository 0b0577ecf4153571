import type { CatalogData, ForeignKeyInfo, PrismaModel, PrismaSchema, TableInfo } from '../types.js';

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

/** An enum type the migrations create, and the schema's enum for it when the schema has one. */
export interface EnumType {
  schema: string;
  name: string;
  values: string[];
  prisma?: { name: string; members: string[]; values: string[] };
}

/** What a generated model may refer to beyond its own table; built once by `modelContext`, shared by every finding. */
export interface ModelContext {
  /** Every table, by `schema.name`: the targets of foreign keys. */
  tables: ReadonlyMap<string, TableInfo>;
  /** The schema's models, by `schema.name` of their table. */
  models: ReadonlyMap<string, PrismaModel>;
  /** Names of the schema's models, enums and types: a new model or enum must take another. */
  taken: ReadonlySet<string>;
  /** Enum types the migrations create, by the names a column's type uses for them (`status`, `public.status`, `billing.plan`). */
  enums: ReadonlyMap<string, EnumType>;
  /** The schema places its models in several database schemas: every model and enum then names its own. */
  multiSchema: boolean;
}

/** The context the fixes of one audit share. */
export function modelContext(catalog: CatalogData, schema: PrismaSchema): ModelContext {
  const enums = new Map<string, EnumType>();
  for (const e of catalog.enums) {
    const p = schema.enums.find((x) => x.schema === e.schema && x.dbName === e.name);
    const type: EnumType = { schema: e.schema, name: e.name, values: e.values, ...(p && { prisma: { name: p.name, members: p.members, values: p.values } }) };
    enums.set(`${e.schema}.${e.name}`, type);
    if (e.schema === 'public') enums.set(e.name, type);
  }
  return {
    tables: new Map(catalog.tables.map((t) => [`${t.schema}.${t.name}`, t])),
    models: new Map(schema.models.filter((m) => !m.implicit).map((m) => [`${m.schema}.${m.table}`, m])),
    taken: new Set([...schema.models.map((m) => m.name), ...schema.enums.map((e) => e.name)]),
    enums,
    multiSchema: [...schema.models, ...schema.enums].some((x) => x.schema !== 'public'),
  };
}

/** A relation field for the other side of a new relation: the model it goes in, and its line. */
interface BackRelation {
  model: string;
  line: string;
}

/**
 * The Prisma model `prisma db pull` would write for a table the schema lacks (the `missing-model` fix), named the way
 * a hand-written schema is: PascalCase model and camelCase fields, mapped back with `@@map` / `@map`. A relation is
 * written for each foreign key to a table the schema already models, with its other side: Prisma refuses a relation
 * that has one side only. Enum types the schema lacks come as enum blocks. The fix reads:
 *
 *     model … { … }
 *
 *     enum … { … }              (when needed)
 *
 *     // Add to model User:     (when needed; applyModelFix applies it)
 *     //   workflowRuns WorkflowRuns[]
 */
export function prismaModelFromTable(table: TableInfo, context: ModelContext): string {
  // The names this model claims, apart from the schema's: copying the schema's names per table is quadratic.
  const claimed = new Set<string>();
  const claimType = (wanted: string) => {
    let name = wanted;
    for (let i = 2; context.taken.has(name) || claimed.has(name); i++) name = `${wanted}${i}`;
    claimed.add(name);
    return name;
  };
  const model = claimType(modelName(table.name));
  const fieldOf = new Map<string, string>();
  const fieldsTaken = new Set<string>();
  const claim = (wanted: string) => claimIn(fieldsTaken, wanted);
  for (const c of table.columns) fieldOf.set(c.name, claim(fieldName(c.name)));
  const fields = (cols: string[]) => `[${cols.map((c) => fieldOf.get(c)).join(', ')}]`;
  const known = (cols: string[]) => cols.length > 0 && cols.every((c) => fieldOf.has(c));

  const uniqueIndexes = table.indexes.filter((i) => i.unique && !i.constraint && known(i.columns));
  const singleUnique = new Map<string, string | undefined>();
  for (const cols of table.uniques) if (cols.length === 1) singleUnique.set(cols[0]!, undefined);
  for (const i of uniqueIndexes) if (i.columns.length === 1 && !singleUnique.has(i.columns[0]!)) singleUnique.set(i.columns[0]!, mapName(i.name, `${table.name}_${i.columns[0]}_key`));
  const isUnique = (cols: string[]) => sameSet(cols, table.primaryKey) || table.uniques.some((u) => sameSet(u, cols)) || uniqueIndexes.some((i) => sameSet(i.columns, cols));

  const enumBlocks: string[] = [];
  const enumFor = new Map<EnumType, { name: string; members: string[]; values: string[] }>();
  const enumOf = (sqlType: string) => {
    const e = context.enums.get(sqlType.replace(/(\[\])+$/, ''));
    if (!e || e.values.length === 0) return undefined;
    if (e.prisma) return e.prisma;
    let made = enumFor.get(e);
    if (!made) {
      const { block, name, members } = enumBlock(e, claimType(identifier(e.name, 'Enum')), context.multiSchema);
      made = { name, members, values: e.values };
      enumFor.set(e, made);
      enumBlocks.push(block);
    }
    return made;
  };

  const rows: [string, string, string][] = table.columns.map((c) => {
    const anEnum = enumOf(c.type);
    const { type, native, list } = anEnum ? { type: anEnum.name, list: c.type.endsWith('[]') } : mapType(c.type);
    const isId = table.primaryKey.length === 1 && table.primaryKey[0] === c.name;
    const attrs: string[] = [];
    if (isId) attrs.push('@id');
    if (singleUnique.has(c.name)) {
      const map = singleUnique.get(c.name);
      attrs.push(map ? `@unique(map: ${quote(map)})` : '@unique');
    }
    const def = c.default === undefined ? undefined : prismaDefault(c.default, type, anEnum);
    if (def) attrs.push(`@default(${def})`);
    if (fieldOf.get(c.name) !== c.name) attrs.push(`@map(${quote(c.name)})`);
    if (native) attrs.push(`@db.${native}`);
    const optional = !c.notNull && !list && !table.primaryKey.includes(c.name) ? '?' : '';
    return [fieldOf.get(c.name)!, `${type}${list ? '[]' : ''}${optional}`, attrs.join(' ')];
  });

  const key = `${table.schema}.${table.name}`;
  const related = table.foreignKeys.flatMap((fk): { fk: ForeignKeyInfo; target: PrismaModel | undefined; model: string; references: string[] }[] => {
    if (!known(fk.columns)) return [];
    if (fk.refTable === key) {
      const refs = fk.refColumns.map((c) => fieldOf.get(c));
      return refs.every((r) => r !== undefined) && isUnique(fk.refColumns) ? [{ fk, target: undefined, model, references: refs as string[] }] : [];
    }
    const target = context.models.get(fk.refTable);
    if (!target || target.ignored || target.isView) return [];
    const references = fk.refColumns.map((c) => target.fields.find((f) => f.column === c)?.name);
    const targetUnique = target.indexes.some((i) => (i.kind === 'id' || i.kind === 'unique') && sameSet(i.columns, fk.refColumns));
    return references.every((r) => r !== undefined) && targetUnique ? [{ fk, target, model: target.name, references: references as string[] }] : [];
  });
  const relationsTo = new Map<string, number>();
  for (const r of related) relationsTo.set(r.model, (relationsTo.get(r.model) ?? 0) + 1);
  const backRelations: BackRelation[] = [];
  const backTaken = new Map<string, Set<string>>();
  for (const { fk, target, model: targetModel, references } of related) {
    const self = target === undefined;
    const ambiguous = self || (relationsTo.get(targetModel) ?? 0) > 1;
    const relationName = ambiguous ? `${model}_${fk.columns.join('_')}To${targetModel}` : undefined;
    const name = claim(fieldName(ambiguous ? `${self ? table.name : target.table}_${fk.columns.join('_')}` : self ? table.name : target.table));
    const args = [
      ...(relationName ? [quote(relationName)] : []),
      `fields: ${fields(fk.columns)}`,
      `references: [${references.join(', ')}]`,
      ...(fk.onDelete && fk.onDelete !== 'NoAction' ? [`onDelete: ${fk.onDelete}`] : []),
    ];
    const optional = fk.columns.some((col) => !table.columns.find((c) => c.name === col)?.notNull) ? '?' : '';
    rows.push([name, `${targetModel}${optional}`, `@relation(${args.join(', ')})`]);

    // The other side: a list, or one optional row when the foreign key's columns are unique here (one-to-one).
    const backType = `${model}${isUnique(fk.columns) ? '?' : '[]'}`;
    const backAttrs = relationName ? `@relation(${quote(relationName)})` : '';
    if (self) {
      rows.push([claim(fieldName(`${table.name}_${fk.columns.join('_')}_back`)), backType, backAttrs]);
      continue;
    }
    let names = backTaken.get(targetModel);
    if (!names) backTaken.set(targetModel, (names = new Set([...target.fields.map((f) => f.name), ...target.relations.map((r) => r.field)])));
    const backName = claimIn(names, fieldName(ambiguous ? `${table.name}_${fk.columns.join('_')}` : table.name));
    backRelations.push({ model: targetModel, line: `${backName} ${backType}${backAttrs ? ` ${backAttrs}` : ''}` });
  }

  const block: string[] = [];
  if (table.primaryKey.length > 1 && known(table.primaryKey)) block.push(`@@id(${fields(table.primaryKey)})`);
  for (const cols of table.uniques) if (cols.length > 1 && known(cols)) block.push(`@@unique(${fields(cols)})`);
  for (const i of uniqueIndexes) if (i.columns.length > 1) block.push(`@@unique(${withMap(fields(i.columns), mapName(i.name, `${table.name}_${i.columns.join('_')}_key`))})`);
  for (const i of table.indexes) {
    if (!i.unique && !i.constraint && known(i.columns)) block.push(`@@index(${withMap(fields(i.columns), mapName(i.name, `${table.name}_${i.columns.join('_')}_idx`))})`);
  }
  if (model !== table.name) block.push(`@@map(${quote(table.name)})`);
  if (context.multiSchema || table.schema !== 'public') block.push(`@@schema(${quote(table.schema)})`);

  const nameWidth = Math.max(...rows.map((r) => r[0].length));
  const typeWidth = Math.max(...rows.map((r) => r[1].length));
  const lines = rows.map(([n, t, a]) => `  ${n.padEnd(nameWidth)} ${a ? `${t.padEnd(typeWidth)} ${a}` : t}`.trimEnd());
  const parts = [[`model ${model} {`, ...lines, ...(block.length ? ['', ...block.map((b) => `  ${b}`)] : []), '}'].join('\n'), ...enumBlocks];
  const byModel = new Map<string, string[]>();
  for (const b of backRelations) byModel.set(b.model, [...(byModel.get(b.model) ?? []), b.line]);
  for (const [target, added] of byModel) parts.push([`${ADD_TO}${target}:`, ...added.map((l) => `//   ${l}`)].join('\n'));
  return parts.join('\n\n');
}

export const ADD_TO = '// Add to model ';

/**
 * Schema files with a `missing-model` fix applied: its blocks appended to the first file, each `// Add to model X:`
 * field put at the end of model X wherever it is declared. Undefined when a model named there is not in the files.
 */
export function applyModelFix(files: { path: string; text: string }[], fix: string): { path: string; text: string }[] | undefined {
  const [blocks = '', ...additions] = fix.split(/^(?=\/\/ Add to model )/m);
  const edited = files.map((f) => ({ ...f }));
  for (const addition of additions) {
    const [head = '', ...fieldLines] = addition.trimEnd().split('\n');
    const target = head.slice(ADD_TO.length).replace(/:$/, '');
    const opening = new RegExp(`^model\\s+${target}\\s*\\{`, 'm');
    const file = edited.find((f) => opening.test(f.text));
    if (!file) return undefined;
    const start = opening.exec(file.text)!.index;
    const close = /^\}/m.exec(file.text.slice(start));
    if (!close) return undefined;
    const at = start + close.index;
    file.text = `${file.text.slice(0, at)}${fieldLines.map((l) => `  ${l.replace(/^\/\/\s*/, '')}\n`).join('')}${file.text.slice(at)}`;
  }
  if (edited.length === 0) return undefined;
  edited[0]!.text = `${edited[0]!.text.trimEnd()}\n\n${blocks.trim()}\n`;
  return edited;
}

/** An enum block for a type the schema lacks: each value a member, renamed with `@map` when it is no identifier. */
function enumBlock(e: EnumType, name: string, multiSchema: boolean): { block: string; name: string; members: string[] } {
  const taken = new Set<string>();
  const members = e.values.map((v) => claimIn(taken, identifier(v, 'Value')));
  const lines = members.map((m, i) => `  ${m}${m === e.values[i] ? '' : ` @map(${quote(e.values[i]!)})`}`);
  const attrs = [...(name === e.name ? [] : [`  @@map(${quote(e.name)})`]), ...(multiSchema || e.schema !== 'public' ? [`  @@schema(${quote(e.schema)})`] : [])];
  return { block: [`enum ${name} {`, ...lines, ...(attrs.length ? ['', ...attrs] : []), '}'].join('\n'), name, members };
}

/** `name` when Prisma takes it as an identifier, else its words joined, after `prefix` when they start with a digit. */
function identifier(name: string, prefix: string): string {
  if (/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) return name;
  const joined = words(name).map(upperFirst).join('') || prefix;
  return /^[A-Za-z]/.test(joined) ? joined : `${prefix}${joined}`;
}

/** The first of `wanted`, `wanted2`, … not in `taken`, added to it. */
function claimIn(taken: Set<string>, wanted: string): string {
  let name = wanted;
  for (let i = 2; taken.has(name); i++) name = `${wanted}${i}`;
  taken.add(name);
  return name;
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((x) => b.includes(x));
}

/** Types already mapped: columns share a few types, and trying every pattern on each column was slow. */
const mappedTypes = new Map<string, Mapped & { list: boolean }>();

function mapType(sqlType: string): Mapped & { list: boolean } {
  let mapped = mappedTypes.get(sqlType);
  if (!mapped) mappedTypes.set(sqlType, (mapped = mapTypeOnce(sqlType)));
  return mapped;
}

function mapTypeOnce(sqlType: string): Mapped & { list: boolean } {
  const list = sqlType.endsWith('[]');
  const base = sqlType.replace(/(\[\])+$/, '');
  for (const [re, to] of SCALARS) {
    const m = base.match(re);
    if (m) return { ...to(m), list };
  }
  return { type: `Unsupported(${quote(sqlType)})`, list: false };
}

/** The `@default(...)` argument for a column default as the catalog renders it, or undefined for none. */
function prismaDefault(sql: string, type: string, anEnum: { members: string[]; values: string[] } | undefined): string | undefined {
  if (sql === 'null') return undefined;
  if (sql === 'autoincrement()') return 'autoincrement()';
  if (sql === 'dbgenerated') return 'dbgenerated()';
  if (/^(now\(\)|current_timestamp)$/i.test(sql)) return 'now()';
  const literal = sql.match(/^'((?:[^']|'')*)'(?:::[\w. ]+(?:\(\d+(?:,\d+)?\))?)?$/);
  if (literal && (type === 'String' || type === 'Json')) return quote(literal[1]!.replace(/''/g, "'"));
  // An enum's default is the member: `@default(member)`.
  if (literal && anEnum) {
    const member = anEnum.members[anEnum.values.indexOf(literal[1]!.replace(/''/g, "'"))];
    if (member !== undefined) return member;
  }
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
