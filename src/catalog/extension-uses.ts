/**
 * What the migrations use of extensions: the functions, types, operators, operator classes and relations that only an
 * extension provides (src/catalog/extension-objects.ts, generated from the extensions' install scripts), wherever a
 * migration uses one — columns, defaults, indexes, policies, views, triggers, DO blocks and function bodies, PL/pgSQL
 * expressions included. A name the migrations define themselves is theirs, not the extension's.
 */
import type { CreateFunctionStmt, DoStmt, Node, RangeVar, TypeName } from '@pgsql/types';
import { parsePlPgSQLSync, parseSync } from 'libpg-query';
import { names, unwrap, visit } from '../parse/ast.js';
import { bodyLineOffset, functionBody, option } from '../parse/plpgsql.js';
import type { ExtensionNeed, Loc, Statement } from '../types.js';
import { EXTENSION_OBJECTS } from './extension-objects.js';

export type ExtensionObjectKind = 'function' | 'type' | 'operator' | 'operator class' | 'relation';

/** One object an extension's install script creates; functions with the range of arguments a call may pass. */
export interface ExtensionObject {
  kind: ExtensionObjectKind;
  name: string;
  /** The schema the script fixes (`cron`, `vault`); absent: the schema CREATE EXTENSION installs it into. */
  schema?: string;
  min?: number;
  max?: number;
  /** For an operator PostgreSQL also has (`%` is modulo): the extension's operand types, told apart by a string literal operand. */
  operands?: string[];
}

export interface ExtensionObjects {
  name: string;
  version: string;
  /** The control file's `relocatable`. */
  relocatable: boolean;
  /** The control file's fixed `schema`, when it names one: CREATE EXTENSION installs there whatever it says (pg_cron: pg_catalog). */
  schema?: string;
  objects: ExtensionObject[];
}

/** The extension behind a name, by `kind:name`. */
type Candidate = { extension: string } & ExtensionObject;
let index: Map<string, Candidate[]> | undefined;
let mentions: RegExp | undefined;

function objectIndex(): Map<string, Candidate[]> {
  if (index) return index;
  index = new Map();
  for (const e of EXTENSION_OBJECTS) {
    for (const o of e.objects) {
      const key = `${o.kind}:${o.name}`;
      index.set(key, [...(index.get(key) ?? []), { extension: e.name, ...o }]);
    }
  }
  return index;
}

/**
 * A statement whose text names no extension object needs no syntax walk: most statements of a history. A name that
 * only functions have is named where a call or a definition writes it, before its parenthesis (after a closing quote,
 * spaces or a comment): hstore's `delete` and ltree's `index` are also the keywords of `ON DELETE`, `FOR DELETE` and
 * `CREATE INDEX`, which as plain words sent 11,800 of the 52,100 statements of the bench's repository through the walk.
 */
function mentionsAny(text: string): boolean {
  if (!mentions) {
    const kinds = new Map<string, Set<ExtensionObjectKind>>();
    for (const e of EXTENSION_OBJECTS) for (const o of e.objects) kinds.set(o.name, (kinds.get(o.name) ?? new Set()).add(o.kind));
    const words: string[] = [];
    const called: string[] = [];
    const symbols: string[] = [];
    for (const [name, kindsOfName] of kinds) (!/^\w+$/.test(name) ? symbols : kindsOfName.size === 1 && kindsOfName.has('function') ? called : words).push(name);
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    mentions = new RegExp(`\\b(?:${words.join('|')})\\b|\\b(?:${called.join('|')})"?(?=\\s*(?:\\(|/\\*|--))|${symbols.map(escape).join('|')}`, 'i');
  }
  return mentions.test(text);
}

/** The extension object a name used in `kind` stands for; undefined when none, or when more than one extension has it. */
function resolve(kind: ExtensionObjectKind, parts: string[], arity?: number): Candidate | undefined {
  const name = parts[parts.length - 1];
  if (name === undefined) return undefined;
  const qualifier = parts.length > 1 ? parts[parts.length - 2] : undefined;
  if (qualifier === 'pg_catalog') return undefined;
  const found = (objectIndex().get(`${kind}:${name}`) ?? []).filter((c) =>
    // A fixed schema is never on the search path: only a name qualified into it is the extension's.
    (c.schema ? qualifier === c.schema : true) && (arity === undefined || c.min === undefined || (arity >= c.min && arity <= (c.max ?? arity))));
  const extensions = new Set(found.map((c) => c.extension));
  return extensions.size === 1 ? found[0] : undefined;
}

interface Use {
  extension: string;
  kind: ExtensionObjectKind;
  /** As written: `extensions.uuid_generate_v4`, `gin_trgm_ops`. */
  written: string[];
  at: Loc;
  /** The migration's place in the history; within a file uses are not met in line order (what a DO block EXECUTEs comes after the block's expressions). */
  order: number;
}

/**
 * Collects, migration by migration, the uses of extension objects and the names the migrations define themselves;
 * `needs()` turns them into what each extension is needed for.
 */
export class ExtensionUses {
  private readonly uses: Use[] = [];
  /** `kind:schema.name` of what the migrations create (unqualified names in public, where migrations create them). */
  private readonly defined = new Set<string>();
  /** `kind:name` of the same, whatever the schema: what an unqualified use may find. */
  private readonly definedNames = new Set<string>();

  private files = 0;

  clone(): ExtensionUses {
    const copy = new ExtensionUses();
    copy.uses.push(...this.uses);
    for (const d of this.defined) copy.defined.add(d);
    for (const d of this.definedNames) copy.definedNames.add(d);
    copy.files = this.files;
    return copy;
  }

  /** The uses of the next file come after those of the files before it. */
  nextFile(): void {
    this.files++;
  }

  /** The current file's statements (all of them, or a piece of the file at a time). */
  add(statements: readonly Statement[]): void {
    for (const stmt of statements) {
      if (!mentionsAny(stmt.text)) continue;
      this.statement(stmt.node, { file: stmt.file, line: stmt.line });
      if ('CreateFunctionStmt' in stmt.node) this.functionBody(stmt, stmt.node.CreateFunctionStmt);
      // The SQL statements of a DO block are statements of their own; its expressions and declarations are not.
      if ('DoStmt' in stmt.node && stmt.origin === 'top') this.doBlock(stmt, stmt.node.DoStmt);
    }
  }

  /** Per extension the migrations use, what they use of it and where first, in file order; names they define left out. */
  needs(): ExtensionNeed[] {
    const byExtension = new Map<string, ExtensionNeed>();
    const seen = new Set<string>();
    const ordered = [...this.uses].sort((a, b) => a.order - b.order || a.at.line - b.at.line);
    for (const use of ordered) {
      const name = use.written[use.written.length - 1]!;
      const qualifier = use.written.length > 1 ? use.written[use.written.length - 2] : undefined;
      const defined = qualifier ? this.defined.has(`${use.kind}:${qualifier}.${name}`) : this.definedNames.has(`${use.kind}:${name}`);
      const object = `${use.written.join('.')}${use.kind === 'function' ? '()' : ''}`;
      if (defined || seen.has(`${use.extension}:${use.kind}:${object}`)) continue;
      seen.add(`${use.extension}:${use.kind}:${object}`);
      const need = byExtension.get(use.extension) ?? { extension: use.extension, uses: [] };
      need.uses.push({ object, kind: use.kind, at: use.at });
      byExtension.set(use.extension, need);
    }
    return [...byExtension.values()].sort((a, b) => a.extension.localeCompare(b.extension));
  }

  private use(kind: ExtensionObjectKind, written: string[], at: Loc, arity?: number, found = resolve(kind, written, arity)): void {
    if (found) this.uses.push({ extension: found.extension, kind, written, at, order: this.files });
  }

  private define(kind: ExtensionObjectKind, written: string[]): void {
    const name = written[written.length - 1];
    if (name === undefined) return;
    this.defined.add(`${kind}:${written.length > 1 ? written[written.length - 2] : 'public'}.${name}`);
    this.definedNames.add(`${kind}:${name}`);
  }

  /** Uses and definitions in one statement's syntax tree. */
  private statement(node: Node, at: Loc): void {
    const type = (t: TypeName | undefined): void => {
      if (t && !t.pct_type) this.use('type', names(t.names), at);
    };
    const relation = (rv: RangeVar | undefined): void => {
      if (rv?.relname) this.use('relation', [...(rv.schemaname ? [rv.schemaname] : []), rv.relname], at);
    };
    visit(node, {
      // What DROP names is going away, not used.
      DropStmt: () => false,
      FuncCall: (call) => void this.use('function', names(call.funcname), at, call.agg_star ? 0 : (call.args ?? []).length),
      // A type is a wrapped node only in lists (a signature's argument types); elsewhere it is a field of its parent.
      TypeName: (t) => void type(t),
      ColumnDef: (c) => void type(c.typeName),
      TypeCast: (c) => void type(c.typeName),
      FunctionParameter: (p) => void type(p.argType),
      CreateDomainStmt: (d) => void (type(d.typeName), this.define('type', names(d.domainname))),
      IndexElem: (e) => void (e.opclass && this.use('operator class', names(e.opclass), at)),
      // Like types, a relation is a wrapped node in FROM lists and a field of the statements that write or alter it.
      RangeVar: (rv) => void relation(rv),
      InsertStmt: (s) => void relation(s.relation),
      UpdateStmt: (s) => void relation(s.relation),
      DeleteStmt: (s) => void relation(s.relation),
      AlterTableStmt: (s) => void relation(s.relation),
      IndexStmt: (s) => void relation(s.relation),
      CreatePolicyStmt: (s) => void relation(s.table),
      A_Expr: (e) => {
        if (e.kind !== 'AEXPR_OP' && e.kind !== 'AEXPR_OP_ANY' && e.kind !== 'AEXPR_OP_ALL') return;
        const written = names(e.name);
        const found = resolve('operator', written);
        // An operator PostgreSQL also has is the extension's only between texts: a string literal operand shows it.
        if (found?.operands && ![e.lexpr, e.rexpr].some((x) => unwrap(x, 'A_Const')?.sval !== undefined)) return;
        this.use('operator', written, at, undefined, found);
      },
      // A trigger's function is named, not called: trigger functions take no declared arguments.
      CreateTrigStmt: (t) => void (relation(t.relation), this.use('function', names(t.funcname), at, 0)),
      CreateFunctionStmt: (f) => void (type(f.returnType), this.define('function', names(f.funcname))),
      DefineStmt: (d) => {
        const kind = d.kind === 'OBJECT_TYPE' ? 'type' : d.kind === 'OBJECT_OPERATOR' ? 'operator' : d.kind === 'OBJECT_AGGREGATE' ? 'function' : undefined;
        if (kind) this.define(kind, names(d.defnames));
      },
      CreateEnumStmt: (d) => void this.define('type', names(d.typeName)),
      CreateRangeStmt: (d) => void this.define('type', names(d.typeName)),
      CompositeTypeStmt: (d) => void this.define('type', [...(d.typevar?.schemaname ? [d.typevar.schemaname] : []), d.typevar?.relname ?? '']),
      CreateOpClassStmt: (d) => void this.define('operator class', names(d.opclassname)),
      CreateStmt: (d) => void this.define('relation', [...(d.relation?.schemaname ? [d.relation.schemaname] : []), d.relation?.relname ?? '']),
      ViewStmt: (d) => void this.define('relation', [...(d.view?.schemaname ? [d.view.schemaname] : []), d.view?.relname ?? '']),
    });
  }

  private functionBody(stmt: Statement, fn: CreateFunctionStmt): void {
    const language = (unwrap(option(fn.options, 'language'), 'String')?.sval ?? 'sql').toLowerCase();
    if (language === 'sql') for (const s of functionBody(stmt).statements) this.statement(s.node, { file: s.file, line: s.line });
    if (language !== 'plpgsql') return;
    const items = unwrap(option(fn.options, 'as'), 'List')?.items ?? [];
    const body = items.length === 1 ? unwrap(items[0], 'String')?.sval : undefined;
    if (body !== undefined) this.plpgsql(stmt, body);
  }

  private doBlock(stmt: Statement, block: DoStmt): void {
    const language = unwrap(option(block.args, 'language'), 'String')?.sval;
    const body = unwrap(option(block.args, 'as'), 'String')?.sval;
    if (body !== undefined && (language === undefined || language.toLowerCase() === 'plpgsql')) this.plpgsql(stmt, body);
  }

  /** Every expression and declared type of a PL/pgSQL body, each parsed as the SELECT PL/pgSQL makes of it. */
  private plpgsql(stmt: Statement, body: string): void {
    let tree: unknown;
    try {
      tree = parsePlPgSQLSync(stmt.text);
    } catch {
      return;
    }
    const bodyLine = stmt.line + bodyLineOffset(stmt.text, body);
    const walk = (value: unknown, line: number): void => {
      if (Array.isArray(value)) { for (const v of value) walk(v, line); return; }
      if (!value || typeof value !== 'object') return;
      const o = value as Record<string, unknown>;
      const here = typeof o.lineno === 'number' ? bodyLine + o.lineno - 1 : line;
      const expr = o.PLpgSQL_expr as { query?: string; parseMode?: number } | undefined;
      if (expr?.query) this.sql(selectOf(expr.query, expr.parseMode ?? 0), { file: stmt.file, line: here });
      const type = o.PLpgSQL_type as { typname?: string } | undefined;
      if (type?.typname) this.sql(`SELECT NULL::${type.typname}`, { file: stmt.file, line: here });
      for (const [key, child] of Object.entries(o)) if (key !== 'PLpgSQL_expr' && key !== 'PLpgSQL_type') walk(child, here);
    };
    walk(tree, bodyLine);
  }

  private sql(text: string, at: Loc): void {
    if (!mentionsAny(text)) return;
    let stmts;
    try {
      stmts = parseSync(text).stmts ?? [];
    } catch {
      return;
    }
    for (const raw of stmts) if (raw.stmt) this.statement(raw.stmt, at);
  }
}

/** PL/pgSQL's parse modes: 0 a whole statement, 2 an expression, 3–5 an assignment `target := expression`. */
function selectOf(query: string, mode: number): string {
  if (mode === 0) return query;
  if (mode >= 3) return `SELECT ${query.replace(/^\s*[\w."$[\]]+\s*:?=/, '')}`;
  return `SELECT ${query}`;
}
