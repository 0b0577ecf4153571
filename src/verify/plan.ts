/**
 * Migration files → what the database session runs: the file's text for the first run, and its top-level
 * statements, split by PostgreSQL's own parser, for the statement-by-statement re-run.
 */
import { scanSync } from 'libpg-query';
import { unwrap } from '../parse/ast.js';
import { parseMigration } from '../parse/sql.js';
import type { Statement } from '../types.js';
import type { FilePlan, PlannedStatement } from './run-file.js';

/** A migration file's path and text, in the order the database should receive it. */
export interface MigrationText {
  file: string;
  text: string;
}

/** A file's plan, with its top-level statements as the parser read them (what findings are about). */
export interface PlannedFile {
  plan: FilePlan;
  statements: Statement[];
}

/** The plan of one file; the parser must be loaded (initParser). */
export function planFile(m: MigrationText): PlannedFile {
  const parsed = parseMigration(m.file, m.text);
  const statements = parsed.statements.filter((s) => s.origin === 'top');
  return { plan: { file: m.file, text: m.text, ownTransaction: parsed.ownTransaction, statements: statements.map(planStatement) }, statements };
}

function planStatement({ text, line, node }: Statement): PlannedStatement {
  const tx = unwrap(node, 'TransactionStmt');
  if (tx) return { line, text, skipOnRerun: true };
  if ((unwrap(node, 'ReindexStmt')?.params ?? []).some((p) => unwrap(p, 'DefElem')?.defname === 'concurrently')) return { line, text, skipOnRerun: true };
  const concurrent = unwrap(node, 'IndexStmt')?.concurrent || (unwrap(node, 'DropStmt')?.concurrent && unwrap(node, 'DropStmt')?.removeType === 'OBJECT_INDEX');
  return concurrent ? { line, text, rerunText: withoutConcurrently(text) } : { line, text };
}

/** The statement without its CONCURRENTLY keyword: the same index built or dropped inside a transaction. */
function withoutConcurrently(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  const token = (scanSync(text).tokens ?? []).find((t) => t.text.toUpperCase() === 'CONCURRENTLY');
  return token ? bytes.subarray(0, token.start).toString('utf8') + bytes.subarray(token.end).toString('utf8') : text;
}
