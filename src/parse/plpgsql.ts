/**
 * What DO blocks and function bodies run: the SQL statements inside PL/pgSQL (and SQL-language) bodies, with file
 * lines, whether they run conditionally, and the EXECUTE strings that can be worked out from literals.
 */
import type { CreateFunctionStmt, DoStmt, Node } from '@pgsql/types';
import { parsePlPgSQLSync, parseSync, scanSync } from 'libpg-query';
import type { Statement, UnresolvedExecute } from '../types.js';
import { unwrap } from './ast.js';
import { arrayValues, constantValue, resolveExecute, unnestValues, type Env } from './dynamic-sql.js';
import { newlinesBefore, newlinesBeforeByte, skipTrivia } from './lines.js';

/** Where expanded statements are collected. */
export interface BodyOutput {
  statements: Statement[];
  unresolved: UnresolvedExecute[];
  /** The body could not be read (it does not compile, or is in a language the replay does not follow). */
  opaque?: boolean;
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

// libpg-query's PL/pgSQL tree, as far as the walk reads it (@pgsql/types describes only the SQL tree).
interface PlExpr { PLpgSQL_expr?: { query?: string } }
type PlNode = Record<string, PlStatement>;
interface PlStatement {
  lineno?: number;
  body?: PlNode[];
  exceptions?: { PLpgSQL_exception_block?: { exc_list?: PlHandler[] } };
  then_body?: PlNode[];
  elsif_list?: { PLpgSQL_if_elsif?: { stmts?: PlNode[] } }[];
  else_body?: PlNode[];
  case_when_list?: { PLpgSQL_case_when?: { stmts?: PlNode[] } }[];
  else_stmts?: PlNode[];
  varno?: number;
  var?: PlDatum;
  expr?: PlExpr;
  query?: PlExpr;
  sqlstmt?: PlExpr;
}
interface PlHandler { PLpgSQL_exception?: { conditions?: { PLpgSQL_condition?: { condname?: string } }[]; action?: PlNode[] } }
/** A variable, row or record of the body: `{ PLpgSQL_var: {...} }` and the like. */
type PlDatum = Record<string, { refname?: string; default_val?: PlExpr; fields?: { name: string }[] }>;
interface PlFunction { datums?: PlDatum[]; action?: PlNode }

/** Adds what a top-level DO block runs; other statements add nothing (function bodies run only when called). */
export function expandTopLevel(file: string, node: Node, text: string, line: number, out: BodyOutput): void {
  if ('DoStmt' in node) expandDo(node.DoStmt, text, line, { file, origin: 'do', guarded: false, catches: [], dynamic: false }, out);
}

/**
 * What a CREATE FUNCTION / PROCEDURE statement's body runs when called. Parsed on demand: most functions are
 * never called by a migration, and parsing every body would be most of the time spent on large histories.
 */
export function functionBody(stmt: Statement): BodyOutput {
  const out: BodyOutput = { statements: [], unresolved: [] };
  if ('CreateFunctionStmt' in stmt.node) expandFunction(stmt.node.CreateFunctionStmt, stmt.text, stmt.line, stmt.file, out);
  return out;
}

/** Whether the replay runs statements of this origin in file order: all but a function body's, which the catalog replays where the function is called. */
export const runsInFileOrder = (origin: Statement['origin']): boolean => origin !== 'function';

/** What runs, in file order: statements and the unresolved EXECUTEs between them. */
export function executionOrder(out: BodyOutput, keep: (origin: Statement['origin']) => boolean = () => true): (Statement | UnresolvedExecute)[] {
  const steps: (Statement | UnresolvedExecute)[] = [...out.statements.filter((s) => keep(s.origin)), ...out.unresolved.filter((u) => keep(u.origin))];
  return steps.map((s, i) => [s, i] as const).sort((a, b) => a[0].line - b[0].line || a[1] - b[1]).map(([s]) => s);
}

/** The argument of one option (`language`, `as`) of a CREATE FUNCTION or DO statement. */
export function option(list: Node[] | undefined, name: string): Node | undefined {
  return list?.map((o) => unwrap(o, 'DefElem')).find((d) => d?.defname === name)?.arg;
}

/** Lines between the statement's first line and the first line of its body string. */
export function bodyLineOffset(text: string, body: string): number {
  const at = body ? text.indexOf(body) : -1;
  // A body written as '…' with doubled quotes is not found verbatim; its first line is then the statement's.
  return at < 0 ? 0 : newlinesBefore(text, at);
}

function expandDo(stmt: DoStmt, text: string, line: number, scope: Scope, out: BodyOutput): void {
  const language = unwrap(option(stmt.args, 'language'), 'String')?.sval;
  const body = unwrap(option(stmt.args, 'as'), 'String')?.sval;
  if (body === undefined || (language !== undefined && language.toLowerCase() !== 'plpgsql')) return;
  // A block the replay cannot read may do anything: it stands in the order as an EXECUTE of unknown SQL.
  if (!walkPlpgsql(text, scope.dynamic ? line : line + bodyLineOffset(text, body), scope, out)) out.unresolved.push({ file: scope.file, line, fragments: [], origin: scope.origin });
}

function expandFunction(stmt: CreateFunctionStmt, text: string, line: number, file: string, out: BodyOutput): void {
  const scope: Scope = { file, origin: 'function', guarded: false, catches: [], dynamic: false };
  const language = (unwrap(option(stmt.options, 'language'), 'String')?.sval ?? 'sql').toLowerCase();
  if (stmt.sql_body) {
    const atomic = atomicBody(text);
    if (atomic) emitSql(atomic.body, line + atomic.lineOffset, scope, out);
    return;
  }
  const items = unwrap(option(stmt.options, 'as'), 'List')?.items ?? [];
  const body = items.length === 1 ? unwrap(items[0], 'String')?.sval : undefined;
  if (body === undefined) return;
  const bodyLine = line + bodyLineOffset(text, body);
  const read = language === 'plpgsql' ? walkPlpgsql(text, bodyLine, scope, out) : language === 'sql' && emitSql(body, bodyLine, scope, out);
  if (!read) out.opaque = true;
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
  let stmts;
  try {
    stmts = parseSync(sql).stmts ?? [];
  } catch {
    return false;
  }
  const bytes = Buffer.from(sql, 'utf8');
  for (const raw of stmts) {
    if (!raw.stmt) continue;
    const loc = raw.stmt_location ?? 0;
    const end = raw.stmt_len ? loc + raw.stmt_len : bytes.length;
    const start = skipTrivia(bytes, loc, end);
    const text = bytes.toString('utf8', start, end).trimEnd();
    const at = scope.dynamic ? line : line + newlinesBeforeByte(bytes, start);
    const node = raw.stmt;
    out.statements.push({
      file: scope.file,
      line: at,
      text,
      node,
      origin: scope.origin,
      guarded: scope.guarded,
      ...(scope.catches.length > 0 && { catches: [...scope.catches] }),
    });
    if ('DoStmt' in node) expandDo(node.DoStmt, text, at, scope, out);
  }
  return true;
}

// ---------------------------------------------------------------- PL/pgSQL walk

/** A DO or CREATE FUNCTION statement's PL/pgSQL as libpg-query compiles it: the function, or the error message. */
export type Compiled = { fn: PlFunction | undefined } | { error: string };

let lastCompiled: { text: string; compiled: Compiled } | undefined;

/**
 * Compiles the PL/pgSQL of a statement. A top-level DO block is compiled twice in a row, once to judge its body
 * and once to walk it, so the last result is kept: the second costs nothing. The tree is only read, never changed.
 */
export function compilePlpgsql(text: string): Compiled {
  if (lastCompiled?.text === text) return lastCompiled.compiled;
  let compiled: Compiled;
  try {
    const parsed = parsePlPgSQLSync(text) as { plpgsql_funcs?: { PLpgSQL_function?: PlFunction }[] };
    compiled = { fn: parsed.plpgsql_funcs?.[0]?.PLpgSQL_function };
  } catch (error) {
    compiled = { error: error instanceof Error ? error.message : String(error) };
  }
  lastCompiled = { text, compiled };
  return compiled;
}

/** Walks a body; false when it does not compile here (it may rely on objects only the live database knows). */
function walkPlpgsql(text: string, bodyLine: number, scope: Scope, out: BodyOutput): boolean {
  const compiled = compilePlpgsql(text);
  if ('error' in compiled) return false;
  const fn = compiled.fn;
  if (!fn?.action) return true;
  const [statements, unresolved] = [out.statements.length, out.unresolved.length];
  try {
    new BodyWalker(fn, bodyLine, scope, out).walk([fn.action], bodyLine, { guarded: scope.guarded, catches: scope.catches, env: declaredConstants(fn) });
  } catch (error) {
    // Blocks nested thousands deep (PostgreSQL allows about 3,300) overflow the walk's stack: the body stays unread.
    if (!(error instanceof RangeError)) throw error;
    out.statements.length = statements;
    out.unresolved.length = unresolved;
    return false;
  }
  return true;
}

class BodyWalker {
  private readonly datums: PlDatum[];

  constructor(fn: PlFunction, private readonly bodyLine: number, private readonly scope: Scope, private readonly out: BodyOutput) {
    this.datums = fn.datums ?? [];
  }

  walk(stmts: PlNode[] | undefined, parentLine: number, ctx: WalkContext): void {
    for (const node of stmts ?? []) {
      const kind = Object.keys(node)[0]!;
      const s = node[kind]!;
      // Lines inside an EXECUTEd string are not file lines: everything stays on the EXECUTE's line.
      const line = s.lineno && !this.scope.dynamic ? this.bodyLine + s.lineno - 1 : parentLine;
      const branch = { ...ctx, guarded: true };
      const run = { ...this.scope, guarded: ctx.guarded, catches: ctx.catches };
      switch (kind) {
        case 'PLpgSQL_stmt_block': {
          // A handler guards only against the conditions it names: `WHEN duplicate_object` does not catch 42P07.
          const handlers = s.exceptions?.PLpgSQL_exception_block?.exc_list ?? [];
          const caught = handlers.flatMap((h) => (h.PLpgSQL_exception?.conditions ?? []).map((c) => String(c.PLpgSQL_condition?.condname ?? '').toLowerCase()));
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
          this.walk(s.body, line, { ...ctx, env: bind(ctx.env, this.datums[s.varno ?? -1]?.PLpgSQL_var?.refname, arrayValues(exprOf(s.expr), ctx.env)) });
          break;
        case 'PLpgSQL_stmt_fors':
          this.walk(s.body, line, { ...ctx, env: bind(ctx.env, loopVariable(s.var), unnestValues(exprOf(s.query), ctx.env)) });
          break;
        case 'PLpgSQL_stmt_execsql':
          emitSql(exprOf(s.sqlstmt), line, run, this.out);
          break;
        case 'PLpgSQL_stmt_perform':
          // `PERFORM f()` arrives as the query `SELECT f()`: it calls f like a top-level SELECT would.
          emitSql(exprOf(s.expr), line, run, this.out);
          break;
        case 'PLpgSQL_stmt_call':
          // PL/pgSQL hands CALL and nested DO statements over as this kind.
          emitSql(exprOf(s.expr), line, run, this.out);
          break;
        case 'PLpgSQL_stmt_dynexecute':
          this.execute(exprOf(s.query), line, ctx);
          break;
        default:
          // LOOP, WHILE, FOR over integers / cursors / EXECUTE: the body runs unconditionally as far as we can tell.
          if (Array.isArray(s.body)) this.walk(s.body, line, ctx);
      }
    }
  }

  private execute(expr: string, line: number, ctx: WalkContext): void {
    const resolved = resolveExecute(expr, ctx.env);
    const scope: Scope = { ...this.scope, guarded: ctx.guarded, catches: ctx.catches, dynamic: true };
    const unresolved = (fragments: string[]): void => {
      this.out.unresolved.push({ file: scope.file, line, fragments, origin: scope.origin });
    };
    if ('fragments' in resolved) unresolved(resolved.fragments);
    else for (const sql of resolved.sqls) if (!emitSql(sql, line, scope, this.out)) unresolved([sql]);
  }
}

function exprOf(expr: PlExpr | undefined): string {
  return expr?.PLpgSQL_expr?.query ?? '';
}

function bind(env: Env, name: string | undefined, values: string[] | undefined): Env {
  if (name === undefined) return env;
  const scalars = new Map(env.scalars);
  // An unknown loop variable must hide an outer binding of the same name.
  if (values) scalars.set(name, values);
  else scalars.delete(name);
  return { ...env, scalars };
}

function loopVariable(target: PlDatum | undefined): string | undefined {
  const fields = target?.PLpgSQL_row?.fields;
  if (fields?.length === 1) return fields[0]!.name;
  return target?.PLpgSQL_var?.refname;
}

function refnameOf(datum: PlDatum | undefined): string | undefined {
  return datum && Object.values(datum)[0]?.refname;
}

/** Declared variables with a literal default that nothing assigns: `tables text[] := ARRAY['a','b']`. */
function declaredConstants(fn: PlFunction): Env {
  const datums = fn.datums ?? [];
  const counts = new Map<string, number>();
  for (const d of datums) {
    const name = refnameOf(d);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const assigned = assignedNames(fn.action, datums);
  const scalars = new Map<string, string[]>();
  const arrays = new Map<string, string[]>();
  const none: Env = { scalars, arrays };
  for (const d of datums) {
    const v = d.PLpgSQL_var;
    if (!v?.default_val || !v.refname || counts.get(v.refname) !== 1 || assigned.has(v.refname)) continue;
    const expr = exprOf(v.default_val);
    const list = arrayValues(expr, none);
    if (list) arrays.set(v.refname, list);
    else {
      const value = constantValue(expr);
      if (value !== undefined) scalars.set(v.refname, [value]);
    }
  }
  return none;
}

/** Names written by assignments, INTO targets and loops throughout the body. */
function assignedNames(action: PlNode | undefined, datums: PlDatum[]): Set<string> {
  const names = new Set<string>();
  const visit = (value: unknown, key: string): void => {
    if (Array.isArray(value)) for (const v of value) visit(v, key);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if ((key === 'PLpgSQL_stmt_assign' || key === 'PLpgSQL_stmt_foreach_a') && typeof o.varno === 'number') {
        const name = refnameOf(datums[o.varno]);
        if (name) names.add(name);
      }
      if (key === 'target' || key === 'var') {
        const target = Object.values(o)[0] as PlDatum[string] | undefined;
        if (target?.refname) names.add(target.refname);
        for (const f of target?.fields ?? []) names.add(f.name);
      }
      for (const [k, v] of Object.entries(o)) visit(v, k);
    }
  };
  visit(action, '');
  return names;
}
