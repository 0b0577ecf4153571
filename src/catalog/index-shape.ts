import type { IndexElem, IndexStmt, Node } from '@pgsql/types';
import { names, unwrap } from '../parse/ast.js';

/** Keys of source positions in the parser's trees: `location`, and where an `IN (…)` list starts and ends. */
const POSITION = /(^|_)location$|list_(start|end)$/;

/** A syntax tree as JSON without source positions: equal for the same expression wherever it is written. */
function canonical(node: unknown): string {
  return JSON.stringify(node, (k, v: unknown) => (POSITION.test(k) ? undefined : v));
}

/** One key element: a plain column by name; anything more (expression, opclass, collation, order) by its tree. */
function element(e: IndexElem): string {
  const ordering = e.ordering === 'SORTBY_ASC' ? undefined : e.ordering === 'SORTBY_DEFAULT' ? undefined : e.ordering;
  const nulls = e.nulls_ordering === 'SORTBY_NULLS_DEFAULT' ? undefined : e.nulls_ordering;
  const plain = e.name !== undefined && !e.expr && !e.collation?.length && !e.opclass?.length && !e.opclassopts?.length && !ordering && !nulls;
  return plain ? e.name! : canonical({ name: e.name, expr: e.expr, collation: e.collation && names(e.collation), opclass: e.opclass && names(e.opclass), opclassopts: e.opclassopts, ordering, nulls });
}

const elements = (list: Node[] | undefined): string[] => (list ?? []).flatMap((p) => unwrap(p, 'IndexElem') ?? []).map(element);

/**
 * What PostgreSQL builds for an index, as a string: access method, key elements, INCLUDE columns and predicate. Two
 * indexes of a table with the same shape and uniqueness are the same index twice.
 */
export function indexShape(v: IndexStmt): string {
  return [v.accessMethod ?? 'btree', elements(v.indexParams).join(','), elements(v.indexIncludingParams).join(','), v.whereClause ? canonical(v.whereClause) : '', v.nulls_not_distinct ? 'nulls not distinct' : ''].join('|');
}

/** The shape of the btree index a PRIMARY KEY or UNIQUE constraint makes on plain columns. */
export function constraintIndexShape(columns: string[], include: string[] = []): string {
  return ['btree', columns.join(','), include.join(','), '', ''].join('|');
}
