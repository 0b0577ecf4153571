import type { Analysis, Finding } from '../../types.js';
import { sameInBrief, type SectionBody } from '../blocks.js';
import { code, text } from '../escape.js';
import { plural, verificationLine } from '../format.js';
import { sentence, type Verdict } from '../verdict.js';

/**
 * Executive summary: what was compared, what was not found, and the verdict the run reached (when given: a report
 * on several projects states it once, in its headline).
 */
export function summarySection(a: Analysis, verdict: Verdict | undefined, current: Finding[]): SectionBody {
  const models = a.prisma ? a.prisma.models.filter((m) => !m.implicit) : [];
  const applied = a.migrations.filter((m) => m.applied).length;
  const c = a.catalog;
  const compared = [
    `- **Prisma schema:** ${a.schemaFiles.length ? `${a.schemaFiles.map(code).join(', ')}, ${plural(models.length, 'model')}` : 'none found'}`,
    `- **Migrations:** ${a.migrationsDir ? `${plural(a.migrations.length, 'file')} in ${code(a.migrationsDir)} (${layoutWords(a.layout)}): ${applied} applied, ${a.migrations.length - applied} skipped` : 'none found'}`,
    `- **Exposed schemas:** ${a.exposedSchemas.length ? `${a.exposedSchemas.map(code).join(', ')}, checked for row level security` : 'none, so row level security is not checked'}`,
    `- **Built by the migrations:** ${plural(c.tables.length, 'table')}, ${plural(c.views.length, 'view')}, ${plural(c.functions.length, 'function')}, ${plural(c.extensions.length, 'extension')}`,
    ...(a.verification ? [`- **Checked on a real database:** ${text(verificationLine(a.verification))} (✔ marks a verified finding)`] : []),
  ];
  const notes = a.notes.map((n) => `- ${text(n)}`);
  const verdictLine = verdict && `**Verdict:** ${sentence(verdict)}${current.length ? ' Each finding and its fix are under Recommendations.' : ''}`;
  return sameInBrief(['This report compares:', compared.join('\n'), ...(notes.length ? ['Notes:', notes.join('\n')] : []), ...(verdictLine ? [verdictLine] : [])].join('\n\n'));
}

function layoutWords(layout: Analysis['layout']): string {
  return layout === 'supabase' ? 'Supabase CLI layout' : layout === 'prisma' ? 'Prisma Migrate layout' : layout === 'plain' ? 'plain SQL files' : 'layout not recognised';
}
