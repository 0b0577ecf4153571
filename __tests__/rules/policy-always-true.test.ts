import { auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'policy-always-true';
const found = (line: number, object: string): Found => ({ rule, severity: 'warning', file: MIG, line, object });
const TABLE = 'create table public.posts (id int, author_id uuid, body text);\nalter table public.posts enable row level security;';
const policy = (sql: string) => ({ [MIG]: `${TABLE}\n${sql}` });

auditTable(rule, [
  // docs/rules/policy-always-true.md
  ['docs ❌: FOR ALL TO authenticated USING (true)', policy('create policy "Signed-in users manage posts" on public.posts for all to authenticated using (true);'), [found(3, 'public.posts')]],
  ['docs ✅: public read with USING (true), writes by owner', policy('create policy "Anyone reads posts" on public.posts for select using (true);\ncreate policy "Authors manage their posts" on public.posts for all to authenticated using (auth.uid() = author_id) with check (auth.uid() = author_id);'), []],

  ['INSERT WITH CHECK (true) for anon', policy('create policy p on public.posts for insert to anon with check (true);'), [found(3, 'public.posts')]],
  ['UPDATE USING (true)', policy('create policy p on public.posts for update using (true);'), [found(3, 'public.posts')]],
  ['UPDATE with an owner USING and WITH CHECK (true)', policy('create policy p on public.posts for update to authenticated using (auth.uid() = author_id) with check (true);'), [found(3, 'public.posts')]],
  ['DELETE USING (true) TO public', policy('create policy p on public.posts for delete to public using (true);'), [found(3, 'public.posts')]],
  ['only the constant true counts: a string cast to boolean is not read', policy("create policy p on public.posts for delete to anon using ('t'::boolean);"), []],
  ['true::boolean', policy('create policy p on public.posts for delete to anon using (true::boolean);'), [found(3, 'public.posts')]],
  ['SELECT USING (true) is a deliberate public read', policy('create policy p on public.posts for select to anon using (true);'), []],
  ['service_role only: not a client', policy('create policy p on public.posts for all to service_role using (true);'), []],
  ['RESTRICTIVE true narrows nothing and opens nothing', policy('create policy p on public.posts as restrictive for all to authenticated using (true);'), []],
  ['INSERT without WITH CHECK admits no row: not reported', policy('create policy p on public.posts for insert to anon;'), []],
  ['one report per policy', policy('create policy a on public.posts for insert to anon with check (true);\ncreate policy b on public.posts for delete to anon using (true);'), [found(3, 'public.posts'), found(4, 'public.posts')]],
  ['RLS off: reported too, it is what RLS applies once enabled', { [MIG]: 'create table public.posts (id int);\ncreate policy p on public.posts for all using (true);' }, [found(2, 'public.posts')]],
  ['ALTER POLICY to an owner check clears it', policy('create policy p on public.posts for update to authenticated using (true);\nalter policy p on public.posts using (auth.uid() = author_id);'), []],
]);
