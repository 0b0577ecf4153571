import { analysis, auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'rls-disabled-with-policy';
const found = (line: number, object: string): Found => ({ rule, severity: 'error', file: MIG, line, object });
const TABLE = 'create table public.notes (id int, owner uuid);';
const POLICY = 'create policy "Owners read notes" on public.notes for select to authenticated using (auth.uid() = owner);';

auditTable(rule, [
  // docs/rules/rls-disabled-with-policy.md
  ['docs ❌: a policy and no RLS', { [MIG]: `${TABLE}\n${POLICY}` }, [found(1, 'public.notes')]],
  ['docs ✅: RLS enabled', { [MIG]: `${TABLE}\nalter table public.notes enable row level security;\n${POLICY}` }, []],

  ['RLS disabled after the policy: reported where it was disabled', { [MIG]: `${TABLE}\nalter table public.notes enable row level security;\n${POLICY}\n\nalter table public.notes disable row level security;` }, [found(5, 'public.notes')]],
  ['every policy dropped: nothing to put in force', { [MIG]: `${TABLE}\n${POLICY}\ndrop policy "Owners read notes" on public.notes;` }, []],
  ['a schema the API does not expose is reported too', { [MIG]: 'create schema private;\ncreate table private.notes (id int);\ncreate policy p on private.notes using (true);' }, [found(2, 'private.notes')]],
  ['no policy: that is missing-rls alone', { [MIG]: TABLE }, []],
  ['policies made by dynamic SQL that cannot be resolved: uncertain, so not reported', { [MIG]: `${TABLE}\n${POLICY}\ndo $$ declare t text := 'notes'; begin execute 'alter table ' || t || ' enable row level security'; end $$;` }, []],
]);

test('in an exposed schema missing-rls reports the table too, and the message says what differs', async () => {
  // A policy no other rule reports once it is in force: the fix check wants no new warning after the fix.
  const a = await analysis({ [MIG]: `${TABLE}\ncreate policy "Owners read notes" on public.notes for select to authenticated using (true);` });
  expect(a.findings.filter((f) => f.object === 'public.notes' && f.rule !== 'non-idempotent-ddl').map((f) => f.rule).sort()).toEqual(['missing-rls', rule]);
  const f = a.findings.find((x) => x.rule === rule);
  expect(f?.message).toContain('"Owners read notes"');
  expect(f?.fix).toBe('ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;');
});
