-- Privacy monitoring: what each user allows the desktop client to collect, and a log of what it did.

CREATE TABLE IF NOT EXISTS public.privacy_prefs (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  user_id uuid NOT NULL UNIQUE REFERENCES public.users (id) ON DELETE CASCADE,
  telemetry_enabled boolean NOT NULL DEFAULT false,
  analytics_enabled boolean NOT NULL DEFAULT false,
  retention_days integer NOT NULL DEFAULT 30,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS public.app_allowlist (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  app_identifier text NOT NULL,
  allowed boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT app_allowlist_user_id_app_identifier_key UNIQUE (user_id, app_identifier)
);

CREATE TABLE IF NOT EXISTS public.signal_toggles (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  signal text NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT signal_toggles_user_id_signal_key UNIQUE (user_id, signal)
);

CREATE TABLE IF NOT EXISTS public.telemetry_events (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  event_name text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS telemetry_events_user_id_created_at_idx ON public.telemetry_events (user_id, created_at);

CREATE TABLE IF NOT EXISTS public.privacy_transparency_log (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  action text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS public.mfa_enforced_sessions (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  session_id uuid NOT NULL UNIQUE,
  enforced_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

ALTER TABLE public.privacy_prefs ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.app_allowlist ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.signal_toggles ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.telemetry_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.privacy_transparency_log ENABLE ROW LEVEL SECURITY;
-- schema-guardian-ignore rls-no-policy: only the auth edge function (service role) reads and writes MFA state
ALTER TABLE public.mfa_enforced_sessions ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS "Users can manage own privacy prefs" ON public.privacy_prefs;
CREATE POLICY "Users can manage own privacy prefs" ON public.privacy_prefs
  FOR ALL TO authenticated USING (auth.uid() = user_id) WITH CHECK (auth.uid() = user_id);

DROP POLICY IF EXISTS "Users can manage own allowlist" ON public.app_allowlist;
CREATE POLICY "Users can manage own allowlist" ON public.app_allowlist
  FOR ALL TO authenticated USING (auth.uid() = user_id) WITH CHECK (auth.uid() = user_id);

DROP POLICY IF EXISTS "Users can manage own signal toggles" ON public.signal_toggles;
CREATE POLICY "Users can manage own signal toggles" ON public.signal_toggles
  FOR ALL TO authenticated USING (auth.uid() = user_id) WITH CHECK (auth.uid() = user_id);

DROP POLICY IF EXISTS "Users can view own telemetry" ON public.telemetry_events;
CREATE POLICY "Users can view own telemetry" ON public.telemetry_events
  FOR SELECT TO authenticated USING (auth.uid() = user_id);

DROP POLICY IF EXISTS "Users can view own transparency log" ON public.privacy_transparency_log;
CREATE POLICY "Users can view own transparency log" ON public.privacy_transparency_log
  FOR SELECT TO authenticated USING (auth.uid() = user_id);

COMMENT ON TABLE public.mfa_enforced_sessions IS 'Service role only: written by the auth edge function, no client policy on purpose.';
