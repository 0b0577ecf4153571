import { analysis, auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'rpc-security-definer';
const found = (line: number, object: string): Found => ({ rule, severity: 'warning', file: MIG, line, object });
const DEFINER = "create function public.f(a int) returns int language sql security definer set search_path = '' as 'select 1';";

auditTable(rule, [
  // docs/rules/rpc-security-definer.md
  ['docs ❌: SECURITY DEFINER in public, executable by everyone', { [MIG]: DEFINER }, [found(1, 'public.f')]],
  ['docs ✅: EXECUTE revoked from PUBLIC, anon and authenticated', { [MIG]: `${DEFINER}\nrevoke execute on function public.f(int) from public, anon, authenticated;` }, []],

  ['REVOKE from PUBLIC alone leaves the grants to anon and authenticated', { [MIG]: `${DEFINER}\nrevoke execute on function public.f(int) from public;` }, [found(1, 'public.f')]],
  ['REVOKE ALL counts as EXECUTE', { [MIG]: `${DEFINER}\nrevoke all on function public.f from public, anon, authenticated;` }, []],
  ['REVOKE on ALL FUNCTIONS IN SCHEMA', { [MIG]: `${DEFINER}\nrevoke execute on all functions in schema public from public, anon, authenticated;` }, []],
  ['a later GRANT to authenticated reaches it again', { [MIG]: `${DEFINER}\nrevoke execute on function public.f(int) from public, anon, authenticated;\ngrant execute on function public.f(int) to authenticated;` }, [found(3, 'public.f')]],
  ['REVOKE of another overload leaves it reported', { [MIG]: `${DEFINER}\nrevoke execute on function public.f(text) from public, anon, authenticated;` }, [found(1, 'public.f')]],
  ['REVOKE GRANT OPTION FOR keeps the privilege', { [MIG]: `${DEFINER}\nrevoke grant option for execute on function public.f(int) from public, anon, authenticated;` }, [found(1, 'public.f')]],
  ['CREATE OR REPLACE keeps the revoke', { [MIG]: `${DEFINER}\nrevoke execute on function public.f(int) from public, anon, authenticated;\n${DEFINER.replace('create', 'create or replace')}` }, []],
  ['DROP and CREATE again gets the default privileges back', { [MIG]: `${DEFINER}\nrevoke execute on function public.f(int) from public, anon, authenticated;\ndrop function public.f(int);\n${DEFINER}` }, [found(4, 'public.f')]],
  ['default privileges revoked globally from PUBLIC and in public from anon and authenticated', {
    [MIG]: `alter default privileges revoke execute on functions from public;\nalter default privileges in schema public revoke execute on functions from anon, authenticated;\n${DEFINER}`,
  }, []],
  ['a per-schema default revoke from PUBLIC does not take back the global grant', {
    [MIG]: `alter default privileges in schema public revoke execute on functions from public, anon, authenticated;\n${DEFINER}`,
  }, [found(2, 'public.f')]],
  ['default privileges of another role do not apply', {
    [MIG]: `alter default privileges for role supabase_admin revoke execute on functions from public;\nalter default privileges for role supabase_admin in schema public revoke execute on functions from anon, authenticated;\n${DEFINER}`,
  }, [found(3, 'public.f')]],
  ['a REVOKE built at run time: who may execute it is unknown, so not reported', { [MIG]: `${DEFINER}\ndo $$ declare r record; begin for r in select oid::regprocedure as f from pg_proc where proname = 'f' loop execute format('revoke execute on function %s from public, anon, authenticated', r.f); end loop; end $$;` }, []],
  ['trigger functions cannot be called over RPC', { [MIG]: "create function public.t() returns trigger language plpgsql security definer set search_path = '' as 'begin return new; end';" }, []],
  ['procedures cannot be called over RPC', { [MIG]: "create procedure public.p() language sql security definer as 'select 1';" }, []],
  ['SECURITY INVOKER is not reported', { [MIG]: "create function public.f() returns int language sql as 'select 1';" }, []],
  ['a schema the API does not expose is not reported', { [MIG]: "create schema private;\ncreate function private.f() returns int language sql security definer set search_path = '' as 'select 1';" }, []],
  ['ALTER FUNCTION … SECURITY DEFINER, reported there', { [MIG]: "create function public.f() returns int language sql as 'select 1';\nalter function public.f() security definer;" }, [found(2, 'public.f')]],
]);

test('the fix is shown: after the REVOKE the re-audit no longer reports it', async () => {
  const f = (await analysis({ [MIG]: DEFINER })).findings.find((x) => x.rule === rule);
  expect(f?.fix).toBe('REVOKE EXECUTE ON FUNCTION public.f(integer) FROM PUBLIC, anon, authenticated;');
});

test('a function policies call gets no fix: the policies need EXECUTE for the roles they apply to', async () => {
  const policy = 'create table public.t (id int);\nalter table public.t enable row level security;\ncreate policy p on public.t for select to authenticated using (public.f(id) = 1);';
  const f = (await analysis({ [MIG]: `${DEFINER}\n${policy}` })).findings.find((x) => x.rule === rule);
  expect(f).toMatchObject({ object: 'public.f', line: 1 });
  expect(f?.fix).toBeUndefined();
  expect(f?.message).toContain('Policies call it');
});

test('a policy on a platform table (storage.objects) counts too', async () => {
  const policy = "create policy p on storage.objects for select to authenticated using (bucket_id = 'files' and public.f(1) = 1);";
  const f = (await analysis({ [MIG]: `${DEFINER}\n${policy}` })).findings.find((x) => x.rule === rule);
  expect(f?.fix).toBeUndefined();
});
