-- CRUX hardening: close what clients should never reach, pin search paths, tighten the transparency log.

-- Service-only tables: no direct grants to client roles at all.
REVOKE ALL ON public.audit_logs, public.retention_policies, public.metrics_log, public.mfa_enforced_sessions
  FROM anon, authenticated;

-- Trigger helpers run with a fixed search_path.
ALTER FUNCTION public.set_updated_at() SET search_path = public;

ALTER TABLE public.users ALTER COLUMN email SET NOT NULL;

-- Nightly cleanup called by the scheduler with the service role.
CREATE OR REPLACE FUNCTION public.purge_expired_sessions()
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
AS $$
DECLARE
  removed integer;
BEGIN
  DELETE FROM sessions WHERE expires_at < now();
  GET DIAGNOSTICS removed = ROW_COUNT;
  DELETE FROM mfa_enforced_sessions WHERE expires_at < now();
  RETURN removed;
END;
$$;

REVOKE EXECUTE ON FUNCTION public.purge_expired_sessions() FROM PUBLIC, anon, authenticated;

-- Only the service role appends to the transparency log; users keep read access to their own rows.
CREATE POLICY "Service role writes transparency log" ON public.privacy_transparency_log
  FOR INSERT TO service_role WITH CHECK (true);

COMMENT ON FUNCTION public.purge_expired_sessions() IS 'Deletes expired sessions and MFA enforcement rows; returns the number of sessions removed.';
