import type { Analysis, Finding } from '../../types.js';
import { sameInBrief, type SectionBody } from '../blocks.js';
import { code, text } from '../escape.js';
import { counts, plural } from '../format.js';

/** Executive summary: what was compared, what was not found, and the verdict on the findings at head. */
export function summarySection(a: Analysis, current: Finding[]): SectionBody {
  const models = a.prisma ? a.prisma.models.filter((m) => !m.implicit) : [];
  const applied = a.migrations.filter((m) => m.applied).length;
  const c = a.catalog;
  const compared = [
    `- **Prisma schema:** ${a.schemaFiles.length ? `${a.schemaFiles.map(code).join(', ')}, ${plural(models.length, 'model')}` : 'none found'}`,
    `- **Migrations:** ${a.migrationsDir ? `${plural(a.migrations.length, 'file')} in ${code(a.migrationsDir)} (${layoutWords(a.layout)}): ${applied} applied, ${a.migrations.length - applied} skipped` : 'none found'}`,
    `- **Exposed schemas:** ${a.exposedSchemas.length ? `${a.exposedSchemas.map(code).join(', ')}, checked for row level security` : 'none, so row level security is not checked'}`,
    `- **Built by the migrations:** ${plural(c.tables.length, 'table')}, ${plural(c.views.length, 'view')}, ${plural(c.functions.length, 'function')}, ${plural(c.extensions.length, 'extension')}`,
  ];
  const notes = a.notes.map((n) => `- ${text(n)}`);
  const verdict = `**Verdict:** ${verdictWords(current)}`;
  return sameInBrief(['This report compares:', compared.join('\n'), ...(notes.length ? ['Not found:', notes.join('\n')] : []), verdict].join('\n\n'));
}

function verdictWords(findings: Finding[]): string {
  if (findings.some((f) => f.severity === 'error')) return `❌ Failing: ${counts(findings)}. The errors under Recommendations need fixing.`;
  if (findings.some((f) => f.severity === 'warning')) return `⚠️ Passing with warnings: ${counts(findings)}.`;
  return `✅ Healthy: ${counts(findings)}.`;
}

function layoutWords(layout: Analysis['layout']): string {
  return layout === 'supabase' ? 'Supabase CLI layout' : layout === 'prisma' ? 'Prisma Migrate layout' : layout === 'plain' ? 'plain SQL files' : 'layout not recognised';
}
