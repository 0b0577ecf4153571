import { EXTENSION_OBJECTS } from '../catalog/extension-objects.js';
import { quoteIdent } from '../parse/ast.js';
import { defineRule } from './define-rule.js';

/**
 * Extensions every Supabase project has enabled before its first migration (uuid-ossp and pgcrypto in the `extensions`
 * schema): there a migration that leans on them runs, anywhere else it fails, so they are a notice.
 */
const SUPABASE_DEFAULTS = new Set(['uuid-ossp', 'pgcrypto', 'pg_graphql', 'pg_stat_statements', 'supabase_vault']);
/** How many uses a message names before it counts the rest. */
const NAMED_USES = 3;

/** A function, type, operator or operator class of an extension no migration creates: the first statement using it fails. */
export default defineRule({
  id: 'missing-extension',
  description: 'Objects of an extension are used but no migration creates the extension',
  defaultSeverity: 'error',
  aboutStatements: true,
  check(ctx) {
    const created = new Set(ctx.catalog.extensions.map((e) => e.name));
    for (const need of ctx.catalog.extensionNeeds ?? []) {
      if (created.has(need.extension)) continue;
      const [first] = need.uses;
      if (!first) continue;
      const named = need.uses.slice(0, NAMED_USES).map((u) => `\`${u.object}\` (${u.at.file}, line ${u.at.line})`);
      const more = need.uses.length > NAMED_USES ? ` and ${need.uses.length - NAMED_USES} more` : '';
      const supabase = SUPABASE_DEFAULTS.has(need.extension);
      const info = EXTENSION_OBJECTS.find((e) => e.name === need.extension);
      // Supabase keeps extensions out of the API's schemas; an extension with a fixed schema goes there whatever is said.
      const inExtensions = ctx.layout === 'supabase' && info?.schema === undefined;
      ctx.report({
        object: need.extension,
        file: first.at.file,
        line: first.at.line,
        message: `The migrations use ${named.join(', ')}${more} of the extension ${need.extension}, but no migration creates it. ` + (supabase
          ? `Supabase enables ${need.extension} on every project${need.extension === 'uuid-ossp' || need.extension === 'pgcrypto' ? ' (in its extensions schema)' : ''}, so they run there; on any other PostgreSQL database (a local or CI server, a plain Postgres host) the first of them fails because the object does not exist. Create the extension in a migration so the history says what it needs.`
          : `On a database built from the migrations the first of them fails because the object does not exist; it works only where someone enabled ${need.extension} by hand.`),
        fix: `-- In ${first.at.file} before line ${first.at.line}, or in a migration that runs before it:\nCREATE EXTENSION IF NOT EXISTS ${quoteIdent(need.extension)}${inExtensions ? ' WITH SCHEMA extensions' : ''};`,
        ...(supabase && { defaultSeverity: 'notice' as const }),
      });
    }
  },
});
