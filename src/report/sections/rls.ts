import type { Analysis } from '../../types.js';
import { briefFirst, sameInBrief, type SectionBody } from '../blocks.js';
import { code, table } from '../escape.js';
import { lacksSearchPath, type HelperFunction } from '../facts.js';
import { fold, key, plural } from '../format.js';
import { policyWords } from '../policy-words.js';

/** Row level security: each exposed table with what its policies allow, and the functions those policies rely on. */
export function rlsSection(a: Analysis, helpers: HelperFunction[]): SectionBody {
  if (!a.exposedSchemas.length) {
    return sameInBrief('No schema is exposed through the API (the migrations do not use row level security), so no table is checked.');
  }
  const exposed = a.catalog.tables.filter((t) => a.exposedSchemas.includes(t.schema));
  const on = exposed.filter((t) => t.rls).length;
  const helperRows = helpers.flatMap(helperRowsOf);
  const unsafe = helpers.flatMap((h) => h.definitions.filter(lacksSearchPath)).length;
  const brief = `${plural(exposed.length, 'table')} in ${a.exposedSchemas.map(code).join(', ')}: ${on} with row level security, ${exposed.length - on} without; ` +
    `${plural(helperRows.length, 'helper function')}, ${plural(unsafe, 'SECURITY DEFINER function')} without ${code('search_path')}.`;
  return briefFirst(brief, () => {
    const rows = exposed.map((t) => {
      const words = [...new Set(t.policies.map((p) => policyWords(p, code)))];
      return [
        code(key(t)), t.uncertain ? '❔ uncertain (dynamic SQL)' : t.rls ? '✅ on' : '❌ off', t.forceRls ? 'yes' : 'no', String(t.policies.length),
        words.length ? words.join('; ') : t.rls ? 'nothing: no policy, so API clients see no rows' : '–',
      ];
    });
    return [brief,
      '### Tables',
      rows.length ? fold(`${rows.length} tables`, table(['Table', 'RLS', 'Forced', 'Policies', 'What the policies allow'], rows), rows.length) : 'The migrations create no table in the exposed schemas.',
      '### Helper functions',
      helperRows.length
        ? fold(`${helperRows.length} functions`, table(['Function', 'Policies using it', 'Security definer', 'search_path', 'Note'], helperRows), helperRows.length)
        : 'No policy calls a function and no function is SECURITY DEFINER.',
    ].join('\n\n');
  });
}

/** One row per definition, or one saying why there is none. */
function helperRowsOf(h: HelperFunction): string[][] {
  if (!h.definitions.length) {
    return [[code(`${h.name}()`), String(h.policies), '–', '–', h.platform ? 'Provided by the platform' : 'Not created by the migrations']];
  }
  return h.definitions.map((f) => [
    code(`${h.name}(${f.args})`), String(h.policies), f.securityDefiner ? 'yes' : 'no',
    f.searchPath === null ? (f.securityDefiner ? '❌ not set' : 'not set') : code(f.searchPath),
    lacksSearchPath(f) ? `⚠️ Set ${code('search_path')}: a caller's path could redirect the names it uses` : '✅',
  ]);
}
