import { analysis, auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'materialized-view-in-api';
const found = (line: number, object: string): Found => ({ rule, severity: 'warning', file: MIG, line, object });
const TABLE = 'create table public.orders (id int, user_id uuid, total numeric);\nalter table public.orders enable row level security;';
const MV = 'create materialized view public.order_totals as select user_id, sum(total) from public.orders group by user_id;';

auditTable(rule, [
  // docs/rules/materialized-view-in-api.md
  ['docs ❌: a materialized view in public', { [MIG]: `${TABLE}\n${MV}` }, [found(3, 'public.order_totals')]],
  ['docs ✅: SELECT revoked from anon and authenticated', { [MIG]: `${TABLE}\n${MV}\nrevoke select on public.order_totals from anon, authenticated;` }, []],
  ['docs ✅: in a schema the API does not expose', { [MIG]: `${TABLE}\ncreate schema private;\n${MV.replace('public.order_totals', 'private.order_totals')}` }, []],

  ['revoked from anon only: authenticated still reads it', { [MIG]: `${TABLE}\n${MV}\nrevoke select on public.order_totals from anon;` }, [found(3, 'public.order_totals')]],
  ['REVOKE ALL counts', { [MIG]: `${TABLE}\n${MV}\nrevoke all on all tables in schema public from anon, authenticated;` }, []],
  ['revoking INSERT leaves SELECT', { [MIG]: `${TABLE}\n${MV}\nrevoke insert on public.order_totals from anon, authenticated;` }, [found(3, 'public.order_totals')]],
  ['granted to PUBLIC after the revoke: reported at the GRANT', { [MIG]: `${TABLE}\n${MV}\nrevoke select on public.order_totals from anon, authenticated;\ngrant select on public.order_totals to public;` }, [found(5, 'public.order_totals')]],
  ['default privileges for tables revoked before it was made', { [MIG]: `${TABLE}\nalter default privileges in schema public revoke select on tables from anon, authenticated;\n${MV}` }, []],
  ['a plain view is security-definer-view, not this rule', { [MIG]: `${TABLE}\ncreate view public.v as select * from public.orders;` }, []],
]);

test('the fix is shown: after the REVOKE the re-audit no longer reports it', async () => {
  const f = (await analysis({ [MIG]: `${TABLE}\n${MV}` })).findings.find((x) => x.rule === rule);
  expect(f?.fix).toBe('REVOKE SELECT ON public.order_totals FROM anon, authenticated;');
});
