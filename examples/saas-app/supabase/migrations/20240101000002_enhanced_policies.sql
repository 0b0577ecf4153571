-- Enhanced policies: profile rows follow auth.users, updated_at is maintained by a trigger,
-- and users may write their own rows where the app needs it.

-- A profile row for every new auth user.
CREATE OR REPLACE FUNCTION public.handle_new_user()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
BEGIN
  INSERT INTO public.users (id, email)
  VALUES (NEW.id, NEW.email)
  ON CONFLICT (id) DO NOTHING;
  RETURN NEW;
END;
$$;

DROP TRIGGER IF EXISTS on_auth_user_created ON auth.users;
CREATE TRIGGER on_auth_user_created
  AFTER INSERT ON auth.users
  FOR EACH ROW EXECUTE FUNCTION public.handle_new_user();

-- updated_at maintenance.
CREATE OR REPLACE FUNCTION public.set_updated_at()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;

DROP TRIGGER IF EXISTS set_users_updated_at ON public.users;
CREATE TRIGGER set_users_updated_at
  BEFORE UPDATE ON public.users
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

DROP TRIGGER IF EXISTS set_subscriptions_updated_at ON public.subscriptions;
CREATE TRIGGER set_subscriptions_updated_at
  BEFORE UPDATE ON public.subscriptions
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

DROP TRIGGER IF EXISTS set_feature_flags_updated_at ON public.feature_flags;
CREATE TRIGGER set_feature_flags_updated_at
  BEFORE UPDATE ON public.feature_flags
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- Users update their own profile (but not their plan: that column is written by the billing webhook).
DROP POLICY IF EXISTS "Users can update own profile" ON public.users;
CREATE POLICY "Users can update own profile" ON public.users
  FOR UPDATE TO authenticated USING (auth.uid() = id) WITH CHECK (auth.uid() = id);

REVOKE UPDATE (plan) ON public.users FROM authenticated;

-- The desktop client records events and UTM data for the signed-in user.
DROP POLICY IF EXISTS "Users can insert own events" ON public.events;
CREATE POLICY "Users can insert own events" ON public.events
  FOR INSERT TO authenticated WITH CHECK (auth.uid() = user_id);

DROP POLICY IF EXISTS "Users can delete own events" ON public.events;
CREATE POLICY "Users can delete own events" ON public.events
  FOR DELETE TO authenticated USING (auth.uid() = user_id);

DROP POLICY IF EXISTS "Users can insert own UTM tracks" ON public.utm_tracks;
CREATE POLICY "Users can insert own UTM tracks" ON public.utm_tracks
  FOR INSERT TO authenticated WITH CHECK (auth.uid() = user_id);

-- Offers: only those currently running are visible (replaces the initial policy).
DROP POLICY IF EXISTS "Anyone can read enabled offers" ON public.offers;
CREATE POLICY "Anyone can read enabled offers" ON public.offers
  FOR SELECT TO anon, authenticated
  USING (enabled AND starts_at <= now() AND (ends_at IS NULL OR ends_at > now()));

-- The service role maintains flags and offers from the admin tool.
DROP POLICY IF EXISTS "Service role manages feature flags" ON public.feature_flags;
CREATE POLICY "Service role manages feature flags" ON public.feature_flags
  FOR ALL TO service_role USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS "Service role manages offers" ON public.offers;
CREATE POLICY "Service role manages offers" ON public.offers
  FOR ALL TO service_role USING (true) WITH CHECK (true);

GRANT SELECT ON public.feature_flags, public.offers TO anon, authenticated;
