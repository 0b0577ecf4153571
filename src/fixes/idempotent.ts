import type { AlterTableStmt, InsertStmt, IntoClause, Node, RangeVar, TypeName } from '@pgsql/types';
import type { RerunFailure, Statement, StatementFailure } from '../types.js';
import { bodyOf, kindOf, names, quoteIdent, unwrap } from '../parse/ast.js';

const ERRORS_OF_A_RERUN = 'duplicate_object OR duplicate_table OR duplicate_column OR undefined_object OR undefined_table OR undefined_column';

/**
 * The smallest rewrite of a statement that runs twice without error: the `fix` of a non-idempotent-ddl finding. A
 * statement inside a DO block gets a form that goes inside the block (a nested BEGIN … END, never a second DO). What
 * has no such form runs under an EXCEPTION handler for `condition`, the error its re-run raises, when it is known.
 */
export function idempotentForm(stmt: Statement, condition?: string): string {
  return rewrite(stmt, condition) ?? guard(stmt, condition ?? ERRORS_OF_A_RERUN);
}

/** A re-run failure as the rules read it, without the statement's syntax tree. */
export function rerunFailure({ statement, ...failure }: StatementFailure): RerunFailure {
  const { file, line, origin } = statement;
  return { ...failure, statement: { file, line, origin }, object: statementObject(statement), fix: idempotentForm(statement, failure.condition) };
}

/** The fixes to try for a statement whose re-run raises `condition`, best first: idempotentForm's, then the guard for exactly that. */
export function rerunFixCandidates(stmt: Statement, condition: string): string[] {
  const exact = guard(stmt, condition);
  return [...new Set([rewrite(stmt, condition) ?? exact, exact])];
}

/** The statement rewritten to re-run (IF NOT EXISTS, OR REPLACE, …); undefined when it has no such form. */
function rewrite(stmt: Statement, condition: string | undefined): string | undefined {
  const form = rewriteOf(stmt, condition);
  // A statement given back unchanged is no fix.
  return form === `${sqlOf(stmt)};` ? undefined : form;
}

function rewriteOf(stmt: Statement, condition: string | undefined): string | undefined {
  const text = sqlOf(stmt);
  const node = stmt.node;
  const replaced = (re: RegExp, by: string) => (re.test(text) ? `${text.replace(re, by)};` : undefined);
  switch (kindOf(node)) {
    case 'CreateStmt':
      return replaced(/^(create\s+(?:(?:global|local)\s+)?(?:temp(?:orary)?\s+|unlogged\s+)?table)\s+/i, '$1 IF NOT EXISTS ');
    case 'IndexStmt':
      return replaced(/^(create\s+(?:unique\s+)?index\s+(?:concurrently\s+)?)/i, '$1IF NOT EXISTS ');
    case 'CreateSchemaStmt':
      return replaced(/^(create\s+schema)\s+/i, '$1 IF NOT EXISTS ');
    case 'CreateExtensionStmt':
      return replaced(/^(create\s+extension)\s+/i, '$1 IF NOT EXISTS ');
    case 'CreateSeqStmt':
      return replaced(/^(create\s+(?:(?:temp(?:orary)?|unlogged)\s+)?sequence)\s+/i, '$1 IF NOT EXISTS ');
    case 'CreateFunctionStmt': case 'ViewStmt': case 'RuleStmt':
      return replaced(/^create\s+(?!or\s+replace)/i, 'CREATE OR REPLACE ');
    case 'CreatePolicyStmt': {
      const v = unwrap(node, 'CreatePolicyStmt')!;
      return `DROP POLICY IF EXISTS ${quoteIdent(v.policy_name ?? '')} ON ${relation(v.table)};\n${text};`;
    }
    case 'CreateTrigStmt': {
      const v = unwrap(node, 'CreateTrigStmt')!;
      return `DROP TRIGGER IF EXISTS ${quoteIdent(v.trigname ?? '')} ON ${relation(v.relation)};\n${text};`;
    }
    case 'AlterEnumStmt':
      return unwrap(node, 'AlterEnumStmt')?.oldVal ? undefined : replaced(/(add\s+value)\s+(?!if\s+not\s+exists)/i, '$1 IF NOT EXISTS ');
    case 'DropStmt':
      return replaced(/^(drop\s+(?:materialized\s+view|foreign\s+table|event\s+trigger|[a-z]+)(?:\s+concurrently)?)\s+(?!if\s+exists)/i, '$1 IF EXISTS ');
    case 'AlterTableStmt':
      return alterTableForm(unwrap(node, 'AlterTableStmt')!, text, condition === 'undefined_table');
    case 'InsertStmt':
      return insertForm(unwrap(node, 'InsertStmt')!, text);
    case 'AlterPublicationStmt': {
      const v = unwrap(node, 'AlterPublicationStmt')!;
      const tables = (v.pubobjects ?? []).flatMap((o) => unwrap(o, 'PublicationObjSpec')?.pubtable?.relation ?? []);
      const lines = tables.map((r) => `IF NOT EXISTS (SELECT 1 FROM pg_publication_tables WHERE pubname = ${literal(v.pubname ?? '')} AND schemaname = ${literal(r.schemaname ?? 'public')} AND tablename = ${literal(r.relname ?? '')}) THEN\n  ALTER PUBLICATION ${quoteIdent(v.pubname ?? '')} ADD TABLE ${relation(r)};\nEND IF;`);
      return tables.length && v.action === 'AP_AddObjects' ? block(stmt, lines.join('\n')) : undefined;
    }
    case 'CreateRoleStmt':
      return block(stmt, `IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${literal(unwrap(node, 'CreateRoleStmt')?.role ?? '')}) THEN\n  ${text};\nEND IF;`);
    case 'RenameStmt': {
      const v = unwrap(node, 'RenameStmt')!;
      if (v.renameType === 'OBJECT_TABLE' && !v.missing_ok) return replaced(/^(alter\s+table)\s+(?!if\s+exists)/i, '$1 IF EXISTS ');
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The statement under an EXCEPTION handler that swallows `conditions`: given the one a re-run raises, nothing a
 * first run could raise is swallowed (a missing table stays an error).
 */
function guard(stmt: Statement, conditions: string): string {
  const text = plpgsqlForm(stmt);
  const body = stmt.origin === 'top' ? text.replace(/\$\$/g, '$body$') : text;
  return stmt.origin === 'top'
    ? `DO $$\nBEGIN\n  ${indent(body)};\nEXCEPTION WHEN ${conditions} THEN NULL;\nEND $$;`
    : `BEGIN\n  ${indent(body)};\nEXCEPTION WHEN ${conditions} THEN NULL;\nEND;`;
}

/**
 * The statement as PL/pgSQL runs it: a SELECT whose rows go nowhere is a PERFORM there (a `PERFORM f()` in a DO block
 * reaches the replay as `SELECT f()`).
 */
function plpgsqlForm(stmt: Statement): string {
  const text = sqlOf(stmt);
  if (kindOf(stmt.node) !== 'SelectStmt' || unwrap(stmt.node, 'SelectStmt')?.intoClause) return text;
  return /^select\b/i.test(text) ? text.replace(/^select\b/i, 'PERFORM') : `PERFORM * FROM (${text}) AS result`;
}

/** PL/pgSQL lines run once: a DO block at the top level, a nested block inside the DO block the statement sits in. */
function block(stmt: Statement, lines: string): string {
  return stmt.origin === 'top' ? `DO $$\nBEGIN\n  ${indent(lines)}\nEND $$;` : `BEGIN\n  ${indent(lines)}\nEND;`;
}

function indent(text: string): string {
  return text.split('\n').join('\n  ');
}

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function relation(rv: RangeVar | undefined): string {
  return rv?.schemaname ? `${quoteIdent(rv.schemaname)}.${quoteIdent(rv.relname ?? '')}` : quoteIdent(rv?.relname ?? '');
}

/** A statement's SQL without the comments after its last token, so a `;` appended ends it rather than a comment. */
function sqlOf(stmt: Statement): string {
  const text = stmt.text.trim().replace(/;$/, '');
  if (!text.includes('--') && !text.includes('/*')) return text;
  const last = tokensOf(text).pop();
  return last ? text.slice(0, last.end).replace(/;$/, '') : text;
}

/** A token of a statement: a word, a quoted name or string, or one punctuation character; offsets index `text`. */
interface Token {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}_$]/u;

/**
 * A statement's tokens, comments left out: what the rewrites need to find its keywords outside strings, quoted names
 * and parentheses. (libpg-query's scanner does the same in WASM, at many times the cost for the thousands of
 * statements a large repository's re-run fails.)
 */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (start: number, end: number) => { tokens.push({ start, end, text: text.slice(start, end) }); i = end; };
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '-' && text[i + 1] === '-') i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
    else if (c === '/' && text[i + 1] === '*') {
      let depth = 0;
      do {
        if (text.startsWith('/*', i)) { depth++; i += 2; } else if (text.startsWith('*/', i)) { depth--; i += 2; } else i++;
      } while (depth > 0 && i < text.length);
    } else if (c === "'" || c === '"') push(i, quoteEnd(text, i, c, /[eE]/.test(text[i - 1] ?? '') && c === "'"));
    else if (c === '$' && /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.test(text.slice(i, i + 64))) {
      const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64))![0];
      const close = text.indexOf(tag, i + tag.length);
      push(i, close < 0 ? text.length : close + tag.length);
    } else if (WORD.test(c)) {
      let end = i + 1;
      while (end < text.length && WORD.test(text[end]!)) end++;
      // E'…' is one string.
      if (text[end] === "'" && end === i + 1 && /[eE]/.test(c)) push(i, quoteEnd(text, end, "'", true));
      else push(i, end);
    } else push(i, i + 1);
  }
  return tokens;
}

/** Just past the quote closing the one at `start` (a doubled quote, or a backslash in an E'' string, escapes). */
function quoteEnd(text: string, start: number, quote: string, backslashes: boolean): number {
  for (let i = start + 1; i < text.length; i++) {
    if (backslashes && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (text[i + 1] === quote) i++;
      else return i + 1;
    }
  }
  return text.length;
}

/** `text` with ranges replaced. */
function edit(text: string, edits: { start: number; end: number; by: string }[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.by;
    at = e.end;
  }
  return out + text.slice(at);
}

const word = (t: Token | undefined) => t?.text.toUpperCase();

const INDEX_BACKED = new Set(['CONSTR_PRIMARY', 'CONSTR_UNIQUE', 'CONSTR_EXCLUSION']);

/**
 * ALTER TABLE with each subcommand that a re-run trips over rewritten in place, read from the tokens so the
 * optional words PostgreSQL accepts (`ADD company text` without COLUMN) are handled: ADD / DROP COLUMN get their
 * IF [NOT] EXISTS, DROP CONSTRAINT its IF EXISTS, a named CHECK or foreign key a DROP CONSTRAINT IF EXISTS before it.
 * `tableGone`: the re-run finds no table (the file drops it later), so the statement gets ALTER TABLE IF EXISTS too.
 * Undefined when the statement cannot be read that way (an unnamed constraint, say).
 */
function alterTableForm(v: AlterTableStmt, text: string, tableGone: boolean): string | undefined {
  if (v.objtype !== 'OBJECT_TABLE') return undefined;
  const tokens = tokensOf(text);
  const edits: { start: number; end: number; by: string }[] = [];
  let i = 2;
  if (word(tokens[i]) === 'IF' && word(tokens[i + 1]) === 'EXISTS') i += 2;
  else if (tableGone) edits.push({ start: tokens[i]!.start, end: tokens[i]!.start, by: 'IF EXISTS ' });
  if (word(tokens[i]) === 'ONLY') i++;
  for (i++; tokens[i]?.text === '.'; i += 2);
  if (tokens[i]?.text === '*') i++;
  const commands = splitAtCommas(tokens.slice(i));
  const cmds = (v.cmds ?? []).map((c) => unwrap(c, 'AlterTableCmd'));
  if (commands.length !== cmds.length) return undefined;
  const table = `ALTER TABLE ${v.missing_ok || tableGone ? 'IF EXISTS ' : ''}${relation(v.relation)}`;
  const before: string[] = [];
  /** Replaces the words that open a command (`ADD`, `COLUMN`?, `IF NOT EXISTS`?) with `by`. */
  const lead = (cmd: Token[], opening: string[][], by: string) => {
    let k = 0;
    for (const words of opening) if (words.every((w, j) => word(cmd[k + j]) === w)) k += words.length;
    if (cmd[k]) edits.push({ start: cmd[0]!.start, end: cmd[k]!.start, by });
  };
  for (const [n, cmd] of commands.entries()) {
    const c = cmds[n];
    switch (c?.subtype) {
      case 'AT_AddColumn':
        lead(cmd, [['ADD'], ['COLUMN'], ['IF', 'NOT', 'EXISTS']], 'ADD COLUMN IF NOT EXISTS ');
        break;
      case 'AT_DropColumn':
        lead(cmd, [['DROP'], ['COLUMN'], ['IF', 'EXISTS']], 'DROP COLUMN IF EXISTS ');
        break;
      case 'AT_DropConstraint':
        lead(cmd, [['DROP'], ['CONSTRAINT'], ['IF', 'EXISTS']], 'DROP CONSTRAINT IF EXISTS ');
        break;
      case 'AT_AddConstraint': {
        const constraint = unwrap(c.def, 'Constraint');
        const name = constraint?.conname;
        // Dropping a key drops its index (which USING INDEX needs) and fails while foreign keys depend on it.
        if (!name || INDEX_BACKED.has(constraint.contype ?? '')) return undefined;
        before.push(`${table} DROP CONSTRAINT IF EXISTS ${quoteIdent(name)};\n`);
        break;
      }
    }
  }
  return `${before.join('')}${edit(text, edits)};`;
}

/** Tokens split at the commas outside parentheses. */
function splitAtCommas(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.text === '(' || t.text === '[') depth++;
    else if (t.text === ')' || t.text === ']') depth--;
    if (t.text === ',' && depth === 0) parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  return parts;
}

/** An INSERT that skips the rows a constraint already holds: `ON CONFLICT DO NOTHING`, before any RETURNING. */
function insertForm(v: InsertStmt, text: string): string | undefined {
  if (v.onConflictClause) return undefined;
  if (!v.returningClause) return `${text} ON CONFLICT DO NOTHING;`;
  let depth = 0;
  let returning: Token | undefined;
  for (const t of tokensOf(text)) {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth === 0 && word(t) === 'RETURNING') returning = t;
  }
  return returning && edit(text, [{ start: returning.start, end: returning.start, by: 'ON CONFLICT DO NOTHING ' }]) + ';';
}

/** The fields that name what a statement acts on, whichever kind of statement it is. */
interface ObjectFields {
  relation?: RangeVar; table?: RangeVar; view?: RangeVar; sequence?: RangeVar; into?: IntoClause; typevar?: RangeVar;
  funcname?: Node[]; typeName?: Node[] | TypeName; domainname?: Node[]; defnames?: Node[];
  objects?: Node[]; removeType?: string;
  schemaname?: string; extname?: string; role?: unknown; pubname?: string; trigname?: string;
}

/** The object a statement acts on, `schema.name` as the catalog spells it, for the finding's `object`. */
export function statementObject(stmt: Statement, defaultSchema = 'public'): string | undefined {
  const kind = kindOf(stmt.node);
  const v = bodyOf(stmt.node) as ObjectFields;
  const rv = v.relation ?? v.table ?? v.view ?? v.sequence ?? v.into?.rel ?? v.typevar;
  if (rv?.relname) return `${rv.schemaname ?? defaultSchema}.${rv.relname}`;
  const list = v.funcname ?? v.typeName ?? v.domainname ?? v.defnames;
  if (Array.isArray(list)) { const parts = names(list); return parts.length > 1 ? parts.join('.') : `${defaultSchema}.${parts[0]}`; }
  if (kind === 'DropStmt') {
    const first = v.objects?.[0];
    let parts = names(unwrap(first, 'List')?.items ?? unwrap(first, 'TypeName')?.names ?? unwrap(first, 'ObjectWithArgs')?.objname ?? []);
    // DROP POLICY / TRIGGER / RULE name the table first: the object is the table.
    if (['OBJECT_POLICY', 'OBJECT_TRIGGER', 'OBJECT_RULE'].includes(v.removeType ?? '')) parts = parts.slice(0, -1);
    if (parts.length) return parts.length > 1 ? parts.join('.') : `${defaultSchema}.${parts[0]}`;
    return unwrap(first, 'String')?.sval;
  }
  return v.schemaname ?? v.extname ?? (typeof v.role === 'string' ? v.role : undefined) ?? v.pubname ?? v.trigname;
}
