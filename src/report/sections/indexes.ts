import type { Analysis } from '../../types.js';
import type { SectionBody } from '../blocks.js';
import { code, table } from '../escape.js';
import { indexEnforcing, prismaIndexes } from '../../catalog/prisma-match.js';
import { fold, key, locCell, plural } from '../format.js';

/** Index analysis: each index Prisma declares with what enforces it in the migrations, and the indexes they create. */
export function indexesSection(a: Analysis): SectionBody {
  const tables = new Map(a.catalog.tables.map((t) => [key(t), t]));
  const declared: string[][] = [];
  let matched = 0;
  for (const m of a.prisma?.models ?? []) {
    const t = tables.get(`${m.schema}.${m.table}`);
    if (!t) continue;
    for (const idx of prismaIndexes(m)) {
      const found = indexEnforcing(t, idx.kind, idx.columns);
      const by = found === undefined ? undefined : typeof found === 'string' ? found : code(found.name);
      if (by) matched++;
      declared.push([code(m.name), idx.kind, idx.columns.map(code).join(', '), by ? `✅ ${by}` : `❌ no ${idx.kind === 'index' ? 'index' : idx.kind === 'id' ? 'primary key' : 'unique index'} on these columns`]);
    }
  }
  const created = a.catalog.tables.flatMap((t) => t.indexes.filter((i) => !i.constraint).map((i) => [
    code(i.name), code(key(t)), i.columns.map(code).join(', '), i.unique ? 'yes' : 'no', locCell(i.createdAt),
  ]));
  const brief = `${plural(declared.length, 'index', 'indexes')} declared in Prisma (${matched} found in the migrations, ${declared.length - matched} missing); ` +
    `${plural(created.length, 'index', 'indexes')} created by the migrations with CREATE INDEX.`;
  const full = [brief,
    '### Declared in Prisma',
    declared.length ? fold(`${declared.length} indexes`, table(['Model', 'Kind', 'Columns', 'In the migrations'], declared), declared.length) : 'None (or no model has a table to check).',
    '### Created by the migrations',
    created.length ? fold(`${created.length} indexes`, table(['Index', 'Table', 'Columns', 'Unique', 'Created in'], created), created.length) : 'None.',
  ].join('\n\n');
  return { full, brief };
}
