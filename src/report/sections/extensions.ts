import type { ExtensionInfo, ExtensionNeed } from '../../types.js';
import { sameInBrief, type SectionBody } from '../blocks.js';
import { code, table } from '../escape.js';
import { locCell, plural } from '../format.js';

/** How many objects of an extension a row names before it counts the rest. */
const NAMED_USES = 3;

/**
 * Extensions: those the migrations create and those they use (the catalog's extensionNeeds, what missing-extension
 * reads too; undefined when not known), with where each is created and where the first use is.
 */
export function extensionsSection(list: ExtensionInfo[], known?: ExtensionNeed[]): SectionBody {
  const needs = known ?? [];
  const names = [...new Set([...list.map((e) => e.name), ...needs.map((n) => n.extension)])].sort();
  if (!names.length) return sameInBrief(known ? 'The migrations create no extension and use none.' : 'The migrations create no extension.');
  const created = new Map(list.map((e) => [e.name, e]));
  const needed = new Map(needs.map((n) => [n.extension, n]));
  const rows = names.map((name) => {
    const e = created.get(name);
    const uses = needed.get(name)?.uses ?? [];
    const schema = e?.schema ?? e?.defaultSchema;
    return [
      code(name), schema ? code(schema) : '–', e ? locCell(e.createdAt) : '❌ not created',
      uses.length ? uses.slice(0, NAMED_USES).map((u) => code(u.object)).join(', ') + (uses.length > NAMED_USES ? ` and ${uses.length - NAMED_USES} more` : '') : '–',
      uses[0] ? locCell(uses[0].at) : '–',
    ];
  });
  const missing = names.filter((n) => needed.has(n) && !created.has(n));
  const brief = `The migrations create ${plural(list.length, 'extension')}${known ? ` and use objects of ${plural(needs.length, 'extension')}` : ''}` +
    (missing.length ? `; used and never created: ${missing.map(code).join(', ')} (see missing-extension).` : '.');
  return { full: `${brief}\n\n${table(['Extension', 'Schema', 'Created in', 'Used for', 'First use'], rows)}`, brief };
}
