import { analysis, auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'duplicate-migration-version';
const M = 'supabase/migrations/';
const found = (name: string): Found => ({ rule, severity: 'error', file: `${M}${name}`, line: 1 });

auditTable(rule, [
  // docs/rules/duplicate-migration-version.md
  ['docs ❌: two files of one day', { [`${M}20251105_crux_hardening.sql`]: '', [`${M}20251105_workflow_runs.sql`]: '' }, [found('20251105_workflow_runs.sql')]],
  ['docs ✅: a version each', { [`${M}20251105000000_crux_hardening.sql`]: '', [`${M}20251105000001_workflow_runs.sql`]: '' }, []],

  ['three files of one version: the second and the third', { [`${M}1_a.sql`]: '', [`${M}1_b.sql`]: '', [`${M}1_c.sql`]: '' }, [found('1_b.sql'), found('1_c.sql')]],
  ['distinct versions', { [MIG]: 'select 1;', [`${M}20240101000001_next.sql`]: 'select 1;' }, []],
  ['a Prisma layout, where folder names are the versions', { 'prisma/migrations/1_a/migration.sql': 'select 1;', 'prisma/migrations/1_b/migration.sql': 'select 1;' }, []],
]);

test('renames suggested for skipped and duplicate files take versions no other file has', async () => {
  const { findings } = await analysis({
    [`${M}20251105000000_base.sql`]: 'select 1;',
    [`${M}2025-11-05_telemetry.sql`]: 'select 1;',
    [`${M}2025-11-05_trust-audit.sql`]: 'select 1;',
    [`${M}20251105000001_a.sql`]: 'select 1;',
    [`${M}20251105000001_b.sql`]: 'select 1;',
  });
  expect(findings.filter((f) => f.fix?.startsWith('git mv')).map((f) => f.fix)).toEqual([
    `git mv ${M}2025-11-05_telemetry.sql ${M}20251105000003_telemetry.sql`,
    `git mv ${M}2025-11-05_trust-audit.sql ${M}20251105000004_trust_audit.sql`,
    `git mv ${M}20251105000001_b.sql ${M}20251105000002_b.sql`,
  ]);
});
