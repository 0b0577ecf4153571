import { severityOf } from '../config.js';
import type { CodeFacts } from '../sources/code.js';
import type { Analysis, CatalogData, Config, Finding, IgnoreComment, Layout, Loc, MigrationChange, ParseProblem, PrismaSchema, RerunFailure, Severity, StatementFailure, TableInfo } from '../types.js';

/** What the engine worked out about one tree, handed to every `check`. */
export interface RuleFacts {
  config: Config;
  layout: Layout | null;
  /** The Prisma schema the migrations are compared with; null when there is none, or it cannot be compared (see analyze). */
  prisma: PrismaSchema | null;
  /** Where the Prisma schema files do not parse, whatever their provider. */
  prismaErrors: PrismaSchema['errors'];
  catalog: CatalogData;
  /** Statements of applied migrations that PostgreSQL's parser rejects. */
  parseProblems: ParseProblem[];
  /** Migration files the owning tool applies, in its order. */
  applied: string[];
  /** Versions the migrations use, and those renames suggested so far claimed: shared, so no two fixes collide. */
  takenVersions: Set<string>;
  /** Files in the migrations folder that the owning tool skips (Supabase: names not `<digits>_<name>.sql`). */
  skipped: string[];
  /** Files that could not be read or decoded, with why. */
  unreadable: { file: string; problem: string }[];
  /** Statements that fail when their file runs a second time, with PostgreSQL's reason. */
  rerunFailures: RerunFailure[];
  /** Statements that fail the first time their file runs, where the catalog is sure of it. */
  firstRunFailures: StatementFailure[];
  /** Dynamic SQL we could not resolve may have created tables: no table can be called missing. */
  tablesUncertain: boolean;
  exposedSchemas: string[];
  usesRls: boolean;
  /** Created by the platform or by the migrations in a managed schema. */
  isManagedSchema(schema: string): boolean;
  /** What the project's code asks of the database: supabase-js references, edge functions. */
  code: CodeFacts;
  /** Tables and views (`schema.name`) that only a skipped migration creates, with that file. */
  skippedRelations: Map<string, string>;
  /**
   * Whether fixes that cost a re-audit to check (a Prisma model, SQL for a new migration) are shown: not for a pull
   * request's base, nor in the re-audit that checks fixes, so a rule may leave out a fix that is costly to build.
   */
  showsFixes: boolean;
}

/**
 * A finding's place from where the catalog saw an object made: none for objects the platform made (they have no
 * file in the project).
 */
export function placeOf(at: Loc | undefined): Partial<Loc> {
  return at?.file ? { file: at.file, line: at.line } : {};
}

/** What a rule reports: the engine adds the rule's id and its severity under the config. */
export type Report = (finding: { message: string; object?: string; fix?: string; /** This finding's own default, below the rule's (what the platform provides anyway); the config's setting still wins. */ defaultSeverity?: Severity } & Partial<Loc>) => void;

export interface RuleContext extends RuleFacts {
  report: Report;
}

/** A pull request: the analyses of its base and head trees and the migration files it changed. */
export interface DiffContext {
  base: Analysis;
  head: Analysis;
  changes: MigrationChange[];
  /** The commit a fix restores a base file from: the base snapshot's sha when it is a git tree. */
  baseRev: string;
  report: Report;
}

/** Every ignore comment of the tree, with the findings it silenced. */
export interface IgnoreContext {
  ignores: { comment: IgnoreComment; silenced: Finding[] }[];
  /** The ids an ignore comment may name. */
  knownRules: string[];
  report: Report;
}

interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /**
   * Its findings in a migration file are about one statement there: a pull request answers only for those in the
   * files it added or modified, and an edit that moves the statement keeps the finding.
   */
  aboutStatements?: true;
}

/** Looks at one tree: the catalog, the Prisma schema, the migrations. */
export interface TreeRule extends RuleInfo {
  check(ctx: RuleContext): void;
}

/** Looks at a pull request: what changed between the base and head trees. */
export interface DiffRule extends RuleInfo {
  checkDiff(ctx: DiffContext): void;
}

/** Looks at the ignore comments once every other rule's findings were suppressed. */
export interface IgnoreRule extends RuleInfo {
  checkIgnores(ctx: IgnoreContext): void;
}

/** A rule holds its whole logic in exactly the hook that sees what it needs; the engine only calls the hooks. */
export type Rule = TreeRule | DiffRule | IgnoreRule;

/** One rule = one file = one id; the docs page is docs/rules/<id>.md. */
export function defineRule<R extends Rule>(rule: R): R {
  return rule;
}

/**
 * The `report` a rule is handed, appending to `into`; undefined when the config turns the rule off. The one place a
 * finding gets its severity: the config's setting for the rule, else the rule's default.
 */
export function reporter(rule: Rule, config: Config, into: Finding[]): Report | undefined {
  const severity = severityOf(rule.id, rule.defaultSeverity, config);
  return severity && ((f) => {
    const finding: Record<string, unknown> = { rule: rule.id, severity: f.defaultSeverity ? severityOf(rule.id, f.defaultSeverity, config) ?? severity : severity };
    // Fields left undefined or empty are left out, so the JSON contract prints only what is known. A loop over the
    // fields, not spreads and entries: every finding of every audit and re-audit is made here.
    for (const key in f) {
      const value = f[key as keyof typeof f];
      if (key !== 'defaultSeverity' && value !== undefined && value !== '') finding[key] = value;
    }
    into.push(finding as unknown as Finding);
  });
}

/**
 * The facts with every property a rule reads noted in `read`. A rule's findings depend on nothing else, so a re-audit
 * that changes none of the facts a rule read in the audit need not run it again.
 */
export function noting<T extends object>(facts: T, read: Set<string | symbol>): T {
  return new Proxy(facts, { get: (target, key, receiver) => (read.add(key), Reflect.get(target, key, receiver)) });
}

type Reported = Parameters<Report>[0];
const NOTHING: readonly never[] = [];

/**
 * What a rule that judges each table on its own reported about it, made once per table: catalogData hands out the same
 * TableInfo for as long as a table stands unchanged, so the same table with the same other facts (`depends`, compared
 * item by item with Object.is) gets the same findings. A pull request's head shares most tables with its base, and
 * each re-audit of a fix check all but the fixed ones with the audit. The check must read nothing of the facts
 * besides the table and what `depends` holds.
 *
 * What is remembered lives only as long as the first object `depends` holds: the tables live to the end of the run,
 * and a table's memory of a re-audit's trial facts (the models of a Prisma schema with every suggested model added)
 * held all of them to the end, 17 MB of the 1,000-file audit's heap.
 */
export class PerTable {
  private readonly seen = new WeakMap<object, WeakMap<TableInfo, { depends: readonly unknown[]; reported: readonly Reported[] }>>();

  check(table: TableInfo, report: Report, judge: (report: Report) => void, depends: readonly unknown[] = NOTHING): void {
    const owner = depends.find((d): d is object => (typeof d === 'object' && d !== null) || typeof d === 'function') ?? NOTHING;
    let tables = this.seen.get(owner);
    if (!tables) this.seen.set(owner, (tables = new WeakMap()));
    const known = tables.get(table);
    if (known && known.depends.length === depends.length && known.depends.every((d, i) => Object.is(d, depends[i]))) {
      for (const f of known.reported) report(f);
      return;
    }
    let reported: Reported[] | undefined;
    judge((f) => {
      (reported ??= []).push(f);
      report(f);
    });
    tables.set(table, { depends, reported: reported ?? NOTHING });
  }
}
