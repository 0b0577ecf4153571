/**
 * Rules that judge each table on its own remember what they reported about it (PerTable), keyed by the TableInfo that
 * catalogData hands out while a table stands unchanged. The head of a pull request goes on from its base's replay and
 * shares most TableInfos with it: its findings must still be exactly those of an audit of the head alone, whatever the
 * pull request changed.
 */
import { loadConfig } from '../../src/config.js';
import { analyzePullRequest } from '../../src/pull-request.js';
import { auditTree } from '../../src/projects.js';
import { PerTable, type Report } from '../../src/rules/define-rule.js';
import { RULES } from '../../src/rules/index.js';
import type { Finding, TableInfo } from '../../src/types.js';
import { collected } from '../helpers/collected.js';
import { memorySnapshot } from '../helpers/memory-snapshot.js';
import { DATASOURCE, SCHEMA, type Files } from './engine.js';

describe('PerTable', () => {
  const table = (name: string) => ({ schema: 'public', name }) as TableInfo;
  const reports = () => {
    const seen: string[] = [];
    return { seen, report: ((f) => seen.push(f.message)) as Report };
  };

  test('the same table with the same facts is judged once, and what it reported is reported again', () => {
    const perTable = new PerTable();
    const t = table('t');
    let judged = 0;
    const judge = (report: Report) => {
      judged++;
      report({ message: 'one' });
      report({ message: 'two' });
    };
    const first = reports();
    perTable.check(t, first.report, judge, ['public']);
    const again = reports();
    perTable.check(t, again.report, judge, ['public']);
    expect(judged).toBe(1);
    expect(again.seen).toEqual(['one', 'two']);
    expect(first.seen).toEqual(['one', 'two']);
  });

  test.each([
    ['another table', table('u'), ['public']],
    ['other facts', undefined, ['api']],
    ['fewer facts', undefined, []],
  ])('%s: judged again', (_name, other, depends) => {
    const perTable = new PerTable();
    const t = table('t');
    let judged = 0;
    perTable.check(t, reports().report, () => judged++, ['public']);
    perTable.check(other ?? t, reports().report, () => judged++, depends);
    expect(judged).toBe(2);
  });

  test('what it remembers of a table goes with the facts it depended on, though the table stays', async () => {
    const perTable = new PerTable();
    const t = table('t');
    let trialModel: object | undefined = { name: 'Trial' };
    const held = new WeakRef(trialModel);
    perTable.check(t, reports().report, (report) => report({ message: 'trial' }), ['public', trialModel]);
    trialModel = undefined;
    expect(await collected(held)).toBe(true);
    // Still remembered under facts that stay.
    const model = { name: 'Kept' };
    let judged = 0;
    perTable.check(t, reports().report, () => judged++, [model]);
    perTable.check(t, reports().report, () => judged++, [model]);
    expect(judged).toBe(1);
  });

  test('a table that reported nothing reports nothing the second time', () => {
    const perTable = new PerTable();
    const t = table('t');
    perTable.check(t, reports().report, () => {});
    const again = reports();
    perTable.check(t, again.report, (report) => report({ message: 'not judged again' }));
    expect(again.seen).toEqual([]);
  });
});

const MIGRATIONS = 'supabase/migrations';
const base: Files = {
  [`${MIGRATIONS}/20240101000000_init.sql`]: [
    'CREATE TABLE public.orders (id uuid PRIMARY KEY, owner uuid, total int);',
    'CREATE INDEX orders_owner ON public.orders (owner);',
    'ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;',
    'CREATE POLICY mine ON public.orders FOR SELECT USING (owner = auth.uid());',
    'CREATE POLICY everyone ON public.orders FOR UPDATE USING (true) WITH CHECK (true);',
    'CREATE TABLE public.notes (id int PRIMARY KEY, body text);',
    'CREATE TABLE public.untouched (id int PRIMARY KEY);',
    'CREATE INDEX untouched_a ON public.untouched (id);',
    'CREATE INDEX untouched_b ON public.untouched (id);',
  ].join('\n'),
  [SCHEMA]: `${DATASOURCE}
model Order {
  id    String @id @db.Uuid
  owner String? @db.Uuid
  total Int?
  @@index([total])
  @@map("orders")
}

model Note {
  id   Int     @id
  body String?
  tag  String?
  @@map("notes")
}
`,
};

type Change = [status: 'new' | 'resolved', rule: string, object: string];

/**
 * What a pull request adds to `base`, one migration each touching what a remembering rule judges, and the findings it
 * makes new or resolves: stale remembered findings would show here as a change missed.
 */
const CHANGES: [string, string, Change[]][] = [
  ['row level security enabled on a table without it', 'ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;', [['new', 'rls-no-policy', 'public.notes'], ['resolved', 'missing-rls', 'public.notes']]],
  ['row level security disabled, its policies left', 'ALTER TABLE public.orders DISABLE ROW LEVEL SECURITY;', [
    ['new', 'missing-rls', 'public.orders'], ['new', 'rls-disabled-with-policy', 'public.orders'], ['resolved', 'auth-rls-initplan', 'public.orders'],
  ]],
  ['a second permissive policy for the same command', 'DROP POLICY IF EXISTS also_mine ON public.orders;\nCREATE POLICY also_mine ON public.orders FOR SELECT USING (owner IS NOT NULL);', [
    ['new', 'multiple-permissive-policies', 'public.orders'],
  ]],
  ['the always-true policy dropped', 'DROP POLICY IF EXISTS everyone ON public.orders;', [['resolved', 'policy-always-true', 'public.orders']]],
  ['a duplicate index dropped', 'DROP INDEX IF EXISTS public.untouched_b;', [['resolved', 'duplicate-index', 'public.untouched_b']]],
  ['a duplicate index added', 'CREATE INDEX IF NOT EXISTS orders_owner_again ON public.orders (owner);', [['new', 'duplicate-index', 'public.orders_owner_again']]],
  ['the index a model declares added', 'CREATE INDEX IF NOT EXISTS orders_total ON public.orders (total);', [['resolved', 'prisma-index-missing', 'public.orders']]],
  ['a column a model maps added', 'ALTER TABLE public.notes ADD COLUMN IF NOT EXISTS tag text;', [['resolved', 'prisma-column-drift', 'public.notes.tag']]],
  ['a column changed to another type', 'ALTER TABLE public.notes ALTER COLUMN body TYPE int USING 0;', [['new', 'prisma-column-drift', 'public.notes.body']]],
  ['a table nobody looks at added', 'CREATE TABLE IF NOT EXISTS public.audit_log (id int PRIMARY KEY);', [['new', 'missing-model', 'public.audit_log'], ['new', 'missing-rls', 'public.audit_log']]],
];

const comparable = (findings: Finding[]) => findings.map(({ rule, file, line, object, message, fix }) => ({ rule, file, line, object, message, fix }));

test.each(CHANGES)('%s: the pull request shows the change, and its head has the findings of an audit of the head alone', async (_name, sql, changes) => {
  const head: Files = { ...base, [`${MIGRATIONS}/20240201000000_change.sql`]: `${sql}\n` };
  const options = { knownRules: RULES.map((r) => r.id) };
  // Every fix shown, so that the head's findings are an audit's to the letter.
  const result = await analyzePullRequest({ base: memorySnapshot(base), head: memorySnapshot(head) }, options, undefined, undefined, 'all');
  expect(result.diff.findings.filter((f) => f.status !== 'existing').map((f) => [f.status, f.rule, f.object])).toEqual(changes);
  const alone = await auditTree(memorySnapshot(head), loadConfig(memorySnapshot(head), options));
  expect(comparable(result.head.findings)).toEqual(comparable(alone.merged.findings));
});
