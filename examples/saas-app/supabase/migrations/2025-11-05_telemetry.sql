-- Telemetry enhancements: tie telemetry to a client session and keep the client version.
-- NOTE: this file name does not match <digits>_<name>.sql, so the Supabase CLI never applies it.

ALTER TABLE public.telemetry_events ADD COLUMN IF NOT EXISTS session_id uuid;
ALTER TABLE public.telemetry_events ADD COLUMN IF NOT EXISTS client_version text;

CREATE INDEX IF NOT EXISTS idx_telemetry_events_session_id ON public.telemetry_events (session_id);

DROP POLICY IF EXISTS "Users can insert own telemetry" ON public.telemetry_events;
CREATE POLICY "Users can insert own telemetry" ON public.telemetry_events
  FOR INSERT TO authenticated WITH CHECK (auth.uid() = user_id);
