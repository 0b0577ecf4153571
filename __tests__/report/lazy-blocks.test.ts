import { ItemList, fixed, folded, join, tableBlock, type Block } from '../../src/report/blocks.js';
import { table } from '../../src/report/escape.js';
import { groupByRule, sortFindings } from '../../src/report/format.js';
import { PullRequestBlock } from '../../src/report/sections/pull-request.js';
import { Recommendations } from '../../src/report/sections/recommendations.js';
import type { DiffResult, DiffedFinding } from '../../src/types.js';
import { MIGRATIONS, ORGS, diffed, finding } from './build.js';
import { orgApp } from './fixtures.js';

/**
 * A probe against a size limit counts a block's length no further than the limit (`upTo`), and builds list items only
 * as far as it counts: the size fit must still take exactly the decisions that full lengths would give.
 */

/**
 * upTo(cap) is the length when the block fits in cap, and some number over cap when it does not; the pieces it writes
 * are its text.
 */
function expectCapped(b: Block): void {
  const pieces: string[] = [];
  b.write((piece) => pieces.push(piece));
  expect(pieces.join('')).toBe(b.text());
  const length = b.text().length;
  for (let cap = -1; cap <= length + 1; cap++) {
    const n = b.upTo(cap);
    expect({ cap, fits: n <= cap, exact: n <= cap ? n : length }).toEqual({ cap, fits: length <= cap, exact: length });
  }
}

test('a probe under a limit agrees with the full length on every kind of block', () => {
  for (const b of [
    fixed('## Title'),
    join([fixed('x'), new ItemList(['a', 'bb', 'ccc']).first(3, ', '), fixed('')], '\n\n'),
    folded('11 rows', new ItemList(['| a |', '| b |']).first(2, '\n'), 11),
    tableBlock(['Rule', 'What'], 3, (i) => [`r${i}`, 'x'.repeat(i)]),
  ]) expectCapped(b);
});

const findings: DiffedFinding[] = [
  ...orgApp().findings.map((f, i) => diffed(f, i % 2 ? 'new' : 'existing')),
  ...Array.from({ length: 14 }, (_, i) => diffed(finding('missing-rls', `public.t${i}`, { file: ORGS, line: i + 1, ...(i % 3 ? { fix: `ALTER TABLE public.t${i} ENABLE ROW LEVEL SECURITY;` } : {}) }), i < 9 ? 'new' : 'existing')),
];

test('recommendations and the pull request block agree with their full lengths under every limit', () => {
  const current = sortFindings(findings);
  const recommendations = new Recommendations(groupByRule(current), () => 'They are left out.');
  for (const fixes of [true, false]) for (const listed of [0, 3, current.length]) expectCapped(recommendations.block(fixes, listed));
  const diff: DiffResult = {
    findings: [...findings, diffed(finding('missing-rls', 'public.old', { file: ORGS, line: 4 }), 'resolved')],
    changes: [{ file: ORGS, change: 'added' }, { file: `${MIGRATIONS}/b.sql`, change: 'renamed', from: `${MIGRATIONS}/a.sql` }],
  };
  const block = new PullRequestBlock({ diff, base: 'main', head: 'topic' }, sortFindings(diff.findings.filter((f) => f.status === 'new')));
  for (const form of [0, 1, 2] as const) expectCapped(block.block(form, 2));
});

test('a table built row by row is the table built at once, whatever its cells hold', () => {
  const header = ['#', 'Rule', 'What'];
  const rows = [['1', '`a|b`', 'pipe \\| escaped'], ['2', '', ' padded '], ['3', 'ünïcödé ✔', '']];
  expect(tableBlock(header, rows.length, (i) => rows[i]!).text()).toBe(table(header, rows));
  expect(tableBlock(header, 0, () => []).text()).toBe(table(header, []));
});

test('a probe builds the items it counts and no more', () => {
  let built = 0;
  const list = new ItemList({ size: 100_000, item: (i) => { built++; return `- item ${i}`; } });
  const block = list.first(100_000, '\n');
  expect(block.upTo(100) > 100).toBe(true);
  expect(built).toBe(12);
  // The text of a prefix builds only that prefix, reusing what the probe built.
  expect(list.first(20, '\n').text().split('\n')).toHaveLength(20);
  expect(built).toBe(20);
});
