import { auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'unknown-function-reference';
const found = (file: string, line: number, object: string): Found => ({ rule, severity: 'warning', file, line, object });
const POSTS = 'CREATE TABLE IF NOT EXISTS public.posts (id bigint PRIMARY KEY, title text);';
const SEARCH = "CREATE OR REPLACE FUNCTION public.search_posts(q text) RETURNS SETOF public.posts LANGUAGE sql STABLE AS $$ SELECT * FROM public.posts WHERE title ILIKE '%' || q || '%' $$;";
const APP = 'app/search.ts';

auditTable(rule, [
  // docs/rules/unknown-function-reference.md
  ['docs ❌: rpc of a function no migration creates', { [MIG]: POSTS, [APP]: "export const search = (q: string) => supabase.rpc('search_posts', { q });\n" }, [found(APP, 1, 'public.search_posts')]],
  ['docs ✅: the migration defines it', { [MIG]: `${POSTS}\n${SEARCH}`, [APP]: "export const search = (q: string) => supabase.rpc('search_posts', { q });\n" }, []],
  ['a procedure cannot be called over the API', {
    [MIG]: `${POSTS}\nCREATE OR REPLACE PROCEDURE public.archive() LANGUAGE sql AS $$ DELETE FROM public.posts $$;`,
    [APP]: "await supabase.rpc('archive');\n",
  }, [found(APP, 1, 'public.archive')]],
  ['.schema() names the schema', {
    [MIG]: `${POSTS}\nCREATE SCHEMA IF NOT EXISTS api;\nCREATE OR REPLACE FUNCTION api.ping() RETURNS int LANGUAGE sql AS 'select 1';`,
    [APP]: "await supabase.schema('api').rpc('ping');\nawait supabase.rpc('ping');\n",
  }, [found(APP, 2, 'public.ping')]],
  ['a dropped function is gone', { [MIG]: `${POSTS}\n${SEARCH}\nDROP FUNCTION public.search_posts(text);`, [APP]: "await supabase.rpc('search_posts', { q });\n" }, [found(APP, 1, 'public.search_posts')]],
]);
