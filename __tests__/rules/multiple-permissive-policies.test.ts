import { auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'multiple-permissive-policies';
const found = (line: number, object = 'public.projects'): Found => ({ rule, severity: 'notice', file: MIG, line, object });
const PROJECTS = 'create table public.projects (id uuid primary key, owner_id uuid, is_public boolean);\nalter table public.projects enable row level security;';
const tree = (sql: string) => ({ [MIG]: `${PROJECTS}\n${sql}` });

auditTable(rule, [
  // docs/rules/multiple-permissive-policies.md
  ['docs ❌: two SELECT policies for authenticated, reported at the second', tree('create policy a on public.projects for select to authenticated using (owner_id = (select auth.uid()));\ncreate policy b on public.projects for select to authenticated using (is_public);'), [found(4)]],
  ['docs ✅: one policy with both conditions', tree('create policy a on public.projects for select to authenticated using (is_public or owner_id = (select auth.uid()));'), []],

  ['different commands do not overlap', tree('create policy a on public.projects for select using (true);\ncreate policy b on public.projects for update using (true);'), []],
  ['different roles do not overlap', tree('create policy a on public.projects for select to anon using (true);\ncreate policy b on public.projects for select to authenticated using (true);'), []],
  ['FOR ALL overlaps FOR SELECT', tree('create policy a on public.projects for all to authenticated using (true);\ncreate policy b on public.projects for select to authenticated using (true);'), [found(4)]],
  ['two FOR ALL policies: one finding for the four commands', tree('create policy a on public.projects using (true);\ncreate policy b on public.projects using (true);'), [found(4)]],
  ['PUBLIC overlaps authenticated', tree('create policy a on public.projects for select using (true);\ncreate policy b on public.projects for select to authenticated using (true);'), [found(4)]],
  ['a restrictive policy is ANDed, not ORed', tree('create policy a on public.projects for select using (true);\ncreate policy b on public.projects as restrictive for select using (true);'), []],
  ['service_role bypasses RLS: its policies are never evaluated', tree('create policy a on public.projects for select to service_role using (true);\ncreate policy b on public.projects for select to service_role using (true);'), []],
  ['no RLS: no policy is evaluated', { [MIG]: 'create table public.projects (id int);\ncreate policy a on public.projects using (true);\ncreate policy b on public.projects using (true);' }, []],
  ['a dropped policy no longer overlaps', tree('create policy a on public.projects for select using (true);\ncreate policy b on public.projects for select using (true);\ndrop policy a on public.projects;'), []],
]);
