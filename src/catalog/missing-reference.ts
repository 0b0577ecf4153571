/**
 * Statements the catalog does not model still name relations and columns: one the replay knows is gone (dropped
 * later in the same file, say) fails there on a second run.
 */
import type { Node } from '@pgsql/types';
import { bodyOf, containsKind, kindOf, names, unwrap, type NodeKind, type NodeOf } from '../parse/ast.js';
import type { Catalog } from './catalog.js';
import { columnsUsed, ownColumns, readsOf } from './dependencies.js';
import { undefinedColumn, undefinedTable, type Failure } from './failure.js';
import type { Table } from './model.js';

/** The relations a statement reads, or the failure of a column it names; undefined when it names nothing we check. */
type References = (node: unknown, catalog: Catalog, wrapped: Node) => string[] | Failure | undefined;
type ReferenceChecks = { [K in NodeKind]?: (node: NodeOf<K>, catalog: Catalog, wrapped: Node) => string[] | Failure | undefined };

/** Syntax that brings columns of its own into a query, so a name in it need not be a column of the table read. */
const OWN_COLUMNS: NodeKind[] = ['RangeSubselect', 'SubLink', 'RangeFunction', 'JoinExpr', 'RangeTableFunc'];

const reads = (_node: unknown, catalog: Catalog, wrapped: Node): string[] => readsOf(catalog, wrapped);

const columnMissing = (col: string): Failure => undefinedColumn(`column "${col}" does not exist`);

/** A view or table made from a query over one table: a column it names that the table lacks is gone. */
function fromQuery(query: Node | undefined, catalog: Catalog): string[] | Failure {
  const keys = readsOf(catalog, query);
  const t = keys.length === 1 ? catalog.table(keys[0]!) : undefined;
  if (!t) return keys;
  // Only a plain SELECT is read that way: CTEs, subqueries and joins bring columns of their own; output aliases
  // (ORDER BY total) are left out.
  const select = unwrap(query, 'SelectStmt');
  const plain = !!select && select.op === 'SETOP_NONE' && !select.withClause && !containsKind(select, OWN_COLUMNS);
  const aliases = new Set((select?.targetList ?? []).map((r) => unwrap(r, 'ResTarget')?.name).filter(Boolean));
  const col = columnsUsed(query).find((c) => c !== '*' && !aliases.has(c) && (plain ? t.columns.gone(c) : t.columns.removed(c)));
  return col ? columnMissing(col) : keys;
}

function goneColumn(t: Table | undefined, cols: string[]): Failure | undefined {
  const col = t && cols.find((c) => t.columns.gone(c));
  return col ? columnMissing(col) : undefined;
}

const CHECKS: ReferenceChecks = {
  UpdateStmt: reads, DeleteStmt: reads, SelectStmt: reads, TruncateStmt: reads, CopyStmt: reads,
  ViewStmt: (v, catalog) => fromQuery(v.query, catalog),
  CreateTableAsStmt: (v, catalog) => fromQuery(v.query, catalog),
  IndexStmt(v, catalog) {
    const key = catalog.relKey(v.relation);
    const cols = (v.indexParams ?? []).flatMap((p) => unwrap(p, 'IndexElem')?.name ?? []);
    return goneColumn(catalog.table(key), cols) ?? [key];
  },
  InsertStmt(v, catalog, wrapped) {
    const cols = (v.cols ?? []).flatMap((c) => unwrap(c, 'ResTarget')?.name ?? []);
    return goneColumn(catalog.table(catalog.relKey(v.relation)), cols) ?? readsOf(catalog, wrapped);
  },
  CreatePolicyStmt(v, catalog) {
    const key = catalog.relKey(v.table);
    return goneColumn(catalog.table(key), ownColumns([v.qual, v.with_check])) ?? [key];
  },
  GrantStmt: (v, catalog) => (v.targtype === 'ACL_TARGET_OBJECT' && v.objtype === 'OBJECT_TABLE' ? readsOf(catalog, v.objects) : []),
  CommentStmt(v, catalog) {
    const items = unwrap(v.object, 'List')?.items;
    if (!items) return [];
    if (v.objtype === 'OBJECT_COLUMN') {
      const key = catalog.listKey(items.slice(0, -1));
      const col = names(items.slice(-1))[0]!;
      const t = catalog.table(key);
      if (t?.columns.gone(col)) return undefinedColumn(`column "${col}" of relation "${t.name}" does not exist`);
      return [key];
    }
    return v.objtype === 'OBJECT_TABLE' || v.objtype === 'OBJECT_VIEW' || v.objtype === 'OBJECT_MATVIEW' ? [catalog.listKey(items)] : [];
  },
};

/** What a statement we do not otherwise model raises when a relation or column it names is gone. */
export function missingReference(catalog: Catalog, node: Node): Failure | undefined {
  const kind = kindOf(node);
  const check = CHECKS[kind] as References | undefined;
  const found = check?.(bodyOf(node), catalog, node);
  if (found === undefined || !Array.isArray(found)) return found;
  const key = found.find((k) => catalog.relations.removed(k));
  return key ? undefinedTable(`relation "${key}" does not exist`) : undefined;
}
