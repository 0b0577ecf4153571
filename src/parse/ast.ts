import type { PgNode } from '../types.js';

/** libpg-query wraps every node as `{ Kind: {...} }`; this unwraps one of a known kind or returns undefined. */
export function unwrap(node: PgNode | undefined, kind: string): any {
  return node && typeof node === 'object' ? node[kind] : undefined;
}

/** The kind of a wrapped node (`CreateStmt`, `DropStmt`, …). */
export function kindOf(node: PgNode): string {
  return Object.keys(node)[0] ?? '';
}

/** `[{String:{sval:'a'}}, {String:{sval:'b'}}]` → `['a','b']`. */
export function names(list: PgNode[] | undefined): string[] {
  return (list ?? []).map((n) => unwrap(n, 'String')?.sval ?? '').filter((s: string) => s !== '');
}

/** Identifier quoting as PostgreSQL's quote_ident does it: only when needed. */
export function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !QUOTED_KEYWORDS.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** Every keyword quote_ident quotes (all but the unreserved): `select word from pg_get_keywords() where catcode <> 'U'`. */
const QUOTED_KEYWORDS = new Set([
  'all', 'analyse', 'analyze', 'and', 'any', 'array', 'as', 'asc', 'asymmetric', 'authorization', 'between', 'bigint',
  'binary', 'bit', 'boolean', 'both', 'case', 'cast', 'char', 'character', 'check', 'coalesce', 'collate', 'collation',
  'column', 'concurrently', 'constraint', 'create', 'cross', 'current_catalog', 'current_date', 'current_role',
  'current_schema', 'current_time', 'current_timestamp', 'current_user', 'dec', 'decimal', 'default', 'deferrable',
  'desc', 'distinct', 'do', 'else', 'end', 'except', 'exists', 'extract', 'false', 'fetch', 'float', 'for', 'foreign',
  'freeze', 'from', 'full', 'grant', 'greatest', 'group', 'grouping', 'having', 'ilike', 'in', 'initially', 'inner',
  'inout', 'int', 'integer', 'intersect', 'interval', 'into', 'is', 'isnull', 'join', 'lateral', 'leading', 'least',
  'left', 'like', 'limit', 'localtime', 'localtimestamp', 'national', 'natural', 'nchar', 'none', 'normalize', 'not',
  'notnull', 'null', 'nullif', 'numeric', 'offset', 'on', 'only', 'or', 'order', 'out', 'outer', 'overlaps', 'overlay',
  'placing', 'position', 'precision', 'primary', 'real', 'references', 'returning', 'right', 'row', 'select',
  'session_user', 'setof', 'similar', 'smallint', 'some', 'substring', 'symmetric', 'table', 'tablesample', 'then',
  'time', 'timestamp', 'to', 'trailing', 'treat', 'trim', 'true', 'union', 'unique', 'user', 'using', 'values',
  'varchar', 'variadic', 'verbose', 'when', 'where', 'window', 'with', 'xmlattributes', 'xmlconcat', 'xmlelement',
  'xmlexists', 'xmlforest', 'xmlnamespaces', 'xmlparse', 'xmlpi', 'xmlroot', 'xmlserialize', 'xmltable'
]);

/** `schema.name` with each part quoted only when needed: what a fix should print. */
export function qualified(key: string): string {
  const dot = key.indexOf('.');
  return `${quoteIdent(key.slice(0, dot))}.${quoteIdent(key.slice(dot + 1))}`;
}

const TYPE_NAMES: Record<string, string> = {
  int2: 'smallint', int4: 'integer', int8: 'bigint', float4: 'real', float8: 'double precision', bool: 'boolean',
  bpchar: 'char', varchar: 'varchar', timestamptz: 'timestamptz', timestamp: 'timestamp', timetz: 'timetz',
  serial: 'integer', serial4: 'integer', bigserial: 'bigint', serial8: 'bigint', smallserial: 'smallint', serial2: 'smallint',
};

/** Renders a TypeName node the way a person writes it: `varchar(255)`, `text[]`, `public.status`. */
export function typeText(typeName: any): string {
  if (!typeName) return 'unknown';
  const parts = names(typeName.names);
  const last = parts[parts.length - 1] ?? 'unknown';
  const isCatalog = parts.length > 1 && parts[0] === 'pg_catalog';
  let base = isCatalog || parts.length === 1 ? TYPE_NAMES[last] ?? last : parts.join('.');
  const mods = (typeName.typmods ?? []).map((m: PgNode) => {
    const c = unwrap(m, 'A_Const');
    return c?.ival?.ival ?? c?.ival ?? c?.sval?.sval ?? '';
  }).filter((m: unknown) => m !== '' && typeof m !== 'object');
  if (mods.length && !(last.startsWith('timestamp') || last.startsWith('time'))) base += `(${mods.join(',')})`;
  if (typeName.arrayBounds?.length) base += '[]'.repeat(typeName.arrayBounds.length);
  return base;
}

/** Whether a TypeName is one of the serial pseudo-types (an implicit sequence and default). */
export function isSerial(typeName: any): boolean {
  const parts = names(typeName?.names);
  return parts.length === 1 && /^(small|big)?serial[248]?$/.test(parts[0]!);
}

/** A short text for simple default expressions; undefined when the expression is not one we can render. */
export function exprText(node: PgNode | undefined): string | undefined {
  if (!node) return undefined;
  const k = kindOf(node);
  const v = node[k];
  switch (k) {
    case 'A_Const':
      if (v.isnull) return 'null';
      if (v.sval) return `'${String(v.sval.sval ?? '').replace(/'/g, "''")}'`;
      if (v.ival) return String(v.ival.ival ?? 0);
      if (v.fval) return String(v.fval.fval);
      if (v.boolval) return String(Boolean(v.boolval.boolval));
      return undefined;
    case 'FuncCall': {
      const args = (v.args ?? []).map(exprText);
      if (args.some((a: string | undefined) => a === undefined)) return undefined;
      return `${names(v.funcname).join('.')}(${args.join(', ')})`;
    }
    case 'TypeCast': {
      const inner = exprText(v.arg);
      return inner === undefined ? undefined : `${inner}::${typeText(v.typeName)}`;
    }
    case 'SQLValueFunction':
      return String(v.op ?? '').replace(/^SVFOP_/, '').toLowerCase();
    case 'ColumnRef':
      return names(v.fields).join('.');
    default:
      return undefined;
  }
}

/** Every function called anywhere below a node, as `schema.name` or `name`. */
export function calledFunctions(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) calledFunctions(n, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'FuncCall') out.push(names((v as any).funcname).join('.'));
      calledFunctions(v, out);
    }
  }
  return out;
}
