-- Validation queries: read-only checks run after the initial schema.
-- Nothing here changes the database; the file only records what "healthy" looked like.

-- Tables in public without row level security (expected: none).
SELECT c.relname AS table_without_rls
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public'
  AND c.relkind = 'r'
  AND NOT c.relrowsecurity;

-- Tables in public with RLS on but no policy (expected: none at this point).
SELECT t.tablename AS table_without_policy
FROM pg_tables t
WHERE t.schemaname = 'public'
  AND NOT EXISTS (
    SELECT 1 FROM pg_policies p
    WHERE p.schemaname = t.schemaname AND p.tablename = t.tablename
  );

-- The indexes Prisma expects.
SELECT tablename, indexname, indexdef
FROM pg_indexes
WHERE schemaname = 'public'
ORDER BY tablename, indexname;
