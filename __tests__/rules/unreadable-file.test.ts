import { auditTable, MIGRATION as MIG, SCHEMA, type Found } from './engine.js';

const rule = 'unreadable-file';
const found = (file: string): Found => ({ rule, severity: 'error', file });

auditTable(rule, [
  // docs/rules/unreadable-file.md
  ['docs ❌: a migration saved as UTF-16 LE', { [MIG]: Buffer.from('\uFEFFALTER TABLE public.offers ADD COLUMN label text;', 'utf16le') }, [found(MIG)]],
  ['docs ❌: a migration saved in Windows-1252', { [MIG]: Buffer.from("SELECT 'café';", 'latin1') }, [found(MIG)]],
  ['docs ✅: the same file saved as UTF-8 with a byte-order mark', { [MIG]: "\uFEFFALTER TABLE public.offers ADD COLUMN IF NOT EXISTS label text NOT NULL DEFAULT 'café';" }, []],

  ['a binary file', { [MIG]: Buffer.from([0x63, 0x00, 0x01]) }, [found(MIG)]],
  ['a Prisma schema that is not UTF-8', { [MIG]: 'select 1;', [SCHEMA]: Buffer.from('model Caf\xe9 {\n  id Int @id\n}\n', 'latin1') }, [found(SCHEMA)]],
]);
