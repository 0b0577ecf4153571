import { extensionsSection } from '../../src/report/sections/extensions.js';
import { analysis, MIGRATION as MIG } from '../rules/engine.js';

const LATER = 'supabase/migrations/20240102000000_search.sql';

test('created and needed extensions side by side, from the catalog missing-extension reads', async () => {
  const a = await analysis({
    [MIG]: 'create extension if not exists pg_trgm with schema extensions;\ncreate extension if not exists hstore;\ncreate table t (id uuid default uuid_generate_v4(), title text, email citext);',
    [LATER]: 'create index t_trgm on t using gin (title extensions.gin_trgm_ops);\nselect extensions.similarity(\'a\', \'b\'), uuid_ns_url(), uuid_ns_dns(), uuid_ns_oid(), uuid_nil();',
  });
  expect(extensionsSection(a.catalog.extensions, a.catalog.extensionNeeds)).toEqual({
    brief: 'The migrations create 2 extensions and use objects of 3 extensions; used and never created: `citext`, `uuid-ossp` (see missing-extension).',
    full: 'The migrations create 2 extensions and use objects of 3 extensions; used and never created: `citext`, `uuid-ossp` (see missing-extension).\n\n' + [
      '| Extension | Schema | Created in | Used for | First use |',
      '| - | - | - | - | - |',
      `| \`citext\` | – | ❌ not created | \`citext\` | \`${MIG}:3\` |`,
      `| \`hstore\` | \`public\` | \`${MIG}:2\` | – | – |`,
      `| \`pg_trgm\` | \`extensions\` | \`${MIG}:1\` | \`extensions.gin_trgm_ops\`, \`extensions.similarity()\` | \`${LATER}:1\` |`,
      `| \`uuid-ossp\` | – | ❌ not created | \`uuid_generate_v4()\`, \`uuid_ns_url()\`, \`uuid_ns_dns()\` and 2 more | \`${MIG}:3\` |`,
    ].join('\n'),
  });
});

test('no extension created or used', () => {
  expect(extensionsSection([], [])).toEqual({ full: 'The migrations create no extension and use none.', brief: 'The migrations create no extension and use none.' });
});

test('needs not known (a catalog no replay built): only what is created', () => {
  expect(extensionsSection([], undefined).brief).toBe('The migrations create no extension.');
  expect(extensionsSection([{ name: 'citext', schema: 'extensions', createdAt: { file: MIG, line: 1 } }], undefined).brief).toBe('The migrations create 1 extension.');
});
