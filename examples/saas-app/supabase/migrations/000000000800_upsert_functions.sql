-- Upsert helpers called by the desktop client through RPC.
-- This file's version (000000000800) sorts before every other migration, so it runs first, on an empty schema.
-- That works only because PL/pgSQL bodies are checked when the function is called, not when it is created.

CREATE OR REPLACE FUNCTION public.upsert_pattern(p_user_id uuid, p_file_extension text)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO public.patterns (user_id, file_extension, count, last_seen_at)
  VALUES (p_user_id, p_file_extension, 1, now())
  ON CONFLICT (user_id, file_extension)
  DO UPDATE SET count = public.patterns.count + 1, last_seen_at = now();
END;
$$;

CREATE OR REPLACE FUNCTION public.upsert_relationship(p_user_id uuid, p_source text, p_target text, p_strength double precision)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO public.relationships (user_id, source_file, target_file, strength)
  VALUES (p_user_id, p_source, p_target, p_strength)
  ON CONFLICT (user_id, source_file, target_file)
  DO UPDATE SET strength = EXCLUDED.strength;
END;
$$;

CREATE OR REPLACE FUNCTION public.upsert_cohort(p_user_id uuid, p_month varchar, p_day integer)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO public.cohorts (user_id, cohort_month, day1_active, day7_active, day30_active)
  VALUES (p_user_id, p_month, p_day >= 1, p_day >= 7, p_day >= 30)
  ON CONFLICT (user_id, cohort_month)
  DO UPDATE SET
    day1_active = public.cohorts.day1_active OR EXCLUDED.day1_active,
    day7_active = public.cohorts.day7_active OR EXCLUDED.day7_active,
    day30_active = public.cohorts.day30_active OR EXCLUDED.day30_active;
END;
$$;
