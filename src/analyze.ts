import { Replay } from './catalog/replay.js';
import { matchesTableGlob } from './config.js';
import { FixChecker } from './fixes/check.js';
import { takenVersions } from './fixes/versions.js';
import { createdRelation } from './parse/ast.js';
import { ParseAhead, type AheadOptions } from './parse/ahead.js';
import { initParser, LargeMigration, piecesOf, Session, summaryOf, type StatementSpan, type TakenMigration } from './parse/sql.js';
import { parsePrismaSchema, schemaNotCompared } from './parse/prisma.js';
import { noting, reporter, type IgnoreContext, type Rule, type RuleFacts } from './rules/define-rule.js';
import { RULES } from './rules/index.js';
import { inspectFile, readText } from './sources/decode.js';
import { readCode } from './sources/code.js';
import { discover, type Discovery } from './sources/discover.js';
import type { Analysis, Config, Finding, IgnoreComment, MigrationInfo, ParseProblem, PrismaModel, PrismaSchema, Snapshot } from './types.js';

/** Per migration file, the lines each top-level statement spans, in order: where a `next` ignore comment reaches. */
export type StatementSpans = Map<string, StatementSpan[]>;

/** An analysis with the tree's ignore comments and what each silenced: what a pull request that adds one silences. */
export type TreeAnalysis = Analysis & { ignores: IgnoreContext['ignores'] };

/**
 * The schemas an `exposed-schemas` setting exposes: `auto` is those the project's Supabase API serves
 * (supabase/config.toml) when it says, else public when the project uses RLS at all.
 */
export function exposedSchemasOf(setting: Config['exposedSchemas'], usesRls: boolean, apiSchemas?: string[]): string[] {
  return setting === 'auto' ? (apiSchemas ?? (usesRls ? ['public'] : [])) : setting;
}

/**
 * One migration file as the walk met it: what a later walk must meet identically to start from this one's state. Its
 * bytes are known by their SHA-256 alone, so that a walk does not keep every file's text to the end.
 */
interface WalkedFile {
  file: string;
  applied: boolean;
  digest: string | undefined;
}

/**
 * The migrations read in order: each applied file parsed and replayed, its statement fixes checked while the
 * catalog stands right after it, and what the rules and the report need of it kept. `fork()` continues from here
 * without disturbing this walk, which must not go on while the fork is in use.
 */
class MigrationWalk {
  readonly walked: WalkedFile[] = [];
  readonly parseProblems: ParseProblem[] = [];
  readonly ignores: IgnoreComment[] = [];
  readonly spans: StatementSpans = new Map();
  readonly skipped: string[] = [];
  readonly skippedRelations = new Map<string, string>();
  readonly infos: MigrationInfo[] = [];

  constructor(
    readonly replayed: Replay,
    readonly fixes = new FixChecker(),
    private readonly session = new Session(),
  ) {}

  /** `betweenRuns`: see Replay.add. */
  step(walked: WalkedFile, m: TakenMigration | undefined, betweenRuns?: () => void): void {
    this.walked.push(walked);
    const { file, applied } = walked;
    if (m && applied) this.fixes.afterFile(m, this.replayed.catalog, this.replayed.add(m, betweenRuns));
    if (!applied) this.skipped.push(file);
    if (m && !applied) {
      for (const piece of piecesOf(m)) {
        for (const key of piece.statements.flatMap((s) => createdRelation(s.node) ?? [])) if (!this.skippedRelations.has(key)) this.skippedRelations.set(key, file);
      }
    }
    const read = m && summaryOf(m);
    if (read && applied) {
      this.parseProblems.push(...this.session.problems(read));
      this.ignores.push(...read.ignores);
      // What suppression needs of the statements; their syntax trees can go now.
      this.spans.set(file, read.spans);
    }
    this.infos.push({ file, applied, statements: read?.topLevelCount ?? 0, idempotent: null, description: read?.description ?? describeByName(file) });
  }

  fork(): MigrationWalk {
    const twin = new MigrationWalk(this.replayed.fork(), this.fixes.fork(), this.session.fork());
    twin.walked.push(...this.walked);
    twin.parseProblems.push(...this.parseProblems);
    twin.ignores.push(...this.ignores);
    for (const [file, spans] of this.spans) twin.spans.set(file, spans);
    twin.skipped.push(...this.skipped);
    for (const [key, file] of this.skippedRelations) twin.skippedRelations.set(key, file);
    twin.infos.push(...this.infos);
    return twin;
  }
}

/**
 * From this many statements, a file's syntax trees and what one run of it builds and lets go are a large part of the
 * heap: the caller's betweenPhases is called between its runs too, as for every LargeMigration. Measured before large
 * files were read a piece at a time, the bench's 12.8 MB file (100,000 statements) peaked at 485 MB on Node 20.20
 * without, 427 MB with those turns; a file of the 1,000-file repository has 50.
 */
const LARGE_FILE_STATEMENTS = 10_000;

/**
 * Steps `walk` through `files` as `ahead` hands them over parsed. A function of its own so that the last file's
 * syntax trees go when the walk ends: a suspended async function keeps the value of its last `await` in a register
 * until it returns, and analyze's lasts through the rules and fix checks (a one-file repository's trees, 12 MB of SQL,
 * were most of the heap there).
 */
async function walkThrough(walk: MigrationWalk, files: readonly WalkedFile[], ahead: ParseAhead, betweenPhases: (() => void) | undefined): Promise<void> {
  for (let i = 0; i < files.length; i++) {
    const m = await ahead.take(i);
    walk.step(files[i]!, m, m && (m instanceof LargeMigration || m.statements.length >= LARGE_FILE_STATEMENTS) ? betweenPhases : undefined);
  }
}

/**
 * What one run's analyses share, so that the analysis of a pull request's head does not redo the base's: its walk
 * starts from where the base's ended when the head's migrations begin with exactly the base's (the usual pull request
 * adds migrations), and an unchanged Prisma schema is parsed once.
 */
export class AnalysisCache {
  private readonly ended = new Map<string, MigrationWalk>();
  private readonly schemas = new Map<string, PrismaSchema>();

  prisma(files: { path: string; text: string }[]): PrismaSchema {
    const key = JSON.stringify(files);
    let schema = this.schemas.get(key);
    if (!schema) this.schemas.set(key, (schema = parsePrismaSchema(files)));
    return schema;
  }

  /** A fork of the walk kept under `key`, when `files` begin with its files; else undefined. */
  continuing(key: string, files: readonly WalkedFile[]): MigrationWalk | undefined {
    const walk = this.ended.get(key);
    const same = (a: WalkedFile, b: WalkedFile | undefined) => b !== undefined && a.file === b.file && a.applied === b.applied && a.digest === b.digest;
    return walk && walk.walked.every((w, i) => same(w, files[i])) ? walk.fork() : undefined;
  }

  keep(key: string, walk: MigrationWalk): void {
    this.ended.set(key, walk);
  }
}

/**
 * Of a project's findings (`root` its folder, as discovery names it), those whose fixes are checked and shown: a pull
 * request's head picks its new findings, as the others' fixes are what a full audit shows.
 */
export type FixSelection = (project: { root: string; migrations: MigrationInfo[]; findings: Finding[] }) => (finding: Finding) => boolean;

export interface AnalyzeOptions {
  /**
   * Whether to check the fixes that go in a new migration or the Prisma schema (default true): they cost a re-audit,
   * and the base of a pull request shows none of them, so it leaves them out instead, unchecked. A selection checks
   * and shows the fixes of the findings it picks, of every kind, and leaves the others' out.
   */
  checkFixes?: boolean | FixSelection;
  cache?: AnalysisCache;
  /**
   * Called where the run moves to a phase that builds a whole catalog's or schema's worth of data anew while what the
   * last phase built is garbage (after the walk, and before each fix check that re-audits the tree): a caller that
   * owns the process may collect it there (heap.ts). A file of LARGE_FILE_STATEMENTS or more gives these turns
   * between its runs too.
   */
  betweenPhases?: () => void;
  /**
   * Called often inside long synchronous work, where the event loop does not turn for seconds: between the pieces of a
   * large file's parse (see PieceOptions), between the batches and re-audits of a fix check. Must be cheap.
   */
  betweenSteps?: () => void;
  /** How files are read (for tests): `largeBytes`, above which a file is a LargeMigration (default LARGE_BYTES), and the size of a parse piece. */
  reading?: Pick<AheadOptions, 'largeBytes' | 'pieceBytes'>;
}

/** The whole engine for one project of a tree (by default the one discovery finds): parse, replay, run every rule, apply suppressions. */
export async function analyze(snapshot: Snapshot, config: Config, found: Discovery = discover(snapshot, config), options: AnalyzeOptions = {}): Promise<TreeAnalysis> {
  await initParser();
  const unreadable: { file: string; problem: string }[] = [];
  const read = (path: string): string | undefined => {
    const decoded = readText(snapshot, path);
    if ('problem' in decoded) { unreadable.push({ file: path, problem: decoded.problem }); return undefined; }
    return decoded.text;
  };

  const schemaTexts = found.schemaFiles.flatMap((path) => { const text = read(path); return text === undefined ? [] : [{ path, text }]; });

  // What the walk depends on besides the files: a walk kept under another key is not this one's.
  const walkKey = JSON.stringify([found.root, found.layout, config.managedSchemas]);
  const inspected = found.migrationFiles.map(({ file }) => {
    const seen = inspectFile(snapshot, file);
    if ('problem' in seen) unreadable.push({ file, problem: seen.problem });
    return seen;
  });
  const files = found.migrationFiles.map(({ file, applied }, i): WalkedFile => {
    const seen = inspected[i]!;
    return { file, applied, digest: 'digest' in seen ? seen.digest : undefined };
  });
  const walk = options.cache?.continuing(walkKey, files)
    ?? new MigrationWalk(new Replay({ prismaLayout: found.layout === 'prisma', isManaged: (schema) => config.managedSchemas.includes(schema) }));
  const first = walk.walked.length;
  const pending = files.slice(first);
  // Only the files the walk has yet to take are decoded (again): those it goes on past were decoded by the walk kept.
  const ahead = new ParseAhead(pending.map(({ file }, i) => {
    const seen = inspected[first + i]!;
    return { file, text: 'text' in seen ? seen.text() : undefined };
  }), { ...options.reading, betweenPieces: options.betweenSteps });
  inspected.length = 0;
  let prisma: PrismaSchema | null;
  try {
    // While the thread reads the first migrations.
    prisma = schemaTexts.length ? (options.cache?.prisma(schemaTexts) ?? parsePrismaSchema(schemaTexts)) : null;
    await walkThrough(walk, pending, ahead, options.betweenPhases);
  } finally {
    ahead.close();
  }
  options.cache?.keep(walkKey, walk);
  // The walk's last syntax trees are garbage now, and the rules are about to build the catalog's data.
  options.betweenPhases?.();
  const { replayed, fixes, parseProblems, ignores, spans, skipped, skippedRelations } = walk;
  const infos = walk.infos.map((info) => ({ ...info, idempotent: replayed.idempotent.get(info.file) ?? null }));
  const managed = new Set(config.managedSchemas);
  const isManagedSchema = (schema: string) => managed.has(schema);
  const catalog = replayed.catalog.toData(isManagedSchema);
  const notCompared = schemaNotCompared({ prisma, schemaFiles: found.schemaFiles, catalog });
  // A project uses RLS when its layout is Supabase's or any of its own tables has RLS or a policy.
  const usesRls = found.layout === 'supabase' || catalog.tables.some((t) => t.rls || t.policies.length > 0);
  const exposedSchemas = exposedSchemasOf(config.exposedSchemas, usesRls, found.apiSchemas);

  const applied = found.migrationFiles.filter((m) => m.applied).map((m) => m.file);
  const code = readCode(snapshot, found.codeRoot ?? found.root);
  const facts: RuleFacts = {
    applied, takenVersions: takenVersions(applied, found.layout),
    config, layout: found.layout, prisma: notCompared ? null : prisma, prismaErrors: prisma?.errors ?? [], catalog, parseProblems, skipped, unreadable,
    rerunFailures: replayed.failures, firstRunFailures: replayed.firstRunFailures, exposedSchemas, usesRls, tablesUncertain: replayed.catalog.dynamicTables, isManagedSchema,
    code, skippedRelations, showsFixes: options.checkFixes !== false,
  };
  const raw: Finding[] = [];
  const reads = new Map<Rule, Set<string | symbol>>();
  for (const rule of RULES) {
    const report = 'check' in rule && reporter(rule, config, raw);
    if (report) rule.check(noting({ ...facts, report }, reads.set(rule, new Set()).get(rule)!));
  }
  const suppressed = suppress(raw, ignores, spans, prisma?.models ?? [], config);
  const selected = typeof options.checkFixes === 'function' ? options.checkFixes({ root: found.root, migrations: infos, findings: suppressed.kept }) : undefined;
  const findings = fixes.check(suppressed.kept, selected ?? facts.showsFixes, { snapshot, config, discovery: found, rules: RULES, reads, facts, catalog: replayed.catalog, managed: isManagedSchema, raw, schemaTexts, betweenPhases: options.betweenPhases, betweenSteps: options.betweenSteps });
  const knownRules = RULES.map((r) => r.id);
  for (const rule of RULES) {
    const report = 'checkIgnores' in rule && reporter(rule, config, findings);
    if (report) rule.checkIgnores({ ignores: suppressed.ignores, knownRules, report });
  }
  findings.sort(byPlace);

  return {
    root: snapshot.label, config, layout: found.layout, migrationsDir: found.migrationsDir, schemaFiles: found.schemaFiles,
    prisma, migrations: infos, catalog, exposedSchemas, usesRls, findings, code,
    notes: [
      ...found.notes, ...(notCompared ? [`The Prisma schema was not compared with the migrations: ${notCompared}.`] : []),
      ...code.unparsed.map((u) => `${u.file}:${u.line} could not be parsed as code (${u.message}), so the tables and functions it uses are not checked.`),
    ], ignores: suppressed.ignores,
  };
}

/**
 * Drops findings silenced by ignore comments or `ignore-tables`, and tells which findings each ignore comment silenced.
 * A `next` ignore covers the whole statement (or model) that follows it, so it reaches findings inside a DO block too.
 */
export function suppress(findings: Finding[], sqlIgnores: IgnoreComment[], statements: StatementSpans, models: Pick<PrismaModel, 'file' | 'line' | 'ignores' | 'fields' | 'indexes'>[], config: Config): { kept: Finding[]; ignores: IgnoreContext['ignores'] } {
  const spans = new Map<IgnoreComment, { file: string; from: number; to: number }>();
  for (const ig of sqlIgnores) {
    if (ig.scope === 'file') { spans.set(ig, { file: ig.file, from: 0, to: Infinity }); continue; }
    const next = statements.get(ig.file)?.find((s) => s.from > ig.line);
    if (next) spans.set(ig, { file: ig.file, ...next });
  }
  // A model's ignore reaches its whole block, as a statement's does: the findings at its fields and indexes too.
  for (const model of models) {
    if (model.ignores.length === 0) continue;
    const to = Math.max(model.line, ...model.fields.map((f) => f.line), ...model.indexes.map((i) => i.line));
    for (const ig of model.ignores) spans.set(ig, { file: model.file, from: model.line, to });
  }
  const ignores = [...sqlIgnores, ...models.flatMap((m) => m.ignores)].map((comment) => ({ comment, silenced: [] as Finding[] }));

  const kept = findings.filter((f) => {
    if (f.object && ignoredTable(f.object, config.ignoreTables)) return false;
    const hit = ignores.find(({ comment }) => {
      const span = spans.get(comment);
      return comment.rule === f.rule && span && f.file === span.file && (f.line ?? 0) >= span.from && (f.line ?? 0) <= span.to;
    });
    hit?.silenced.push(f);
    return !hit;
  });
  return { kept, ignores };
}

/** Whether `ignore-tables` names the object (`schema.name`), or the table of a column (`schema.table.column`). */
function ignoredTable(object: string, globs: string[]): boolean {
  const dot = object.indexOf('.');
  const schema = object.slice(0, dot);
  const name = object.slice(dot + 1);
  const column = name.lastIndexOf('.');
  return globs.some((g) => matchesTableGlob(g, schema, name) || (column > 0 && matchesTableGlob(g, schema, name.slice(0, column))));
}

/** Findings in file order, then line, rule and object: the order every report lists them in. */
export function byPlace(a: Finding, b: Finding): number {
  return collate(a.file ?? '\uffff', b.file ?? '\uffff') || (a.line ?? 0) - (b.line ?? 0) || collate(a.rule, b.rule) || collate(a.object ?? '', b.object ?? '');
}

/** localeCompare, without asking the collator about equal strings: most findings compared share a file and a rule. */
function collate(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}

/** A description from the file name when the file has no leading comment: `20240101_initial_schema.sql` → "initial schema". */
function describeByName(file: string): string {
  const name = file.endsWith('/migration.sql') ? file.split('/').slice(-2)[0]! : file.slice(file.lastIndexOf('/') + 1);
  return name.replace(/\.sql$/, '').replace(/^[\d_-]+/, '').replace(/_/g, ' ').trim() || name;
}
