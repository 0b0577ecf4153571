import type { Analysis } from '../types.js';

/** The JSON contract that the report, the action and other tools build on; `file` relative, forward slashes. */
export function renderJson(analysis: Analysis, version: string): string {
  const models = new Map((analysis.prisma?.models ?? []).map((m) => [`${m.schema}.${m.table}`, m.name]));
  return JSON.stringify({
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
  }, null, 2);
}
