import { analysis, auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'security-definer-view';
const found = (line: number, object: string): Found => ({ rule, severity: 'error', file: MIG, line, object });
const TABLE = 'create table public.orders (id int, user_id uuid);\nalter table public.orders enable row level security;';

auditTable(rule, [
  // docs/rules/security-definer-view.md
  ['docs ❌: a view in public without security_invoker', { [MIG]: `${TABLE}\ncreate view public.order_totals as select user_id, count(*) from public.orders group by user_id;` }, [found(3, 'public.order_totals')]],
  ['docs ✅: WITH (security_invoker = true)', { [MIG]: `${TABLE}\ncreate view public.order_totals with (security_invoker = true) as select user_id, count(*) from public.orders group by user_id;` }, []],
  ['docs ✅: ALTER VIEW … SET (security_invoker = true)', { [MIG]: `${TABLE}\ncreate view public.order_totals as select * from public.orders;\nalter view public.order_totals set (security_invoker = true);` }, []],

  ['the option without a value is on', { [MIG]: `${TABLE}\ncreate view public.v with (security_invoker) as select * from public.orders;` }, []],
  ['spelled on / yes / 1', { [MIG]: `${TABLE}\ncreate view public.a with (security_invoker = on) as select 1;\ncreate view public.b with (security_invoker = yes) as select 1;\ncreate view public.c with (security_invoker = 1) as select 1;` }, []],
  ['security_invoker = false is reported', { [MIG]: `${TABLE}\ncreate view public.v with (security_invoker = false) as select * from public.orders;` }, [found(3, 'public.v')]],
  ['CREATE OR REPLACE without the option clears it, reported there', { [MIG]: `${TABLE}\ncreate view public.v with (security_invoker = true) as select * from public.orders;\ncreate or replace view public.v as select id from public.orders;` }, [found(4, 'public.v')]],
  ['CREATE OR REPLACE restating the option keeps it', { [MIG]: `${TABLE}\ncreate view public.v with (security_invoker = true) as select * from public.orders;\ncreate or replace view public.v with (security_invoker = true) as select id from public.orders;` }, []],
  ['ALTER VIEW … RESET (security_invoker), reported there', { [MIG]: `${TABLE}\ncreate view public.v with (security_invoker) as select * from public.orders;\nalter view public.v reset (security_invoker);` }, [found(4, 'public.v')]],
  ['ALTER TABLE naming the view sets it too', { [MIG]: `${TABLE}\ncreate view public.v as select * from public.orders;\nalter table public.v set (security_invoker = true);` }, []],
  ['SELECT revoked from anon and authenticated: clients cannot read it', { [MIG]: `${TABLE}\ncreate view public.v as select * from public.orders;\nrevoke select on public.v from anon, authenticated;` }, []],
  ['revoked from anon only: authenticated still reads it', { [MIG]: `${TABLE}\ncreate view public.v as select * from public.orders;\nrevoke all on public.v from anon;` }, [found(3, 'public.v')]],
  ['revoked, then granted again: reported at the GRANT', { [MIG]: `${TABLE}\ncreate view public.v as select * from public.orders;\nrevoke all on public.v from anon, authenticated;\ngrant select on all tables in schema public to authenticated;` }, [found(5, 'public.v')]],
  ['a schema the API does not expose is not reported', { [MIG]: `${TABLE}\ncreate schema reporting;\ncreate view reporting.v as select * from public.orders;` }, []],
  ['a materialized view is the next rule', { [MIG]: `${TABLE}\ncreate materialized view public.mv as select * from public.orders;` }, []],
  ['renamed: reported under its new name', { [MIG]: `${TABLE}\ncreate view public.v as select * from public.orders;\nalter view public.v rename to w;` }, [found(3, 'public.w')]],
]);

test('the fix is shown: after ALTER VIEW … SET (security_invoker = true) the re-audit no longer reports it', async () => {
  const f = (await analysis({ [MIG]: `${TABLE}\ncreate view public.v as select * from public.orders;` })).findings.find((x) => x.rule === rule);
  expect(f?.fix).toBe('ALTER VIEW public.v SET (security_invoker = true);');
});
