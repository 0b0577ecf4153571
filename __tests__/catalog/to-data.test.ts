/**
 * toData reuses what it made of a table, column or policy for as long as the catalog holds it unchanged. The data it
 * gives must be what a fresh replay gives, whatever a fork changed, and a fork's changes must not reach the data of the
 * catalog it came from.
 */
import { Replay } from '../../src/catalog/replay.js';
import { initParser, parseMigration } from '../../src/parse/sql.js';
import type { CatalogData } from '../../src/types.js';

beforeAll(initParser);

const first = [
  'CREATE TABLE t (id uuid PRIMARY KEY, org_id uuid, note text);',
  'ALTER TABLE t ENABLE ROW LEVEL SECURITY;',
  'CREATE POLICY p ON t USING (public.is_org_member(org_id) AND t.org_id IS NOT NULL);',
].join('\n');

const data = (replay: Replay): CatalogData => replay.catalog.toData(() => false);
const table = (d: CatalogData) => d.tables[0]!;

const CHANGES: [string, string][] = [
  ['a helper defined later', 'CREATE FUNCTION public.is_org_member(o uuid) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;'],
  ['a column changed', 'ALTER TABLE t ALTER COLUMN note SET NOT NULL;'],
  ['a policy replaced', 'ALTER POLICY p ON t USING (true);'],
  ['the table renamed', 'ALTER TABLE t RENAME TO u;'],
  ['an index added', 'CREATE INDEX t_org ON t (org_id);'],
  ['an index renamed', 'ALTER INDEX t_pkey RENAME TO t_id;'],
  ['row level security forced', 'ALTER TABLE t FORCE ROW LEVEL SECURITY;'],
  ['a grant to the API', 'GRANT SELECT ON t TO anon;'],
  ['a constraint added', 'ALTER TABLE t ADD CONSTRAINT t_note UNIQUE (note);'],
  ['nothing that touches the table', 'CREATE TABLE other (id int);'],
];

const freshData = (next: string): CatalogData => {
  const fresh = new Replay({ prismaLayout: false });
  fresh.add(parseMigration('1.sql', first));
  fresh.add(parseMigration('2.sql', next));
  return data(fresh);
};

test.each(CHANGES)('%s: a fork gives what a fresh replay gives, and the catalog it came from is unchanged', (_name, next) => {
  const replay = new Replay({ prismaLayout: false });
  replay.add(parseMigration('1.sql', first));
  const before = data(replay);
  const fork = replay.fork();
  fork.add(parseMigration('2.sql', next));

  expect(data(fork)).toEqual(freshData(next));
  expect(data(replay)).toEqual(before);
});

test.each(CHANGES)('%s, applied in place after the data was made: the data is made again', (_name, next) => {
  const replay = new Replay({ prismaLayout: false });
  replay.add(parseMigration('1.sql', first));
  data(replay);
  for (const statement of parseMigration('2.sql', next).statements) replay.catalog.apply(statement, true);
  expect(data(replay)).toEqual(freshData(next));
});

test('what a fork changes shows in its data, and only there', () => {
  const replay = new Replay({ prismaLayout: false });
  replay.add(parseMigration('1.sql', first));
  const fork = replay.fork();
  fork.add(parseMigration('2.sql', [
    'CREATE FUNCTION public.is_org_member(o uuid) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;',
    'ALTER TABLE t ALTER COLUMN note SET NOT NULL;',
  ].join('\n')));
  const describe = (d: CatalogData) => ({ helpers: table(d).policies[0]!.helpers, note: table(d).columns.find((c) => c.name === 'note')!.notNull });
  expect(describe(data(fork))).toEqual({ helpers: ['public.is_org_member'], note: true });
  expect(describe(data(replay))).toEqual({ helpers: [], note: false });
});
