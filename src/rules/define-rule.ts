import type { CatalogData, Config, Finding, Layout, ParsedMigration, PrismaSchema, Severity, Statement, Loc } from '../types.js';

/** What the engine worked out, handed to every rule. */
export interface RuleFacts {
  config: Config;
  layout: Layout | null;
  prisma: PrismaSchema | null;
  catalog: CatalogData;
  /** Migrations the owning tool applies, in order, parsed. */
  migrations: ParsedMigration[];
  /** Files in the migrations folder that the owning tool skips (Supabase: names not `<digits>_<name>.sql`). */
  skipped: string[];
  /** Files that could not be read or decoded, with why. */
  unreadable: { file: string; problem: string }[];
  /** Statements that fail when their file runs a second time, with PostgreSQL's reason. */
  rerunFailures: { statement: Statement; reason: string; fix?: string }[];
  exposedSchemas: string[];
  usesRls: boolean;
  /** Table keys (`schema.name`) whose RLS / policies / existence dynamic SQL may have changed. */
  uncertainTables: Set<string>;
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
  /** Rules of the PR diff (migration-modified …) are raised by the diff, not by check(). */
  scope: 'analysis' | 'diff';
  check(ctx: RuleContext): void;
}

/** One rule = one file = one id; the docs page is docs/rules/<id>.md. */
export function defineRule(rule: Omit<Rule, 'scope'> & { scope?: Rule['scope'] }): Rule {
  return { scope: 'analysis', ...rule };
}

export type { Finding };
