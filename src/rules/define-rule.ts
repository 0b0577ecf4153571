import type { CatalogData, Config, Finding, Layout, Loc, ParseProblem, PrismaSchema, Severity, Statement } from '../types.js';

/** What the engine worked out, handed to every rule. */
export interface RuleFacts {
  config: Config;
  layout: Layout | null;
  prisma: PrismaSchema | null;
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
  rerunFailures: { statement: Statement; reason: string }[];
  /** Dynamic SQL we could not resolve may have created tables: no table can be called missing. */
  tablesUncertain: boolean;
  exposedSchemas: string[];
  usesRls: boolean;
  /** Created by the platform or by the migrations in a managed schema. */
  isManagedSchema(schema: string): boolean;
}

export interface RuleContext extends RuleFacts {
  report(finding: { message: string; object?: string; fix?: string } & Partial<Loc>): void;
}

export interface Rule {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /**
   * `analysis`: raised by check(). `diff`: raised by the PR diff (migration-modified …). `engine`: raised by the
   * engine itself while it applies the others (unused-ignore); their check() is never called.
   */
  scope: 'analysis' | 'diff' | 'engine';
  check(ctx: RuleContext): void;
}

/** One rule = one file = one id; the docs page is docs/rules/<id>.md. */
export function defineRule(rule: Omit<Rule, 'scope' | 'check'> & { scope?: Rule['scope']; check?: Rule['check'] }): Rule {
  return { scope: 'analysis', check: () => {}, ...rule };
}

export type { Finding };
