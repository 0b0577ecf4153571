-- Consolidated RLS: the team and workflow features.
-- Creates the extended tables (managed in SQL only, no Prisma models yet), the organisation helper functions,
-- enables row level security on every extended table and (re)creates their policies.
-- Safe to re-run: IF NOT EXISTS everywhere, guarded DO blocks, DROP POLICY IF EXISTS before each CREATE POLICY.

-- ---------------------------------------------------------------- types
DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' AND t.typname = 'org_member_role'
  ) THEN
    CREATE TYPE public.org_member_role AS ENUM ('owner', 'admin', 'member');
  END IF;
END $$;

-- ---------------------------------------------------------------- organisations
CREATE TABLE IF NOT EXISTS public.organizations (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  name text NOT NULL,
  slug text NOT NULL UNIQUE,
  owner_id uuid NOT NULL REFERENCES public.users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS public.organization_members (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  org_id uuid NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  role public.org_member_role NOT NULL DEFAULT 'member',
  joined_at timestamptz NOT NULL DEFAULT now()
);

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'organization_members_org_id_user_id_key') THEN
    ALTER TABLE public.organization_members
      ADD CONSTRAINT organization_members_org_id_user_id_key UNIQUE (org_id, user_id);
  END IF;
END $$;

-- ---------------------------------------------------------------- workflows
CREATE TABLE IF NOT EXISTS public.workflows (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  org_id uuid REFERENCES public.organizations (id) ON DELETE CASCADE,
  name text NOT NULL,
  description text,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS public.workflow_versions (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  workflow_id uuid NOT NULL REFERENCES public.workflows (id) ON DELETE CASCADE,
  version integer NOT NULL,
  definition jsonb NOT NULL,
  created_by uuid REFERENCES public.users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workflow_id, version)
);

CREATE TABLE IF NOT EXISTS public.workflow_executions (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  workflow_id uuid NOT NULL REFERENCES public.workflows (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'queued',
  started_at timestamptz,
  finished_at timestamptz,
  error text
);

-- ---------------------------------------------------------------- integrations
CREATE TABLE IF NOT EXISTS public.integration_connectors (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  slug text NOT NULL UNIQUE,
  display_name text NOT NULL,
  is_public boolean NOT NULL DEFAULT true
);

CREATE TABLE IF NOT EXISTS public.user_integrations (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  org_id uuid REFERENCES public.organizations (id) ON DELETE CASCADE,
  connector_id uuid NOT NULL REFERENCES public.integration_connectors (id),
  config jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- ---------------------------------------------------------------- notifications, referrals
CREATE TABLE IF NOT EXISTS public.notifications (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  kind text NOT NULL,
  body text NOT NULL,
  read_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS public.referrals (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  referrer_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  referred_id uuid REFERENCES public.users (id) ON DELETE SET NULL,
  code text NOT NULL UNIQUE,
  redeemed_at timestamptz
);

-- ---------------------------------------------------------------- subscriptions belong to an organisation too
ALTER TABLE public.subscriptions ADD COLUMN IF NOT EXISTS org_id uuid;

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'subscriptions_org_id_fkey') THEN
    ALTER TABLE public.subscriptions
      ADD CONSTRAINT subscriptions_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.organizations (id) ON DELETE SET NULL;
  END IF;
END $$;

-- ---------------------------------------------------------------- helper functions
-- SECURITY DEFINER so that policies on organization_members can call them without recursing into their own RLS.
CREATE OR REPLACE FUNCTION public.is_org_member(org_id uuid)
RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = public
AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.organization_members m
    WHERE m.org_id = $1 AND m.user_id = auth.uid()
  );
$$;

CREATE OR REPLACE FUNCTION public.is_org_admin(org_id uuid)
RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = public
AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.organization_members m
    WHERE m.org_id = $1 AND m.user_id = auth.uid() AND m.role IN ('owner', 'admin')
  );
$$;

REVOKE EXECUTE ON FUNCTION public.is_org_member(uuid), public.is_org_admin(uuid) FROM PUBLIC, anon;
GRANT EXECUTE ON FUNCTION public.is_org_member(uuid), public.is_org_admin(uuid) TO authenticated, service_role;

-- ---------------------------------------------------------------- row level security on every extended table
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'organizations', 'organization_members', 'workflows', 'workflow_versions', 'workflow_executions',
    'integration_connectors', 'user_integrations', 'notifications', 'referrals'
  ] LOOP
    EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t);
  END LOOP;
END $$;

-- ---------------------------------------------------------------- policies
DROP POLICY IF EXISTS "Members can view their organizations" ON public.organizations;
CREATE POLICY "Members can view their organizations" ON public.organizations
  FOR SELECT TO authenticated USING (public.is_org_member(id) OR owner_id = auth.uid());

DROP POLICY IF EXISTS "Users can create organizations" ON public.organizations;
CREATE POLICY "Users can create organizations" ON public.organizations
  FOR INSERT TO authenticated WITH CHECK (owner_id = auth.uid());

DROP POLICY IF EXISTS "Admins can update their organizations" ON public.organizations;
CREATE POLICY "Admins can update their organizations" ON public.organizations
  FOR UPDATE TO authenticated USING (public.is_org_admin(id)) WITH CHECK (public.is_org_admin(id));

DROP POLICY IF EXISTS "Members can view fellow members" ON public.organization_members;
CREATE POLICY "Members can view fellow members" ON public.organization_members
  FOR SELECT TO authenticated USING (user_id = auth.uid() OR public.is_org_member(org_id));

DROP POLICY IF EXISTS "Admins manage members" ON public.organization_members;
CREATE POLICY "Admins manage members" ON public.organization_members
  FOR ALL TO authenticated USING (public.is_org_admin(org_id)) WITH CHECK (public.is_org_admin(org_id));

DROP POLICY IF EXISTS "Users and org members can view workflows" ON public.workflows;
CREATE POLICY "Users and org members can view workflows" ON public.workflows
  FOR SELECT TO authenticated
  USING (auth.uid() = user_id OR (org_id IS NOT NULL AND public.is_org_member(org_id)));

DROP POLICY IF EXISTS "Users manage own workflows" ON public.workflows;
CREATE POLICY "Users manage own workflows" ON public.workflows
  FOR ALL TO authenticated USING (auth.uid() = user_id) WITH CHECK (auth.uid() = user_id);

DROP POLICY IF EXISTS "Workflow readers can view versions" ON public.workflow_versions;
CREATE POLICY "Workflow readers can view versions" ON public.workflow_versions
  FOR SELECT TO authenticated
  USING (EXISTS (
    SELECT 1 FROM public.workflows w
    WHERE w.id = workflow_id
      AND (w.user_id = auth.uid() OR (w.org_id IS NOT NULL AND public.is_org_member(w.org_id)))
  ));

DROP POLICY IF EXISTS "Workflow readers can view executions" ON public.workflow_executions;
CREATE POLICY "Workflow readers can view executions" ON public.workflow_executions
  FOR SELECT TO authenticated
  USING (EXISTS (
    SELECT 1 FROM public.workflows w
    WHERE w.id = workflow_id
      AND (w.user_id = auth.uid() OR (w.org_id IS NOT NULL AND public.is_org_member(w.org_id)))
  ));

DROP POLICY IF EXISTS "Service role runs executions" ON public.workflow_executions;
CREATE POLICY "Service role runs executions" ON public.workflow_executions
  FOR ALL TO service_role USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS "Anyone can list public connectors" ON public.integration_connectors;
CREATE POLICY "Anyone can list public connectors" ON public.integration_connectors
  FOR SELECT TO anon, authenticated USING (is_public);

DROP POLICY IF EXISTS "Users manage own integrations" ON public.user_integrations;
CREATE POLICY "Users manage own integrations" ON public.user_integrations
  FOR ALL TO authenticated USING (auth.uid() = user_id) WITH CHECK (auth.uid() = user_id);

DROP POLICY IF EXISTS "Org admins can view org integrations" ON public.user_integrations;
CREATE POLICY "Org admins can view org integrations" ON public.user_integrations
  FOR SELECT TO authenticated USING (org_id IS NOT NULL AND public.is_org_admin(org_id));

DROP POLICY IF EXISTS "Users manage own notifications" ON public.notifications;
CREATE POLICY "Users manage own notifications" ON public.notifications
  FOR ALL TO authenticated USING (auth.uid() = user_id) WITH CHECK (auth.uid() = user_id);

DROP POLICY IF EXISTS "Users can view own referrals" ON public.referrals;
CREATE POLICY "Users can view own referrals" ON public.referrals
  FOR SELECT TO authenticated USING (auth.uid() = referrer_id OR auth.uid() = referred_id);

DROP POLICY IF EXISTS "Org members can view org subscription" ON public.subscriptions;
CREATE POLICY "Org members can view org subscription" ON public.subscriptions
  FOR SELECT TO authenticated USING (org_id IS NOT NULL AND public.is_org_member(org_id));

-- ---------------------------------------------------------------- indexes the policies rely on
CREATE INDEX IF NOT EXISTS idx_organization_members_user_id ON public.organization_members (user_id);
CREATE INDEX IF NOT EXISTS idx_organization_members_org_id ON public.organization_members (org_id);
CREATE INDEX IF NOT EXISTS idx_organization_members_user_org ON public.organization_members (user_id, org_id);
CREATE INDEX IF NOT EXISTS idx_workflows_user_id ON public.workflows (user_id);
CREATE INDEX IF NOT EXISTS idx_workflows_org_id ON public.workflows (org_id);
CREATE INDEX IF NOT EXISTS idx_workflow_versions_workflow_id ON public.workflow_versions (workflow_id);
CREATE INDEX IF NOT EXISTS idx_workflow_executions_workflow_id ON public.workflow_executions (workflow_id);
CREATE INDEX IF NOT EXISTS idx_user_integrations_user_id ON public.user_integrations (user_id);
CREATE INDEX IF NOT EXISTS idx_user_integrations_org_id ON public.user_integrations (org_id);
CREATE INDEX IF NOT EXISTS idx_notifications_user_unread ON public.notifications (user_id) WHERE read_at IS NULL;
CREATE INDEX IF NOT EXISTS idx_subscriptions_org_id ON public.subscriptions (org_id);
