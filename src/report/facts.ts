import type { Analysis, CatalogData, FunctionInfo, PrismaModel, PrismaSchema } from '../types.js';
import { key } from './format.js';

/**
 * What the report works out from the catalog and the Prisma schema itself instead of reading it from findings. The
 * design wants every claim about the schema to be a rule's finding first; until the check marked below becomes a
 * rule, it lives here, apart from the wording, so moving it is moving a function. The Prisma comparisons the rules
 * report are in `src/catalog/prisma-match.ts`.
 */

/** Classification the `missing-table` rule also makes (with its own exclusions): models no table or view backs. */
export function modelsWithoutTable(prisma: PrismaSchema, catalog: CatalogData): PrismaModel[] {
  const tableKeys = new Set(catalog.tables.map(key));
  const viewKeys = new Set(catalog.views.map(key));
  return prisma.models.filter((m) => !m.implicit && !tableKeys.has(`${m.schema}.${m.table}`) && !(m.isView && viewKeys.has(`${m.schema}.${m.table}`)));
}

/** A function policies call, or a SECURITY DEFINER function, with the definitions the migrations make of it. */
export interface HelperFunction {
  /** `schema.name`. */
  name: string;
  /** Policies that call it. */
  policies: number;
  /** Empty when no migration creates it. */
  definitions: FunctionInfo[];
  /** In a schema the platform manages, so not creating it is expected. */
  platform: boolean;
}

/** Functions policies call plus every SECURITY DEFINER function, by name. */
export function helperFunctions(a: Analysis): HelperFunction[] {
  const uses = new Map<string, number>();
  for (const t of a.catalog.tables) for (const p of t.policies) for (const h of new Set(p.helpers)) uses.set(h, (uses.get(h) ?? 0) + 1);
  for (const f of a.catalog.functions) if (f.securityDefiner && !uses.has(key(f))) uses.set(key(f), 0);
  const definitions = new Map<string, FunctionInfo[]>();
  for (const f of a.catalog.functions) definitions.set(key(f), [...(definitions.get(key(f)) ?? []), f]);
  return [...uses.keys()].sort().map((name) => ({
    name,
    policies: uses.get(name)!,
    definitions: definitions.get(name) ?? [],
    platform: a.config.managedSchemas.includes(name.slice(0, name.indexOf('.'))),
  }));
}

/** Check to become a rule ("SECURITY DEFINER without search_path"): a caller's search_path could redirect its names. */
export function lacksSearchPath(f: FunctionInfo): boolean {
  return f.securityDefiner && f.searchPath === null;
}
