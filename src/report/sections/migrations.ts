import type { MigrationInfo } from '../../types.js';
import { briefFirst, sameInBrief, type SectionBody } from '../blocks.js';
import { code, table, text } from '../escape.js';
import { fold, plural } from '../format.js';

/** Migration health: which files were applied and which of them survive running again. */
export function migrationsSection(list: MigrationInfo[]): SectionBody {
  const applied = list.filter((m) => m.applied).length;
  const notIdempotent = list.filter((m) => m.idempotent === false).length;
  const unknown = list.filter((m) => m.idempotent === null).length;
  const brief = `${plural(list.length, 'migration file')}: ${applied} applied, ${list.length - applied} skipped; ` +
    `${list.length - notIdempotent - unknown} idempotent, ${notIdempotent} not, ${unknown} not known.`;
  if (!list.length) return sameInBrief(brief);
  return briefFirst(brief, () => {
    const rows = list.map((m) => [
      code(m.file), m.applied ? '✅ Applied' : '⏭️ Skipped', String(m.statements),
      m.idempotent === null ? '–' : m.idempotent ? '✅' : '❌', m.description ? text(m.description) : '–',
    ]);
    return `${brief}\n\n${fold(`${list.length} migration files`, table(['Migration', 'Status', 'Statements', 'Idempotent', 'Description'], rows), rows.length)}`;
  });
}
