import { schemaNotCompared } from '../../parse/prisma.js';
import type { Analysis, Finding } from '../../types.js';
import { sameInBrief, type SectionBody } from '../blocks.js';
import { code, table, text } from '../escape.js';
import { columnDrift, type ColumnDrift } from '../../catalog/prisma-match.js';
import { modelsWithoutTable } from '../facts.js';
import { fold, key, locCell, objectsByRule, plural, type RuleGroup } from '../format.js';

/**
 * Schema comparison: each table with its model and drift, tables without a model, models without a table. `open`: the
 * open findings as groupByRule groups them.
 */
export function schemaSection(a: Analysis, open: RuleGroup<Finding>[]): SectionBody {
  const notCompared = schemaNotCompared(a);
  if (notCompared) return sameInBrief(`The Prisma schema was not compared with the migrations: ${text(notCompared)}. The migrations create ${plural(a.catalog.tables.length, 'table')}.`);
  if (!a.prisma) {
    return sameInBrief(`No Prisma schema was found, so no table is compared with a model. The migrations create ${plural(a.catalog.tables.length, 'table')}.`);
  }
  const byTable = new Map(a.prisma.models.map((m) => [`${m.schema}.${m.table}`, m]));
  const flagged = objectsByRule(open, ['missing-model', 'missing-table']);
  const missingModel = flagged('missing-model');
  const missingTable = flagged('missing-table');

  let drifted = 0;
  const enumNames = new Set(a.catalog.enums.map((e) => e.name));
  const withModel = a.catalog.tables.filter((t) => byTable.has(key(t))).map((t) => {
    const m = byTable.get(key(t))!;
    const note = driftWords(columnDrift(t, m, a.prisma!, enumNames));
    if (note) drifted++;
    return [code(key(t)), code(m.name), locCell(t.createdAt), note ? `⚠️ ${note}` : '✅ Aligned'];
  });
  const withoutModel = a.catalog.tables.filter((t) => !byTable.has(key(t))).map((t) => [
    code(key(t)), locCell(t.createdAt),
    missingModel.has(key(t)) ? `⚠️ Add a Prisma model (${code('missing-model')}, see Recommendations)` : 'Not reported (outside the Prisma schemas, or ignored)',
  ]);
  const withoutTable = modelsWithoutTable(a.prisma, a.catalog).map((m) => [
    code(m.name), code(`${m.schema}.${m.table}`), code(`${m.file}:${m.line}`),
    missingTable.has(m.name) || missingTable.has(`${m.schema}.${m.table}`) ? `❌ No migration creates it (${code('missing-table')}, see Recommendations)` : m.isView ? 'View not created by the migrations' : 'Not reported (ignored)',
  ]);

  const brief = `${plural(withModel.length, 'table')} with a Prisma model (${withModel.length - drifted} aligned, ${drifted} drifted), ` +
    `${plural(withoutModel.length, 'table')} without one, ${plural(withoutTable.length, 'model')} without a table.`;
  const full = [brief,
    '### Tables with a model',
    withModel.length ? fold(`${withModel.length} tables`, table(['Table', 'Model', 'Created in', 'Notes'], withModel), withModel.length) : 'None.',
    '### Tables without a model',
    withoutModel.length ? fold(`${withoutModel.length} tables`, table(['Table', 'Created in', 'Recommendation'], withoutModel), withoutModel.length) : 'None: every table the migrations create has a model.',
    '### Models without a table',
    withoutTable.length ? fold(`${withoutTable.length} models`, table(['Model', 'Expected table', 'Defined at', 'Note'], withoutTable), withoutTable.length) : 'None: every model has a table in the migrations.',
  ].join('\n\n');
  return { full, brief };
}

/** The drift in words, or undefined when model and table are aligned. */
function driftWords(drift: ColumnDrift): string | undefined {
  const parts = [
    ...(drift.onlyInModel.length ? [`only in the model: ${drift.onlyInModel.map(code).join(', ')}`] : []),
    ...(drift.onlyInTable.length ? [`only in the table: ${drift.onlyInTable.map(code).join(', ')}`] : []),
    ...(drift.uncertain ? ['dynamic SQL may have changed the table'] : []),
  ];
  return parts.length ? `Drift: ${parts.join('; ')}` : undefined;
}
