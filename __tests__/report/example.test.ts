import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../../src/analyze.js';
import { loadConfig } from '../../src/config.js';
import { analyzePullRequest } from '../../src/pull-request.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { RULES } from '../../src/rules/index.js';
import { diskSnapshot } from '../../src/sources/snapshot.js';
import type { Snapshot } from '../../src/types.js';

/** The Schema Health Report of the bundled example app: what the README shows and the action posts. */
async function exampleReport(): Promise<string> {
  const snapshot = diskSnapshot('examples/saas-app');
  const analysis = await analyze(snapshot, loadConfig(snapshot, { knownRules: RULES.map((r) => r.id) }));
  return renderMarkdown(analysis);
}

test('the example app renders the same report', async () => {
  expect(await exampleReport()).toMatchSnapshot();
});

test('the report states the example app’s drifts as facts', async () => {
  const report = await exampleReport();
  expect(report).toMatch(/^❌ \*\*Failing\*\*: 3 errors at or above fail-on `error` · 46 warnings, 16 notices below it$/m);
  expect(report).toContain('| `public.workflow_runs` | ❌ off | no | 0 | – |');
  expect(report).toContain('| `public.metrics_log` | ✅ on | no | 0 | nothing: no policy, so API clients see no rows |');
  expect(report).toContain('| `ApiKey` | `public.api_keys` | `prisma/schema.prisma:249` | ❌ No migration creates it (`missing-table`, see Recommendations) |');
  expect(report).toContain('| `supabase/migrations/2025-11-05_telemetry.sql` | ⏭️ Skipped | 5 | – |');
  expect(report).toContain('| `public.purge_expired_sessions()` | 0 | yes | ❌ not set |');
  expect(report).toContain("('public.workflow_runs', false, false)");
});

/**
 * The comment the action posts on a pull request that adds the example's workflow_runs migration. The README and
 * docs/example-pr-comment.md show it; this test keeps them equal to what the engine renders (UPDATE_EXAMPLE=1 rewrites them).
 */
test('the README and docs show the PR comment the engine renders', async () => {
  const head = diskSnapshot('examples/saas-app');
  const base: Snapshot = { label: 'base', files: () => head.files().filter((f) => !f.endsWith('20251105_workflow_runs.sql')), read: head.read };
  const { head: after, diff, silencing, fixes } = await analyzePullRequest({ base, head }, { knownRules: RULES.map((r) => r.id) });
  const comment = renderMarkdown(after, { pr: { diff, base: 'main', head: 'add-workflow-runs', silencing, fixes }, maxLength: 65536, fullReportHint: 'the job summary of the latest Schema Guardian run' });
  const excerpt = comment.slice(0, comment.indexOf('\n## Executive summary')).trimEnd();
  const readme = readFileSync('README.md', 'utf8');
  const block = /(<!-- example-comment:start -->\n)([\s\S]*?)(\n<!-- example-comment:end -->)/;
  if (process.env.UPDATE_EXAMPLE) {
    writeFileSync('docs/example-pr-comment.md', comment);
    writeFileSync('README.md', readme.replace(block, (_m, a, _b, c) => `${a}${excerpt}${c}`));
  }
  expect(readFileSync('docs/example-pr-comment.md', 'utf8')).toBe(comment);
  expect(block.exec(readFileSync('README.md', 'utf8'))?.[2]).toBe(excerpt);
});
