/**
 * Dynamic SQL we could not resolve (an EXECUTE of a string built at run time): only its literal fragments are
 * known, so whatever it might touch becomes uncertain and no finding rests on it.
 */
import type { UnresolvedExecute } from '../types.js';
import type { Catalog } from './catalog.js';
import { forgetRowsFor } from './handlers/data.js';
import { forgetFunctionSettings } from './handlers/functions.js';
import { forgetClients } from './handlers/grants.js';

export function applyUnresolved(catalog: Catalog, u: UnresolvedExecute): void {
  const text = u.fragments.join(' ').toUpperCase();
  if (/ROW\s+LEVEL\s+SECURITY|POLICY/.test(text)) {
    // `ALTER TABLE public.%I …` names its schema; a bare `%I` may be every table.
    const schemas = u.fragments.flatMap((f) => [...f.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\.(?=%|$)/g)].map((m) => m[1]!.toLowerCase()));
    for (const [key, rel] of [...catalog.relations]) {
      if (rel.kind === 'table' && (schemas.length === 0 || schemas.includes(rel.table.schema))) catalog.writableTable(key)!.uncertain = true;
    }
  }
  if (/CREATE\s+(UNLOGGED\s+)?TABLE|CREATE\s+(OR\s+REPLACE\s+)?(MATERIALIZED\s+)?VIEW/.test(text)) catalog.dynamicTables = true;
  // A string with no known words may do anything; one that creates, drops, renames or adds something names what only
  // the running database knows.
  if (u.fragments.length === 0 || /\b(CREATE|DROP|RENAME|ADD|IMPORT|INTO|INSERT|DELETE|UPDATE|TRUNCATE)\b/.test(text)) catalog.existenceUncertain = true;
  forgetRowsFor(catalog, u);
  if (u.fragments.length === 0 || /\b(GRANT|REVOKE)\b/.test(text)) forgetClients(catalog);
  if (u.fragments.length === 0 || /ALTER\s+(FUNCTION|ROUTINE|PROCEDURE)/.test(text)) forgetFunctionSettings(catalog);
  if (/ALTER\s+TABLE|ADD\s+COLUMN|RENAME/.test(text)) {
    for (const [key, rel] of [...catalog.relations]) if (rel.kind === 'table' && rel.table.columns.complete) catalog.writableTable(key)!.columns.complete = false;
  }
}
