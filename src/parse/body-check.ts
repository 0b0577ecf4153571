/**
 * The bodies PostgreSQL compiles before it runs anything: a DO block's PL/pgSQL when the block runs, a function's
 * PL/pgSQL or SQL body at CREATE FUNCTION (check_function_bodies is on unless the session turned it off). A body
 * that does not compile fails its statement, so it is a parse problem at the line PostgreSQL names.
 */
import type { CreateFunctionStmt, DoStmt, Node } from '@pgsql/types';
import { parseSync, scanSync, type ScanToken } from 'libpg-query';
import { names, unwrap } from './ast.js';
import { codePointToIndex, newlinesBefore, newlinesBeforeByte } from './lines.js';
import { compilePlpgsql, option } from './plpgsql.js';

/** A body PostgreSQL rejects: the file line it names, and its message with where it was compiling. */
export interface BodyProblem {
  line: number;
  message: string;
}

/**
 * Only errors of the grammar itself: libpg-query compiles PL/pgSQL without a catalog, so what depends on one
 * (the fields of a table's row type, a variable of a user type in an INTO list) is not PostgreSQL's verdict.
 */
const GRAMMAR_ERROR = /^(syntax error|memory exhausted)\b/;

/** The problem of a top-level DO or CREATE FUNCTION statement's body, or undefined when it compiles. */
export function bodyProblem(node: Node, text: string, line: number): BodyProblem | undefined {
  const body = bodyOf(node);
  if (!body) return undefined;
  if (body.language === 'sql') return sqlBodyProblem(body.value, text, line, body.context);
  const error = compileError(text);
  if (error === undefined || !GRAMMAR_ERROR.test(error)) return undefined;
  // Finding the literal scans the whole statement: only a body that fails needs it.
  const literal = bodyLiteral(text, body.value);
  const offset = literal && errorToken(text, literal, body.value, error);
  const at = literal && offset !== undefined
    ? line + newlinesBeforeByte(Buffer.from(text, 'utf8'), literal.bodyStart) + newlinesBeforeByte(Buffer.from(body.value, 'utf8'), offset)
    : line;
  return { line: at, message: `${error} (in the PL/pgSQL body of ${body.context})` };
}

interface Body {
  language: string;
  value: string;
  /** `function public.f` or `the DO block`: what PostgreSQL was compiling. */
  context: string;
}

function bodyOf(node: Node): Body | undefined {
  const doStmt: DoStmt | undefined = unwrap(node, 'DoStmt');
  if (doStmt) {
    const value = unwrap(option(doStmt.args, 'as'), 'String')?.sval;
    const language = (unwrap(option(doStmt.args, 'language'), 'String')?.sval ?? 'plpgsql').toLowerCase();
    return value !== undefined && language === 'plpgsql' ? { language, value, context: 'the DO block' } : undefined;
  }
  const fn: CreateFunctionStmt | undefined = unwrap(node, 'CreateFunctionStmt');
  // A BEGIN ATOMIC body is part of the statement: the statement's own parse already judged it.
  if (!fn || fn.sql_body) return undefined;
  const items = unwrap(option(fn.options, 'as'), 'List')?.items ?? [];
  const value = items.length === 1 ? unwrap(items[0], 'String')?.sval : undefined;
  const language = (unwrap(option(fn.options, 'language'), 'String')?.sval ?? 'sql').toLowerCase();
  if (value === undefined || (language !== 'plpgsql' && language !== 'sql')) return undefined;
  return { language, value, context: `${fn.is_procedure ? 'procedure' : 'function'} ${names(fn.funcname).join('.')}` };
}

/** Where the body's string literal sits in the statement (byte offsets), found by its value. */
interface Literal {
  token: ScanToken;
  /** Byte offset of the body's first character in the statement. */
  bodyStart: number;
}

function bodyLiteral(text: string, value: string): Literal | undefined {
  let tokens: ScanToken[];
  try {
    tokens = scanSync(text).tokens ?? [];
  } catch {
    return undefined;
  }
  for (const token of tokens) {
    if (token.tokenName !== 'SCONST') continue;
    const dollar = /^\$[^$]*\$/.exec(token.text)?.[0];
    if (dollar && token.text.slice(dollar.length, token.text.length - dollar.length) === value) return { token, bodyStart: token.start + Buffer.byteLength(dollar) };
    // '…' with doubled quotes: the lines are the same, only the byte offsets inside shift.
    if (token.text.startsWith("'") && token.text.slice(1, -1).replace(/''/g, "'") === value) return { token, bodyStart: token.start + 1 };
  }
  return undefined;
}

function compileError(text: string): string | undefined {
  const compiled = compilePlpgsql(text);
  return 'error' in compiled ? compiled.error : undefined;
}

/**
 * The byte offset in the body of the token PostgreSQL's error names. libpg-query reports PL/pgSQL errors without a
 * position, so the body is cut after k of its tokens, and a binary search finds the shortest cut that already
 * raises the error: its last token is where the parser stopped (prefixes shorter than that end early instead).
 * `near "x"` may name a token before that one (a missing `;` is noticed at the next `;`).
 */
function errorToken(text: string, literal: Literal, body: string, error: string): number | undefined {
  let tokens: ScanToken[];
  try {
    tokens = (scanSync(body).tokens ?? []).filter((t) => t.tokenName !== 'SQL_COMMENT' && t.tokenName !== 'C_COMMENT');
  } catch {
    return undefined;
  }
  if (tokens.length === 0) return undefined;
  const bytes = Buffer.from(body, 'utf8');
  const statement = Buffer.from(text, 'utf8');
  let tag = '$sg_cut$';
  while (body.includes(tag)) tag = `$${tag.slice(1, -1)}x$`;
  const cut = (k: number): string | undefined =>
    compileError(`${statement.toString('utf8', 0, literal.token.start)}${tag}${bytes.toString('utf8', 0, tokens[k - 1]!.end)}${tag}${statement.toString('utf8', literal.token.end)}`);
  let stop = tokens.length;
  if (!/at end of input/.test(error) && cut(tokens.length) === error) {
    let lo = 1;
    while (lo < stop) {
      const mid = (lo + stop) >> 1;
      if (cut(mid) === error) stop = mid;
      else lo = mid + 1;
    }
  }
  let index = stop - 1;
  const near = /at or near "(.*)"$/s.exec(error)?.[1];
  if (near !== undefined) {
    let named = stop - 1;
    while (named >= 0 && tokens[named]!.text !== near) named--;
    if (named >= 0) index = named;
  }
  return tokens[index]!.start;
}

/** A SQL-language body is parsed at CREATE FUNCTION: its syntax errors come with a position. */
function sqlBodyProblem(body: string, text: string, line: number, context: string): BodyProblem | undefined {
  if (!body.trim()) return undefined;
  try {
    parseSync(body);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const cursor = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails?.cursorPosition ?? 0;
    const literal = bodyLiteral(text, body);
    const at = literal ? line + newlinesBeforeByte(Buffer.from(text, 'utf8'), literal.bodyStart) + newlinesBefore(body, codePointToIndex(body, cursor)) : line;
    return { line: at, message: `${message} (in the SQL body of ${context})` };
  }
}
