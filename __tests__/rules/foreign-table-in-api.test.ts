import { analysis, auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'foreign-table-in-api';
const found = (line: number, object: string): Found => ({ rule, severity: 'warning', file: MIG, line, object });
const SERVER = "create extension if not exists postgres_fdw;\ncreate server billing foreign data wrapper postgres_fdw options (host 'billing.internal', dbname 'billing');";
const FT = 'create foreign table public.invoices (id int, customer text, amount numeric) server billing;';

auditTable(rule, [
  // docs/rules/foreign-table-in-api.md
  ['docs ❌: a foreign table in public', { [MIG]: `${SERVER}\n${FT}` }, [found(3, 'public.invoices')]],
  ['docs ✅: privileges revoked from anon and authenticated', { [MIG]: `${SERVER}\n${FT}\nrevoke all on public.invoices from anon, authenticated;` }, []],
  ['docs ✅: in a schema the API does not expose', { [MIG]: `${SERVER}\ncreate schema billing;\n${FT.replace('public.invoices', 'billing.invoices')}` }, []],

  ['SELECT revoked: clients cannot read it', { [MIG]: `${SERVER}\n${FT}\nrevoke select on public.invoices from anon, authenticated;` }, []],
  ['revoked from authenticated only', { [MIG]: `${SERVER}\n${FT}\nrevoke all on public.invoices from authenticated;` }, [found(3, 'public.invoices')]],
  ['an ordinary table is missing-rls, not this rule', { [MIG]: 'create table public.a (id int);' }, []],
]);

test('the fix is shown: after the REVOKE the re-audit no longer reports it', async () => {
  const f = (await analysis({ [MIG]: `${SERVER}\n${FT}` })).findings.find((x) => x.rule === rule);
  expect(f?.fix).toBe('REVOKE ALL ON public.invoices FROM anon, authenticated;');
});
