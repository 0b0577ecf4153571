#!/usr/bin/env bash
# Applies this example's migrations to a real PostgreSQL the way the Supabase CLI would, then re-runs each applied
# file once more inside BEGIN … ROLLBACK and prints which ones fail the second time.
#
#   PGHOST=/tmp/pgsock PGPORT=55432 PGUSER=postgres ./verify-postgres.sh [path/to/supabase-stub.sql]
#
# The stub stands in for what a Supabase project has before user migrations run (auth schema, auth.uid(), roles
# anon / authenticated / service_role, the extensions schema). A database named sg_saas_verify is dropped and recreated.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
stub="${1:-$here/../../../shared/eval/supabase-stub.sql}"
db="${VERIFY_DB:-sg_saas_verify}"
mig="$here/supabase/migrations"
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
sed "s/current_database_placeholder/$db/" "$stub" | psql_ -d "$db" >/dev/null

# The Supabase CLI applies only <digits>_<name>.sql, in byte order of the file name.
mapfile -t applied < <(cd "$mig" && LC_ALL=C ls | grep -E '^[0-9]+_.*\.sql$')
mapfile -t skipped < <(cd "$mig" && LC_ALL=C ls | grep -vE '^[0-9]+_.*\.sql$' || true)

echo "== first run (each file in one transaction)"
for f in "${applied[@]}"; do
  psql_ -d "$db" -1 -f "$mig/$f" >/dev/null
  echo "ok    $f"
done

echo "== second run (BEGIN; file; ROLLBACK)"
for f in "${applied[@]}"; do
  if out=$( { echo 'BEGIN;'; cat "$mig/$f"; echo; echo 'ROLLBACK;'; } | psql_ -d "$db" 2>&1 >/dev/null); then
    echo "ok    $f"
  else
    echo "FAIL  $f: $(grep -m1 ERROR <<<"$out")"
  fi
done

echo "== skipped by the Supabase CLI (checked here only to show they are valid SQL, twice, then rolled back)"
for f in "${skipped[@]}"; do
  if out=$( { echo 'BEGIN;'; cat "$mig/$f" "$mig/$f"; echo; echo 'ROLLBACK;'; } | psql_ -d "$db" 2>&1 >/dev/null); then
    echo "ok    $f"
  else
    echo "FAIL  $f: $(grep -m1 ERROR <<<"$out")"
  fi
done

echo "== tables in public: row level security and policy count"
psql -X -d "$db" -At -F ' ' -c "
  SELECT c.relname, CASE WHEN c.relrowsecurity THEN 'rls' ELSE 'NO-RLS' END,
         (SELECT count(*) FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname) || ' policies'
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1"
