import { EXTENSION_OBJECTS } from '../catalog/extension-objects.js';
import { quoteIdent } from '../parse/ast.js';
import { defineRule } from './define-rule.js';

/**
 * An extension installed in public when public is exposed through the API (splinter's `extension_in_public`): its
 * functions become RPC endpoints and its views and tables API resources, which nobody meant to publish.
 */
export default defineRule({
  id: 'extension-in-public',
  description: 'Extension installed in the public schema, which the API exposes',
  defaultSeverity: 'warning',
  aboutStatements: true,
  check(ctx) {
    if (!ctx.exposedSchemas.includes('public')) return;
    for (const e of ctx.catalog.extensions) {
      const control = EXTENSION_OBJECTS.find((x) => x.name === e.name);
      // Only what the control file says tells where an extension lands; one the table does not know is left alone.
      if (!control || !e.createdAt?.file) continue;
      const schema = e.schema ?? control.schema ?? e.defaultSchema;
      if (schema !== 'public') continue;
      const name = quoteIdent(e.name);
      ctx.report({
        object: `public.${e.name}`,
        file: e.createdAt.file,
        line: e.createdAt.line,
        message: `The extension ${e.name} is installed in public, which the API exposes: its functions${control.objects.some((o) => o.kind === 'relation') ? ', tables and views' : ''} become part of the API and clutter the schema your own tables live in. Install it in the extensions schema instead (CREATE EXTENSION IF NOT EXISTS ${name} WITH SCHEMA extensions).` +
          (control.relocatable ? '' : ` ${e.name} is not relocatable: where it is already installed, it must be dropped and created again to move.`),
        // A relocatable extension already in public moves with ALTER EXTENSION; a second run leaves it where it is.
        ...(control.relocatable && { fix: `CREATE SCHEMA IF NOT EXISTS extensions;\nALTER EXTENSION ${name} SET SCHEMA extensions;` }),
      });
    }
  },
});
