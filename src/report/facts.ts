import type { Analysis, CatalogData, FunctionInfo, IndexInfo, PrismaModel, PrismaSchema, TableInfo } from '../types.js';
import { key } from './format.js';

/**
 * What the report works out from the catalog and the Prisma schema itself instead of reading it from findings. The
 * design wants every claim about the schema to be a rule's finding first; until the three checks marked below become
 * rules, they live here, apart from the wording, so moving one is moving a function.
 */

/** Columns of the model and of its table that have no counterpart on the other side. */
export interface ColumnDrift {
  onlyInModel: string[];
  onlyInTable: string[];
  /** Dynamic SQL may have changed the table, so the comparison may be wrong. */
  uncertain: boolean;
}

/** Check to become a rule ("Prisma column drift"): compares column names; relation fields map to no column. */
export function columnDrift(t: TableInfo, m: PrismaModel, modelNames: Set<string>): ColumnDrift {
  const modelCols = m.fields.filter((f) => !modelNames.has(f.type)).map((f) => f.column);
  const tableCols = t.columns.map((c) => c.name);
  return {
    onlyInModel: modelCols.filter((c) => !tableCols.includes(c)),
    onlyInTable: tableCols.filter((c) => !modelCols.includes(c)),
    uncertain: t.uncertain,
  };
}

/** Classification the `missing-table` rule also makes (with its own exclusions): models no table or view backs. */
export function modelsWithoutTable(prisma: PrismaSchema, catalog: CatalogData): PrismaModel[] {
  const tableKeys = new Set(catalog.tables.map(key));
  const viewKeys = new Set(catalog.views.map(key));
  return prisma.models.filter((m) => !m.implicit && !tableKeys.has(`${m.schema}.${m.table}`) && !(m.isView && viewKeys.has(`${m.schema}.${m.table}`)));
}

export type PrismaIndexKind = 'id' | 'unique' | 'index';

/** Indexes the model declares, with field-level `@id` / `@unique` the parser may not have listed as block attributes. */
export function prismaIndexes(m: PrismaModel): { kind: PrismaIndexKind; columns: string[] }[] {
  const list = m.indexes.map((i) => ({ kind: i.kind, columns: i.columns }));
  const has = (kind: string, col: string) => list.some((i) => i.kind === kind && i.columns.length === 1 && i.columns[0] === col);
  for (const f of m.fields) {
    if (f.isId && !has('id', f.column)) list.push({ kind: 'id', columns: [f.column] });
    if (f.isUnique && !has('unique', f.column)) list.push({ kind: 'unique', columns: [f.column] });
  }
  return list;
}

/**
 * Check to become a rule ("Prisma indexes missing from the migrations"): what in the catalog enforces a Prisma index,
 * or undefined when nothing does.
 */
export function indexEnforcing(t: TableInfo, kind: PrismaIndexKind, columns: string[]): IndexInfo | 'primary key' | 'unique constraint' | undefined {
  const same = (x: string[]) => x.length === columns.length && x.every((c, i) => c === columns[i]);
  const sameSet = (x: string[]) => x.length === columns.length && columns.every((c) => x.includes(c));
  if (kind === 'id') {
    if (!sameSet(t.primaryKey)) return undefined;
    return t.indexes.find((i) => i.constraint && i.unique && sameSet(i.columns)) ?? 'primary key';
  }
  if (kind === 'unique') {
    const idx = t.indexes.find((i) => i.unique && sameSet(i.columns));
    if (idx) return idx;
    if (t.uniques.some(sameSet)) return 'unique constraint';
    return sameSet(t.primaryKey) ? 'primary key' : undefined;
  }
  const idx = t.indexes.find((i) => same(i.columns));
  if (idx) return idx;
  return same(t.primaryKey) ? 'primary key' : t.uniques.some(same) ? 'unique constraint' : undefined;
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
  return [...uses.keys()].sort().map((name) => ({
    name,
    policies: uses.get(name)!,
    definitions: a.catalog.functions.filter((f) => key(f) === name),
    platform: a.config.managedSchemas.includes(name.slice(0, name.indexOf('.'))),
  }));
}

/** Check to become a rule ("SECURITY DEFINER without search_path"): a caller's search_path could redirect its names. */
export function lacksSearchPath(f: FunctionInfo): boolean {
  return f.securityDefiner && f.searchPath === null;
}
