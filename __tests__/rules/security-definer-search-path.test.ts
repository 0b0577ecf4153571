import { analysis, auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'security-definer-search-path';
const found = (line: number, object: string): Found => ({ rule, severity: 'warning', file: MIG, line, object });
const DEFINER = "create function public.f(a int) returns int language sql security definer as 'select 1';";

auditTable(rule, [
  // docs/rules/security-definer-search-path.md
  ['docs ❌: SECURITY DEFINER without search_path', { [MIG]: DEFINER }, [found(1, 'public.f')]],
  ['docs ✅: search_path pinned in the definition', { [MIG]: "create function public.f(a int) returns int language sql security definer set search_path = public, pg_temp as 'select 1';" }, []],
  ['docs ✅: search_path pinned by a later ALTER FUNCTION', { [MIG]: `${DEFINER}\nalter function public.f(int) set search_path = '';` }, []],

  ['SECURITY INVOKER (the default) is not reported', { [MIG]: "create function public.f() returns int language sql as 'select 1';" }, []],
  ['a function in another schema is reported too: the caller still picks the path', { [MIG]: "create schema private;\ncreate function private.f() returns int language sql security definer as 'select 1';" }, [found(2, 'private.f')]],
  ['RESET search_path makes it unsafe again, reported there', { [MIG]: "create function public.f() returns int language sql security definer set search_path = public as 'select 1';\n\nalter function public.f() reset search_path;" }, [found(3, 'public.f')]],
  ['RESET ALL too', { [MIG]: "create function public.f() returns int language sql security definer set search_path = public as 'select 1';\nalter function public.f() reset all;" }, [found(2, 'public.f')]],
  ['ALTER FUNCTION … SECURITY DEFINER makes an invoker function unsafe, reported there', { [MIG]: "create function public.f() returns int language sql as 'select 1';\nalter function public.f() security definer;" }, [found(2, 'public.f')]],
  ['CREATE OR REPLACE that adds SECURITY DEFINER is where it became unsafe', { [MIG]: "create function public.f() returns int language sql as 'select 1';\ncreate or replace function public.f() returns int language sql security definer as 'select 2';" }, [found(2, 'public.f')]],
  ['ALTER FUNCTION … SECURITY INVOKER clears it', { [MIG]: `${DEFINER}\nalter function public.f(integer) security invoker;` }, []],
  ['ALTER FUNCTION of another overload leaves it reported', { [MIG]: `${DEFINER}\nalter function public.f(text) set search_path = public;` }, [found(1, 'public.f')]],
  ['an ALTER FUNCTION built at run time may have pinned it: not reported', { [MIG]: `${DEFINER}\ndo $$ declare r record; begin for r in select oid::regprocedure as f from pg_proc where proname = 'f' loop execute format('alter function %s set search_path = public', r.f); end loop; end $$;` }, []],
  ['a function made after it is known again', { [MIG]: `do $$ declare r record; begin for r in select oid::regprocedure as f from pg_proc loop execute format('alter function %s set search_path = public', r.f); end loop; end $$;\n${DEFINER}` }, [found(2, 'public.f')]],
  ['a dropped function is not reported', { [MIG]: `${DEFINER}\ndrop function public.f(int);` }, []],
]);

test('the fix is shown: after ALTER FUNCTION … SET search_path the re-audit no longer reports it', async () => {
  const f = (await analysis({ [MIG]: DEFINER })).findings.find((x) => x.rule === rule);
  expect(f?.fix).toBe('ALTER FUNCTION public.f(integer) SET search_path = public, pg_temp;');
});
