/** Policies, triggers and rules: the named objects a table carries. */
import { calledFunctions, unwrap } from '../../parse/ast.js';
import type { PolicyInfo } from '../../types.js';
import type { Handlers } from '../execution.js';
import { duplicateObject, undefinedObject, undefinedTable } from '../failure.js';
import { classifyPolicy } from '../policy.js';

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
    const roles = (v.roles ?? []).map((r) => {
      const rs = unwrap(r, 'RoleSpec');
      return rs?.rolename ?? String(rs?.roletype ?? '').replace(/^ROLESPEC_/, '').toLowerCase();
    });
    // Every call for now; toData keeps those the migrations define, once, rather than per policy.
    const calls = calledFunctions([v.qual, v.with_check]);
    const helpers = [...new Set(calls.filter((f) => !f.startsWith('auth.') && !f.startsWith('pg_catalog.')).map((f) => (f.includes('.') ? f : `${catalog.defaultSchema}.${f}`)))];
    const command = (v.cmd_name ?? 'all') as PolicyInfo['command'];
    t.policies.add(name, {
      name, command, roles, permissive: v.permissive !== false, helpers, createdAt: x.at,
      allows: classifyPolicy({ command, roles, qual: v.qual, withCheck: v.with_check, calls, helpers }),
    });
  },

  AlterPolicyStmt(v, x) {
    const t = x.catalog.writableTable(x.catalog.relKey(v.table));
    const name = v.policy_name ?? '';
    if (t?.policies.removed(name)) x.fails(undefinedObject(`policy "${name}" for table "${t.name}" does not exist`));
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
    t.triggers.add(name, catalog.listKey(v.funcname));
  },

  RuleStmt(v, x) {
    const t = x.catalog.writableTable(x.catalog.relKey(v.relation));
    if (!t) return;
    const name = v.rulename ?? '';
    if (t.rules.has(name) && !v.replace) x.fails(duplicateObject(`rule "${name}" for relation "${t.name}" already exists`));
    t.rules.add(name, true);
  },
};
