/**
 * Rows: INSERT, UPDATE, DELETE and TRUNCATE, as far as constant values go. A row inserted with a constant key is
 * there on a re-run, so inserting it again without ON CONFLICT fails with PostgreSQL's duplicate key error; a row
 * that may have been deleted, updated or changed by something the replay cannot follow is forgotten, so no finding
 * ever rests on it. Defaults from sequences and gen_random_uuid() are never equal twice.
 */
import type { A_Const, Node } from '@pgsql/types';
import { names, unwrap } from '../../parse/ast.js';
import type { UnresolvedExecute } from '../../types.js';
import type { Catalog } from '../catalog.js';
import type { Handlers } from '../execution.js';
import { uniqueViolation } from '../failure.js';
import { splitKey, UNKNOWN, type Column, type Row, type Table, type Value } from '../model.js';
import { definitionBody } from './functions.js';

/** A key every row must keep unique: a PRIMARY KEY, a UNIQUE constraint, or a unique index over plain columns. */
interface Key {
  name: string;
  columns: string[];
}

export const dataHandlers: Handlers = {
  InsertStmt(v, x) {
    const catalog = x.catalog;
    const before = knownTable(catalog, v.relation);
    if (!before) return;
    fireTriggers(catalog, before);
    const t = knownTable(catalog, v.relation)!;
    const key = `${t.schema}.${t.name}`;
    // A BEFORE INSERT trigger or a rule may change or drop the rows: what lands is unknown.
    if ([...t.triggers.values()].some((tr) => tr.beforeInsert) || !isEmpty(t.rules)) return;
    const rows = insertedRows(v.cols, v.selectStmt, t);
    if (!rows) return;
    const keys = uniqueKeys(catalog, key);
    const arbiters = arbitersOf(v.onConflictClause, keys);
    const current = [...t.rows];
    const taken = keys.map((k) => new Set(current.flatMap((r) => tupleOf(r, k.columns) ?? [])));
    for (const row of rows) {
      const clashes = keys.filter((k, i) => {
        const tuple = tupleOf(row, k.columns);
        return tuple !== undefined && taken[i]!.has(tuple);
      });
      // The arbiters are checked first: a row that clashes on one is handled, whatever else it clashes on.
      const handled = clashes.find((k) => arbiters.has(k.name));
      if (handled) {
        // DO NOTHING skips the row; DO UPDATE changes the row already there in ways only its SET says.
        if (v.onConflictClause?.action === 'ONCONFLICT_UPDATE') forgetRow(current, handled, tupleOf(row, handled.columns)!);
        continue;
      }
      if (clashes.length) {
        const k = clashes[0]!;
        const failure = uniqueViolation(`duplicate key value violates unique constraint "${k.name}"`, {
          detail: `Key (${k.columns.join(', ')})=(${k.columns.map((c) => row[c]).join(', ')}) already exists.`,
        });
        if (x.fails(failure)) return;
        continue;
      }
      current.push(row);
      keys.forEach((k, i) => {
        const tuple = tupleOf(row, k.columns);
        if (tuple !== undefined) taken[i]!.add(tuple);
      });
    }
    catalog.writableTable(key)!.rows = current;
  },

  UpdateStmt(v, x) {
    const catalog = x.catalog;
    const before = knownTable(catalog, v.relation);
    if (!before) return;
    fireTriggers(catalog, before);
    const t = knownTable(catalog, v.relation)!;
    const sets = (v.targetList ?? []).map((n) => unwrap(n, 'ResTarget'));
    forgetReferencing(catalog, `${t.schema}.${t.name}`, sets.flatMap((set) => set?.name ?? []));
    if (t.rows.length === 0) return;
    // UPDATE … FROM joins other rows in: which rows match is unknown.
    const matches = (row: Row): boolean | undefined => (v.fromClause?.length ? undefined : holds(v.whereClause, row));
    catalog.writableTable(`${t.schema}.${t.name}`)!.rows = t.rows.map((row) => {
      const match = matches(row);
      if (match === false) return row;
      const next: Record<string, Value> = { ...row };
      for (const set of sets) {
        if (!set?.name) continue;
        next[set.name] = match === true && !set.indirection?.length ? valueOf(set.val, t.columns.get(set.name)) : UNKNOWN;
      }
      return next;
    });
  },

  DeleteStmt(v, x) {
    const catalog = x.catalog;
    const before = knownTable(catalog, v.relation);
    if (!before) return;
    fireTriggers(catalog, before);
    const t = knownTable(catalog, v.relation)!;
    // A row is kept only when the WHERE clause is surely false for it: one that may have gone is forgotten.
    const kept = v.usingClause?.length ? [] : t.rows.filter((row) => holds(v.whereClause, row) === false);
    if (kept.length !== t.rows.length) catalog.writableTable(`${t.schema}.${t.name}`)!.rows = kept;
    forgetReferencing(catalog, `${t.schema}.${t.name}`);
  },

  TruncateStmt(v, x) {
    for (const r of v.relations ?? []) {
      const before = knownTable(x.catalog, unwrap(r, 'RangeVar'));
      if (!before) continue;
      fireTriggers(x.catalog, before);
      const t = knownTable(x.catalog, unwrap(r, 'RangeVar'))!;
      if (t.rows.length) x.catalog.writableTable(`${t.schema}.${t.name}`)!.rows = [];
      forgetReferencing(x.catalog, `${t.schema}.${t.name}`);
    }
  },
};

/**
 * A column added, dropped or retyped: what the rows hold there is no longer known (a column dropped and added
 * again must not keep the old values). `table` must be writable.
 */
export function forgetColumn(table: Table, column: string): void {
  if (table.rows.some((r) => column in r)) table.rows = table.rows.map(({ [column]: _gone, ...rest }) => rest);
}

/** A column renamed: the rows hold its values under the new name. `table` must be writable. */
export function moveColumnValues(table: Table, from: string, to: string): void {
  if (!table.rows.some((r) => from in r)) return;
  table.rows = table.rows.map((r) => {
    if (!(from in r)) return r;
    const { [from]: value, ...rest } = r;
    return { ...rest, [to]: value! };
  });
}

/** Dynamic SQL that may change rows (or anything at all): every row the replay knows may be gone. */
export function forgetRowsFor(catalog: Catalog, u: UnresolvedExecute): void {
  const text = u.fragments.join(' ').toUpperCase();
  if (u.fragments.length > 0 && !/\b(DELETE|TRUNCATE|UPDATE|DROP|INSERT|MERGE|ALTER)\b/.test(text)) return;
  for (const [key, rel] of [...catalog.relations]) if (rel.kind === 'table' && rel.table.rows.length) catalog.writableTable(key)!.rows = [];
}

/** A table the migrations created, whose rows the replay follows (not a temporary table, a view or a placeholder). */
function knownTable(catalog: Catalog, rv: { schemaname?: string; relname?: string } | undefined): Table | undefined {
  if (!rv?.relname || (!rv.schemaname && catalog.temps.has(rv.relname))) return undefined;
  const t = catalog.table(catalog.relKey(rv));
  return t && !t.external ? t : undefined;
}

function isEmpty(registry: { keys(): IterableIterator<string> }): boolean {
  return registry.keys().next().done === true;
}

/** The keys of a table: unique indexes over plain columns that cover every row (not partial ones). */
function uniqueKeys(catalog: Catalog, table: string): Key[] {
  const keys: Key[] = [];
  for (const [k, rel] of catalog.indexesOf(table)) {
    if (!rel.unique || rel.partial || rel.columns.includes('expression')) continue;
    keys.push({ name: splitKey(k)[1], columns: rel.columns });
  }
  return keys;
}

/**
 * The keys whose conflicts ON CONFLICT handles: every key without a target, those over exactly the target's
 * columns, or the named constraint. A conflict on any other key still fails.
 */
function arbitersOf(clause: { infer?: { indexElems?: Node[]; conname?: string } } | undefined, keys: Key[]): Set<string> {
  if (!clause) return new Set();
  const infer = clause.infer;
  if (!infer) return new Set(keys.map((k) => k.name));
  if (infer.conname) return new Set([infer.conname]);
  const target = (infer.indexElems ?? []).map((e) => unwrap(e, 'IndexElem')?.name);
  if (target.some((c) => c === undefined)) return new Set(keys.map((k) => k.name));
  const wanted = [...new Set(target)].sort().join(',');
  return new Set(keys.filter((k) => [...new Set(k.columns)].sort().join(',') === wanted).map((k) => k.name));
}

/** The key's values in a row, or undefined when one is NULL or unknown (such a row never clashes). */
function tupleOf(row: Row, columns: string[]): string | undefined {
  const values = columns.map((c) => row[c]);
  return values.every((v): v is string => typeof v === 'string') ? JSON.stringify(values) : undefined;
}

function forgetRow(rows: Row[], key: Key, tuple: string): void {
  const i = rows.findIndex((r) => tupleOf(r, key.columns) === tuple);
  if (i >= 0) rows[i] = Object.fromEntries(Object.keys(rows[i]!).map((c) => [c, key.columns.includes(c) ? rows[i]![c]! : UNKNOWN]));
}

/**
 * The rows an INSERT adds, when its values are written out: VALUES lists, or a SELECT of values without FROM. Rows
 * read from tables (INSERT … SELECT … FROM) are unknown: undefined.
 */
function insertedRows(cols: Node[] | undefined, select: Node | undefined, t: Table): Row[] | undefined {
  const targets = (cols ?? []).map((c) => unwrap(c, 'ResTarget'));
  if (targets.some((r) => !r?.name || r.indirection?.length)) return undefined;
  const columns = targets.length ? targets.map((r) => r!.name!) : t.columns.complete ? [...t.columns.keys()] : undefined;
  if (!columns) return undefined;
  const lists = select ? valueLists(unwrap(select, 'SelectStmt')) : [[]];
  if (!lists || lists.some((l) => l.length > columns.length)) return undefined;
  return lists.map((list) => {
    const row: Record<string, Value> = {};
    for (const c of t.columns.values()) row[c.name] = defaultOf(c);
    list.forEach((node, i) => { row[columns[i]!] = valueOf(node, t.columns.get(columns[i]!)); });
    return row;
  });
}

type Select = NonNullable<ReturnType<typeof unwrap<'SelectStmt'>>>;

function valueLists(select: Select | undefined): Node[][] | undefined {
  if (!select || select.withClause) return undefined;
  if (select.valuesLists) return select.valuesLists.map((l) => unwrap(l, 'List')?.items ?? []);
  if (select.op === 'SETOP_UNION' && select.all) {
    const [left, right] = [valueLists(select.larg), valueLists(select.rarg)];
    return left && right && [...left, ...right];
  }
  const plain = (select.op ?? 'SETOP_NONE') === 'SETOP_NONE' && !select.fromClause && !select.whereClause && !select.groupClause
    && !select.havingClause && !select.limitCount && !select.distinctClause;
  if (!plain || !select.targetList) return undefined;
  return [select.targetList.map((r) => unwrap(r, 'ResTarget')?.val ?? { A_Const: { isnull: true } })];
}

/** A constant's text (NULL for NULL), a column's default for DEFAULT, else UNKNOWN. */
function valueOf(node: Node | undefined, column: Column | undefined): Value {
  if (!node) return UNKNOWN;
  if ('SetToDefault' in node) return column ? defaultOf(column) : UNKNOWN;
  if ('A_Const' in node) return constText(node.A_Const);
  if ('TypeCast' in node) return 'A_Const' in (node.TypeCast.arg ?? {}) ? valueOf(node.TypeCast.arg, column) : UNKNOWN;
  const negated = unwrap(node, 'A_Expr');
  if (negated?.kind === 'AEXPR_OP' && !negated.lexpr && names(negated.name).join() === '-') {
    const inner = unwrap(negated.rexpr, 'A_Const');
    const text = inner && constText(inner);
    return typeof text === 'string' ? `-${text}` : UNKNOWN;
  }
  return UNKNOWN;
}

function constText(c: A_Const): Value {
  if (c.isnull) return null;
  if (c.ival) return String(c.ival.ival ?? 0);
  if (c.fval) return c.fval.fval ?? UNKNOWN;
  if (c.sval) return c.sval.sval ?? '';
  if (c.boolval) return c.boolval.boolval ? 'true' : 'false';
  if (c.bsval) return c.bsval.bsval ?? UNKNOWN;
  return UNKNOWN;
}

/** A column's default as a value: constants are known; sequences, gen_random_uuid(), now() are different each time. */
function defaultOf(c: Column): Value {
  if (c.generated || c.identity) return UNKNOWN;
  const d = c.default;
  if (d === undefined || d === 'null') return null;
  const quoted = /^'((?:[^']|'')*)'(?:::[\w ."[\]()]+)?$/.exec(d);
  if (quoted) return quoted[1]!.replace(/''/g, "'");
  if (/^-?\d+(\.\d+)?$/.test(d) || d === 'true' || d === 'false') return d;
  return UNKNOWN;
}

/**
 * Whether a WHERE clause holds for a row: true, false, or undefined when it cannot be told. Constants are compared
 * loosely (`'ABC'` and `'abc'`, `1` and `1.0` count as equal), so a row is never kept that PostgreSQL would match.
 */
function holds(where: Node | undefined, row: Row): boolean | undefined {
  if (!where) return true;
  const bool = unwrap(where, 'BoolExpr');
  if (bool) {
    const parts = (bool.args ?? []).map((a) => holds(a, row));
    if (bool.boolop === 'NOT_EXPR') return parts[0] === undefined ? undefined : !parts[0];
    const decisive = bool.boolop === 'AND_EXPR' ? false : true;
    if (parts.includes(decisive)) return decisive;
    return parts.every((p) => p === !decisive) ? !decisive : undefined;
  }
  const test = unwrap(where, 'NullTest');
  if (test) {
    const value = operand(test.arg, row);
    if (value === UNKNOWN) return undefined;
    return test.nulltesttype === 'IS_NOT_NULL' ? value !== null : value === null;
  }
  const expr = unwrap(where, 'A_Expr');
  if (!expr) return undefined;
  const op = names(expr.name).join();
  if (expr.kind === 'AEXPR_IN') {
    const left = operand(expr.lexpr, row);
    const list = (unwrap(expr.rexpr, 'List')?.items ?? []).map((n) => operand(n, row));
    if (typeof left !== 'string' || list.some((v) => typeof v !== 'string')) return undefined;
    const found = list.some((v) => looselyEqual(left, v as string));
    return op === '=' ? found : !found;
  }
  if (expr.kind !== 'AEXPR_OP' || (op !== '=' && op !== '<>' && op !== '!=')) return undefined;
  const [left, right] = [operand(expr.lexpr, row), operand(expr.rexpr, row)];
  if (typeof left !== 'string' || typeof right !== 'string') return undefined;
  return looselyEqual(left, right) === (op === '=');
}

/** A column of the row, or a constant. */
function operand(node: Node | undefined, row: Row): Value {
  const ref = unwrap(node, 'ColumnRef');
  if (ref) {
    const column = names(ref.fields).pop();
    return column !== undefined && column in row ? row[column]! : UNKNOWN;
  }
  return valueOf(node, undefined);
}

function looselyEqual(a: string, b: string): boolean {
  const number = /^\s*[-+]?\d+(\.\d+)?\s*$/;
  if (number.test(a) && number.test(b)) return Number(a) === Number(b);
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Rows of tables whose foreign keys reference `table` (through one of `columns`, for an UPDATE): a DELETE, UPDATE or
 * TRUNCATE there may cascade into them (ON DELETE CASCADE, SET NULL), so they are forgotten, and theirs in turn.
 */
function forgetReferencing(catalog: Catalog, table: string, columns?: string[], seen = new Set<string>([table])): void {
  const references = (c: { fk?: { refTable: string; refColumns: string[] } }): boolean =>
    c.fk?.refTable === table && (!columns || c.fk.refColumns.length === 0 || c.fk.refColumns.some((r) => columns.includes(r)));
  for (const [key, rel] of [...catalog.relations]) {
    if (rel.kind !== 'table' || seen.has(key) || ![...rel.table.constraints.values()].some(references)) continue;
    seen.add(key);
    if (rel.table.rows.length) catalog.writableTable(key)!.rows = [];
    forgetReferencing(catalog, key, undefined, seen);
  }
}

/**
 * The triggers of a table fire with the statement: the rows of every table their functions change are forgotten
 * (all rows, when a function runs SQL the replay cannot read).
 */
function fireTriggers(catalog: Catalog, t: Table): void {
  for (const trigger of t.triggers.values()) {
    const definition = catalog.definitions.get(trigger.calls);
    if (!definition) continue;
    const body = definitionBody(definition);
    const touched = body.statements.flatMap((s) => {
      const node = unwrap(s.node, 'UpdateStmt') ?? unwrap(s.node, 'DeleteStmt') ?? unwrap(s.node, 'InsertStmt');
      if (node) return [catalog.relKey(node.relation)];
      return (unwrap(s.node, 'TruncateStmt')?.relations ?? []).map((r) => catalog.relKey(unwrap(r, 'RangeVar')));
    });
    const everything = body.unresolved.length > 0 || body.opaque === true;
    for (const [key, rel] of [...catalog.relations]) {
      if (rel.kind === 'table' && rel.table.rows.length && (everything || touched.includes(key))) catalog.writableTable(key)!.rows = [];
    }
  }
}
