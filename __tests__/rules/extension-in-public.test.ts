import { analysis, auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'extension-in-public';
const found = (line: number, object: string, file = MIG): Found => ({ rule, severity: 'warning', file, line, object });
const LATER = 'supabase/migrations/20240102000000_move.sql';
const ARTICLES = 'CREATE TABLE IF NOT EXISTS public.articles (id bigint PRIMARY KEY, title text NOT NULL);\nALTER TABLE public.articles ENABLE ROW LEVEL SECURITY;';

auditTable(rule, [
  // docs/rules/extension-in-public.md
  ['docs ❌: created without a schema', { [MIG]: `CREATE EXTENSION IF NOT EXISTS pg_trgm;\n${ARTICLES}` }, [found(1, 'public.pg_trgm')]],
  ['docs ✅: created in extensions', { [MIG]: `CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA extensions;\n${ARTICLES}` }, []],
  ['docs ✅: moved by a later migration', { [MIG]: `CREATE EXTENSION IF NOT EXISTS pg_trgm;\n${ARTICLES}`, [LATER]: 'CREATE SCHEMA IF NOT EXISTS extensions;\nALTER EXTENSION pg_trgm SET SCHEMA extensions;' }, []],

  ['SCHEMA public said outright', { [MIG]: 'create extension if not exists "uuid-ossp" with schema public;' }, [found(1, 'public.uuid-ossp')]],
  ['the search path starts elsewhere when it is created', { [MIG]: 'set search_path = extensions, public;\ncreate extension if not exists citext;' }, []],
  ['pg_cron installs in its own schema whatever the statement says', { [MIG]: 'create extension if not exists pg_cron;' }, []],
  ['an extension the table does not know: where it lands is not known', { [MIG]: 'create extension if not exists postgis;' }, []],
  ['public not exposed', { [MIG]: 'create extension if not exists pg_trgm;' }, [], 'exposed-schemas: [api]\n'],
  ['an ignore comment', { [MIG]: '-- schema-guardian-ignore extension-in-public: functions revoked from the API roles\ncreate extension if not exists pg_trgm;' }, []],
]);

test('a relocatable extension gets the checked move as its fix; a fixed one (pgjwt) says it must be recreated', async () => {
  const a = await analysis({ [MIG]: 'create extension if not exists pgcrypto;\ncreate extension if not exists pgjwt;' });
  const [pgcrypto, pgjwt] = a.findings.filter((f) => f.rule === rule);
  expect(pgcrypto).toMatchObject({ object: 'public.pgcrypto', fix: 'CREATE SCHEMA IF NOT EXISTS extensions;\nALTER EXTENSION pgcrypto SET SCHEMA extensions;' });
  expect(pgjwt?.object).toBe('public.pgjwt');
  expect(pgjwt?.fix).toBeUndefined();
  expect(pgjwt?.message).toContain('pgjwt is not relocatable');
});
