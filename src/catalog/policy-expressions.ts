import type { FuncCall, Node, SelectStmt } from '@pgsql/types';
import { names, refName, unwrap, visit } from '../parse/ast.js';
import { isMembershipHelper } from './policy.js';

/**
 * What a policy's USING / WITH CHECK cost per row, read from their syntax trees: the session functions it calls once
 * per row, and the columns of its own table that each row's check filters on.
 */
export interface PolicyCost {
  /** Calls of `auth.uid()`, `auth.jwt()`, `auth.role()`, `auth.email()` or `current_setting()` outside `(select …)`, once per call. */
  perRowCalls: string[];
  /** Columns of the policy's table compared with `auth.uid()` (via `auth.uid`) or passed to a membership helper (via its name), once each. */
  keyColumns: { column: string; via: string }[];
}

/** Functions whose value is the same for every row of a statement, yet are called again for each row unless wrapped. */
const SESSION_FUNCTIONS = new Set(['auth.uid', 'auth.jwt', 'auth.role', 'auth.email', 'current_setting', 'pg_catalog.current_setting']);

const callName = (call: FuncCall): string => names(call.funcname).join('.');

/**
 * A scalar subquery with no FROM (`(select auth.uid())`): the planner runs it once as an InitPlan and every row reuses
 * its value.
 */
function initPlanSelect(node: Node | undefined): SelectStmt | undefined {
  const link = unwrap(node, 'SubLink');
  const select = unwrap(link?.subselect, 'SelectStmt');
  return link?.subLinkType === 'EXPR_SUBLINK' && select && !select.fromClause?.length ? select : undefined;
}

/** `auth.uid()`, bare or as `(select auth.uid())`, possibly cast. */
function isUid(node: Node | undefined): boolean {
  const inner = unwrap(node, 'TypeCast')?.arg ?? node;
  const call = unwrap(inner, 'FuncCall');
  if (call) return callName(call) === 'auth.uid';
  const target = unwrap(initPlanSelect(inner)?.targetList?.[0], 'ResTarget')?.val;
  return target !== undefined && isUid(target);
}

/** The column of the policy's own table a node names (`col`, `table.col`, `schema.table.col`, possibly cast), if it does. */
function ownColumn(node: Node | undefined, table: string): string | undefined {
  const ref = unwrap(unwrap(node, 'TypeCast')?.arg ?? node, 'ColumnRef');
  if (!ref) return undefined;
  const parts = refName(ref).split('.');
  const column = parts[parts.length - 1]!;
  if (column === '*' || (parts.length > 1 && parts[parts.length - 2] !== table)) return undefined;
  return column;
}

/** The per-row cost of a policy on `table` (its unqualified name) from its USING and WITH CHECK trees. */
export function policyCost(table: string, qual: Node | undefined, withCheck: Node | undefined): PolicyCost {
  const perRowCalls: string[] = [];
  const keyColumns = new Map<string, string>();
  // Subqueries with a FROM read other tables: their columns are not this table's, but their calls still run per row.
  let depth = 0;
  const walk = (root: Node): void => visit(root, {
    SubLink: (link) => {
      if (initPlanSelect({ SubLink: link })) return false;
      if (link.testexpr) walk(link.testexpr);
      depth++;
      if (link.subselect) walk(link.subselect);
      depth--;
      return false;
    },
    FuncCall: (call) => {
      const name = callName(call);
      if (SESSION_FUNCTIONS.has(name)) perRowCalls.push(name.replace(/^pg_catalog\./, ''));
      if (depth === 0 && isMembershipHelper(names(call.funcname).at(-1) ?? '')) {
        for (const arg of call.args ?? []) {
          const column = ownColumn(arg, table);
          if (column && !keyColumns.has(column)) keyColumns.set(column, name);
        }
      }
    },
    A_Expr: (expr) => {
      if (depth > 0 || expr.kind !== 'AEXPR_OP' || names(expr.name).join('.') !== '=') return;
      const column = isUid(expr.rexpr) ? ownColumn(expr.lexpr, table) : isUid(expr.lexpr) ? ownColumn(expr.rexpr, table) : undefined;
      if (column && !keyColumns.has(column)) keyColumns.set(column, 'auth.uid');
    },
  });
  for (const e of [qual, withCheck]) if (e) walk(e);
  return { perRowCalls, keyColumns: [...keyColumns].map(([column, via]) => ({ column, via })) };
}
