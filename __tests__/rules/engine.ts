import { analyze } from '../../src/analyze.js';
import { loadConfig } from '../../src/config.js';
import { diffFindings, migrationChanges } from '../../src/diff.js';
import { RULES } from '../../src/rules/index.js';
import type { Analysis, Finding, Severity } from '../../src/types.js';
import { memorySnapshot } from '../helpers/memory-snapshot.js';

/** Where the tests put a Supabase migration and the Prisma schema when the path itself does not matter. */
export const MIGRATION = 'supabase/migrations/20240101000000_init.sql';
export const SCHEMA = 'prisma/schema.prisma';
/** The datasource a Prisma schema opens with: PostgreSQL, so the Prisma rules apply. */
export const DATASOURCE = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n';

/** A repository described inline: path → text (or bytes). */
export type Files = Record<string, string | Buffer>;

/** A finding as a rule's tests state it: which rule, how severe, where, about what (message and fix left out). */
export interface Found {
  rule: string;
  severity: Severity;
  file?: string;
  line?: number;
  object?: string;
}

/** The findings of `rule` when the engine audits a tree, with `.schema-guardian.yml` set to `yaml` when given. */
export async function audit(rule: string, files: Files, yaml?: string): Promise<Found[]> {
  return only(rule, (await analysis(files, yaml)).findings);
}

/** The new findings of `rule` on a pull request from `base` to `head`. */
export async function pullRequest(rule: string, base: Files, head: Files, yaml?: string): Promise<Found[]> {
  const [before, after] = [await analysis(base, yaml), await analysis(head, yaml)];
  const diff = diffFindings(before, after, migrationChanges(before, after, memorySnapshot(base), memorySnapshot(head)));
  return only(rule, diff.findings.filter((f) => f.status === 'new'));
}

/** The whole analysis of a tree, for tests that look past one rule's findings (fixes, messages). */
export async function analysis(files: Files, yaml?: string): Promise<Analysis> {
  const snapshot = memorySnapshot(yaml === undefined ? files : { ...files, '.schema-guardian.yml': yaml });
  return analyze(snapshot, loadConfig(snapshot, { knownRules: RULES.map((r) => r.id) }));
}

function only(rule: string, findings: Finding[]): Found[] {
  return findings.filter((f) => f.rule === rule).map(({ severity, file, line, object }) => ({ rule, severity, file, line, object }));
}

/** A row of a rule's table: a tree, the rule's exact findings there, and `.schema-guardian.yml` when it matters. */
export type Row = [name: string, files: Files, expected: Found[], yaml?: string];

/** One test per row: what the engine reports for `rule` on the row's tree is exactly what the row expects. */
export function auditTable(rule: string, rows: Row[]): void {
  test.each(rows.map(([name, files, expected, yaml]) => ({ name, files, expected, yaml })))('$name', async ({ files, expected, yaml }) => {
    expect(await audit(rule, files, yaml)).toEqual(expected);
  });
}

/** A row of a pull-request rule's table: the base and head trees and the rule's exact new findings. */
export type PullRequestRow = [name: string, base: Files, head: Files, expected: Found[], yaml?: string];

/** One test per row: the new findings of `rule` on the pull request from the row's base to its head. */
export function pullRequestTable(rule: string, rows: PullRequestRow[]): void {
  test.each(rows.map(([name, base, head, expected, yaml]) => ({ name, base, head, expected, yaml })))('$name', async ({ base, head, expected, yaml }) => {
    expect(await pullRequest(rule, base, head, yaml)).toEqual(expected);
  });
}
