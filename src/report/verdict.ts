import type { Judgement } from '../config.js';
import { schemaNotCompared } from '../parse/prisma.js';
import type { Analysis, Finding, FindingStatus } from '../types.js';
import { SEVERITY_ORDER, plural } from './format.js';

export type Judged = Finding & { status?: FindingStatus };

/** The decision in words, built from the judgement that also sets the exit code and the `status` output. */
export interface Verdict {
  icon: '❌' | '✅' | '⚠️' | '➖';
  word: 'Failing' | 'Passing' | 'Healthy' | 'No new findings' | 'Partly checked' | 'Nothing to check';
  /** What decides it, when anything counted: `1 new error at or above fail-on \`error\``. */
  decisive?: string;
  /** The rest of the findings, each a phrase: below the threshold, already on the base branch. */
  context: string[];
}

/**
 * The verdict of a tree (`inPullRequest` false: every finding counts) or of a pull request (new findings count, and
 * existing ones with fail-on-existing; the others are named as already on the base branch).
 */
export function verdictOf(j: Judgement<Judged>, inPullRequest: boolean): Verdict {
  const failOn = `fail-on \`${j.policy.failOn}\``;
  const failing = new Set(j.failing);
  const below = j.counted.filter((f) => !failing.has(f));
  const context = j.uncounted.length ? [`${tally(j.uncounted, false)} already on the base branch`] : [];
  if (j.failing.length) {
    const rest = below.length ? [`${tally(below, inPullRequest)} below it`] : [];
    return { icon: '❌', word: 'Failing', decisive: `${tally(j.failing, inPullRequest)} at or above ${failOn}`, context: [...rest, ...context] };
  }
  if (j.counted.length) {
    const decisive = j.policy.failOn === 'never' ? `${tally(j.counted, inPullRequest)}; ${failOn} fails on none` : `${tally(j.counted, inPullRequest)} below ${failOn}`;
    return { icon: '✅', word: 'Passing', decisive, context };
  }
  return inPullRequest ? { icon: '✅', word: 'No new findings', context } : { icon: '✅', word: 'Healthy', decisive: 'no findings', context };
}

/**
 * The verdict of a run (or of one `project` of a tree) that found nothing to check, or could not make a check (a Prisma schema that does not parse or
 * is not PostgreSQL's): it is never "Healthy", and says what was not checked.
 */
export function withCoverage(v: Verdict, a: Pick<Analysis, 'schemaFiles' | 'migrationsDir' | 'migrations' | 'prisma' | 'catalog'>, project?: string): Verdict {
  if (!a.schemaFiles.length && a.migrationsDir === null && !a.migrations.length) return { icon: '➖', word: 'Nothing to check', decisive: 'no Prisma schema and no migrations were found', context: v.context };
  const why = schemaNotCompared(a);
  if (!why) return v;
  const context = [...v.context, `the Prisma schema${project === undefined ? '' : ` of ${project}`} was not compared with the migrations: ${why}`];
  if (v.word === 'Healthy' || v.word === 'No new findings') return { icon: '⚠️', word: 'Partly checked', decisive: v.word === 'Healthy' ? 'no findings' : 'no new findings', context };
  return { ...v, context };
}

/** The report's first line: `❌ **Failing**: 1 new error at or above fail-on \`error\` · 2 errors already on the base branch`. */
export function headline(v: Verdict): string {
  return `${v.icon} **${v.word}**${v.decisive ? `: ${v.decisive}` : ''}${v.context.map((c) => ` · ${c}`).join('')}`;
}

/** The same decision as one sentence, for the executive summary. */
export function sentence(v: Verdict): string {
  return `${v.icon} ${v.word}${v.decisive ? `: ${v.decisive}` : ''}${v.context.length ? `; ${v.context.join('; ')}` : ''}.`;
}

/** `1 new error, 2 existing warnings` (with statuses) or `1 error, 2 warnings`: the counts that are not zero, most severe first. */
function tally(findings: Judged[], withStatus: boolean): string {
  // Counted in one pass: a list can hold every finding of a large history.
  const counts = new Map<string, number>();
  for (const f of findings) {
    const label = withStatus ? `${f.status ?? 'new'} ${f.severity}` : f.severity;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const parts: string[] = [];
  for (const status of withStatus ? (['new', 'existing'] as const) : ([undefined] as const))
    for (const severity of SEVERITY_ORDER) {
      const label = status ? `${status} ${severity}` : severity;
      const n = counts.get(label);
      if (n) parts.push(plural(n, label));
    }
  return parts.join(', ');
}
