-- Workflow runs: one row per run of a workflow, written by the runner and read by the dashboard.

CREATE TABLE public.workflow_runs (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  workflow_id uuid NOT NULL REFERENCES public.workflows (id) ON DELETE CASCADE,
  triggered_by uuid REFERENCES public.users (id) ON DELETE SET NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'succeeded', 'failed', 'canceled')),
  input jsonb NOT NULL DEFAULT '{}'::jsonb,
  output jsonb,
  started_at timestamptz,
  finished_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS idx_workflow_runs_workflow_id ON public.workflow_runs (workflow_id);
CREATE INDEX IF NOT EXISTS idx_workflow_runs_status_created ON public.workflow_runs (status, created_at DESC);

GRANT SELECT, INSERT ON public.workflow_runs TO authenticated;

COMMENT ON TABLE public.workflow_runs IS 'One row per workflow run.';
