/** Live verification of whole audits: what the CLI and the action call when asked to verify. */
import type { TreeAnalysis } from '../analyze.js';
import type { TreeAudit } from '../projects.js';
import type { VerifyTrees } from '../pull-request.js';
import { readText } from '../sources/decode.js';
import type { Snapshot } from '../types.js';
import type { LiveDatabase } from './database.js';
import type { MigrationText } from './plan.js';
import { verify, type Verification, type VerifyOptions } from './verify.js';

/** The migrations the analysis applied, in its tool's order, as the snapshot holds them. */
export function migrationTexts(snapshot: Snapshot, analysis: TreeAnalysis): MigrationText[] {
  return analysis.migrations.filter((m) => m.applied).flatMap((m) => {
    const decoded = readText(snapshot, m.file);
    return 'text' in decoded ? [{ file: m.file, text: decoded.text }] : [];
  });
}

/** Every SQL file of a tree: which PGlite extension bundles a run needs is known before any project is analysed. */
export function sqlTexts(snapshot: Snapshot): string[] {
  return snapshot.files().filter((f) => f.endsWith('.sql')).flatMap((f) => {
    const decoded = readText(snapshot, f);
    return 'text' in decoded ? [decoded.text] : [];
  });
}

/** The analysis with the verification's findings, its notes and its counts. */
export function withVerification(analysis: TreeAnalysis, v: Verification): TreeAnalysis {
  const verification = { database: v.database, confirmed: v.confirmed.length, dropped: v.dropped.length, added: v.added.length };
  return { ...analysis, findings: v.findings, notes: [...analysis.notes, ...v.notes], verification };
}

/**
 * Verifies each project of an audit on a database of its own; `early`: a database already booting (started before
 * the static analysis so the two overlap), used for the first project with migrations.
 */
export async function verifyTree(snapshot: Snapshot, tree: TreeAudit, options: VerifyOptions, early?: Promise<LiveDatabase>, order: (m: MigrationText[]) => MigrationText[] = (m) => m): Promise<TreeAudit> {
  let database = early;
  const projects = [];
  for (const p of tree.projects) {
    if (!p.analysis.migrations.some((m) => m.applied)) {
      projects.push(p);
      continue;
    }
    const v = await verify(p.analysis, order(migrationTexts(snapshot, p.analysis)), { ...options, ...(database && { database }) });
    database = undefined;
    projects.push({ ...p, analysis: withVerification(p.analysis, v) });
  }
  if (database) await (await database).close();
  const analyses = projects.map((p) => p.analysis);
  const only = analyses.length === 1 ? analyses[0]! : undefined;
  const summaries = analyses.flatMap((a) => (a.verification ? [a.verification] : []));
  const merged: TreeAnalysis = only
    ? { ...only, notes: [...only.notes, ...tree.notes] }
    : {
      ...tree.merged,
      findings: analyses.flatMap((a) => a.findings),
      notes: [...analyses.flatMap((a) => a.notes), ...tree.notes],
      ...(summaries.length && {
        verification: {
          database: summaries[0]!.database,
          confirmed: summaries.reduce((n, s) => n + s.confirmed, 0),
          dropped: summaries.reduce((n, s) => n + s.dropped, 0),
          added: summaries.reduce((n, s) => n + s.added, 0),
        },
      }),
    };
  return { ...tree, projects, merged };
}

/**
 * Verifies both trees of a pull request. The base in its tool's order; the head in the order a database that already
 * ran the base receives it: the base's migrations first, then the new ones, whatever their names sort as.
 */
export function pullRequestVerifier(options: VerifyOptions): VerifyTrees {
  return async ({ base, head }, trees, step) => {
    const verifiedBase = await step('Verify the base on a real PostgreSQL', () => verifyTree(trees.base, base, options));
    const position = new Map(base.projects.flatMap((p) => p.analysis.migrations.filter((m) => m.applied).map((m) => m.file)).map((file, i) => [file, i]));
    const baseFirst = (migrations: MigrationText[]) => [
      ...migrations.filter((m) => position.has(m.file)).sort((a, b) => position.get(a.file)! - position.get(b.file)!),
      ...migrations.filter((m) => !position.has(m.file)),
    ];
    const verifiedHead = await step('Verify the head on a real PostgreSQL', () => verifyTree(trees.head, head, options, undefined, baseFirst));
    return { base: verifiedBase, head: verifiedHead };
  };
}
