/**
 * What the reports say of a verified analysis (no database needed: the verification is stated): the Markdown
 * report's "live verification" line and its ✔, the JSON contract's `verified` and `verification`, SARIF's property,
 * the text output's line.
 */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/analyze.js';
import { loadConfig } from '../../src/config.js';
import { jsonReport } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { RULES } from '../../src/rules/index.js';
import { diskSnapshot } from '../../src/sources/snapshot.js';
import type { Finding } from '../../src/types.js';
import { withVerification } from '../../src/verify/tree.js';

const snapshot = diskSnapshot('examples/saas-app');
const analysis = await analyze(snapshot, loadConfig(snapshot, { knownRules: RULES.map((r) => r.id) }));
const confirmed = analysis.findings.filter((f) => f.rule === 'missing-rls');
const dropped = analysis.findings.filter((f) => f.rule === 'rls-no-policy');
const added: Finding = { rule: 'migration-fails', severity: 'error', message: 'Fails on a database built from the migrations before it: boom.', file: 'supabase/migrations/20250106000000_metrics_log.sql', line: 5, verified: true };
const findings = [...analysis.findings.filter((f) => !dropped.includes(f)).map((f) => (confirmed.includes(f) ? { ...f, verified: true } : f)), added];
const verifiedAnalysis = withVerification(analysis, {
  findings, confirmed, dropped, added: [added], notes: [], database: 'PGlite 0.5.17 (PostgreSQL 18.7)',
});

test('the analysis carries the counts, the verified findings and nothing else changed', () => {
  expect(verifiedAnalysis.verification).toEqual({ database: 'PGlite 0.5.17 (PostgreSQL 18.7)', confirmed: 1, dropped: 1, added: 1 });
  expect(verifiedAnalysis.findings.filter((f) => f.verified).map((f) => f.rule)).toEqual(['missing-rls', 'migration-fails']);
  expect({ ...verifiedAnalysis, findings: analysis.findings, verification: undefined }).toEqual({ ...analysis, verification: undefined });
});

test('the Markdown report says what live verification did, and marks each verified finding with ✔', () => {
  const markdown = renderMarkdown(verifiedAnalysis);
  expect(markdown).toContain('- **Checked on a real database:** live verification on PGlite 0.5.17 \\(PostgreSQL 18.7\\): 1 confirmed, 1 dropped, 1 added (✔ marks a verified finding)');
  expect(markdown.split('\n').filter((l) => l.endsWith(' ✔')).map((l) => l.slice(0, 40))).toEqual([
    '- `supabase/migrations/20250106000000_me',
    '- `public.workflow_runs` at `supabase/mi',
  ]);
  expect(renderMarkdown(analysis)).not.toContain('✔');
});

test('the JSON contract has `verified` on verified findings and the `verification` counts', () => {
  const json = jsonReport(verifiedAnalysis, '1.2.3');
  expect(json.verification).toEqual(verifiedAnalysis.verification);
  expect(json.findings.filter((f) => 'verified' in f).map((f) => [f.rule, f.verified])).toEqual([['missing-rls', true], ['migration-fails', true]]);
  expect('verification' in jsonReport(analysis, '1.2.3')).toBe(false);
});

test('SARIF carries `verified` as a result property, and stays valid SARIF 2.1.0', () => {
  const { $schema: _draft04, id, ...schema } = JSON.parse(readFileSync(new URL('../report/fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
  const validate = new Ajv({ strict: false, validateFormats: false }).compile({ $id: id, ...schema });
  const log = renderSarif(verifiedAnalysis.findings, RULES, '1.2.3');
  expect(validate(log)).toBe(true);
  expect(log.runs[0]!.results!.filter((r) => r.properties).map((r) => [r.ruleId, r.properties])).toEqual([['missing-rls', { verified: true }], ['migration-fails', { verified: true }]]);
});

test('the text output ends with the live verification line before the tally', () => {
  const text = renderText({ projects: [{ project: { root: '.', schema: [], migrations: null, layout: null }, analysis: verifiedAnalysis }], merged: verifiedAnalysis, notes: [] });
  expect(text.split('\n').slice(-2)).toEqual([
    'live verification on PGlite 0.5.17 (PostgreSQL 18.7): 1 confirmed, 1 dropped, 1 added',
    '65 finding(s): 4 error(s), 46 warning(s), 15 notice(s) in 12 migration file(s) and prisma/schema.prisma',
  ]);
});
