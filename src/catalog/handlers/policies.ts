/** Policies, triggers and rules: the named objects a table carries. */
import type { Node } from '@pgsql/types';
import { withKeys } from '../../objects.js';
import { unwrap } from '../../parse/ast.js';
import type { PolicyInfo } from '../../types.js';
import type { Catalog } from '../catalog.js';
import type { Policy } from '../model.js';
import type { Handlers } from '../execution.js';
import { duplicateObject, undefinedObject, undefinedTable } from '../failure.js';
import { classifyPolicy } from '../policy.js';
import { expressionFacts } from '../policy-expressions.js';

/** The roles of a CREATE / ALTER POLICY, as names (`public` for PUBLIC). */
function roleNames(roles: Node[] | undefined): string[] {
  return (roles ?? []).map((r) => {
    const rs = unwrap(r, 'RoleSpec');
    return rs?.rolename ?? String(rs?.roletype ?? '').replace(/^ROLESPEC_/, '').toLowerCase();
  });
}

/** A policy with its description worked out from its roles and expressions (the report's words for it). */
function describe(catalog: Catalog, p: Omit<Policy, 'allows' | 'helpers'>): Policy {
  const exprs = [p.using, p.check].filter((e) => e !== undefined);
  // Every call for now; toData keeps those the migrations define, once, rather than per policy.
  const calls = exprs.flatMap((e) => e.calls);
  const helpers = [...new Set(calls.filter((f) => !f.startsWith('auth.') && !f.startsWith('pg_catalog.')).map((f) => (f.includes('.') ? f : `${catalog.defaultSchema}.${f}`)))];
  return withKeys(p, { helpers, allows: classifyPolicy({ command: p.command, roles: p.roles, exprs, helpers }) });
}

/** The facts of the expressions a CREATE or ALTER POLICY gives (an ALTER keeps those it does not give). */
function facts(qual: Node | undefined, withCheck: Node | undefined): Pick<Policy, 'using' | 'check'> {
  return { ...(qual && { using: expressionFacts(qual) }), ...(withCheck && { check: expressionFacts(withCheck) }) };
}

export const policyHandlers: Handlers = {
  CreatePolicyStmt(v, x) {
    const catalog = x.catalog;
    const key = catalog.relKey(v.table);
    const name = v.policy_name ?? '';
    if (catalog.relations.removed(key)) {
      x.fails(undefinedTable(`relation "${key}" does not exist`));
      return;
    }
    const t = catalog.writableTable(key);
    if (!t) return;
    if (t.policies.has(name)) {
      x.fails(duplicateObject(`policy "${name}" for table "${t.name}" already exists`));
      return;
    }
    const command = (v.cmd_name ?? 'all') as PolicyInfo['command'];
    t.policies.add(name, describe(catalog, { name, command, roles: roleNames(v.roles), permissive: v.permissive === true, ...facts(v.qual, v.with_check), createdAt: x.at }));
  },

  /** ALTER POLICY … TO / USING / WITH CHECK replaces what it names and keeps the rest (RENAME is a RenameStmt). */
  AlterPolicyStmt(v, x) {
    const catalog = x.catalog;
    const key = catalog.relKey(v.table);
    if (catalog.relations.removed(key)) {
      x.fails(undefinedTable(`relation "${key}" does not exist`));
      return;
    }
    const t = catalog.writableTable(key);
    const name = v.policy_name ?? '';
    if (t?.policies.removed(name)) x.fails(undefinedObject(`policy "${name}" for table "${t.name}" does not exist`));
    const p = t?.policies.get(name);
    if (!t || !p) return;
    t.policies.add(name, describe(catalog, {
      ...p,
      ...(v.roles?.length && { roles: roleNames(v.roles) }),
      ...facts(v.qual, v.with_check),
    }));
  },

  CreateTrigStmt(v, x) {
    const catalog = x.catalog;
    const key = catalog.relKey(v.relation);
    const name = v.trigname ?? '';
    if (catalog.relations.removed(key)) {
      x.fails(undefinedTable(`relation "${key}" does not exist`));
      return;
    }
    const t = catalog.writableTable(key);
    if (!t) return;
    if (t.triggers.has(name) && !v.replace) {
      x.fails(duplicateObject(`trigger "${name}" for relation "${t.name}" already exists`));
      return;
    }
    // TRIGGER_TYPE_BEFORE (2) or INSTEAD (64), on TRIGGER_TYPE_INSERT (4): it may change or drop the rows inserted.
    const beforeInsert = ((v.timing ?? 0) & (2 | 64)) !== 0 && ((v.events ?? 0) & 4) !== 0;
    t.triggers.add(name, { calls: catalog.listKey(v.funcname), beforeInsert: beforeInsert && v.row === true });
  },

  RuleStmt(v, x) {
    const t = x.catalog.writableTable(x.catalog.relKey(v.relation));
    if (!t) return;
    const name = v.rulename ?? '';
    if (t.rules.has(name) && !v.replace) x.fails(duplicateObject(`rule "${name}" for relation "${t.name}" already exists`));
    t.rules.add(name, true);
  },
};
