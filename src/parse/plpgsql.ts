/**
 * What DO blocks and function bodies run: the SQL statements inside PL/pgSQL (and SQL-language) bodies, with file
 * lines, whether they run conditionally, and the EXECUTE strings that can be worked out from literals.
 */
import { parsePlPgSQLSync, parseSync, scanSync } from 'libpg-query';
import type { PgNode, Statement, UnresolvedExecute } from '../types.js';
import { quoteIdent } from './ast.js';
import { newlinesBefore, newlinesBeforeByte, skipTrivia } from './lines.js';

/** Where expanded statements are collected. */
export interface BodyOutput {
  statements: Statement[];
  unresolved: UnresolvedExecute[];
}

/** What a statement found in a body inherits from the place it runs. */
interface Scope {
  file: string;
  origin: 'do' | 'function';
  guarded: boolean;
  /** Conditions the EXCEPTION handlers of enclosing blocks catch. */
  catches: readonly string[];
  dynamic: boolean;
}

/** Where the walk stands: conditionally run, under which handlers, with which variables known. */
interface WalkContext {
  guarded: boolean;
  catches: readonly string[];
  env: Env;
}

/** Adds what a top-level DO block runs; other statements add nothing (function bodies run only when called). */
export function expandTopLevel(file: string, node: PgNode, text: string, line: number, out: BodyOutput): void {
  if (node.DoStmt) expandDo(node.DoStmt, text, line, { file, origin: 'do', guarded: false, catches: [], dynamic: false }, out);
}

/**
 * What a CREATE FUNCTION / PROCEDURE statement's body runs when called. Parsed on demand: most functions are
 * never called by a migration, and parsing every body would be most of the time spent on large histories.
 */
export function functionBody(stmt: Statement): BodyOutput {
  const out: BodyOutput = { statements: [], unresolved: [] };
  if (stmt.node.CreateFunctionStmt) expandFunction(stmt.node.CreateFunctionStmt, stmt.text, stmt.line, stmt.file, out);
  return out;
}

function option(list: PgNode[] | undefined, name: string): PgNode | undefined {
  return list?.find((o) => o.DefElem?.defname === name)?.DefElem?.arg;
}

/** Lines between the statement's first line and the first line of its body string. */
function bodyLineOffset(text: string, body: string): number {
  const at = body ? text.indexOf(body) : -1;
  // A body written as '…' with doubled quotes is not found verbatim; its first line is then the statement's.
  return at < 0 ? 0 : newlinesBefore(text, at);
}

function expandDo(stmt: PgNode, text: string, line: number, scope: Scope, out: BodyOutput): void {
  const language = option(stmt.args, 'language')?.String?.sval;
  const body = option(stmt.args, 'as')?.String?.sval;
  if (body === undefined || (language !== undefined && language.toLowerCase() !== 'plpgsql')) return;
  walkPlpgsql(text, scope.dynamic ? line : line + bodyLineOffset(text, body), scope, out);
}

function expandFunction(stmt: PgNode, text: string, line: number, file: string, out: BodyOutput): void {
  const scope: Scope = { file, origin: 'function', guarded: false, catches: [], dynamic: false };
  const language = (option(stmt.options, 'language')?.String?.sval ?? 'sql').toLowerCase();
  if (stmt.sql_body) {
    const atomic = atomicBody(text);
    if (atomic) emitSql(atomic.body, line + atomic.lineOffset, scope, out);
    return;
  }
  const items: PgNode[] = option(stmt.options, 'as')?.List?.items ?? [];
  const body = items.length === 1 ? items[0]!.String?.sval : undefined;
  if (body === undefined) return;
  const bodyLine = line + bodyLineOffset(text, body);
  if (language === 'plpgsql') walkPlpgsql(text, bodyLine, scope, out);
  else if (language === 'sql') emitSql(body, bodyLine, scope, out);
}

/** The statements between `BEGIN ATOMIC` and the final `END` of a SQL-standard function body. */
function atomicBody(text: string): { body: string; lineOffset: number } | undefined {
  let tokens;
  try {
    tokens = scanSync(text).tokens;
  } catch {
    return undefined;
  }
  const atomic = tokens.findIndex((t, i) => i > 0 && t.text.toUpperCase() === 'ATOMIC' && tokens[i - 1]!.text.toUpperCase() === 'BEGIN');
  let end = tokens.length - 1;
  while (end > atomic && tokens[end]!.text.toUpperCase() !== 'END') end--;
  if (atomic < 0 || end <= atomic) return undefined;
  const bytes = Buffer.from(text, 'utf8');
  const start = tokens[atomic]!.end;
  return { body: bytes.toString('utf8', start, tokens[end]!.start), lineOffset: newlinesBeforeByte(bytes, start) };
}

/**
 * Parses SQL found in a body and records its statements; false when it does not parse. Lines inside a dynamic
 * string are not file lines, so dynamic statements keep the EXECUTE's line.
 */
function emitSql(sql: string, line: number, scope: Scope, out: BodyOutput): boolean {
  let stmts: PgNode[];
  try {
    stmts = (parseSync(sql) as PgNode).stmts ?? [];
  } catch {
    return false;
  }
  const bytes = Buffer.from(sql, 'utf8');
  for (const raw of stmts) {
    const loc: number = raw.stmt_location ?? 0;
    const end = raw.stmt_len ? loc + raw.stmt_len : bytes.length;
    const start = skipTrivia(bytes, loc, end);
    const text = bytes.toString('utf8', start, end).trimEnd();
    const at = scope.dynamic ? line : line + newlinesBeforeByte(bytes, start);
    const node: PgNode = raw.stmt;
    out.statements.push({
      file: scope.file,
      line: at,
      text,
      node,
      origin: scope.origin,
      guarded: scope.guarded,
      ...(scope.catches.length > 0 && { catches: [...scope.catches] }),
    });
    if (node.DoStmt) expandDo(node.DoStmt, text, at, scope, out);
  }
  return true;
}

// ---------------------------------------------------------------- PL/pgSQL walk

/** Possible values of the variables a body binds to literals: loop variables and never-assigned declarations. */
interface Env {
  scalars: ReadonlyMap<string, readonly string[]>;
  arrays: ReadonlyMap<string, readonly string[]>;
}

/** A body that does not compile is skipped: it may rely on objects only the live database knows. */
function walkPlpgsql(text: string, bodyLine: number, scope: Scope, out: BodyOutput): void {
  let fn: PgNode | undefined;
  try {
    fn = (parsePlPgSQLSync(text) as PgNode).plpgsql_funcs?.[0]?.PLpgSQL_function;
  } catch {
    return;
  }
  if (!fn?.action) return;
  new BodyWalker(fn, bodyLine, scope, out).walk([fn.action], bodyLine, { guarded: scope.guarded, catches: scope.catches, env: declaredConstants(fn) });
}

class BodyWalker {
  private readonly datums: PgNode[];

  constructor(fn: PgNode, private readonly bodyLine: number, private readonly scope: Scope, private readonly out: BodyOutput) {
    this.datums = fn.datums ?? [];
  }

  walk(stmts: PgNode[] | undefined, parentLine: number, ctx: WalkContext): void {
    for (const node of stmts ?? []) {
      const kind = Object.keys(node)[0]!;
      const s = node[kind];
      // Lines inside an EXECUTEd string are not file lines: everything stays on the EXECUTE's line.
      const line = s?.lineno && !this.scope.dynamic ? this.bodyLine + s.lineno - 1 : parentLine;
      const branch = { ...ctx, guarded: true };
      switch (kind) {
        case 'PLpgSQL_stmt_block': {
          // A handler guards only against the conditions it names: `WHEN duplicate_object` does not catch 42P07.
          const handlers: PgNode[] = s.exceptions?.PLpgSQL_exception_block?.exc_list ?? [];
          const caught = handlers.flatMap((h) => (h.PLpgSQL_exception?.conditions ?? []).map((c: PgNode) => String(c.PLpgSQL_condition?.condname ?? '').toLowerCase()));
          this.walk(s.body, line, caught.length ? { ...ctx, catches: [...ctx.catches, ...caught] } : ctx);
          for (const handler of handlers) this.walk(handler.PLpgSQL_exception?.action, line, branch);
          break;
        }
        case 'PLpgSQL_stmt_if':
          this.walk(s.then_body, line, branch);
          for (const elsif of s.elsif_list ?? []) this.walk(elsif.PLpgSQL_if_elsif?.stmts, line, branch);
          this.walk(s.else_body, line, branch);
          break;
        case 'PLpgSQL_stmt_case':
          for (const when of s.case_when_list ?? []) this.walk(when.PLpgSQL_case_when?.stmts, line, branch);
          this.walk(s.else_stmts, line, branch);
          break;
        case 'PLpgSQL_stmt_foreach_a':
          this.walk(s.body, line, { ...ctx, env: bind(ctx.env, this.datums[s.varno]?.PLpgSQL_var?.refname, arrayValues(exprOf(s.expr), ctx.env)) });
          break;
        case 'PLpgSQL_stmt_fors':
          this.walk(s.body, line, { ...ctx, env: bind(ctx.env, loopVariable(s.var), unnestValues(exprOf(s.query), ctx.env)) });
          break;
        case 'PLpgSQL_stmt_execsql':
          emitSql(exprOf(s.sqlstmt), line, { ...this.scope, guarded: ctx.guarded, catches: ctx.catches }, this.out);
          break;
        case 'PLpgSQL_stmt_perform':
          // `PERFORM f()` arrives as the query `SELECT f()`: it calls f like a top-level SELECT would.
          emitSql(exprOf(s.expr), line, { ...this.scope, guarded: ctx.guarded, catches: ctx.catches }, this.out);
          break;
        case 'PLpgSQL_stmt_call':
          // PL/pgSQL hands CALL and nested DO statements over as this kind.
          emitSql(exprOf(s.expr), line, { ...this.scope, guarded: ctx.guarded, catches: ctx.catches }, this.out);
          break;
        case 'PLpgSQL_stmt_dynexecute':
          this.execute(exprOf(s.query), line, ctx);
          break;
        default:
          // LOOP, WHILE, FOR over integers / cursors / EXECUTE: the body runs unconditionally as far as we can tell.
          if (Array.isArray(s?.body)) this.walk(s.body, line, ctx);
      }
    }
  }

  private execute(expr: string, line: number, ctx: WalkContext): void {
    const resolved = resolveExecute(expr, ctx.env);
    const scope: Scope = { ...this.scope, guarded: ctx.guarded, catches: ctx.catches, dynamic: true };
    const unresolved = (fragments: string[]): void => {
      this.out.unresolved.push({
        file: scope.file,
        line,
        fragments,
        origin: scope.origin,
      });
    };
    if ('fragments' in resolved) unresolved(resolved.fragments);
    else for (const sql of resolved.sqls) if (!emitSql(sql, line, scope, this.out)) unresolved([sql]);
  }
}

function exprOf(node: PgNode | undefined): string {
  return node?.PLpgSQL_expr?.query ?? '';
}

function bind(env: Env, name: string | undefined, values: string[] | undefined): Env {
  if (name === undefined) return env;
  const scalars = new Map(env.scalars);
  // An unknown loop variable must hide an outer binding of the same name.
  if (values) scalars.set(name, values);
  else scalars.delete(name);
  return { ...env, scalars };
}

function loopVariable(target: PgNode | undefined): string | undefined {
  const fields = target?.PLpgSQL_row?.fields;
  if (fields?.length === 1) return fields[0].name;
  return target?.PLpgSQL_var?.refname;
}

/** Declared variables with a literal default that nothing assigns: `tables text[] := ARRAY['a','b']`. */
function declaredConstants(fn: PgNode): Env {
  const datums: PgNode[] = fn.datums ?? [];
  const counts = new Map<string, number>();
  for (const d of datums) {
    const name = Object.values(d)[0]?.refname;
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const assigned = assignedNames(fn.action, datums);
  const scalars = new Map<string, string[]>();
  const arrays = new Map<string, string[]>();
  const none: Env = { scalars, arrays };
  for (const d of datums) {
    const v = d.PLpgSQL_var;
    if (!v?.default_val || counts.get(v.refname) !== 1 || assigned.has(v.refname)) continue;
    const expr = exprOf(v.default_val);
    const list = arrayValues(expr, none);
    if (list) arrays.set(v.refname, list);
    else {
      const node = parseExpression(expr);
      const value = node && whole(evaluate(node, new Map()));
      if (value !== undefined) scalars.set(v.refname, [value]);
    }
  }
  return none;
}

/** Names written by assignments, INTO targets and loops anywhere in the body. */
function assignedNames(action: PgNode, datums: PgNode[]): Set<string> {
  const names = new Set<string>();
  const visit = (value: unknown, key: string): void => {
    if (Array.isArray(value)) for (const v of value) visit(v, key);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, any>;
      if (key === 'PLpgSQL_stmt_assign' || key === 'PLpgSQL_stmt_foreach_a') {
        const name = datums[o.varno] && Object.values(datums[o.varno]!)[0]?.refname;
        if (name) names.add(name);
      }
      if (key === 'target' || key === 'var') {
        const target = Object.values(o)[0] as Record<string, any> | undefined;
        if (target?.refname) names.add(target.refname);
        for (const f of target?.fields ?? []) names.add(f.name);
      }
      for (const [k, v] of Object.entries(o)) visit(v, k);
    }
  };
  visit(action, '');
  return names;
}

// ---------------------------------------------------------------- expressions

const HOLE = Symbol('unknown');
/** A piece of a string being built: known text, or a value only the running database knows. */
type Part = string | typeof HOLE;

type Resolution = { sqls: string[] } | { fragments: string[] };

/** Upper bound on the combinations of loop values tried for one EXECUTE. */
const MAX_BINDINGS = 256;

function parseExpression(expr: string): PgNode | undefined {
  if (!expr.trim()) return undefined;
  try {
    const stmts: PgNode[] = (parseSync(`SELECT ${expr}`) as PgNode).stmts ?? [];
    const targets = stmts.length === 1 ? stmts[0]!.stmt?.SelectStmt?.targetList : undefined;
    return targets?.length === 1 ? targets[0].ResTarget?.val : undefined;
  } catch {
    return undefined;
  }
}

/** The SQL an EXECUTE runs, one string per combination of loop values; otherwise the literal fragments of it. */
function resolveExecute(expr: string, env: Env): Resolution {
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

function columnRefs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(columnRefs);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, any>;
  if (o.ColumnRef) return [refName(o.ColumnRef)];
  return Object.values(o).flatMap(columnRefs);
}

function refName(ref: PgNode): string {
  return (ref.fields ?? []).map((f: PgNode) => f.String?.sval ?? '*').join('.');
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

function evaluate(node: PgNode | undefined, binding: ReadonlyMap<string, string>): Part[] {
  if (!node) return [HOLE];
  if (node.A_Const) return [constText(node.A_Const)];
  if (node.TypeCast) return evaluate(node.TypeCast.arg, binding);
  if (node.ColumnRef) return [binding.get(refName(node.ColumnRef)) ?? HOLE];
  const op = node.A_Expr;
  if (op?.kind === 'AEXPR_OP' && op.name?.length === 1 && op.name[0].String?.sval === '||') {
    return [...evaluate(op.lexpr, binding), ...evaluate(op.rexpr, binding)];
  }
  const call = node.FuncCall;
  if (!call) return [HOLE];
  const fname: string = call.funcname?.[call.funcname.length - 1]?.String?.sval ?? '';
  const args: Part[][] = (call.args ?? []).map((a: PgNode) => evaluate(a, binding));
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

function constText(c: PgNode): Part {
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
function arrayValues(expr: string, env: Env): string[] | undefined {
  const node = parseExpression(expr);
  return node && listOf(node, env);
}

function listOf(node: PgNode, env: Env): string[] | undefined {
  if (node.TypeCast) {
    const literal = node.TypeCast.arg?.A_Const?.sval?.sval;
    if (typeof literal === 'string' && node.TypeCast.typeName?.arrayBounds) return arrayLiteral(literal);
    return listOf(node.TypeCast.arg ?? {}, env);
  }
  if (node.ColumnRef) return env.arrays.get(refName(node.ColumnRef))?.slice();
  const elements: PgNode[] | undefined = node.A_ArrayExpr ? node.A_ArrayExpr.elements ?? [] : undefined;
  if (!elements) return undefined;
  const values = elements.map((e) => whole(evaluate(e, new Map())));
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
function unnestValues(query: string, env: Env): string[] | undefined {
  let select: PgNode | undefined;
  try {
    const stmts: PgNode[] = (parseSync(query) as PgNode).stmts ?? [];
    select = stmts.length === 1 ? stmts[0]!.stmt?.SelectStmt : undefined;
  } catch {
    return undefined;
  }
  if (select?.targetList?.length !== 1 || select.whereClause) return undefined;
  const from: PgNode[] = select.fromClause ?? [];
  const call =
    from.length === 0
      ? select.targetList[0].ResTarget?.val?.FuncCall
      : from.length === 1
        ? from[0]!.RangeFunction?.functions?.[0]?.List?.items?.[0]?.FuncCall
        : undefined;
  const fname = call?.funcname?.[call.funcname.length - 1]?.String?.sval;
  return fname === 'unnest' && call.args?.length === 1 ? listOf(call.args[0], env) : undefined;
}
