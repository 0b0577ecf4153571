import { objectName } from './names.js';
import { qualified, quoteIdent } from '../parse/ast.js';
import type { CatalogData, TableInfo } from '../types.js';

/**
 * Whether an index of the table (a primary key's or unique constraint's included) leads with `columns`, in any
 * order: a lookup by those columns can then use it instead of scanning the table.
 */
export function hasLeadingIndex(t: TableInfo, columns: readonly string[]): boolean {
  const leads = (keys: readonly string[]) => keys.length >= columns.length && columns.every((c) => keys.slice(0, columns.length).includes(c));
  return t.indexes.some((i) => leads(i.columns)) || leads(t.primaryKey) || t.uniques.some(leads);
}

/** `CREATE INDEX IF NOT EXISTS` on the columns, named as PostgreSQL would name it unnamed and free in the schema. */
export function createIndexFix(catalog: CatalogData, t: TableInfo, columns: readonly string[]): string {
  const taken = relationNames(catalog, t.schema);
  const name = objectName(t.name, columns, 'idx', (n) => taken.has(n));
  return `CREATE INDEX IF NOT EXISTS ${quoteIdent(name)} ON ${qualified(`${t.schema}.${t.name}`)} (${columns.map(quoteIdent).join(', ')});`;
}

/** The table and index names of each schema, built once per catalog: a fix per finding must not rescan every table. */
const namesBySchema = new WeakMap<CatalogData, Map<string, Set<string>>>();

function relationNames(catalog: CatalogData, schema: string): Set<string> {
  let bySchema = namesBySchema.get(catalog);
  if (!bySchema) {
    bySchema = new Map();
    for (const o of catalog.tables) {
      const names = bySchema.get(o.schema) ?? bySchema.set(o.schema, new Set()).get(o.schema)!;
      names.add(o.name);
      for (const i of o.indexes) names.add(i.name);
    }
    namesBySchema.set(catalog, bySchema);
  }
  return bySchema.get(schema) ?? new Set();
}
