/**
 * The strings a PL/pgSQL body builds for EXECUTE, worked out from literals: `format()`, `quote_ident()`, `||`,
 * loop variables bound to literal arrays. What only the running database knows stays a hole.
 */
import type { A_Const, Node, SelectStmt } from '@pgsql/types';
import { parseSync } from 'libpg-query';
import { quoteIdent, refName, unwrap, visit } from './ast.js';

/** Possible values of the variables a body binds to literals: loop variables and never-assigned declarations. */
export interface Env {
  scalars: ReadonlyMap<string, readonly string[]>;
  arrays: ReadonlyMap<string, readonly string[]>;
}

const HOLE = Symbol('unknown');
/** A piece of a string being built: known text, or a value only the running database knows. */
type Part = string | typeof HOLE;

/** The SQL an EXECUTE runs (one string per combination of loop values), or else the literal fragments of it. */
export type Resolution = { sqls: string[] } | { fragments: string[] };

/** Upper bound on the combinations of loop values tried for one EXECUTE. */
const MAX_BINDINGS = 256;

/** A PL/pgSQL expression's syntax tree, parsed as the one target of a SELECT. */
export function parseExpression(expr: string): Node | undefined {
  if (!expr.trim()) return undefined;
  try {
    const stmts = parseSync(`SELECT ${expr}`).stmts ?? [];
    const targets = stmts.length === 1 ? unwrap(stmts[0]!.stmt, 'SelectStmt')?.targetList : undefined;
    return targets?.length === 1 ? unwrap(targets[0], 'ResTarget')?.val : undefined;
  } catch {
    return undefined;
  }
}

/** The SQL an EXECUTE runs, one string per combination of loop values; otherwise the literal fragments of it. */
export function resolveExecute(expr: string, env: Env): Resolution {
  const node = parseExpression(expr);
  if (!node) return { fragments: [] };
  const vars = [...new Set(columnRefs(node))].filter((v) => env.scalars.has(v));
  let bindings: Map<string, string>[] = [new Map()];
  for (const v of vars) {
    bindings = bindings.flatMap((b) => env.scalars.get(v)!.map((value) => new Map(b).set(v, value)));
    if (bindings.length > MAX_BINDINGS) return { fragments: fragmentsOf(evaluate(node, new Map())) };
  }
  const sqls: string[] = [];
  for (const binding of bindings) {
    const sql = whole(evaluate(node, binding));
    if (sql === undefined) return { fragments: fragmentsOf(evaluate(node, new Map())) };
    sqls.push(sql);
  }
  return { sqls };
}

/** The value of a constant expression (a declared default), when it has one. */
export function constantValue(expr: string): string | undefined {
  const node = parseExpression(expr);
  return node && whole(evaluate(node, new Map()));
}

function columnRefs(node: Node): string[] {
  const out: string[] = [];
  visit(node, { ColumnRef: (ref) => { out.push(refName(ref)); return false; } });
  return out;
}

function whole(parts: Part[]): string | undefined {
  return parts.every((p): p is string => p !== HOLE) ? parts.join('') : undefined;
}

function fragmentsOf(parts: Part[]): string[] {
  const fragments: string[] = [];
  let current = '';
  for (const p of parts) {
    if (p === HOLE) {
      if (current) fragments.push(current);
      current = '';
    } else current += p;
  }
  if (current) fragments.push(current);
  return fragments;
}

function evaluate(node: Node | undefined, binding: ReadonlyMap<string, string>): Part[] {
  if (!node) return [HOLE];
  if ('A_Const' in node) return [constText(node.A_Const)];
  if ('TypeCast' in node) return evaluate(node.TypeCast.arg, binding);
  if ('ColumnRef' in node) return [binding.get(refName(node.ColumnRef)) ?? HOLE];
  if ('A_Expr' in node) {
    const op = node.A_Expr;
    if (op.kind === 'AEXPR_OP' && op.name?.length === 1 && unwrap(op.name[0], 'String')?.sval === '||') {
      return [...evaluate(op.lexpr, binding), ...evaluate(op.rexpr, binding)];
    }
    return [HOLE];
  }
  if (!('FuncCall' in node)) return [HOLE];
  const call = node.FuncCall;
  const fname = unwrap(call.funcname?.[call.funcname.length - 1], 'String')?.sval ?? '';
  const args: Part[][] = (call.args ?? []).map((a) => evaluate(a, binding));
  const known = (i: number): string | undefined => (args[i] ? whole(args[i]!) : undefined);
  switch (fname.toLowerCase()) {
    case 'format':
      return format(known(0), args.slice(1));
    case 'quote_ident':
      return [mapKnown(known(0), quoteIdent)];
    case 'quote_literal':
    case 'quote_nullable':
      return [mapKnown(known(0), quoteLiteral)];
    case 'concat':
      return args.flat();
    case 'concat_ws':
      return args.slice(1).flatMap((a, i) => (i === 0 ? a : [...args[0]!, ...a]));
    default:
      return [HOLE];
  }
}

function mapKnown(value: string | undefined, f: (v: string) => string): Part {
  return value === undefined ? HOLE : f(value);
}

function constText(c: A_Const): Part {
  if (c.isnull) return HOLE;
  if (c.sval) return c.sval.sval ?? '';
  if (c.ival) return String(c.ival.ival ?? 0);
  if (c.fval) return c.fval.fval ?? '';
  if (c.boolval) return c.boolval.boolval ? 'true' : 'false';
  if (c.bsval) return c.bsval.bsval ?? '';
  return HOLE;
}

/** PostgreSQL's format(): %s, %I, %L, %% with optional `n$` positions; widths are left unknown. */
function format(template: string | undefined, args: Part[][]): Part[] {
  if (template === undefined) return [HOLE];
  const out: Part[] = [];
  let next = 0;
  const spec = /%(?:(\d+)\$)?([-\d*]*)([sIL%])/y;
  let last = 0;
  for (let i = template.indexOf('%'); i !== -1; i = template.indexOf('%', last)) {
    out.push(template.slice(last, i));
    spec.lastIndex = i;
    const m = spec.exec(template);
    if (!m) return [...out, HOLE];
    last = spec.lastIndex;
    if (m[3] === '%') {
      out.push('%');
      continue;
    }
    const index = m[1] ? Number(m[1]) - 1 : next;
    next = index + 1;
    const arg = args[index];
    if (!arg || m[2]) out.push(HOLE);
    else if (m[3] === 's') out.push(...arg);
    else out.push(mapKnown(whole(arg), m[3] === 'I' ? quoteIdent : quoteLiteral));
  }
  out.push(template.slice(last));
  return out;
}

/** quote_literal(): E'' when backslashes are present, as PostgreSQL writes it. */
function quoteLiteral(value: string): string {
  const body = value.replace(/'/g, "''");
  return value.includes('\\') ? `E'${body.replace(/\\/g, '\\\\')}'` : `'${body}'`;
}

/** Elements of a literal array expression: `ARRAY['a','b']`, `'{a,b}'::text[]`, or a declared constant array. */
export function arrayValues(expr: string, env: Env): string[] | undefined {
  const node = parseExpression(expr);
  return node && listOf(node, env);
}

function listOf(node: Node, env: Env): string[] | undefined {
  if ('TypeCast' in node) {
    const literal = unwrap(node.TypeCast.arg, 'A_Const')?.sval?.sval;
    if (typeof literal === 'string' && node.TypeCast.typeName?.arrayBounds) return arrayLiteral(literal);
    return node.TypeCast.arg ? listOf(node.TypeCast.arg, env) : undefined;
  }
  if ('ColumnRef' in node) return env.arrays.get(refName(node.ColumnRef))?.slice();
  if (!('A_ArrayExpr' in node)) return undefined;
  const values = (node.A_ArrayExpr.elements ?? []).map((e) => whole(evaluate(e, new Map())));
  return values.every((v): v is string => v !== undefined) ? values : undefined;
}

/** `{a,"b c"}` → `['a', 'b c']`; undefined for nested or escaped forms. */
function arrayLiteral(text: string): string[] | undefined {
  const m = /^\s*\{(.*)\}\s*$/s.exec(text);
  if (!m || /[{}\\]/.test(m[1]!)) return undefined;
  if (!m[1]!.trim()) return [];
  return m[1]!.split(',').map((v) => v.trim().replace(/^"(.*)"$/s, '$1'));
}

/** `SELECT unnest(ARRAY[…])` or `SELECT x FROM unnest(ARRAY[…]) x`: the rows a FOR loop walks. */
export function unnestValues(query: string, env: Env): string[] | undefined {
  let select: SelectStmt | undefined;
  try {
    const stmts = parseSync(query).stmts ?? [];
    select = stmts.length === 1 ? unwrap(stmts[0]!.stmt, 'SelectStmt') : undefined;
  } catch {
    return undefined;
  }
  if (select?.targetList?.length !== 1 || select.whereClause) return undefined;
  const from = select.fromClause ?? [];
  const call =
    from.length === 0
      ? unwrap(unwrap(select.targetList[0], 'ResTarget')?.val, 'FuncCall')
      : from.length === 1
        ? unwrap(unwrap(unwrap(from[0], 'RangeFunction')?.functions?.[0], 'List')?.items?.[0], 'FuncCall')
        : undefined;
  const fname = unwrap(call?.funcname?.[call.funcname.length - 1], 'String')?.sval;
  return fname === 'unnest' && call?.args?.length === 1 ? listOf(call.args[0]!, env) : undefined;
}
