/**
 * What a Supabase project holds before its first migration runs, as far as migrations lean on it: the API roles, the
 * platform's schemas, auth.users and the auth helpers, storage with its helper functions, the realtime publication,
 * the pre-enabled extensions and the default privileges that make a table in public reachable through the API.
 * Every statement is safe to run on a database that already has the object (a Supabase branch's template may).
 *
 * PGlite runs it once, when scripts/build-pglite-snapshot.mjs builds the data directory the bundle ships; the URL
 * mode runs it in every temporary database it creates.
 */

/** Roles belong to the cluster, not to a database: created when missing, never altered when present. */
export const STAND_IN_ROLES_SQL = `
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT * FROM (VALUES
    ('anon', 'NOLOGIN NOINHERIT'), ('authenticated', 'NOLOGIN NOINHERIT'), ('service_role', 'NOLOGIN NOINHERIT BYPASSRLS'),
    ('authenticator', 'NOLOGIN NOINHERIT'), ('supabase_admin', 'NOLOGIN'), ('supabase_auth_admin', 'NOLOGIN NOINHERIT'),
    ('supabase_storage_admin', 'NOLOGIN NOINHERIT'), ('supabase_realtime_admin', 'NOLOGIN NOINHERIT'),
    ('supabase_replication_admin', 'NOLOGIN'), ('supabase_read_only_user', 'NOLOGIN'), ('dashboard_user', 'NOLOGIN'),
    ('pgbouncer', 'NOLOGIN')
  ) AS roles(name, options) LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r.name) THEN
      EXECUTE format('CREATE ROLE %I %s', r.name, r.options);
    END IF;
  END LOOP;
END $$;
`;

/** The platform's objects inside one database; the roles must exist. */
export const STAND_IN_SQL = `
CREATE SCHEMA IF NOT EXISTS extensions;
CREATE SCHEMA IF NOT EXISTS auth;
CREATE SCHEMA IF NOT EXISTS storage;
CREATE SCHEMA IF NOT EXISTS realtime;
CREATE SCHEMA IF NOT EXISTS graphql;
CREATE SCHEMA IF NOT EXISTS graphql_public;
CREATE SCHEMA IF NOT EXISTS vault;
CREATE SCHEMA IF NOT EXISTS pgbouncer;
CREATE SCHEMA IF NOT EXISTS supabase_migrations;
CREATE SCHEMA IF NOT EXISTS supabase_functions;

CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;

CREATE TABLE IF NOT EXISTS auth.users (
  instance_id uuid, id uuid NOT NULL PRIMARY KEY, aud varchar(255), role varchar(255), email varchar(255),
  encrypted_password varchar(255), email_confirmed_at timestamptz, invited_at timestamptz, confirmation_token varchar(255),
  confirmation_sent_at timestamptz, recovery_token varchar(255), recovery_sent_at timestamptz,
  email_change_token_new varchar(255), email_change varchar(255), email_change_sent_at timestamptz,
  last_sign_in_at timestamptz, raw_app_meta_data jsonb, raw_user_meta_data jsonb, is_super_admin boolean,
  created_at timestamptz, updated_at timestamptz, phone text UNIQUE DEFAULT NULL, phone_confirmed_at timestamptz,
  phone_change text DEFAULT '', phone_change_token varchar(255) DEFAULT '', phone_change_sent_at timestamptz,
  confirmed_at timestamptz GENERATED ALWAYS AS (LEAST(email_confirmed_at, phone_confirmed_at)) STORED,
  email_change_token_current varchar(255) DEFAULT '', email_change_confirm_status smallint DEFAULT 0,
  banned_until timestamptz, reauthentication_token varchar(255) DEFAULT '', reauthentication_sent_at timestamptz,
  is_sso_user boolean NOT NULL DEFAULT false, deleted_at timestamptz, is_anonymous boolean NOT NULL DEFAULT false
);
CREATE TABLE IF NOT EXISTS auth.identities (
  provider_id text NOT NULL, user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE, identity_data jsonb NOT NULL,
  provider text NOT NULL, last_sign_in_at timestamptz, created_at timestamptz, updated_at timestamptz,
  email text GENERATED ALWAYS AS (lower(identity_data ->> 'email')) STORED, id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  UNIQUE (provider_id, provider)
);
CREATE TABLE IF NOT EXISTS auth.sessions (
  id uuid NOT NULL PRIMARY KEY, user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  created_at timestamptz, updated_at timestamptz, not_after timestamptz, user_agent text, ip inet
);
CREATE TABLE IF NOT EXISTS auth.refresh_tokens (
  instance_id uuid, id bigserial PRIMARY KEY, token varchar(255) UNIQUE, user_id varchar(255), revoked boolean,
  created_at timestamptz, updated_at timestamptz, parent varchar(255), session_id uuid REFERENCES auth.sessions (id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS auth.audit_log_entries (instance_id uuid, id uuid NOT NULL PRIMARY KEY, payload json, created_at timestamptz, ip_address varchar(64) NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS auth.mfa_factors (
  id uuid NOT NULL PRIMARY KEY, user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE, friendly_name text,
  factor_type text NOT NULL, status text NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, secret text
);
ALTER TABLE auth.users ENABLE ROW LEVEL SECURITY;
ALTER TABLE auth.identities ENABLE ROW LEVEL SECURITY;
ALTER TABLE auth.sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE auth.refresh_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE auth.audit_log_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE auth.mfa_factors ENABLE ROW LEVEL SECURITY;

CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('request.jwt.claim', true), ''), nullif(current_setting('request.jwt.claims', true), ''))::jsonb
$$;
CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('request.jwt.claim.sub', true), ''), auth.jwt() ->> 'sub')::uuid
$$;
CREATE OR REPLACE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('request.jwt.claim.role', true), ''), auth.jwt() ->> 'role')
$$;
CREATE OR REPLACE FUNCTION auth.email() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('request.jwt.claim.email', true), ''), auth.jwt() ->> 'email')
$$;

CREATE TABLE IF NOT EXISTS storage.buckets (
  id text NOT NULL PRIMARY KEY, name text NOT NULL, owner uuid, owner_id text, created_at timestamptz DEFAULT now(),
  updated_at timestamptz DEFAULT now(), public boolean DEFAULT false, avif_autodetection boolean DEFAULT false,
  file_size_limit bigint, allowed_mime_types text[]
);
CREATE UNIQUE INDEX IF NOT EXISTS bname ON storage.buckets (name);
CREATE TABLE IF NOT EXISTS storage.objects (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY, bucket_id text REFERENCES storage.buckets (id), name text,
  owner uuid, owner_id text, created_at timestamptz DEFAULT now(), updated_at timestamptz DEFAULT now(),
  last_accessed_at timestamptz DEFAULT now(), metadata jsonb, path_tokens text[] GENERATED ALWAYS AS (string_to_array(name, '/')) STORED,
  version text, user_metadata jsonb
);
CREATE UNIQUE INDEX IF NOT EXISTS bucketid_objname ON storage.objects (bucket_id, name);
CREATE TABLE IF NOT EXISTS storage.migrations (id integer PRIMARY KEY, name varchar(100) NOT NULL UNIQUE, hash varchar(40) NOT NULL, executed_at timestamp DEFAULT CURRENT_TIMESTAMP);
ALTER TABLE storage.buckets ENABLE ROW LEVEL SECURITY;
ALTER TABLE storage.objects ENABLE ROW LEVEL SECURITY;
ALTER TABLE storage.migrations ENABLE ROW LEVEL SECURITY;
CREATE OR REPLACE FUNCTION storage.foldername(name text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT (string_to_array(name, '/'))[1:array_length(string_to_array(name, '/'), 1) - 1]
$$;
CREATE OR REPLACE FUNCTION storage.filename(name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT (string_to_array(name, '/'))[array_length(string_to_array(name, '/'), 1)]
$$;
CREATE OR REPLACE FUNCTION storage.extension(name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT reverse(split_part(reverse(storage.filename(name)), '.', 1))
$$;
CREATE OR REPLACE FUNCTION storage.get_size_by_bucket() RETURNS TABLE (size bigint, bucket_id text) LANGUAGE sql STABLE AS $$
  SELECT sum((metadata ->> 'size')::bigint), bucket_id FROM storage.objects GROUP BY bucket_id
$$;
CREATE OR REPLACE FUNCTION storage.search(prefix text, bucketname text, limits int DEFAULT 100, levels int DEFAULT 1, offsets int DEFAULT 0)
RETURNS TABLE (name text, id uuid, updated_at timestamptz, created_at timestamptz, last_accessed_at timestamptz, metadata jsonb)
LANGUAGE sql STABLE AS $$
  SELECT o.name, o.id, o.updated_at, o.created_at, o.last_accessed_at, o.metadata FROM storage.objects o
  WHERE o.bucket_id = bucketname AND o.name ILIKE prefix || '%' ORDER BY o.name LIMIT limits OFFSET offsets
$$;

CREATE TABLE IF NOT EXISTS realtime.messages (
  id bigserial, topic text NOT NULL, extension text NOT NULL, payload jsonb, event text, private boolean DEFAULT false,
  updated_at timestamp NOT NULL DEFAULT now(), inserted_at timestamp NOT NULL DEFAULT now(), PRIMARY KEY (id, inserted_at)
);
ALTER TABLE realtime.messages ENABLE ROW LEVEL SECURITY;
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_publication WHERE pubname = 'supabase_realtime') THEN
    CREATE PUBLICATION supabase_realtime;
  END IF;
END $$;

CREATE TABLE IF NOT EXISTS vault.secrets (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY, name text UNIQUE, description text NOT NULL DEFAULT '',
  secret text NOT NULL, key_id uuid, nonce bytea, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE OR REPLACE VIEW vault.decrypted_secrets AS SELECT s.*, s.secret AS decrypted_secret FROM vault.secrets s;
CREATE OR REPLACE FUNCTION vault.create_secret(new_secret text, new_name text DEFAULT NULL, new_description text DEFAULT '', new_key_id uuid DEFAULT NULL)
RETURNS uuid LANGUAGE sql AS $$
  INSERT INTO vault.secrets (secret, name, description, key_id) VALUES (new_secret, new_name, new_description, new_key_id) RETURNING id
$$;

-- Database webhooks: the trigger function sends nothing here.
CREATE OR REPLACE FUNCTION supabase_functions.http_request() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;

CREATE TABLE IF NOT EXISTS supabase_migrations.schema_migrations (version text NOT NULL PRIMARY KEY, statements text[], name text);

GRANT USAGE ON SCHEMA public, extensions, graphql, graphql_public TO anon, authenticated, service_role;
GRANT USAGE ON SCHEMA auth, storage, realtime TO anon, authenticated, service_role;
GRANT ALL ON SCHEMA public TO anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON FUNCTIONS TO anon, authenticated, service_role;
GRANT SELECT ON ALL TABLES IN SCHEMA storage TO anon, authenticated, service_role;
GRANT ALL ON storage.objects, storage.buckets TO anon, authenticated, service_role;
`;

/**
 * Takes the platform's schemas out again, for migrations that create auth.users or the auth functions themselves
 * (a `prisma db pull` of a Supabase database): they expect a plain PostgreSQL. Roles and extensions stay.
 */
export const WITHOUT_PLATFORM_SQL = `
DROP SCHEMA IF EXISTS auth, storage, realtime, graphql, graphql_public, vault, pgbouncer, supabase_migrations, supabase_functions CASCADE;
DROP PUBLICATION IF EXISTS supabase_realtime;
`;

/** Migrations that bring the platform's auth schema themselves: CREATE TABLE auth.users, CREATE FUNCTION auth.uid() and the like. */
export const BRINGS_OWN_PLATFORM = /\bcreate\s+(table|function)\s+"?auth"?\s*\.\s*"?(users|uid|role|email|jwt)"?\s*\(/i;

/** The search path a Supabase database gives every session: the pre-enabled extensions' functions resolve unqualified. */
export const STAND_IN_SEARCH_PATH = '"$user", public, extensions';

/**
 * Extensions the platform pre-enables that PGlite does not bundle: stand-ins with no objects, so a migration's
 * CREATE EXTENSION IF NOT EXISTS goes on (and a plain CREATE EXTENSION fails, as it does on the platform).
 */
export const PRE_ENABLED_STAND_INS: Record<string, string> = { pg_graphql: 'graphql', pgjwt: 'extensions', supabase_vault: 'vault', pg_stat_statements: 'extensions' };

/**
 * Extensions Supabase offers that PGlite lacks, with what their stand-in creates: nothing, except the few functions
 * migrations call at the top level (pg_cron's schedule), so those calls go on. Anything that uses their types or
 * functions still fails, and that failure is marked unverified, never reported as the migration's fault.
 */
export const STAND_IN_EXTENSIONS: Record<string, string> = {
  pg_cron: `CREATE SCHEMA IF NOT EXISTS cron;
CREATE FUNCTION cron.schedule(job_name text, schedule text, command text) RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint';
CREATE FUNCTION cron.schedule(schedule text, command text) RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint';
CREATE FUNCTION cron.unschedule(job_name text) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE FUNCTION cron.unschedule(job_id bigint) RETURNS boolean LANGUAGE sql AS 'SELECT true';`,
  // Requests are recorded nowhere and sent nowhere: SQL never reaches the network.
  pg_net: `CREATE SCHEMA IF NOT EXISTS net;
CREATE FUNCTION net.http_get(url text, params jsonb DEFAULT '{}', headers jsonb DEFAULT '{}', timeout_milliseconds integer DEFAULT 5000) RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint';
CREATE FUNCTION net.http_post(url text, body jsonb DEFAULT '{}', params jsonb DEFAULT '{}', headers jsonb DEFAULT '{"Content-Type": "application/json"}', timeout_milliseconds integer DEFAULT 5000) RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint';`,
  pgsodium: `CREATE SCHEMA IF NOT EXISTS pgsodium;`,
  ...Object.fromEntries([
    'pg_graphql', 'pgjwt', 'supabase_vault', 'pg_stat_statements', 'vector', 'postgis', 'postgis_topology', 'postgis_raster',
    'postgis_tiger_geocoder', 'postgis_sfcgal', 'address_standardizer', 'address_standardizer_data_us', 'pgrouting', 'http',
    'pg_hashids', 'pg_jsonschema', 'pg_stat_monitor', 'pgaudit', 'plv8', 'plpgsql_check', 'wrappers', 'index_advisor', 'hypopg',
    'pgroonga', 'pgroonga_database', 'rum', 'timescaledb', 'pgtap', 'pg_repack', 'pgmq', 'pg_partman', 'postgres_fdw', 'dblink',
    'pg_tle', 'pg_prewarm', 'pg_session_jwt', 'pg_ivm', 'pg_later', 'pg_search', 'pg_analytics', 'vectorscale',
  ].map((name) => [name, ''])),
};

/**
 * Extensions PGlite bundles, by the file that carries them: a run loads only those its migrations name, since
 * unpacking every bundle would cost more than the rest of the boot.
 */
export const PGLITE_EXTENSION_BUNDLES: Record<string, string> = {
  amcheck: 'amcheck', bloom: 'bloom', btree_gin: 'btree_gin', btree_gist: 'btree_gist', citext: 'citext', cube: 'cube',
  dict_int: 'dict_int', dict_xsyn: 'dict_xsyn', earthdistance: 'earthdistance', file_fdw: 'file_fdw', fuzzystrmatch: 'fuzzystrmatch',
  hstore: 'hstore', intarray: 'intarray', isn: 'isn', lo: 'lo', ltree: 'ltree', pageinspect: 'pageinspect',
  pg_buffercache: 'pg_buffercache', pg_freespacemap: 'pg_freespacemap', pg_surgery: 'pg_surgery', pg_trgm: 'pg_trgm',
  pg_visibility: 'pg_visibility', pgcrypto: 'pgcrypto', seg: 'seg', tablefunc: 'tablefunc', tcn: 'tcn',
  tsm_system_rows: 'tsm_system_rows', tsm_system_time: 'tsm_system_time', unaccent: 'unaccent', 'uuid-ossp': 'uuid-ossp',
  autoinc: 'spi', moddatetime: 'spi', refint: 'spi',
};

/**
 * Words that show a migration needs a bundle whose extension the stand-in already created (so the migration may
 * never name it): the functions of uuid-ossp and pgcrypto.
 */
export const PRE_ENABLED_CALLS: Record<string, RegExp> = {
  'uuid-ossp': /uuid_generate_v|uuid_ns_|uuid_nil\b|uuid-ossp/i,
  pgcrypto: /pgcrypto|\b(crypt|gen_salt|digest|hmac|gen_random_bytes|pgp_\w+|armor|dearmor|encrypt|decrypt|encrypt_iv|decrypt_iv)\s*\(|extensions\.gen_random_uuid/i,
};
