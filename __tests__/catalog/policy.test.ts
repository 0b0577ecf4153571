import { Replay } from '../../src/catalog/replay.js';
import { initParser, parseMigration } from '../../src/parse/sql.js';

beforeAll(initParser);

const setup = [
  'CREATE TABLE t (id int, user_id uuid, org_id uuid, status text);',
  'CREATE FUNCTION public.is_org_member(o uuid) RETURNS boolean LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$ SELECT true $$;',
  "CREATE FUNCTION public.is_published(s text) RETURNS boolean LANGUAGE sql AS $f$ SELECT s = 'published' $f$;",
].join('\n');

/** What the catalog says a policy allows, and which of the migrations' functions it relies on. */
function allows(policy: string) {
  const replay = new Replay({ prismaLayout: false });
  replay.add(parseMigration('m.sql', `${setup}\n${policy}`));
  const [p] = replay.catalog.toData(() => false).tables[0]!.policies;
  return [p!.allows, p!.helpers];
}

test.each([
  ['own rows', 'CREATE POLICY p ON t FOR ALL TO authenticated USING (auth.uid() = user_id);', 'own-rows', []],
  ['own rows through a sub-select', 'CREATE POLICY p ON t USING ((SELECT auth.uid()) = user_id);', 'own-rows', []],
  ['organisation membership through a helper', 'CREATE POLICY p ON t FOR SELECT USING (is_org_member(org_id));', 'org-membership', ['public.is_org_member']],
  ['service role by role', 'CREATE POLICY p ON t TO service_role USING (true);', 'service-role', []],
  ['service role by JWT claim', "CREATE POLICY p ON t USING (auth.jwt() ->> 'role' = 'service_role');", 'service-role', []],
  ['public read', 'CREATE POLICY p ON t FOR SELECT USING (true);', 'public-read', []],
  ['public write', 'CREATE POLICY p ON t FOR INSERT WITH CHECK (true);', 'public', []],
  ['any signed-in user', 'CREATE POLICY p ON t FOR SELECT TO authenticated USING (true);', 'authenticated', []],
  ['a rule of its own, through a helper', 'CREATE POLICY p ON t FOR SELECT USING (is_published(status));', 'custom', ['public.is_published']],
  ['a built-in is no helper', "CREATE POLICY p ON t FOR SELECT USING (lower(status) = 'published');", 'custom', []],
])('%s', (_name, policy, words, helpers) => {
  expect(allows(policy)).toEqual([words, helpers]);
});

describe('ALTER POLICY changes what the policy is described as', () => {
  const altered = (alter: string) => {
    const replay = new Replay({ prismaLayout: false });
    replay.add(parseMigration('m.sql', `${setup}\nCREATE POLICY p ON t FOR SELECT USING (true);\n${alter}`));
    const [p] = replay.catalog.toData(() => false).tables[0]!.policies;
    return { name: p!.name, allows: p!.allows, roles: p!.roles, helpers: p!.helpers };
  };

  test.each([
    ['USING narrows it', 'ALTER POLICY p ON t USING (auth.uid() = user_id);', { name: 'p', allows: 'own-rows', roles: ['public'], helpers: [] }],
    ['TO names its roles, and keeps its condition', 'ALTER POLICY p ON t TO authenticated;', { name: 'p', allows: 'authenticated', roles: ['authenticated'], helpers: [] }],
    ['WITH CHECK adds to it', 'ALTER POLICY p ON t WITH CHECK (is_org_member(org_id));', { name: 'p', allows: 'org-membership', roles: ['public'], helpers: ['public.is_org_member'] }],
    ['RENAME TO renames it', 'ALTER POLICY p ON t RENAME TO readable;', { name: 'readable', allows: 'public-read', roles: ['public'], helpers: [] }],
  ])('%s', (_name, alter, expected) => {
    expect(altered(alter)).toEqual(expected);
  });
});

describe('the catalog keeps what it reads of a policy expression, not its syntax tree', () => {
  const replayed = (sql: string) => {
    const replay = new Replay({ prismaLayout: false });
    replay.add(parseMigration('m.sql', `${setup}\n${sql}`));
    return replay.catalog;
  };
  /** The PascalCase keys a syntax tree's nodes are wrapped in (`A_Expr`, `FuncCall`), anywhere in a value. */
  const nodeKinds = (value: unknown): string[] =>
    value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [...(/^[A-Z]/.test(k) ? [k] : []), ...nodeKinds(v)]) : [];

  test('a stored policy holds no node of its expressions', () => {
    const catalog = replayed("CREATE POLICY p ON t USING (auth.uid() = user_id AND status IN (SELECT 'authenticated')) WITH CHECK (is_org_member(org_id));");
    const stored = catalog.table('public.t')!.policies.get('p');
    expect(nodeKinds(stored)).toEqual([]);
    expect(stored).toMatchObject({ using: { isTrue: false, calls: ['auth.uid'], spells: ['authenticated'], perRowCalls: ['auth.uid'] }, check: { calls: ['is_org_member'] } });
  });

  test('policies with expressions alike on two tables share one object of facts, and unlike ones do not', () => {
    const catalog = replayed([
      'CREATE TABLE u (id int, user_id uuid);',
      'CREATE POLICY p ON t USING (auth.uid() = user_id);',
      'CREATE POLICY p ON u USING (auth.uid() = user_id);',
      'CREATE POLICY q ON u USING (auth.uid() = id);',
    ].join('\n'));
    const using = (table: string, policy: string) => catalog.table(`public.${table}`)!.policies.get(policy)!.using;
    expect(using('t', 'p')).toBe(using('u', 'p'));
    expect(using('u', 'q')).not.toBe(using('u', 'p'));
    expect(using('u', 'q')!.keyCandidates).toEqual([{ column: 'id', via: 'auth.uid' }]);
  });

  test.each([
    ['ALTER POLICY … WITH CHECK keeps what USING gives', 'CREATE POLICY p ON t USING (true);\nALTER POLICY p ON t WITH CHECK (user_id = auth.uid());', { usingTrue: true, perRowCalls: ['auth.uid'], keyColumns: [{ column: 'user_id', via: 'auth.uid' }] }],
    ['ALTER POLICY … USING keeps what WITH CHECK gives', 'CREATE POLICY p ON t FOR UPDATE USING (auth.uid() = user_id) WITH CHECK (true);\nALTER POLICY p ON t USING (is_org_member(t.org_id));', { checkTrue: true, perRowCalls: [], keyColumns: [{ column: 'org_id', via: 'is_org_member' }] }],
    ['a column of another table is no key of this one', 'CREATE POLICY p ON t USING (other.user_id = auth.uid() OR t.org_id = auth.uid());', { perRowCalls: ['auth.uid', 'auth.uid'], keyColumns: [{ column: 'org_id', via: 'auth.uid' }] }],
  ])('%s', (_name, sql, expected) => {
    const [p] = replayed(sql).toData(() => false).tables[0]!.policies;
    expect(p).toMatchObject(expected);
  });
});
