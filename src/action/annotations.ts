import * as core from '@actions/core';
import type { Finding, Severity } from '../types.js';

/** GitHub attaches only this many annotations of each type per step; the rest are plain log lines. */
export const ANNOTATIONS_PER_TYPE = 10;

const emit: Record<Severity, (message: string, props: core.AnnotationProperties) => void> = {
  error: core.error,
  warning: core.warning,
  notice: core.notice,
};

/** Annotates findings at their file and line; `prefix` turns snapshot paths into repository paths. */
export function annotate(findings: Finding[], prefix: string): void {
  const shown: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) {
    if (shown[f.severity]++ >= ANNOTATIONS_PER_TYPE) continue;
    emit[f.severity](f.fix ? `${f.message}\nFix: ${f.fix}` : f.message, {
      title: f.rule,
      file: f.file === undefined ? undefined : prefix + f.file,
      startLine: f.file === undefined ? undefined : f.line,
    });
  }
  const hidden = Object.values(shown).reduce((sum, n) => sum + Math.max(0, n - ANNOTATIONS_PER_TYPE), 0);
  if (hidden) core.info(`${hidden} more finding(s) are not annotated (GitHub shows ${ANNOTATIONS_PER_TYPE} per type); see the job summary.`);
}
