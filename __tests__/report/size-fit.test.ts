import { ItemList, fixed, folded, join } from '../../src/report/blocks.js';
import { groupByRule, sortFindings } from '../../src/report/format.js';
import { markdownReport, renderMarkdown } from '../../src/report/markdown.js';
import { PullRequestBlock } from '../../src/report/sections/pull-request.js';
import { Recommendations } from '../../src/report/sections/recommendations.js';
import type { DiffResult, DiffedFinding } from '../../src/types.js';
import { INIT, MIGRATIONS, ORGS, diffed, finding } from './build.js';
import { orgApp } from './fixtures.js';

/**
 * The size fit chooses a level of detail by adding the lengths of blocks and renders only the level it keeps: a length
 * that differs from its block's text would post a comment over GitHub's limit, or shorten one that fitted.
 */

const measuredAndRendered = (b: { length: number; text(): string }) => [b.length, b.text().length];

test.each([
  ['a block', fixed('## Title')],
  ['no items', new ItemList(['a', 'bb']).first(0, ', ')],
  ['some items', new ItemList(['a', 'bb', 'ccc']).first(2, ', ')],
  ['all items', new ItemList(['a', 'bb', 'ccc']).first(3, '\n\n')],
  ['blocks joined', join([fixed('x'), new ItemList(['a', 'bb']).first(2, ', '), fixed('')], '\n\n')],
  ['nothing joined', join([], '\n')],
  ['a short table, not folded', folded('3 rows', fixed('| a |'), 3)],
  ['a long table, folded into details', folded('11 rows', fixed('| a |'), 11)],
])('%s measures what it renders', (_what, block) => {
  const [measured, rendered] = measuredAndRendered(block);
  expect(measured).toBe(rendered);
});

// Enough findings of one rule that the list folds, with and without fixes, new and existing.
const findings: DiffedFinding[] = [
  ...orgApp().findings.map((f, i) => diffed(f, i % 2 ? 'new' : 'existing')),
  ...Array.from({ length: 12 }, (_, i) => diffed(finding('missing-rls', `public.t${i}`, { file: ORGS, line: i + 1, ...(i % 3 ? { fix: `ALTER TABLE public.t${i} ENABLE ROW LEVEL SECURITY;` } : {}) }), i < 7 ? 'new' : 'existing')),
];

test('recommendations measure what they render at every number of findings listed, with and without fixes', () => {
  const current = sortFindings(findings);
  const recommendations = new Recommendations(groupByRule(current), () => 'They are left out.');
  for (const fixes of [true, false]) {
    for (let listed = 0; listed <= current.length + 1; listed++) {
      const [measured, rendered] = measuredAndRendered(recommendations.block(fixes, listed));
      expect({ fixes, listed, measured }).toEqual({ fixes, listed, measured: rendered });
    }
  }
});

test('the pull request block measures what it renders in every form and at every number of errors named', () => {
  const diff: DiffResult = {
    findings: [...findings, diffed(finding('missing-rls', 'public.old', { file: INIT, line: 4 }), 'resolved')],
    changes: [{ file: ORGS, change: 'added' }, { file: `${MIGRATIONS}/b.sql`, change: 'renamed', from: `${MIGRATIONS}/a.sql` }],
  };
  const newFindings = sortFindings(diff.findings.filter((f) => f.status === 'new'));
  const block = new PullRequestBlock({ diff, base: 'main', head: 'topic' }, newFindings);
  const errors = newFindings.filter((f) => f.severity === 'error').length;
  for (const form of [0, 1, 2] as const) {
    for (let named = 0; named <= errors + 1; named++) {
      const [measured, rendered] = measuredAndRendered(block.block(form, named));
      expect({ form, named, measured }).toEqual({ form, named, measured: rendered });
    }
  }
});

test('at every limit down to a few hundred characters the report fits, through every stage of shortening', () => {
  const a = orgApp();
  const diff: DiffResult = { findings: [...findings, diffed(finding('missing-rls', 'public.old'), 'resolved')], changes: [{ file: ORGS, change: 'added' }] };
  const opts = { pr: { diff, base: 'main', head: 'topic' }, fullReportHint: 'the job summary', marker: '<!-- sg -->' };
  const full = renderMarkdown(a, opts).length;
  const stages = new Set<string>();
  for (let limit = full; limit >= 300; limit -= 11) {
    const md = renderMarkdown(a, { ...opts, maxLength: limit });
    expect(md.length).toBeLessThanOrEqual(limit);
    stages.add(/Left out: (.*)\. The full/.exec(md)?.[1]?.split('; ').pop() ?? 'nothing');
  }
  expect([...stages]).toEqual(expect.arrayContaining([
    'nothing', 'the details of validation queries', 'the fixes under Recommendations', 'the messages and fixes of the new findings',
    'the objects of new warnings and notices, the resolved findings and the changed files',
  ]));
});

test('a report built once renders each size and hint as a report built for it does, in any order', () => {
  const a = orgApp();
  const diff: DiffResult = { findings, changes: [{ file: ORGS, change: 'added' }] };
  const content = { pr: { diff, base: 'main', head: 'topic' } };
  const built = markdownReport(a, content);
  const fits = [
    {},
    { maxLength: 3000, fullReportHint: 'the job summary', marker: '<!-- sg -->' },
    { maxLength: 1500, fullReportHint: 'the report file' },
    { maxLength: 3000 },
    {},
  ];
  const rendered = fits.map((fit) => built.render(fit));
  expect(rendered).toEqual(fits.map((fit) => renderMarkdown(a, { ...content, ...fit })));
  expect(rendered[1]).toMatch(/full report is in the job summary/);
  expect(rendered[2]).toMatch(/full report is in the report file/);
  expect(rendered[3]).not.toMatch(/full report is in/);
});
