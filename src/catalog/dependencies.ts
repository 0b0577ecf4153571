/**
 * What depends on what: the relations and columns a query reads, the views that read a relation, and what a DROP
 * takes along with it (indexes, views and partitions of a table, columns of a type, triggers of a function).
 */
import type { RangeVar } from '@pgsql/types';
import { names, visit, type Visitor } from '../parse/ast.js';
import type { Catalog } from './catalog.js';

/** The relations a query reads, as `schema.name` (CTE and temporary names left out). */
export function readsOf(catalog: Catalog, query: unknown): string[] {
  const ctes = new Set<string>();
  const found: RangeVar[] = [];
  // FROM items come wrapped as { RangeVar }; a DML target (InsertStmt.relation, …) is a bare RangeVar.
  const target = (stmt: { relation?: RangeVar }): void => {
    if (typeof stmt.relation?.relname === 'string') found.push(stmt.relation);
  };
  const visitor: Visitor = {
    RangeVar: (rv) => void found.push(rv),
    CommonTableExpr: (cte) => void ctes.add(cte.ctename ?? ''),
    InsertStmt: target, UpdateStmt: target, DeleteStmt: target, MergeStmt: target, CopyStmt: target,
  };
  visit(query, visitor);
  const keys = found.filter((rv) => rv.schemaname || !(ctes.has(rv.relname ?? '') || catalog.temps.has(rv.relname ?? ''))).map((rv) => catalog.relKey(rv));
  return [...new Set(keys)];
}

/** The column names a query uses, by their last part; `*` when it selects every column. */
export function columnsUsed(query: unknown): string[] {
  const out: string[] = [];
  visit(query, {
    ColumnRef: (ref) => {
      const fields = ref.fields ?? [];
      out.push(fields.some((f) => 'A_Star' in f) ? '*' : names(fields).pop() ?? '*');
      return false;
    },
  });
  return out;
}

/** Unqualified column names an expression (a policy's, a CHECK's) uses on its own table; subqueries name other tables' columns. */
export function ownColumns(expr: unknown): string[] {
  const out: string[] = [];
  visit(expr, {
    SubLink: () => false,
    ColumnRef: (ref) => {
      const fields = names(ref.fields);
      if (fields.length === 1 && ref.fields?.length === 1) out.push(fields[0]!);
      return false;
    },
  });
  return out;
}

/** Views that read a relation (and, given a column, use it): what a DROP without CASCADE cannot leave dangling. */
export function dependents(catalog: Catalog, key: string, column?: string): string[] {
  const out: string[] = [];
  for (const [k, r] of catalog.views()) {
    if (r.reads.includes(key) && (column === undefined || r.uses.includes('*') || r.uses.includes(column))) out.push(k);
  }
  return out;
}

/** Drops a relation with what goes with it: its indexes, its publication memberships, and with CASCADE its views and partitions. */
export function dropRelation(catalog: Catalog, key: string, cascade: boolean): void {
  const rel = catalog.relations.get(key);
  catalog.relations.remove(key);
  for (const [name, pub] of [...catalog.publications]) {
    if (!pub.has(key)) continue;
    const members = pub.clone();
    members.remove(key);
    catalog.publications.add(name, members);
  }
  if (cascade) for (const [k, r] of [...catalog.views()]) if (r.reads.includes(key)) dropRelation(catalog, k, true);
  if (rel?.kind !== 'table' && !(rel?.kind === 'view' && rel.materialized)) return;
  // A materialized view has indexes of its own, like a table.
  for (const [k] of [...catalog.indexesOf(key)]) catalog.relations.remove(k);
  if (cascade) for (const [k, r] of [...catalog.relations]) if (r.kind === 'table' && r.table.partitionOf === key) dropRelation(catalog, k, true);
}

/** DROP TYPE … CASCADE: the columns of that type go with it. */
export function dropColumnsOfType(catalog: Catalog, typeKey: string): void {
  const bare = typeKey.slice(typeKey.indexOf('.') + 1);
  const isIt = (type: string): boolean => {
    const base = type.replace(/(\[\])+$/, '');
    return base === typeKey || (base === bare && typeKey.startsWith(`${catalog.defaultSchema}.`));
  };
  for (const [key, rel] of [...catalog.relations]) {
    if (rel.kind !== 'table' || ![...rel.table.columns.values()].some((c) => isIt(c.type))) continue;
    const t = catalog.writableTable(key)!;
    for (const c of [...t.columns.values()]) if (isIt(c.type)) t.columns.remove(c.name);
  }
}

/** DROP FUNCTION … CASCADE: the triggers that execute the function go with it. */
export function dropTriggersCalling(catalog: Catalog, fn: string): void {
  for (const [key, rel] of [...catalog.relations]) {
    if (rel.kind !== 'table' || ![...rel.table.triggers.values()].some((tr) => tr.calls === fn)) continue;
    const t = catalog.writableTable(key)!;
    for (const [name, tr] of [...t.triggers]) if (tr.calls === fn) t.triggers.remove(name);
  }
}
