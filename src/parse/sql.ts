/**
 * A migration file → its statements with 1-based lines, what its DO blocks and functions run, the ignore comments
 * it carries and the parts PostgreSQL would reject. One parse of the whole file in the common case; the
 * statement-by-statement recovery runs only when that parse fails.
 */
import type { Node, RawStmt } from '@pgsql/types';
import { setFlagsFromString } from 'node:v8';
import { loadModule, parseSync, scanSync, type ScanToken } from 'libpg-query';
import { utf8Bytes } from '../large-buffers.js';
import type { IgnoreComment, ParsedMigration, ParseProblem, Statement, UnresolvedExecute } from '../types.js';
import { exprText, names, unwrap } from './ast.js';
import { bodyProblem } from './body-check.js';
import { ignoreDirective } from './ignore-directive.js';
import { codePointToIndex, detached, LineIndex, newlinesBefore, skipTrivia } from './lines.js';
import { executionOrder, expandTopLevel, runsInFileOrder, type BodyOutput } from './plpgsql.js';

let loading: Promise<void> | undefined;

/** Loads the WASM parser once; parseMigration needs it done. */
export async function initParser(): Promise<void> {
  await (loading ??= loadParser());
}

/**
 * The V8 flags that keep WebAssembly on its baseline compiler, for the V8 `version` that needs them. From V8 13
 * (Node 24) on, recompiling the parser's hot function with the optimizing compiler took one background compilation of
 * about 550 MB and several seconds of a core: measured on Node 24.22, a 1,000-file audit peaked at 822 MB with it and
 * 498 MB without it, and finished sooner. Node 20 and 22 compile it in a fraction of that, and their optimized code
 * parses faster, so they keep it.
 */
export function parserTierFlags(version: string): string | undefined {
  return Number.parseInt(version, 10) >= 13 ? '--no-wasm-tier-up --no-wasm-dynamic-tiering' : undefined;
}

/** Sets this V8's parserTierFlags, then compiles the parser: the order measured on Node 24. */
function loadParser(): Promise<void> {
  const flags = parserTierFlags(process.versions.v8);
  if (flags) setFlagsFromString(flags);
  return loadModule();
}

/**
 * About how many bytes of SQL go to the parser at once. Its WebAssembly memory grows to hold the tree of what it
 * parses in one call and never shrinks: a 12 MB file parsed whole leaves the process 600 MB larger for good.
 */
export const PIECE_BYTES = 256 * 1024;

export interface PieceOptions {
  /** Default PIECE_BYTES. */
  pieceBytes?: number;
  /**
   * Called before each piece after the first: a large file's parse runs for seconds without a turn of the event loop,
   * and a caller that watches the process (heap.ts's young generation cap) gets its turns here.
   */
  betweenPieces?: () => void;
}

/**
 * Reads one migration: statements (top level, DO, function bodies), unresolved EXECUTEs, problems, ignores. A file
 * larger than `pieceBytes` is parsed a piece at a time, each piece ending where a top-level statement ends; what it
 * reads is the same as parsing it whole.
 */
export function parseMigration(file: string, text: string, { pieceBytes = PIECE_BYTES, betweenPieces }: PieceOptions = {}): ParsedMigration {
  const reader = new MigrationReader(file, new LineIndex(utf8Bytes(text)), text);
  const statements: Statement[] = [];
  const unresolved: UnresolvedExecute[] = [];
  if (text.trim()) {
    for (const { read } of reader.pieces(pieceBytes, betweenPieces)) {
      for (const s of read.statements) statements.push(s);
      for (const u of read.unresolved) unresolved.push(u);
    }
  }
  return { file, statements, unresolved, ...reader.summary(), ignores: ignoreComments(file, text), ...describedAs(text) };
}

/** The lines one top-level statement spans. */
export interface StatementSpan {
  from: number;
  to: number;
}

/** The lines each top-level statement spans, in order: what suppression needs of the statements once their trees are gone. */
export function statementSpans(statements: Statement[]): StatementSpan[] {
  return statements.filter((st) => st.origin === 'top').map((st) => ({ from: st.line, to: st.line + (st.text.match(/\n/g)?.length ?? 0) })).sort((a, b) => a.from - b.from);
}

/** What is known of a migration besides its statements: ParsedMigration's other fields, and its statements' spans. */
export type MigrationSummary = Omit<ParsedMigration, 'statements' | 'unresolved'> & { spans: StatementSpan[] };

/** Above this much SQL, the walk reads a file as a LargeMigration. */
export const LARGE_BYTES = 4 * 1024 * 1024;

/** How many reads of a LargeMigration parse the SQL; the reads after them come from memory. */
const READS_FROM_TEXT = 4;

/**
 * A migration too large to hold all its syntax trees at once: 12 MB of SQL parse to about 140 MB of them. Each read
 * parses the file again, a piece at a time, and a piece's trees can go once the replay has run it. The statements a
 * read yields, piece after piece, are those parseMigration reads; and each piece's executionOrder, one piece after
 * the other, is the whole file's: the statements of the line the next piece starts on wait for that piece. After the
 * first read, `summary` holds what parseMigration gives besides the statements. From the fifth read on, the pieces
 * come from memory: a file whose fixes need many trial runs would be parsed again for each.
 */
export class LargeMigration {
  private readonly lines: LineIndex;
  private readonly ignores: IgnoreComment[];
  private readonly description: { description?: string };
  private read?: MigrationSummary;
  private reads = 0;
  private kept?: BodyOutput[];

  constructor(readonly file: string, text: string, private readonly options: PieceOptions = {}) {
    this.lines = new LineIndex(utf8Bytes(text));
    this.ignores = ignoreComments(file, text);
    this.description = describedAs(text);
  }

  /** What the first read found besides the statements. */
  get summary(): MigrationSummary {
    if (!this.read) throw new Error(`${this.file} has not been read yet`);
    return this.read;
  }

  /** The file's statements and unresolved EXECUTEs, a piece at a time. */
  *pieces(): Generator<BodyOutput> {
    if (this.kept) return yield* this.kept;
    const first = this.reads++ === 0;
    const keeping: BodyOutput[] | undefined = this.reads === READS_FROM_TEXT ? [] : undefined;
    const reader = new MigrationReader(this.file, this.lines, undefined, first);
    const spans: StatementSpan[] = [];
    let waiting: BodyOutput = { statements: [], unresolved: [] };
    const { pieceBytes = PIECE_BYTES, betweenPieces } = this.options;
    for (const { read, next } of reader.pieces(pieceBytes, betweenPieces)) {
      const nextLine = next === undefined ? Infinity : this.lines.lineOf(next);
      const statements = [...waiting.statements, ...read.statements];
      const unresolved = [...waiting.unresolved, ...read.unresolved];
      const piece = { statements: statements.filter((s) => s.line < nextLine), unresolved: unresolved.filter((u) => u.line < nextLine) };
      waiting = { statements: statements.filter((s) => s.line >= nextLine), unresolved: unresolved.filter((u) => u.line >= nextLine) };
      if (first) spans.push(...statementSpans(piece.statements));
      keeping?.push(piece);
      yield piece;
    }
    if (first) this.read = { file: this.file, ...reader.summary(), ignores: this.ignores, ...this.description, spans: spans.sort((a, b) => a.from - b.from) };
    this.kept = keeping;
  }
}

/** A migration as the walk takes it: parsed whole, or large and read a piece at a time. */
export type TakenMigration = ParsedMigration | LargeMigration;

/** A taken migration's statements, a piece at a time (a parsed one in one piece). */
export function piecesOf(m: TakenMigration): Iterable<BodyOutput> {
  return m instanceof LargeMigration ? m.pieces() : [m];
}

/** A step of a file's run, and its place in the file's execution order: the same on each read of the file. */
export interface PlacedStep {
  at: number;
  step: Statement | UnresolvedExecute;
}

/**
 * One read of a taken migration, in the order the replay runs it (a function body's statements run where the function
 * is called, not here). `eachPiece` is given each piece's statements, all of them, before its steps.
 */
export function* runOrder(m: TakenMigration, eachPiece?: (piece: BodyOutput) => void): Generator<PlacedStep> {
  let at = 0;
  for (const piece of piecesOf(m)) {
    eachPiece?.(piece);
    for (const step of executionOrder(piece, runsInFileOrder)) yield { at: ++at, step };
  }
}

/** What is known of a taken migration besides its statements; a large one's once it has been read. */
export function summaryOf(m: TakenMigration): MigrationSummary {
  if (m instanceof LargeMigration) return m.summary;
  const { statements, unresolved: _unresolved, ...rest } = m;
  return { ...rest, spans: statementSpans(statements) };
}

/**
 * check_function_bodies is a setting of the session, and a tool applies the migrations one after another in one
 * session: once a file turns it off (as `supabase db dump` output does), the function bodies of later files are
 * no longer compiled at CREATE FUNCTION, so their problems are not raised. Feed it the files in order.
 */
export class Session {
  private checkFunctionBodies = true;

  /** The file's problems that PostgreSQL raises, given what the files before it set. */
  problems(m: Pick<ParsedMigration, 'problems' | 'checkFunctionBodies'>): ParseProblem[] {
    const raised = m.problems.filter((p) => !p.ifBodiesChecked || this.checkFunctionBodies);
    if (m.checkFunctionBodies !== undefined) this.checkFunctionBodies = m.checkFunctionBodies;
    return raised;
  }

  fork(): Session {
    const twin = new Session();
    twin.checkFunctionBodies = this.checkFunctionBodies;
    return twin;
  }
}

/** A top-level piece of the file between `;` tokens (byte offsets, the `;` excluded), or a psql meta-command line. */
interface Chunk {
  start: number;
  end: number;
  meta?: boolean;
}

/** Transaction statements that start or end a transaction; savepoints live inside one. */
const TRANSACTION_KINDS = new Set(['TRANS_STMT_BEGIN', 'TRANS_STMT_START', 'TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_PREPARE', 'TRANS_STMT_COMMIT_PREPARED', 'TRANS_STMT_ROLLBACK_PREPARED']);

class MigrationReader {
  private out: BodyOutput = { statements: [], unresolved: [] };
  readonly problems: ParseProblem[] = [];
  topLevelCount = 0;
  ownTransaction = false;
  /** check_function_bodies as the statements so far set it; undefined while the file leaves it to the session. */
  private bodyChecks: boolean | undefined;
  /** check_function_bodies as the file leaves the session (a SET LOCAL ends with the transaction). */
  leavesBodyChecks: boolean | undefined;

  /**
   * `text`: the file's text when the caller holds it (a file parsed whole passes it to the parser as it is).
   * `checksBodies`: false for a read that only wants the statements again, which leaves out the function bodies' checks.
   */
  constructor(private readonly file: string, readonly lines: LineIndex, private readonly text?: string, private readonly checksBodies = true) {}

  /** What the statements read so far set, besides themselves. */
  summary(): Pick<ParsedMigration, 'problems' | 'topLevelCount' | 'ownTransaction' | 'checkFunctionBodies'> {
    return { problems: this.problems, topLevelCount: this.topLevelCount, ownTransaction: this.ownTransaction, ...(this.leavesBodyChecks !== undefined && { checkFunctionBodies: this.leavesBodyChecks }) };
  }

  /** Records one parsed top-level statement; `base` is the byte offset its locations are relative to. */
  top(raw: RawStmt, base: number, limit: number): void {
    if (!raw.stmt) return;
    const loc = base + (raw.stmt_location ?? 0);
    const end = raw.stmt_len ? loc + raw.stmt_len : limit;
    const start = skipTrivia(this.lines.bytes, loc, end);
    const text = this.lines.slice(start, end).trimEnd();
    const line = this.lines.lineOf(start);
    const node = raw.stmt;
    this.topLevelCount++;
    this.out.statements.push({ file: this.file, line, text, node, origin: 'top', guarded: false });
    if (managesTransaction(node)) this.ownTransaction = true;
    const setting = bodyChecksSetting(node);
    if (setting) {
      this.bodyChecks = setting.on;
      if (!setting.local) this.leavesBodyChecks = setting.on;
    }
    // A DO block is compiled when it runs; a function body at CREATE FUNCTION, unless check_function_bodies is off.
    const isFunction = 'CreateFunctionStmt' in node;
    const problem = !this.checksBodies || (isFunction && this.bodyChecks === false) ? undefined : bodyProblem(node, text, line);
    if (problem) this.problems.push({ file: this.file, line: problem.line, message: readable(problem.message), ...(isFunction && this.bodyChecks === undefined && { ifBodiesChecked: true as const }) });
    expandTopLevel(this.file, node, text, line, this.out);
  }

  /** Parses statements `start` to `end`, which end where a statement ends; when they do not parse, one by one. */
  parsePiece({ start, end }: Chunk): void {
    const text = start === 0 && end === this.lines.bytes.length && this.text !== undefined ? this.text : this.lines.slice(start, end);
    let stmts: RawStmt[];
    try {
      stmts = parseSync(text).stmts ?? [];
    } catch (error) {
      return this.recover(error, start, end);
    }
    for (const raw of stmts) this.top(raw, start, end);
  }

  /**
   * Parses the file a window of about `size` bytes at a time: each window's statements but its last, which the
   * window may have cut short, and the next window starts there. The rest, when no window cuts well, in one piece.
   * Yields what each piece read, and where the next piece starts.
   */
  *pieces(size: number, betweenPieces?: () => void): Generator<{ read: BodyOutput; next?: number }> {
    const total = this.lines.bytes.length;
    let start = 0;
    while (total - start > size) {
      const next = this.parseWindow(start, size);
      if (next === undefined) break;
      yield { read: this.taken(), next };
      start = next;
      betweenPieces?.();
    }
    this.parsePiece({ start, end: total });
    yield { read: this.taken() };
  }

  private taken(): BodyOutput {
    const read = this.out;
    this.out = { statements: [], unresolved: [] };
    return read;
  }

  /** Where the window from `start` ends once its statements are read, or undefined when it does not cut well. */
  private parseWindow(start: number, size: number): number | undefined {
    let text = this.lines.slice(start, start + size);
    for (let attempt = 0; attempt < 4; attempt++) {
      // A blank line or a line's last `;` mostly falls between statements, where no string or comment is open.
      text = text.slice(0, Math.max(text.lastIndexOf('\n\n'), text.lastIndexOf(';\n') + 1));
      if (!text.trim()) return undefined;
      let stmts: RawStmt[];
      try {
        stmts = parseSync(text).stmts ?? [];
      } catch (error) {
        // The cut left a string or comment open, or cut a statement short: cut again before where the parser stopped.
        text = text.slice(0, codePointToIndex(text, cursorOf(error)));
        continue;
      }
      const last = stmts[stmts.length - 1]?.stmt_location;
      if (stmts.length < 2 || last === undefined) return undefined;
      for (const raw of stmts.slice(0, -1)) this.top(raw, start, start + last);
      return start + last;
    }
    return undefined;
  }

  /** Statements `from` to `to` did not parse: split them at top-level `;` and parse each piece on its own. */
  recover(error: unknown, from: number, to: number): void {
    const { chunks, tail } = this.split(error, from, to);
    for (const chunk of chunks) {
      if (chunk.meta) this.problem(chunk.start, `psql meta-command ${this.lines.slice(chunk.start, chunk.end).split(/\s/)[0]} is not SQL`);
      else this.parseChunk(chunk);
    }
    if (tail) {
      this.topLevelCount++;
      this.problem(tail.start, tail.message);
    }
  }

  private parseChunk(chunk: Chunk): void {
    const text = this.lines.slice(chunk.start, chunk.end);
    let stmts: RawStmt[];
    try {
      stmts = parseSync(text).stmts ?? [];
    } catch (error) {
      this.topLevelCount++;
      const at = codePointToIndex(text, cursorOf(error));
      this.problems.push({ file: this.file, line: this.lines.lineOf(chunk.start) + newlinesBefore(text, at), message: readable(messageOf(error)) });
      return;
    }
    for (const raw of stmts) this.top(raw, chunk.start, chunk.end);
  }

  private problem(start: number, message: string): void {
    this.problems.push({ file: this.file, line: this.lines.lineOf(start), message: readable(message) });
  }

  /**
   * Pieces of the file. When the scanner itself fails (an unterminated quote or comment runs to the end of the
   * file), the pieces before the failure are kept and the rest becomes one `tail` problem.
   */
  private split(error: unknown, from: number, to: number): { chunks: Chunk[]; tail?: { start: number; message: string } } {
    const bytes = this.lines.bytes;
    const chunks: Chunk[] = [];
    let base = from;
    for (;;) {
      const rest = this.lines.slice(base, to);
      const tokens = tryScan(rest);
      if (tokens) {
        const piece = this.chunkify(tokens, base);
        chunks.push(...piece.chunks);
        if (piece.open !== undefined) chunks.push({ start: piece.open, end: base + tokens[tokens.length - 1]!.end });
        return { chunks };
      }
      if (base > from) error = parseError(rest);
      const message = messageOf(error);
      const cursor = base + Buffer.byteLength(rest.slice(0, codePointToIndex(rest, cursorOf(error))));
      // The error cursor sits on a token boundary, so everything before it scans.
      const before = tryScan(this.lines.slice(base, cursor));
      if (!before) return { chunks, tail: { start: base, message } };
      const piece = this.chunkify(before, base);
      chunks.push(...piece.chunks);
      const start = piece.open ?? cursor;
      if (/^unterminated/i.test(message)) return { chunks, tail: { start, message } };
      const end = bytes[start] === 0x5c ? this.lineEnd(start) : this.statementEnd(start, cursor);
      if (end === undefined) return { chunks, tail: { start, message } };
      chunks.push({ start, end, ...(bytes[start] === 0x5c && { meta: true }) });
      base = end + 1;
    }
  }

  /** The first `;` after `from` that really ends the statement starting at `start` (not one inside a string). */
  private statementEnd(start: number, from: number): number | undefined {
    const bytes = this.lines.bytes;
    for (let k = bytes.indexOf(0x3b, from); k !== -1; k = bytes.indexOf(0x3b, k + 1)) {
      const tokens = tryScan(this.lines.slice(start, k + 1));
      const last = tokens?.[tokens.length - 1];
      if (last?.tokenName === 'ASCII_59' && last.end === k + 1 - start) return k;
    }
    return undefined;
  }

  private lineEnd(pos: number): number {
    const nl = this.lines.bytes.indexOf(0x0a, pos);
    return nl === -1 ? this.lines.bytes.length : nl;
  }

  private atLineStart(pos: number): boolean {
    const bytes = this.lines.bytes;
    for (let i = pos - 1; i >= 0 && bytes[i] !== 0x0a; i--) if (bytes[i] !== 0x20 && bytes[i] !== 0x09 && bytes[i] !== 0x0d) return false;
    return true;
  }

  /**
   * Splits tokens at top-level `;`. A `;` does not end the statement inside the parentheses of
   * `CREATE RULE … DO (a; b)` nor inside a `BEGIN ATOMIC … END` body; a backslash at the start of a line is a
   * psql meta-command running to the end of that line. `open`: where an unfinished last piece starts.
   */
  private chunkify(tokens: ScanToken[], base: number): { chunks: Chunk[]; open?: number } {
    const chunks: Chunk[] = [];
    let start: number | undefined;
    let head: string[] = [];
    let depth = 0;
    let atomic = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT') continue;
      const at = base + t.start;
      if (t.text === '\\' && depth === 0 && atomic === 0 && this.atLineStart(at)) {
        if (start !== undefined) chunks.push({ start, end: at });
        const end = this.lineEnd(at);
        chunks.push({ start: at, end, meta: true });
        while (i + 1 < tokens.length && base + tokens[i + 1]!.start < end) i++;
        start = undefined;
        continue;
      }
      if (start === undefined) {
        start = at;
        head = [];
        depth = 0;
        atomic = 0;
      }
      const word = t.text.toUpperCase();
      if (head.length < 4) head.push(word);
      if (word === '(') depth++;
      else if (word === ')') depth = Math.max(0, depth - 1);
      else if (word === 'ATOMIC' && head.length > 1 && tokens[i - 1]!.text.toUpperCase() === 'BEGIN') atomic = 1;
      else if (atomic > 0 && word === 'CASE') atomic++;
      else if (atomic > 0 && word === 'END') atomic--;
      else if (t.tokenName === 'ASCII_59' && atomic === 0 && (depth === 0 || !isRule(head))) {
        chunks.push({ start, end: at });
        start = undefined;
      }
    }
    return { chunks, ...(start !== undefined && { open: start }) };
  }
}

function isRule(head: string[]): boolean {
  return head[0] === 'CREATE' && (head[1] === 'RULE' || (head[1] === 'OR' && head[3] === 'RULE'));
}

function tryScan(text: string): ScanToken[] | undefined {
  // The scanner rejects empty input; an error cursor at the start of a piece leaves nothing before it.
  if (!text.trim()) return [];
  try {
    return scanSync(text).tokens ?? [];
  } catch {
    return undefined;
  }
}

function parseError(text: string): unknown {
  try {
    parseSync(text);
  } catch (error) {
    return error;
  }
  return new Error('statement could not be split');
}

function cursorOf(error: unknown): number {
  return (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails?.cursorPosition ?? 0;
}

/** The longest message a problem prints: PostgreSQL's own fits, a quoted rest-of-file does not. */
const MESSAGE_LIMIT = 200;

/**
 * PostgreSQL's message, readable: `at or near "…"` quotes the token where the parser stopped, which for an
 * unterminated string or comment is the rest of the file. Only the first line of that token is kept, and the
 * whole message stays within about 200 characters.
 */
export function readable(message: string): string {
  const near = /^([\s\S]*? at or near ")([\s\S]*)"([\s\S]*)$/.exec(message);
  let out = message;
  if (near) {
    const [, before, token, after] = near as unknown as [string, string, string, string];
    const firstLine = token.split('\n')[0]!.trimEnd();
    const room = Math.max(20, MESSAGE_LIMIT - before.length - after.length - 2);
    const shown = firstLine.length > room ? `${firstLine.slice(0, room)}…` : firstLine === token ? token : `${firstLine}…`;
    out = `${before}${shown}"${after}`;
  }
  return out.length > MESSAGE_LIMIT ? `${out.slice(0, MESSAGE_LIMIT - 1)}…` : out;
}

/** `SET [LOCAL] check_function_bodies = …`, `RESET check_function_bodies` or `SELECT set_config('check_function_bodies', …)`. */
function bodyChecksSetting(node: Node): { on: boolean; local: boolean } | undefined {
  const set = unwrap(node, 'VariableSetStmt');
  if (set) {
    if (set.name !== 'check_function_bodies') return undefined;
    const value = set.kind === 'VAR_SET_VALUE' ? (set.args ?? []).map((a) => exprText(a) ?? '').join('') : 'on';
    return { on: isOn(value), local: !!set.is_local };
  }
  const select = unwrap(node, 'SelectStmt');
  const call = select?.targetList?.length === 1 ? unwrap(unwrap(select.targetList[0], 'ResTarget')?.val, 'FuncCall') : undefined;
  if (!call || names(call.funcname).pop() !== 'set_config') return undefined;
  const [name, value, local] = (call.args ?? []).map((a) => exprText(a) ?? '');
  return name === "'check_function_bodies'" && value !== undefined ? { on: isOn(value), local: local === 'true' } : undefined;
}

/** A boolean setting's value as PostgreSQL reads it: `off`, `false`, `no`, `0` and their prefixes are off. */
function isOn(value: string): boolean {
  return !/^'?(of|off|f|fa|fal|fals|false|n|no|0)'?$/i.test(value.trim());
}

function messageOf(error: unknown): string {
  // The parser's tree is too deep for JavaScript to read (an expression nested about 10,000 deep): PostgreSQL's
  // own stack gives out well before that, with this error.
  if (error instanceof RangeError) return 'stack depth limit exceeded';
  return error instanceof Error ? error.message : String(error);
}

function managesTransaction(node: Node): boolean {
  if ('TransactionStmt' in node) return TRANSACTION_KINDS.has(node.TransactionStmt.kind ?? '');
  if (unwrap(node, 'IndexStmt')?.concurrent) return true;
  const drop = unwrap(node, 'DropStmt');
  if (drop?.concurrent && drop.removeType === 'OBJECT_INDEX') return true;
  return (unwrap(node, 'ReindexStmt')?.params ?? []).some((p) => unwrap(p, 'DefElem')?.defname === 'concurrently');
}

/** Line comments whose first word may be an ignore directive (see ignoreDirective). */
const DIRECTIVE_COMMENT = /^[ \t]*--(?=[ \t]*[A-Za-z][\w-]{15})(.*)$/gm;

/** The file's ignore comments, at their own lines. */
function ignoreComments(file: string, text: string): IgnoreComment[] {
  const ignores: IgnoreComment[] = [];
  let line = 1;
  let counted = 0;
  for (const m of text.matchAll(DIRECTIVE_COMMENT)) {
    line += newlinesBefore(text, m.index, counted);
    counted = m.index;
    ignores.push(...(ignoreDirective(m[1]!, { file, line }) ?? []));
  }
  return ignores;
}

function describedAs(text: string): { description?: string } {
  const description = describe(text);
  return description === undefined ? {} : { description };
}

/** The first line with a letter or digit in the comment the file opens with (rulers like `-- ====` skipped). */
function describe(text: string): string | undefined {
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  let lines: string[];
  if (text.startsWith('--', start)) {
    lines = [];
    // Line by line rather than split(): only the opening block is read, whatever the file's size.
    for (let at = start; at < text.length; ) {
      const nl = text.indexOf('\n', at);
      const m = /^\s*--+(.*)$/.exec(text.slice(at, nl < 0 ? undefined : nl));
      if (!m) break;
      lines.push(m[1]!);
      at = nl < 0 ? text.length : nl + 1;
    }
  } else if (text.startsWith('/*', start)) {
    const end = text.indexOf('*/', start);
    lines = text.slice(start + 2, end < 0 ? undefined : end).split('\n').map((l) => l.replace(/^\s*\*+(?!\/)/, ''));
  } else return undefined;
  const found = lines.map((l) => l.trim()).find((l) => /[\p{L}\p{N}]/u.test(l) && !l.startsWith('schema-guardian-ignore'));
  return found === undefined ? undefined : detached(found);
}
