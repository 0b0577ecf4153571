/**
 * Typed access to libpg-query's JSON syntax tree (the shapes of `@pgsql/types`): every node arrives wrapped as
 * `{ Kind: {...} }`, and these helpers unwrap, name and walk such nodes without giving up the types.
 */
import type { ColumnRef, Node, TypeName } from '@pgsql/types';

/** Every kind a node can be wrapped as: `CreateStmt`, `RangeVar`, `String`, … */
export type NodeKind = Node extends infer N ? (N extends unknown ? keyof N : never) : never;

/** The body of a node of one kind: `NodeOf<'CreateStmt'>` is `CreateStmt`. */
export type NodeOf<K extends NodeKind> = Node extends infer N ? (N extends { [P in K]: infer Body } ? Body : never) : never;

/** The body of a node of a known kind, or undefined when the node is of another kind (or absent). */
export function unwrap<K extends NodeKind>(node: Node | undefined, kind: K): NodeOf<K> | undefined {
  return node && kind in node ? (node as Record<K, NodeOf<K>>)[kind] : undefined;
}

/** The kind of a wrapped node (`CreateStmt`, `DropStmt`, …). */
export function kindOf(node: Node): NodeKind {
  return Object.keys(node)[0] as NodeKind;
}

/** The body of a wrapped node whatever its kind: for code that dispatches on `kindOf` itself. */
export function bodyOf(node: Node): unknown {
  return Object.values(node)[0];
}

/** `[{String:{sval:'a'}}, {String:{sval:'b'}}]` → `['a','b']`. */
export function names(list: Node[] | undefined): string[] {
  return (list ?? []).map((n) => unwrap(n, 'String')?.sval ?? '').filter((s) => s !== '');
}

/** What to do at each kind of node; a function that returns false leaves the node's children unvisited. */
export type Visitor = { [K in NodeKind]?: (node: NodeOf<K>) => boolean | void };

/**
 * Walks a tree (a node, a node's body, or a list of them) depth first in document order and calls the visitor's
 * function for each wrapped node of a kind it names. Node kinds are capitalised and field names are not, so a key the
 * visitor names is always a node.
 */
export function visit(root: unknown, visitor: Visitor): void {
  // An explicit stack (expressions nest thousands deep). A node's children are pushed in key order and that stretch
  // of the stack is then reversed, so they are met in document order; values and kinds sit on two parallel stacks.
  // The walk meets every node of every statement: this is cheaper than a pair object per push and Object.keys.
  const values: unknown[] = [root];
  const kinds: (string | undefined)[] = [undefined];
  while (values.length > 0) {
    const value = values.pop();
    const kind = kinds.pop();
    if (kind !== undefined) {
      const enter = visitor[kind as NodeKind] as ((node: unknown) => boolean | void) | undefined;
      if (enter && enter(value) === false) continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const from = values.length;
    if (Array.isArray(value)) {
      for (const child of value as unknown[]) {
        if (typeof child !== 'object' || child === null) continue;
        values.push(child);
        kinds.push(undefined);
      }
    } else {
      for (const key in value) {
        const child: unknown = (value as Record<string, unknown>)[key];
        if (typeof child !== 'object' || child === null) continue;
        const first = key.charCodeAt(0);
        values.push(child);
        kinds.push(first >= 65 && first <= 90 ? key : undefined);
      }
    }
    for (let i = from, j = values.length - 1; i < j; i++, j--) {
      [values[i], values[j]] = [values[j], values[i]];
      [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
    }
  }
}

/** Whether some node below `root` is of one of the kinds given. */
export function containsKind(root: unknown, kinds: readonly NodeKind[]): boolean {
  let found = false;
  const stop = (): false => { found = true; return false; };
  visit(root, Object.fromEntries(kinds.map((k) => [k, stop])));
  return found;
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
export function typeText(typeName: TypeName | undefined): string {
  if (!typeName) return 'unknown';
  const parts = names(typeName.names);
  const last = parts[parts.length - 1] ?? 'unknown';
  const isCatalog = parts.length > 1 && parts[0] === 'pg_catalog';
  let base = isCatalog || parts.length === 1 ? TYPE_NAMES[last] ?? last : parts.join('.');
  const mods = (typeName.typmods ?? []).flatMap((m) => {
    const c = unwrap(m, 'A_Const');
    const value = c?.ival ? c.ival.ival : c?.sval?.sval;
    return value === undefined || value === '' ? [] : [value];
  });
  if (mods.length && !(last.startsWith('timestamp') || last.startsWith('time'))) base += `(${mods.join(',')})`;
  if (typeName.arrayBounds?.length) base += '[]'.repeat(typeName.arrayBounds.length);
  return base;
}

/**
 * A type as a function's signature compares it: PostgreSQL's own name (`varchar` for `character varying`, `boolean`
 * for `bool`, `integer` for `int4`), without typmods (`varchar(255)` is `varchar`) or a schema, so DROP FUNCTION
 * finds a function however its argument types were spelled.
 */
export function signatureType(typeName: TypeName | undefined): string {
  const text = typeText(typeName && { ...typeName, typmods: undefined });
  return text.slice(text.lastIndexOf('.') + 1);
}

/** Whether a TypeName is one of the serial pseudo-types (an implicit sequence and default). */
export function isSerial(typeName: TypeName | undefined): boolean {
  const parts = names(typeName?.names);
  return parts.length === 1 && /^(small|big)?serial[248]?$/.test(parts[0]!);
}

/** A short text for simple default expressions; undefined when the expression is not one we can render. */
export function exprText(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if ('A_Const' in node) {
    const c = node.A_Const;
    if (c.isnull) return 'null';
    if (c.sval) return `'${String(c.sval.sval ?? '').replace(/'/g, "''")}'`;
    if (c.ival) return String(c.ival.ival ?? 0);
    if (c.fval) return String(c.fval.fval);
    if (c.boolval) return String(Boolean(c.boolval.boolval));
    return undefined;
  }
  if ('FuncCall' in node) {
    const args = (node.FuncCall.args ?? []).map(exprText);
    if (args.some((a) => a === undefined)) return undefined;
    return `${names(node.FuncCall.funcname).join('.')}(${args.join(', ')})`;
  }
  if ('TypeCast' in node) {
    const inner = exprText(node.TypeCast.arg);
    return inner === undefined ? undefined : `${inner}::${typeText(node.TypeCast.typeName)}`;
  }
  if ('SQLValueFunction' in node) return String(node.SQLValueFunction.op ?? '').replace(/^SVFOP_/, '').toLowerCase();
  if ('ColumnRef' in node) return names(node.ColumnRef.fields).join('.');
  return undefined;
}

/** Every function called below a node, at whatever depth, as `schema.name` or `name`. */
export function calledFunctions(root: unknown): string[] {
  const out: string[] = [];
  visit(root, { FuncCall: (call) => void out.push(names(call.funcname).join('.')) });
  return out;
}

/** The name a column reference spells, `*` standing for a star: `t.a` → `t.a`, `t.*` → `t.*`. */
export function refName(ref: ColumnRef): string {
  return (ref.fields ?? []).map((f) => unwrap(f, 'String')?.sval ?? '*').join('.');
}

/** `schema.name` of the table or view a statement creates (unqualified names in `public`), if it creates one. */
export function createdRelation(node: Node): string | undefined {
  const rel = unwrap(node, 'CreateStmt')?.relation ?? unwrap(node, 'ViewStmt')?.view ?? unwrap(node, 'CreateTableAsStmt')?.into?.rel;
  return rel?.relname === undefined ? undefined : `${rel.schemaname ?? 'public'}.${rel.relname}`;
}
