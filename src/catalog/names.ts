/**
 * The names PostgreSQL makes up for what the user leaves unnamed (constraints, indexes, sequences), with its own
 * truncation to NAMEDATALEN - 1 = 63 bytes, so the catalog, the report and the fixes predict the names the database
 * really has. A port of makeObjectName, ChooseRelationName and ChooseIndexNameAddition (src/backend/commands/indexcmds.c).
 */

import type { IndexElem, Node } from '@pgsql/types';
import { names } from '../parse/ast.js';

/** NAMEDATALEN - 1: the longest identifier PostgreSQL keeps, in bytes. */
export const MAX_IDENTIFIER_BYTES = 63;

/** The longest prefix of `name` that fits `bytes` UTF-8 bytes without splitting a character (pg_mbcliplen). */
function clip(name: string, bytes: number): string {
  const buf = Buffer.from(name, 'utf8');
  if (buf.length <= bytes) return name;
  let end = bytes;
  // A UTF-8 continuation byte (10xxxxxx) cannot start a character: step back to where one starts.
  while (end > 0 && (buf[end]! & 0xc0) === 0x80) end--;
  return buf.toString('utf8', 0, end);
}

/**
 * `name1_name2_label`, shortening the longer of name1 and name2 one byte at a time until the whole fits in 63 bytes:
 * `makeObjectName`. A table of 63 bytes gives `<first 58 bytes>_pkey`, never a name equal to the table's.
 */
export function makeObjectName(name1: string, name2: string | undefined, label: string | undefined): string {
  const overhead = (label ? Buffer.byteLength(label) + 1 : 0) + (name2 !== undefined ? 1 : 0);
  let chars1 = Buffer.byteLength(name1);
  let chars2 = name2 !== undefined ? Buffer.byteLength(name2) : 0;
  const available = MAX_IDENTIFIER_BYTES - overhead;
  while (chars1 + chars2 > available) {
    if (chars1 > chars2) chars1--;
    else chars2--;
  }
  let out = clip(name1, chars1);
  if (name2 !== undefined) out += `_${clip(name2, chars2)}`;
  if (label) out += `_${label}`;
  return out;
}

/**
 * The first free name of `makeObjectName(name1, name2, label)`, `…label1`, `…label2`, …: the number goes on the label,
 * so the other parts are cut again to make room for it (`ChooseRelationName`, `ChooseConstraintName`).
 */
function chooseName(name1: string, name2: string | undefined, label: string, taken: (name: string) => boolean): string {
  for (let pass = 0; ; pass++) {
    const name = makeObjectName(name1, name2, pass === 0 ? label : `${label}${pass}`);
    if (!taken(name)) return name;
  }
}

/**
 * The column part of an index or foreign key name: the column names joined by `_`, stopping once 64 bytes are
 * reached (`ChooseIndexNameAddition`); makeObjectName then cuts it to fit.
 */
function columnsAddition(columns: readonly string[]): string {
  let out = '';
  for (const column of columns) {
    if (out) out += '_';
    out += clip(column, MAX_IDENTIFIER_BYTES);
    if (Buffer.byteLength(out) >= MAX_IDENTIFIER_BYTES + 1) break;
  }
  return out;
}

export type NameLabel = 'pkey' | 'key' | 'idx' | 'fkey' | 'check' | 'excl' | 'seq';

/**
 * The name PostgreSQL gives an unnamed constraint, index or sequence of `table`: `<table>_<columns>_<label>`, cut
 * to fit 63 bytes, numbered (`_key1`) while `taken` says the name is in use. `columns` are those the name is made
 * of: a CHECK's is the one column it reads (none when it reads several), a primary key's none. The one naming
 * function: the catalog names what it replays with it, and what predicts a default name (a report, a fix) should too.
 */
export function objectName(table: string, columns: readonly string[], label: NameLabel, taken: (name: string) => boolean = () => false): string {
  return chooseName(table, nameAddition(columns, label), label, taken);
}

/** The middle part of a default name: none for a primary key, the one column a CHECK reads (none when it reads several). */
function nameAddition(columns: readonly string[], label: NameLabel): string | undefined {
  if (label === 'pkey') return undefined;
  if (label === 'check') return columns.length === 1 ? columns[0] : undefined;
  return columnsAddition(columns);
}

/** What an index element is called in the index's name: its column, the function it calls, else `expr` (FigureIndexColname). */
export function indexElementName(elem: IndexElem): string {
  return elem.name ?? (elem.expr && figureName(elem.expr)) ?? 'expr';
}

function figureName(node: Node): string | undefined {
  if ('ColumnRef' in node) return names(node.ColumnRef.fields).pop();
  if ('FuncCall' in node) return names(node.FuncCall.funcname).pop();
  if ('TypeCast' in node) return (node.TypeCast.arg && figureName(node.TypeCast.arg)) ?? names(node.TypeCast.typeName?.names).pop();
  if ('CoalesceExpr' in node) return 'coalesce';
  if ('CaseExpr' in node) return 'case';
  if ('A_ArrayExpr' in node) return 'array';
  if ('MinMaxExpr' in node) return node.MinMaxExpr.op === 'IS_GREATEST' ? 'greatest' : 'least';
  return undefined;
}

/**
 * The names of an index's columns as its own name uses them: a column's name, a function call's name, else `expr`;
 * a repeated name gets a number (`lower`, `lower1`), as `ChooseIndexColumnNames` does.
 */
export function indexColumnNames(original: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of original) {
    let current = name;
    for (let i = 1; out.includes(current); i++) current = `${clip(name, MAX_IDENTIFIER_BYTES - String(i).length)}${i}`;
    out.push(current);
  }
  return out;
}
