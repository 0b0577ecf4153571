import { auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'migration-skipped';
const M = 'supabase/migrations/';
const found = (name: string): Found => ({ rule, severity: 'warning', file: `${M}${name}`, line: 1 });

auditTable(rule, [
  // docs/rules/migration-skipped.md
  ['docs ❌: dates written with dashes', { [`${M}20250101000000_performance_indexes.sql`]: '', [`${M}2025-11-05_telemetry.sql`]: '', [`${M}2025-11-05_trust_audit.sql`]: '' }, [found('2025-11-05_telemetry.sql'), found('2025-11-05_trust_audit.sql')]],
  ['docs ✅: digits-only versions', { [`${M}20250101000000_performance_indexes.sql`]: '', [`${M}20251105000000_telemetry.sql`]: '', [`${M}20251105000001_trust_audit.sql`]: '' }, []],

  ['a missing underscore', { [MIG]: 'select 1;', [`${M}20250101create_users.sql`]: 'select 1;' }, [found('20250101create_users.sql')]],
  ['another extension: not a migration file at all, so not reported', { [MIG]: 'select 1;', [`${M}20250101000000_users.pgsql`]: 'select 1;' }, []],
  ['a Supabase name', { [MIG]: 'select 1;' }, []],
]);
