import { pullRequestTable, type Found } from './engine.js';

const rule = 'migration-deleted';
const M = 'supabase/migrations/';
const found = (name: string): Found => ({ rule, severity: 'error', file: `${M}${name}`, line: 1 });
const KEPT = { [`${M}20250101000000_performance_indexes.sql`]: '', [`${M}20250110000000_consolidated_rls_policies.sql`]: '' };
const FOLDER = { ...KEPT, [`${M}20250106000000_metrics_log.sql`]: 'create table metrics_log (id int);' };

pullRequestTable(rule, [
  // docs/rules/migration-deleted.md
  ['docs ❌: the PR deletes an applied migration', FOLDER, KEPT, [found('20250106000000_metrics_log.sql')]],
  ['docs ✅: the PR keeps it and undoes it in a new migration', FOLDER, { ...FOLDER, [`${M}20250301000000_drop_metrics_log.sql`]: 'DROP TABLE IF EXISTS public.metrics_log;' }, []],

  ['a rename with the same bytes', { [`${M}1_a.sql`]: 'select 1;' }, { [`${M}2_a.sql`]: 'select 1;' }, []],
  ['deleted and re-added under another name with other bytes', { [`${M}1_a.sql`]: 'select 1;' }, { [`${M}2_a.sql`]: 'select 2;' }, [found('1_a.sql')]],
  ['a file the Supabase CLI never applied', { [`${M}1_a.sql`]: '', [`${M}skip-me.sql`]: '' }, { [`${M}1_a.sql`]: '' }, []],
  ['a severity set in the config', { [`${M}1_a.sql`]: '' }, {}, [{ ...found('1_a.sql'), severity: 'warning' }], 'rules:\n  migration-deleted: warning\n'],
]);
