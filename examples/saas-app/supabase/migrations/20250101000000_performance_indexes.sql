-- Performance indexes for the dashboards and the nightly jobs.

CREATE INDEX IF NOT EXISTS idx_events_event_type ON public.events (event_type);
CREATE INDEX IF NOT EXISTS idx_events_user_type_time ON public.events (user_id, event_type, "timestamp" DESC);
CREATE INDEX IF NOT EXISTS idx_sessions_expires_at ON public.sessions (expires_at);
CREATE INDEX IF NOT EXISTS idx_patterns_user_count ON public.patterns (user_id, count DESC);
CREATE INDEX IF NOT EXISTS idx_relationships_source ON public.relationships (user_id, source_file);
CREATE INDEX IF NOT EXISTS idx_subscriptions_status ON public.subscriptions (status) WHERE status <> 'canceled';
CREATE INDEX IF NOT EXISTS idx_cohorts_month ON public.cohorts (cohort_month);
CREATE INDEX IF NOT EXISTS idx_audit_logs_user_created ON public.audit_logs (user_id, created_at DESC);
CREATE INDEX IF NOT EXISTS idx_privacy_log_user_created ON public.privacy_transparency_log (user_id, created_at DESC);
CREATE INDEX IF NOT EXISTS idx_mfa_sessions_expires_at ON public.mfa_enforced_sessions (expires_at);
CREATE INDEX IF NOT EXISTS idx_feature_flags_enabled ON public.feature_flags (key) WHERE enabled;

ANALYZE public.events;
