/**
 * Live verification, the stage after the static analysis: the migrations applied for real, each re-run in a
 * transaction that rolls back, the database's catalog read back and handed to the same rules the static engine
 * ran. A static finding the database confirms is `verified`; one it contradicts is dropped; one only it sees is
 * added. Pure except for the database it talks to.
 */
import { byPlace, suppress, type StatementSpans, type TreeAnalysis } from '../analyze.js';
import { withoutVerifiedFix } from '../fixes/check.js';
import { rerunFailure } from '../fixes/idempotent.js';
import { unwrap } from '../parse/ast.js';
import { schemaNotCompared } from '../parse/prisma.js';
import { initParser, statementSpans } from '../parse/sql.js';
import { reporter, type RuleFacts } from '../rules/define-rule.js';
import { RULES } from '../rules/index.js';
import type { CatalogData, Finding, IgnoreComment, Loc, RerunFailure, Statement, StatementFailure } from '../types.js';
import { DEFAULT_BOUNDS, VerifyStopped, type Bounds, type LiveDatabase } from './database.js';
import { liveCatalogData, readLiveRows, type LiveRows } from './live-catalog.js';
import { startPglite } from './pglite.js';
import { planFile, type MigrationText, type PlannedFile } from './plan.js';
import { startPostgres } from './postgres.js';
import type { PgliteAssets } from './protocol.js';
import type { FileOutcome, PlacedError } from './run-file.js';
import { BRINGS_OWN_PLATFORM, PGLITE_EXTENSION_BUNDLES, PRE_ENABLED_CALLS, STAND_IN_EXTENSIONS, WITHOUT_PLATFORM_SQL } from './stand-in.js';

/** Rules whose findings the live catalog decides: the rules run again on it. */
const CATALOG_RULES = new Set(['missing-rls', 'rls-no-policy', 'missing-model', 'missing-table']);
const DDL = 'non-idempotent-ddl';
const DATA = 'non-idempotent-data';
const FAILS = 'migration-fails';
const UNUSED_IGNORE = 'unused-ignore';
/** Rules about one statement that the database's runs decide: its first runs (and parse errors) and its re-runs. */
const STATEMENT_RULES = new Set([DDL, DATA, FAILS, 'parse-error']);

/** Whether live verification judges a rule's findings; those of the other rules stay as the static engine found them, unverified. */
export function judgedLive(rule: string): boolean {
  return CATALOG_RULES.has(rule) || STATEMENT_RULES.has(rule);
}

/** The verification's own bounds: out of memory or time (a statement timeout, a lock wait). */
const LIMITS = new Set(['53200', '57014', '55P03', '40P01']);
/** SQLSTATEs of a re-run that say nothing about the migration: refused inside a transaction, or past the limits. */
const NOT_CHECKABLE = new Set(['25001', ...LIMITS]);
/** "… does not exist" errors: when the database lacks what the platform has, these are the ones it raises. */
const UNDEFINED = new Set(['42704', '42883', '42P01', '3F000', '42703', '42P02']);
/** Prisma Migrate creates its bookkeeping table before the first migration runs. */
const PRISMA_MIGRATIONS = `CREATE TABLE IF NOT EXISTS public._prisma_migrations (id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL, finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count integer NOT NULL DEFAULT 0)`;
/** SQL that would reach the network from a server; the URL mode never runs it. PGlite has no network at all. */
const NETWORK = /\bdblink\w*\s*\(|\bpostgres_fdw\b|\bdblink_fdw\b|\bcreate\s+server\b|\bimport\s+foreign\s+schema\b|\bcreate\s+subscription\b|\bnet\.http_\w+\s*\(|\bhttp_(get|post|put|patch|delete|head)\s*\(/i;

export interface VerifyOptions {
  /** A PostgreSQL server to verify against, inside a temporary database created there; default PGlite in-process. */
  databaseUrl?: string;
  bounds?: Partial<Bounds>;
  /** Where PGlite's worker and files are, when not beside the bundle (tests run from source). */
  pglite?: { worker?: URL; assets?: PgliteAssets };
}


/** What live verification made of the static findings. */
export interface Verification {
  /** The findings after verification: confirmed ones `verified`, contradicted ones gone, the database's own added. */
  findings: Finding[];
  confirmed: Finding[];
  dropped: Finding[];
  added: Finding[];
  /** What the database lacked, what could not be verified and why. */
  notes: string[];
  database: string;
}

/**
 * Starts the database a verification runs on, PGlite unless a URL is given; `texts` are the migrations, which say
 * which of PGlite's extension bundles to unpack. Start it early: it boots while the static analysis runs.
 */
export function openDatabase(texts: string[], options: VerifyOptions = {}): Promise<LiveDatabase> {
  const bounds = { ...DEFAULT_BOUNDS, ...options.bounds };
  if (options.databaseUrl !== undefined) return startPostgres(options.databaseUrl, bounds);
  return startPglite({ bundles: bundlesFor(texts), standIns: STAND_IN_EXTENSIONS, bounds, ...options.pglite });
}

/** PGlite's extension bundles the migrations need: those they create, and the pre-enabled ones whose functions they call. */
export function bundlesFor(texts: string[]): string[] {
  const named = new Set<string>();
  for (const raw of texts) {
    // Comments out: `-- Create extension` above the statement would read as one.
    const text = raw.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ');
    for (const m of text.matchAll(/create\s+extension\s+(?:if\s+not\s+exists\s+)?("?)([\w-]+)\1/gi)) named.add(m[2]!.toLowerCase());
    for (const [extension, calls] of Object.entries(PRE_ENABLED_CALLS)) if (calls.test(text)) named.add(extension);
  }
  return [...new Set([...named].flatMap((n) => (PGLITE_EXTENSION_BUNDLES[n] ? [PGLITE_EXTENSION_BUNDLES[n]!] : [])))].sort();
}

/**
 * Verifies one project's analysis: `migrations` in the order the database receives them (the tool's order; in a pull
 * request the base's first, then the new ones). The database is closed (the URL mode's temporary one dropped) at the end.
 */
export async function verify(analysis: TreeAnalysis, migrations: MigrationText[], options: VerifyOptions & { database?: Promise<LiveDatabase> } = {}): Promise<Verification> {
  await initParser();
  const db = await (options.database ?? openDatabase(migrations.map((m) => m.text), options));
  const replay = new LiveReplay(analysis, options.databaseUrl !== undefined);
  try {
    await replay.run(db, migrations);
  } finally {
    await db.close();
  }
  return { ...replay.judge(analysis.findings), database: db.description };
}

/** One migration as the database saw it. */
interface Ran {
  planned: PlannedFile;
  outcome?: FileOutcome;
  /** Why the database's word on this file says nothing about the migrations: it lacked what the platform has. */
  gap?: string;
}

class LiveReplay {
  private readonly runs = new Map<string, Ran>();
  private readonly order: string[] = [];
  /** Files that failed for a reason of their own, in order. */
  private readonly failed: string[] = [];
  /** Stand-in extensions the migrations created: what they are used for is missing. */
  private readonly standIns = new Set<string>();
  private firstGap: string | undefined;
  private stopped: string | undefined;
  private rows: LiveRows | undefined;
  /** Object id → the file it appeared with. */
  private readonly createdIn = new Map<number, string>();
  private readonly notes: string[] = [];
  private readonly platform: RegExp;
  /** What each ignore comment silenced among the database's findings. */
  private readonly silenced = new Map<IgnoreComment, Finding[]>();

  constructor(private readonly analysis: TreeAnalysis, private readonly server: boolean) {
    const schemas = analysis.config.managedSchemas.filter((s) => !['pg_catalog', 'information_schema', 'pg_toast'].includes(s)).map((s) => s.replace(/\W/g, '\\$&'));
    this.platform = new RegExp(`(^|[^\\w.])"?(${schemas.join('|')})"?\\.|schema "(${schemas.join('|')})"`);
  }

  async run(db: LiveDatabase, migrations: MigrationText[]): Promise<void> {
    try {
      if (migrations.some((m) => BRINGS_OWN_PLATFORM.test(m.text))) {
        await db.exec(WITHOUT_PLATFORM_SQL);
        this.notes.push('Live verification: the migrations create the auth schema\'s tables and functions themselves, so they ran on plain PostgreSQL, without the Supabase stand-in.');
      }
      if (this.analysis.layout === 'prisma') await db.exec(PRISMA_MIGRATIONS);
      await db.baseline();
      for (const m of migrations) {
        const ran: Ran = { planned: planFile(m) };
        ran.planned.plan.rerunFails = this.analysis.findings.some((f) => f.file === m.file && (f.rule === DDL || f.rule === DATA));
        this.runs.set(m.file, ran);
        this.order.push(m.file);
        if (this.server && NETWORK.test(m.text)) {
          ran.gap = 'it reaches the network (dblink, postgres_fdw, http, pg_net): the URL mode never runs such SQL on the server';
          this.firstGap ??= m.file;
          continue;
        }
        ran.outcome = await db.run(ran.planned.plan);
        for (const c of ran.outcome.created) this.createdIn.set(c.oid, m.file);
        this.noteStandIns(ran.planned.statements, ran.outcome.failure?.line ?? Infinity);
        if (!ran.outcome.applied) {
          ran.gap = this.gapOf(ran.outcome.failure!);
          if (ran.gap) this.firstGap ??= m.file;
          else this.failed.push(m.file);
        }
      }
      this.rows = await readLiveRows(db);
    } catch (e) {
      if (!(e instanceof VerifyStopped)) throw e;
      this.stopped = e.message;
    }
  }

  /** Why a failure says nothing about the migration, or undefined when it is the migration's own. */
  private gapOf(failure: PlacedError): string | undefined {
    if (this.firstGap) return `an earlier file (${this.firstGap}) needed what this database lacks`;
    if (failure.sqlstate === '58P01' || /extension "[^"]+" is not available|could not open extension control file/.test(failure.message)) return failure.message;
    if (LIMITS.has(failure.sqlstate)) return `${failure.message}: past the verification's limits, not the migration's fault`;
    if (!UNDEFINED.has(failure.sqlstate)) return undefined;
    if (this.platform.test(failure.message)) return `${failure.message}: the platform provides it, the stand-in does not`;
    if (this.standIns.size) return `${failure.message}, after CREATE EXTENSION ${[...this.standIns].join(', ')}, which this database has only as an empty stand-in`;
    return undefined;
  }

  /** Stand-ins the statements before `until` created (a failing file's are rolled back, yet its failure stems from them). */
  private noteStandIns(statements: Statement[], until: number): void {
    for (const s of statements.filter((st) => st.line <= until)) {
      const name = unwrap(s.node, 'CreateExtensionStmt')?.extname;
      if (name && name in STAND_IN_EXTENSIONS) this.standIns.add(name);
    }
  }

  /** The static findings judged against what the database did, and the database's own. */
  judge(findings: Finding[]): Omit<Verification, 'database'> {
    const live = this.liveFindings();
    const unused = this.unusedIgnores();
    const confirmed: Finding[] = [];
    const dropped: Finding[] = [];
    const keep: Finding[] = [];
    const matched = new Set<Finding>();
    for (const f of findings) {
      // An ignore comment the engine found unused may silence what the database found.
      const verdict = f.rule === UNUSED_IGNORE ? (unused.has(ignoreKey(f)) ? undefined : 'dropped') : this.verdict(f, live, matched);
      if (verdict === 'confirmed') confirmed.push(f);
      if (verdict === 'dropped') dropped.push(f);
      else keep.push(verdict === 'confirmed' ? { ...f, verified: true } : f);
    }
    // The rules built the added findings' fixes on the live catalog, where no fix is checked: none is shown.
    const added = live.findings.filter((l) => !matched.has(l) && live.judged(l)).map((l) => ({ ...withoutVerifiedFix(l), verified: true }));
    return { findings: [...keep, ...added].sort(byPlace), confirmed, dropped, added, notes: this.summaryNotes() };
  }

  /** What the database says of one static finding: confirmed, dropped, or nothing (unverified). */
  private verdict(f: Finding, live: LiveFindings, matched: Set<Finding>): 'confirmed' | 'dropped' | undefined {
    const confirm = (twin: Finding | undefined): 'confirmed' | 'dropped' => {
      if (!twin) return 'dropped';
      matched.add(twin);
      return 'confirmed';
    };
    if (CATALOG_RULES.has(f.rule)) {
      if (!live.catalogJudged || this.touchedByFailure(f.object)) return undefined;
      return confirm(live.findings.find((l) => l.rule === f.rule && l.object === f.object));
    }
    const ran = f.file === undefined ? undefined : this.runs.get(f.file);
    if (!ran?.outcome || ran.gap || !STATEMENT_RULES.has(f.rule)) return undefined;
    const at = spanOf(ran.planned.statements, f.line ?? 0)?.from;
    if (f.rule === DDL || f.rule === DATA) {
      if (!ran.outcome.rerun) return undefined;
      return confirm(live.findings.find((l) => l.rule === f.rule && l.file === f.file && l.line === at));
    }
    // migration-fails and parse-error: the first run stops at the first failing statement; those after it never ran.
    const failedAt = ran.outcome.failure && spanOf(ran.planned.statements, ran.outcome.failure.line)?.from;
    if (failedAt !== undefined && at !== undefined && at > failedAt) return undefined;
    return confirm(live.findings.find((l) => l.rule === FAILS && l.file === f.file && spanOf(ran.planned.statements, l.line ?? 0)?.from === at));
  }

  /** An object a failed file created: the database, which never ran that file, cannot speak about it. */
  private touchedByFailure(object: string | undefined): boolean {
    if (object === undefined || this.failed.length === 0) return false;
    const at = this.staticRelation(object)?.createdAt?.file;
    return at !== undefined && this.failed.includes(at);
  }

  private staticRelation(key: string): { createdAt?: Loc; rlsAt?: Loc } | undefined {
    const catalog = this.analysis.catalog;
    return catalog.tables.find((t) => `${t.schema}.${t.name}` === key) ?? catalog.views.find((v) => `${v.schema}.${v.name}` === key);
  }

  /** The findings the database itself gives: the rules again, over its catalog, its first runs and its re-runs. */
  private liveFindings(): LiveFindings {
    const config = this.analysis.config;
    const catalogJudged = this.rows !== undefined && this.firstGap === undefined && this.stopped === undefined;
    const catalog = this.rows ? this.liveCatalog(this.rows) : undefined;
    const rerunFailures: RerunFailure[] = [];
    const firstRunFailures: StatementFailure[] = [];
    for (const file of this.order) {
      const ran = this.runs.get(file)!;
      if (!ran.outcome || ran.gap) continue;
      const rerun = ran.planned.statements;
      for (const failure of ran.outcome.rerun ?? []) {
        const statement = rerun.find((s) => s.line === failure.line);
        if (statement && !NOT_CHECKABLE.has(failure.sqlstate)) rerunFailures.push(rerunFailure(statementFailure(statement, failure)));
      }
      const failure = ran.outcome.failure;
      const from = failure && spanOf(ran.planned.statements, failure.line)?.from;
      const statement = ran.planned.statements.find((s) => s.line === from);
      if (failure && statement) firstRunFailures.push(statementFailure(statement, this.afterEarlier(file, failure)));
    }
    const facts: RuleFacts = {
      config, layout: this.analysis.layout, catalog: catalog ?? this.analysis.catalog,
      prisma: catalog && !schemaNotCompared({ prisma: this.analysis.prisma, schemaFiles: this.analysis.schemaFiles, catalog }) ? this.analysis.prisma : null,
      prismaErrors: [], parseProblems: [], applied: this.order, takenVersions: new Set(), skipped: [], unreadable: [],
      rerunFailures, firstRunFailures, tablesUncertain: false, exposedSchemas: this.analysis.exposedSchemas, usesRls: this.analysis.usesRls,
      isManagedSchema: (schema) => config.managedSchemas.includes(schema),
      // The database knows nothing of the code: the rules about it are not judged here.
      code: { files: 0, unparsed: [], references: [], edgeFunctions: [] }, skippedRelations: new Map(), showsFixes: true,
    };
    const raw: Finding[] = [];
    for (const rule of RULES) {
      if (!('check' in rule) || !(STATEMENT_RULES.has(rule.id) || (catalogJudged && CATALOG_RULES.has(rule.id)))) continue;
      const report = reporter(rule, config, raw);
      if (report) rule.check({ ...facts, report });
    }
    // A first-run failure stands where PostgreSQL's error position points, not at the start of its statement.
    const positioned = raw.map((f) => (f.rule === FAILS && f.file !== undefined ? { ...f, line: this.runs.get(f.file)?.outcome?.failure?.line ?? f.line } : f));
    return {
      findings: this.suppressed(positioned),
      catalogJudged,
      // A finding the database adds must stand on what it really ran: no catalog finding about what a failed file made.
      judged: (l) => !CATALOG_RULES.has(l.rule) || (catalogJudged && !this.touchedByFailure(l.object)),
    };
  }

  /** A failure after an earlier file's: the database ran this one on a state the migrations never reach, and says so. */
  private afterEarlier(file: string, failure: PlacedError): PlacedError {
    const earlier = this.failed.slice(0, this.failed.indexOf(file));
    return earlier.length ? { ...failure, message: `${failure.message} (the database had rejected ${earlier[earlier.length - 1]} before)` } : failure;
  }

  /** The live catalog, its tables located where the static engine saw them created, else where the database saw them appear. */
  private liveCatalog(rows: LiveRows): CatalogData {
    const managed = new Set(this.analysis.config.managedSchemas);
    return liveCatalogData(rows, {
      managed: (schema) => managed.has(schema),
      located: (key, oid) => this.staticRelation(key)?.createdAt ?? this.appearedAt(key, oid),
      rlsAt: (key) => this.staticRelation(key)?.rlsAt,
    });
  }

  /** The first statement of the file a relation appeared with that names it (else the file's first statement). */
  private appearedAt(key: string, oid: number): Loc | undefined {
    const file = this.createdIn.get(oid);
    const statements = file === undefined ? undefined : this.runs.get(file)?.planned.statements;
    if (!file || !statements) return undefined;
    const name = key.slice(key.indexOf('.') + 1).toLowerCase();
    const named = statements.find((s) => s.text.toLowerCase().includes(name));
    return { file, line: (named ?? statements[0])?.line ?? 1 };
  }

  /**
   * The analysis' own ignore comments and `ignore-tables` silence what the database adds, as they silence the engine;
   * `silenced` collects what each comment silenced here.
   */
  private suppressed(raw: Finding[]): Finding[] {
    const models = this.analysis.prisma?.models ?? [];
    const modelIgnores = new Set(models.flatMap((m) => m.ignores));
    const sqlIgnores = this.analysis.ignores.map((i) => i.comment).filter((c) => !modelIgnores.has(c));
    const spans: StatementSpans = new Map([...this.runs].map(([file, ran]) => [file, statementSpans(ran.planned.statements)]));
    const { kept, ignores } = suppress(raw, sqlIgnores, spans, models, this.analysis.config);
    for (const { comment, silenced } of ignores) if (silenced.length) this.silenced.set(comment, silenced);
    return kept;
  }

  /** The unused-ignore findings once what the database's findings were silenced by is counted too. */
  private unusedIgnores(): Set<string> {
    const ignores = this.analysis.ignores.map(({ comment, silenced }) => ({ comment, silenced: [...silenced, ...(this.silenced.get(comment) ?? [])] }));
    const out: Finding[] = [];
    const knownRules = RULES.map((r) => r.id);
    for (const rule of RULES) {
      const report = 'checkIgnores' in rule && reporter(rule, this.analysis.config, out);
      if (report) rule.checkIgnores({ ignores, knownRules, report });
    }
    return new Set(out.map(ignoreKey));
  }

  private summaryNotes(): string[] {
    const notes = [...this.notes];
    // A server has the extensions it has; PGlite's stand-ins are empty, and the reader should know which ones ran so.
    if (!this.server && this.standIns.size) notes.push(`Live verification: PGlite lacks ${[...this.standIns].sort().map((e) => `\`${e}\``).join(', ')}: an empty stand-in took ${this.standIns.size === 1 ? 'its' : 'each one\'s'} place so the replay goes on; what uses ${this.standIns.size === 1 ? 'it' : 'them'} fails there and is left unverified.`);
    const gaps = [...this.runs].filter(([, r]) => r.gap && !r.gap.startsWith('an earlier file'));
    for (const [file, ran] of gaps) notes.push(`Live verification: ${file} did not apply on the verification database (${ran.gap}); it and the findings that depend on it are unverified.`);
    if (this.firstGap) notes.push(`Live verification: the files after ${this.firstGap} ran on a database missing what it needed; their failures are not reported, and findings about the schema as a whole are unverified.`);
    if (this.stopped) notes.push(`Live verification stopped: ${this.stopped}; findings of the files not run are unverified.`);
    return notes;
  }
}

interface LiveFindings {
  findings: Finding[];
  /** Whether the database's catalog speaks for the migrations (every file ran, none needed what it lacks). */
  catalogJudged: boolean;
  /** Whether a finding only the database has may be added. */
  judged(f: Finding): boolean;
}

function ignoreKey(f: Finding): string {
  return `${f.file}:${f.line}:${f.message}`;
}

/** The top-level statement span among `statements` that holds `line`. */
function spanOf(statements: Statement[], line: number): { from: number; to: number } | undefined {
  return [...statementSpans(statements)].reverse().find((s) => s.from <= line);
}

/** Condition names of the SQLSTATEs a replay meets most, for EXCEPTION handlers; others keep the code. */
const CONDITIONS: Record<string, string> = {
  '23505': 'unique_violation', '23503': 'foreign_key_violation', '23502': 'not_null_violation', '23514': 'check_violation',
  '42P07': 'duplicate_table', '42710': 'duplicate_object', '42701': 'duplicate_column', '42723': 'duplicate_function',
  '42P06': 'duplicate_schema', '42P01': 'undefined_table', '42703': 'undefined_column', '42883': 'undefined_function',
  '42704': 'undefined_object', '3F000': 'invalid_schema_name', '42601': 'syntax_error', '42809': 'wrong_object_type',
  '2BP01': 'dependent_objects_still_exist', '55000': 'object_not_in_prerequisite_state', '22023': 'invalid_parameter_value',
  '42P16': 'invalid_table_definition', '42804': 'datatype_mismatch', '22P02': 'invalid_text_representation',
};

function statementFailure(statement: Statement, e: PlacedError): StatementFailure {
  return {
    statement, reason: e.message, sqlstate: e.sqlstate, condition: CONDITIONS[e.sqlstate] ?? e.sqlstate.toLowerCase(),
    ...(e.detail && { detail: e.detail }), ...(e.hint && { hint: e.hint }),
  };
}
