import { quoteIdent } from '../../parse/ast.js';
import type { Analysis } from '../../types.js';
import { briefFirst, type SectionBody } from '../blocks.js';
import { fence } from '../escape.js';
import { fold, plural } from '../format.js';

/** Validation queries: SQL that returns only where the live database differs from what the migrations build. */
export function validationSection(a: Analysis): SectionBody {
  const exposed = a.catalog.tables.filter((t) => a.exposedSchemas.includes(t.schema));
  const indexes = a.catalog.tables.flatMap((t) => t.indexes.map((i) => ({ t, i })));
  const brief = `Queries that compare the live database with the migrations: row level security and policy counts for ${plural(exposed.length, 'table')}, ${plural(indexes.length, 'index', 'indexes')}.`;
  if (!exposed.length && !indexes.length) return { full: 'No table in an exposed schema and no index: nothing to check against the live database.', brief };
  return briefFirst(brief, () => {
    const queries: string[] = [];
    if (exposed.length) {
      queries.push([
        '-- Row level security that differs from what the migrations build (no rows: as expected)',
        'select e.name, c.relrowsecurity, c.relforcerowsecurity',
        'from (values',
        exposed.map((t) => `  (${literal(`${quoteIdent(t.schema)}.${quoteIdent(t.name)}`)}, ${t.rls}, ${t.forceRls})`).join(',\n'),
        ') as e(name, rls, force_rls)',
        'left join pg_class c on c.oid = to_regclass(e.name)',
        'where c.oid is null or (c.relrowsecurity, c.relforcerowsecurity) is distinct from (e.rls, e.force_rls);',
      ].join('\n'), [
        '-- Policy counts that differ from what the migrations build (no rows: as expected)',
        'select e.schemaname, e.tablename, e.expected, count(p.policyname) as actual',
        'from (values',
        exposed.map((t) => `  (${literal(t.schema)}, ${literal(t.name)}, ${t.policies.length})`).join(',\n'),
        ') as e(schemaname, tablename, expected)',
        'left join pg_policies p on p.schemaname = e.schemaname and p.tablename = e.tablename',
        'group by e.schemaname, e.tablename, e.expected',
        'having count(p.policyname) <> e.expected',
        'order by 1, 2;',
      ].join('\n'));
    }
    if (indexes.length) {
      queries.push([
        '-- Indexes the migrations create that the database lacks (no rows: all present)',
        'select e.schemaname, e.tablename, e.indexname',
        'from (values',
        indexes.map(({ t, i }) => `  (${literal(t.schema)}, ${literal(t.name)}, ${literal(i.name)})`).join(',\n'),
        ') as e(schemaname, tablename, indexname)',
        'where not exists (select 1 from pg_indexes i where i.schemaname = e.schemaname and i.indexname = e.indexname)',
        'order by 1, 2, 3;',
      ].join('\n'));
    }
    const full = `Run these against the live database; each returns only what differs from what the migrations build.\n\n${fence(queries.join('\n\n'), 'sql')}`;
    return fold(`${queries.length} queries`, full, exposed.length + indexes.length);
  });
}

/** A SQL string literal. */
function literal(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
