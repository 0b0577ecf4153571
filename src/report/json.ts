import type { Judgement } from '../config.js';
import type { Silencing } from '../pull-request.js';
import type { Analysis, DiffedFinding, DiffResult, Finding } from '../types.js';

/** The JSON contract that the report, the action and other tools build on; `file` relative, forward slashes. */
export interface JsonReport {
  tool: { name: 'schema-guardian'; version: string };
  findings: Finding[];
  tables: { name: string; model: string | null; createdIn: string | null; rls: boolean; policies: number }[];
  migrations: { file: string; statements: number; applied: boolean; idempotent: boolean | null }[];
}

/** The contract as a plain object, for callers that extend it (the action adds the pull request's view). */
export function jsonReport(analysis: Analysis, version: string): JsonReport {
  const models = new Map((analysis.prisma?.models ?? []).map((m) => [`${m.schema}.${m.table}`, m.name]));
  return {
    tool: { name: 'schema-guardian', version },
    findings: analysis.findings,
    tables: analysis.catalog.tables.map((t) => ({
      name: `${t.schema}.${t.name}`,
      model: models.get(`${t.schema}.${t.name}`) ?? null,
      createdIn: t.createdAt?.file || null,
      rls: t.rls,
      policies: t.policies.length,
    })),
    migrations: analysis.migrations.map((m) => ({ file: m.file, statements: m.statements, applied: m.applied, idempotent: m.idempotent })),
  };
}

/** The contract as the CLI prints it. */
export function renderJson(analysis: Analysis, version: string): string {
  return JSON.stringify(jsonReport(analysis, version), null, 2);
}

/** The contract of a comparison (the action, `schema-guardian diff`): each finding with its status, and the verdict. */
export function comparisonJsonReport(head: Analysis, version: string, compared: { base: string | null; head: string; diff: DiffResult; silencing: Silencing | null }, judgement: Judgement<DiffedFinding>) {
  return {
    ...jsonReport(head, version),
    base: compared.base,
    head: compared.head,
    status: judgement.failing.length ? ('fail' as const) : ('pass' as const),
    silencing: compared.silencing,
    changes: compared.diff.changes,
    findings: compared.diff.findings,
  };
}
