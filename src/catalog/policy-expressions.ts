import type { FuncCall, Node, SelectStmt } from '@pgsql/types';
import { calledFunctions, names, refName, unwrap, visit } from '../parse/ast.js';
import { isMembershipHelper, isTrue } from './policy.js';

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

/**
 * The column a node names (`col`, `t.col`, `schema.t.col`, possibly cast) and the table name it is qualified with,
 * if any: whether that is the policy's own table is decided from the table's name when its data is made.
 */
function namedColumn(node: Node | undefined): { column: string; qualifier?: string } | undefined {
  const ref = unwrap(unwrap(node, 'TypeCast')?.arg ?? node, 'ColumnRef');
  if (!ref) return undefined;
  const parts = refName(ref).split('.');
  const column = parts[parts.length - 1]!;
  if (column === '*') return undefined;
  return parts.length > 1 ? { column, qualifier: parts[parts.length - 2]! } : { column };
}

/**
 * What the catalog keeps of a policy's USING or WITH CHECK expression instead of its syntax tree (most of a policy's
 * size): what classifies the policy and what it costs per row. ALTER POLICY replaces one expression and keeps the other.
 */
export interface ExpressionFacts {
  /** The constant true (or a cast of it). */
  isTrue: boolean;
  /** Every function called, in order, as written (`auth.uid`, `is_member`). */
  calls: readonly string[];
  /** Which of the role names the classification looks for the expression spells, as a literal or a name. */
  spells: readonly string[];
  /** The session functions called once per row, in order (see PolicyCost). */
  perRowCalls: readonly string[];
  /** Columns compared with `auth.uid()` or passed to a membership helper, in order, whichever table they qualify. */
  keyCandidates: readonly { column: string; qualifier?: string; via: string }[];
}

/** The role names classifyPolicy asks an expression whether it spells. */
const SPELLED_ROLES = new Set(['service_role', 'authenticated']);

/**
 * Facts alike are one object: migrations write the same few expressions (`auth.uid() = user_id`) on table after table,
 * and the catalog keeps every policy to the end of the run. Distinct facts are few; they are kept for the process.
 */
const sharedFacts = new Map<string, ExpressionFacts>();

/** By syntax tree: a file's re-run, and each trial run of its fixes, create its policies again from the same trees. */
const factsOfTree = new WeakMap<Node, ExpressionFacts>();

export function expressionFacts(expr: Node): ExpressionFacts {
  let facts = factsOfTree.get(expr);
  if (!facts) factsOfTree.set(expr, (facts = readFacts(expr)));
  return facts;
}

function readFacts(expr: Node): ExpressionFacts {
  const spells = new Set<string>();
  const perRowCalls: string[] = [];
  const keyCandidates: { column: string; qualifier?: string; via: string }[] = [];
  const spelled = (s: string | undefined) => void (s !== undefined && SPELLED_ROLES.has(s) && spells.add(s));
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
          const named = namedColumn(arg);
          if (named) keyCandidates.push({ ...named, via: name });
        }
      }
    },
    A_Expr: (e) => {
      if (depth > 0 || e.kind !== 'AEXPR_OP' || names(e.name).join('.') !== '=') return;
      const named = isUid(e.rexpr) ? namedColumn(e.lexpr) : isUid(e.lexpr) ? namedColumn(e.rexpr) : undefined;
      if (named) keyCandidates.push({ ...named, via: 'auth.uid' });
    },
  });
  walk(expr);
  // Every spelled name, subqueries included: the walk above enters subqueries its own way.
  visit(expr, { String: (s) => spelled(s.sval), A_Const: (c) => spelled(c.sval?.sval) });
  const facts: ExpressionFacts = { isTrue: isTrue(expr), calls: calledFunctions(expr), spells: [...spells], perRowCalls, keyCandidates };
  const key = JSON.stringify(facts);
  const shared = sharedFacts.get(key);
  if (shared) return shared;
  sharedFacts.set(key, facts);
  return facts;
}

/** The per-row cost of a policy on `table` (its unqualified name) from the facts of its USING and WITH CHECK. */
export function policyCost(table: string, exprs: readonly ExpressionFacts[]): PolicyCost {
  const keyColumns = new Map<string, string>();
  for (const { column, qualifier, via } of exprs.flatMap((e) => e.keyCandidates)) {
    if ((qualifier === undefined || qualifier === table) && !keyColumns.has(column)) keyColumns.set(column, via);
  }
  return { perRowCalls: exprs.flatMap((e) => e.perRowCalls), keyColumns: [...keyColumns].map(([column, via]) => ({ column, via })) };
}
