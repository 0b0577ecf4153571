import { quoteIdent } from '../parse/ast.js';
import type { FunctionInfo } from '../types.js';

/**
 * Pins a SECURITY DEFINER function's search_path without breaking its body: `public` keeps the unqualified names
 * resolving where the migrations made them, `pg_temp` last keeps a caller's temporary objects from shadowing them.
 * (`''` is stricter, but only right once every name in the body is schema-qualified.)
 */
export function pinSearchPath(f: FunctionInfo): string {
  return `ALTER FUNCTION ${quoteIdent(f.schema)}.${quoteIdent(f.name)}(${f.args}) SET search_path = public, pg_temp;`;
}
