import { analysis, auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'rls-column-unindexed';
const found = (line: number, object: string): Found => ({ rule, severity: 'notice', file: MIG, line, object });
const TODOS = 'create table public.todos (id int primary key, user_id uuid, org_id uuid);\nalter table public.todos enable row level security;';
const tree = (sql: string) => ({ [MIG]: `${TODOS}\n${sql}` });
const MEMBER = 'create function public.is_org_member(o uuid) returns boolean language sql as $$ select true $$;';

auditTable(rule, [
  // docs/rules/rls-column-unindexed.md
  ['docs ❌: user_id compared with auth.uid(), no index', tree('create policy p on public.todos for select using (user_id = (select auth.uid()));'), [found(3, 'public.todos.user_id')]],
  ['docs ✅: an index on user_id', tree('create index on public.todos (user_id);\ncreate policy p on public.todos for select using (user_id = (select auth.uid()));'), []],

  ['auth.uid() on the left, unwrapped, column qualified', tree('create policy p on public.todos using (auth.uid() = todos.user_id);'), [found(3, 'public.todos.user_id')]],
  ['a column passed to a membership helper', tree(`${MEMBER}\ncreate policy p on public.todos using (public.is_org_member(org_id));`), [found(4, 'public.todos.org_id')]],
  ['an index that only has the column second does not count', tree('create index on public.todos (org_id, user_id);\ncreate policy p on public.todos using (user_id = auth.uid());'), [found(4, 'public.todos.user_id')]],
  ['a composite index that leads with it counts', tree('create index on public.todos (user_id, org_id);\ncreate policy p on public.todos using (user_id = auth.uid());'), []],
  ['the primary key counts', tree('create policy p on public.todos using (id::text = auth.uid()::text);'), []],
  ['a unique constraint counts', tree('alter table public.todos add constraint u unique (user_id);\ncreate policy p on public.todos using (user_id = auth.uid());'), []],
  ['one finding per column, at the first policy using it', tree('create policy a on public.todos for select using (user_id = auth.uid());\ncreate policy b on public.todos for delete using (user_id = auth.uid());'), [found(3, 'public.todos.user_id')]],
  ['columns of other tables in a subquery are not this table\'s', tree('create table public.members (org_id uuid, user_id uuid);\ncreate policy p on public.todos using (org_id in (select org_id from public.members where user_id = auth.uid()));'), []],
  ['no RLS on the table', { [MIG]: 'create table public.todos (id int, user_id uuid);\ncreate policy p on public.todos using (user_id = auth.uid());' }, []],
]);

test('the fix is kept: it creates the index the re-audit then finds', async () => {
  const a = await analysis(tree('create policy p on public.todos using (user_id = auth.uid());'));
  expect(a.findings.find((f) => f.rule === rule)?.fix).toBe('CREATE INDEX IF NOT EXISTS todos_user_id_idx ON public.todos (user_id);');
});
