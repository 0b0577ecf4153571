import { describeWithPostgres } from '../helpers/postgres.js';
import { auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'auth-rls-initplan';
const found = (line: number, object = 'public.todos'): Found => ({ rule, severity: 'warning', file: MIG, line, object });
const TODOS = 'create table public.todos (id int primary key, user_id uuid, org_id uuid, claims jsonb);\nalter table public.todos enable row level security;';
const policy = (sql: string) => ({ [MIG]: `${TODOS}\n${sql}` });

auditTable(rule, [
  // docs/rules/auth-rls-initplan.md
  ['docs ❌: auth.uid() called directly', policy('create policy p on public.todos for select using (user_id = auth.uid());'), [found(3)]],
  ['docs ✅: auth.uid() in a scalar subquery', policy('create policy p on public.todos for select using (user_id = (select auth.uid()));'), []],

  ['auth.jwt() in WITH CHECK', policy("create policy p on public.todos for insert with check ((auth.jwt() ->> 'role') = 'admin');"), [found(3)]],
  ['auth.role() and auth.email(), one finding per policy', policy("create policy p on public.todos using (auth.role() = 'authenticated' and auth.email() is not null);"), [found(3)]],
  ['current_setting() directly', policy("create policy p on public.todos using (org_id::text = current_setting('app.org'));"), [found(3)]],
  ['a wrapped call cast to text stays wrapped', policy('create policy p on public.todos using (user_id::text = (select auth.uid())::text);'), []],
  ['inside a subquery that reads a table, the call runs per row of it', policy('create policy p on public.todos using (exists (select 1 from public.todos m where m.user_id = auth.uid()));'), [found(3)]],
  ['wrapped inside such a subquery', policy('create policy p on public.todos using (exists (select 1 from public.todos m where m.user_id = (select auth.uid())));'), []],
  ['an argument of a helper is still per row', policy('create function public.is_org_member(o uuid, u uuid) returns boolean language sql as $$ select true $$;\ncreate policy p on public.todos using (public.is_org_member(org_id, auth.uid()));'), [found(4)]],
  ['other functions are not session functions', policy('create policy p on public.todos using (user_id is not null and now() > now() - interval \'1 day\');'), []],
  ['no RLS on the table: its policies are never evaluated', { [MIG]: 'create table public.todos (id int, user_id uuid);\ncreate policy p on public.todos using (user_id = auth.uid());' }, []],
  ['ALTER POLICY that wraps the call resolves it', policy('create policy p on public.todos using (user_id = auth.uid());\nalter policy p on public.todos using (user_id = (select auth.uid()));'), []],
  ['the line is the policy\'s', policy('\n\ncreate policy p on public.todos\n  using (user_id = auth.uid());'), [found(5)]],
]);

describeWithPostgres('what PostgreSQL 15 plans for a policy calling auth.uid()', (pg) => {
  /** The plan of a client's `select * from todos` under a policy with `using`, as the authenticated role. */
  const plan = (db: string, using: string): string => {
    pg.createDb(db, `create table public.todos (id int primary key, user_id uuid);
alter table public.todos enable row level security;
grant select on public.todos to authenticated;
create policy p on public.todos for select to authenticated using (${using});`);
    try {
      return pg.rows(db, 'set role authenticated; explain (costs off) select * from public.todos;').join('\n');
    } finally {
      pg.dropDb(db);
    }
  };

  test('called directly, it is part of the per-row filter', () => {
    const p = plan('initplan_direct', 'user_id = auth.uid()');
    expect(p).not.toContain('InitPlan');
    expect(p).toMatch(/Filter: .*current_setting/);
  });

  test('wrapped in (select …), it runs once as an InitPlan', () => {
    const p = plan('initplan_wrapped', 'user_id = (select auth.uid())');
    expect(p).toContain('InitPlan');
    expect(p).not.toMatch(/Filter: .*current_setting/);
  });
});
