-- Trust audit: an append-only record of trust decisions made by the guardian service.
-- NOTE: this file name does not match <digits>_<name>.sql, so the Supabase CLI never applies it.

CREATE TABLE IF NOT EXISTS public.trust_audit_entries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id uuid REFERENCES public.users (id) ON DELETE SET NULL,
  decision text NOT NULL CHECK (decision IN ('allow', 'deny', 'review')),
  reason text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS idx_trust_audit_entries_user_id ON public.trust_audit_entries (user_id);

ALTER TABLE public.trust_audit_entries ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS "Users can view own trust decisions" ON public.trust_audit_entries;
CREATE POLICY "Users can view own trust decisions" ON public.trust_audit_entries
  FOR SELECT TO authenticated USING (auth.uid() = user_id);
