import type { ExtensionInfo } from '../../types.js';
import { sameInBrief, type SectionBody } from '../blocks.js';
import { code, table } from '../escape.js';
import { locCell, plural } from '../format.js';

export function extensionsSection(list: ExtensionInfo[]): SectionBody {
  if (!list.length) return sameInBrief('The migrations create no extension.');
  return {
    full: table(['Extension', 'Schema', 'Created in'], list.map((e) => [code(e.name), e.schema ? code(e.schema) : '–', locCell(e.createdAt)])),
    brief: `The migrations create ${plural(list.length, 'extension')}: ${list.map((e) => code(e.name)).join(', ')}.`,
  };
}
