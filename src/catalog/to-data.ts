import { withKeys } from '../objects.js';
import type { CatalogData, ColumnInfo, Loc, PolicyInfo, TableInfo, ViewInfo } from '../types.js';
import type { Catalog } from './catalog.js';
import { splitKey, type ClientGrants, type Column, type Policy, type Relation, type Table } from './model.js';
import { policyCost } from './policy-expressions.js';

const byName = (a: { schema: string; name: string }, b: { schema: string; name: string }): number => `${a.schema}.${a.name}`.localeCompare(`${b.schema}.${b.name}`);

/** The clients of a relation as TableInfo and ViewInfo print them. */
function clientsOf(grants: ClientGrants | undefined): { clients?: string[]; grantsAt?: Loc } {
  return grants ? { clients: [...grants.roles], ...(grants.at && { grantsAt: grants.at }) } : {};
}

/**
 * The data of each column, made once: the replay replaces a column to change it, never changes one in place (a fork
 * may share it), so the data made of one holds while it stands, in every catalog that has it. toData runs once per
 * audit and again for each group of fixes checked, mostly over the same columns and policies.
 */
const columnData = new WeakMap<Column, ColumnInfo>();

/** The data of each policy (replaced like columns) as last made: on which table, with which of its helpers defined. */
const policyData = new WeakMap<Policy, { table: string; helpers: string[]; info: PolicyInfo }>();

function sameItems<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = Object.is): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i]!));
}

function columnInfo(column: Column): ColumnInfo {
  let info = columnData.get(column);
  if (!info) {
    const { identity: _identity, ...rest } = column;
    columnData.set(column, (info = rest));
  }
  return info;
}

function policyInfo(table: string, policy: Policy, defined: Set<string>): PolicyInfo {
  const helpers = policy.helpers.filter((h) => defined.has(h));
  const made = policyData.get(policy);
  if (made && made.table === table && sameItems(made.helpers, helpers)) return made.info;
  const { using, check, ...p } = policy;
  const always = { ...(using?.isTrue && { usingTrue: true as const }), ...(check?.isTrue && { checkTrue: true as const }) };
  const info = withKeys(p, { helpers, ...policyCost(table, [using, check].filter((e) => e !== undefined)), ...always });
  policyData.set(policy, { table, helpers, info });
  return info;
}

type IndexRelation = Extract<Relation, { kind: 'index' }>;

/**
 * What toData last made of a table, and what it read besides the table: the same table unchanged since (its version),
 * with the same indexes and policies, makes the same data. A pull request's head shares most tables with its base.
 */
const tableData = new WeakMap<Table, { version: number; indexes: [string, IndexRelation][]; policies: PolicyInfo[]; info: TableInfo }>();

function tableInfo(t: Table, indexes: [string, IndexRelation][], defined: Set<string>): TableInfo {
  const policies = [...t.policies.values()].map((p) => policyInfo(t.name, p, defined));
  const made = tableData.get(t);
  if (made && made.version === t.version && sameItems(made.policies, policies) && sameItems(made.indexes, indexes, (x, y) => x[0] === y[0] && x[1] === y[1])) return made.info;
  const cons = [...t.constraints.values()];
  const info: TableInfo = {
    schema: t.schema, name: t.name, partitioned: t.partitioned, ...(t.foreign && { foreign: true }), partitionOf: t.partitionOf, createdAt: t.createdAt,
    columns: [...t.columns.values()].map(columnInfo),
    primaryKey: cons.find((c) => c.type === 'p')?.columns ?? [],
    uniques: cons.filter((c) => c.type === 'u').map((c) => c.columns),
    foreignKeys: cons.flatMap((c) => (c.fk ? [c.fk] : [])),
    indexes: indexes.map(([key, rel]) => ({ name: splitKey(key)[1], columns: rel.columns, unique: rel.unique, constraint: rel.constraint, createdAt: rel.createdAt, ...(rel.shape && { shape: rel.shape }) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    rls: t.rls, forceRls: t.forceRls, rlsAt: t.rlsAt, uncertain: t.uncertain, ...clientsOf(t.clients),
    policies,
  };
  tableData.set(t, { version: t.version, indexes, policies, info });
  return info;
}

/** The catalog as plain data for the rules and the report; tables and views in schemas the platform manages left out. */
export function catalogData(catalog: Catalog, managed: (schema: string) => boolean): CatalogData {
  const defined = new Set([...catalog.functions.values()].map((f) => `${f.schema}.${f.name}`));
  const indexesOf = new Map<string, [string, IndexRelation][]>();
  const views: ViewInfo[] = [];
  for (const [key, rel] of catalog.relations) {
    if (rel.kind === 'index') {
      const list = indexesOf.get(rel.table) ?? [];
      list.push([key, rel]);
      indexesOf.set(rel.table, list);
    }
    const [schema, name] = splitKey(key);
    if (rel.kind === 'view' && !managed(schema)) {
      views.push({
        schema, name, materialized: rel.materialized, createdAt: rel.createdAt,
        ...(rel.securityInvoker && { securityInvoker: true }), ...(rel.optionsAt && { optionsAt: rel.optionsAt }), ...clientsOf(rel.clients),
      });
    }
  }
  const tables = catalog.userTables().filter((t) => !managed(t.schema)).map((t) => tableInfo(t, indexesOf.get(`${t.schema}.${t.name}`) ?? [], defined)).sort(byName);
  const policyHelpers = new Set<string>();
  for (const rel of catalog.relations.values()) {
    if (rel.kind === 'table') for (const p of rel.table.policies.values()) for (const h of p.helpers) if (defined.has(h)) policyHelpers.add(h);
  }
  return {
    tables,
    views: views.sort(byName),
    policyHelpers: [...policyHelpers].sort(),
    functions: [...catalog.functions.values()].sort(byName),
    extensions: [...catalog.extensions.values()].sort((a, b) => a.name.localeCompare(b.name)),
    extensionNeeds: catalog.extensionUses.needs(),
    enums: [...catalog.types].filter(([, t]) => t.kind === 'enum').map(([key, t]) => {
      const [schema, name] = splitKey(key);
      return { schema, name, values: t.values, createdAt: t.createdAt };
    }),
    schemas: [...catalog.schemas.keys()].sort(),
  };
}
