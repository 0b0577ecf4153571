/** ALTER TABLE: columns, constraints, row level security and partitions, one command at a time. */
import type { AlterTableCmd } from '@pgsql/types';
import { exprText, names, typeText, unwrap } from '../../parse/ast.js';
import { dependents, dropRelation, ownColumns } from '../dependencies.js';
import type { Execution, Handlers } from '../execution.js';
import {
  dependentObjectsStillExist, duplicateColumn, objectNotInPrerequisiteState, undefinedColumn, undefinedObject, undefinedTable, wrongObjectType, type Failure,
} from '../failure.js';
import type { Table } from '../model.js';
import { forgetColumn } from './data.js';
import { addColumn, addConstraint } from './tables.js';
import { alterView } from './views.js';

export const alterTableHandlers: Handlers = {
  AlterTableStmt(v, x) {
    const catalog = x.catalog;
    const key = catalog.relKey(v.relation);
    if (catalog.relations.removed(key)) {
      if (!v.missing_ok) x.fails(undefinedTable(`relation "${key}" does not exist`));
      return;
    }
    const rel = catalog.relations.get(key);
    // ALTER VIEW, or ALTER TABLE naming a view: its security options.
    if (rel?.kind === 'view') return void catalog.relations.add(key, alterView(rel, v.cmds, x));
    // ALTER INDEX / VIEW / SEQUENCE …: only whether the relation is there matters.
    if (v.objtype && v.objtype !== 'OBJECT_TABLE' && v.objtype !== 'OBJECT_FOREIGN_TABLE') return;
    const t = catalog.writableTable(key);
    if (!t) return;
    for (const cmdNode of v.cmds ?? []) {
      const cmd = unwrap(cmdNode, 'AlterTableCmd');
      if (cmd) alterTableCommand(x, key, t, cmd);
    }
  },
};

/** Row level security does not apply to foreign tables: PostgreSQL refuses every ALTER of it there. */
function notForForeignTables(subtype: string, table: string): Failure {
  const action = { AT_EnableRowSecurity: 'ENABLE', AT_DisableRowSecurity: 'DISABLE', AT_ForceRowSecurity: 'FORCE', AT_NoForceRowSecurity: 'NO FORCE' }[subtype];
  return wrongObjectType(`ALTER action ${action} ROW SECURITY cannot be performed on relation "${table}"`);
}

function alterTableCommand(x: Execution, key: string, t: Table, cmd: AlterTableCmd): void {
  const catalog = x.catalog;
  const col = cmd.name ?? '';
  const colGone = cmd.name !== undefined && t.columns.gone(col);
  const noColumn = () => undefinedColumn(`column "${col}" of relation "${t.name}" does not exist`);
  switch (cmd.subtype) {
    case 'AT_AddColumn': {
      const def = unwrap(cmd.def, 'ColumnDef');
      if (!def) break;
      if (t.columns.has(def.colname ?? '')) {
        if (!cmd.missing_ok) x.fails(duplicateColumn(`column "${def.colname}" of relation "${t.name}" already exists`));
        break;
      }
      addColumn(catalog, t, def, x.at);
      forgetColumn(t, def.colname ?? '');
      break;
    }
    case 'AT_DropColumn': {
      if (colGone && !cmd.missing_ok) x.fails(noColumn());
      const views = dependents(catalog, key, col);
      if (!colGone && cmd.behavior !== 'DROP_CASCADE' && views.length) x.fails(dependentObjectsStillExist(`cannot drop column ${col} of table ${t.name} because other objects depend on it`));
      for (const view of views) dropRelation(catalog, view, true);
      t.columns.remove(col);
      forgetColumn(t, col);
      for (const [n, c] of [...t.constraints]) if (c.columns.includes(col)) t.constraints.remove(n);
      for (const [k, r] of [...catalog.indexesOf(key)]) if (r.columns.includes(col)) catalog.relations.remove(k);
      break;
    }
    case 'AT_AlterColumnType': {
      if (colGone) x.fails(noColumn());
      const c = t.columns.get(col);
      if (c) t.columns.add(col, { ...c, type: typeText(unwrap(cmd.def, 'ColumnDef')?.typeName) });
      forgetColumn(t, col);
      break;
    }
    case 'AT_SetNotNull': case 'AT_DropNotNull': case 'AT_ColumnDefault': case 'AT_CookedColumnDefault': {
      if (colGone) x.fails(noColumn());
      const c = t.columns.get(col);
      if (!c) break;
      if (cmd.subtype === 'AT_SetNotNull') t.columns.add(col, { ...c, notNull: true });
      else if (cmd.subtype === 'AT_DropNotNull') t.columns.add(col, { ...c, notNull: false });
      else t.columns.add(col, { ...c, default: cmd.def ? exprText(cmd.def) ?? 'dbgenerated' : undefined });
      break;
    }
    case 'AT_AddIdentity': {
      const c = t.columns.get(col);
      if (c?.identity) x.fails(objectNotInPrerequisiteState(`column "${col}" of relation "${t.name}" is already an identity column`));
      if (c) t.columns.add(col, { ...c, identity: true, generated: true });
      break;
    }
    case 'AT_AddConstraint': {
      const con = unwrap(cmd.def, 'Constraint');
      if (!con) break;
      const missing = [...names(con.keys), ...names(con.fk_attrs), ...ownColumns(con.raw_expr)].find((c) => t.columns.gone(c));
      if (missing && x.fails(undefinedColumn(`column "${missing}" does not exist`))) break;
      // A lenient run takes a constraint of that name as the one meant, as ADD CONSTRAINT IF NOT EXISTS would.
      if (!x.lenient) x.fails(addConstraint(catalog, t, con, x.at));
      else if (!(con.conname && t.constraints.has(con.conname))) addConstraint(catalog, t, con, x.at);
      break;
    }
    case 'AT_DropConstraint':
      if (t.constraints.removed(col) && !cmd.missing_ok) x.fails(undefinedObject(`constraint "${col}" of relation "${t.name}" does not exist`));
      t.constraints.remove(col);
      if (catalog.relations.get(`${t.schema}.${col}`)?.kind === 'index') catalog.relations.remove(`${t.schema}.${col}`);
      break;
    case 'AT_EnableRowSecurity': case 'AT_DisableRowSecurity': case 'AT_ForceRowSecurity': case 'AT_NoForceRowSecurity': {
      if (t.foreign && x.fails(notForForeignTables(cmd.subtype, t.name))) break;
      if (cmd.subtype === 'AT_EnableRowSecurity') [t.rls, t.rlsAt] = [true, x.at];
      else if (cmd.subtype === 'AT_DisableRowSecurity') [t.rls, t.rlsAt] = [false, x.at];
      else t.forceRls = cmd.subtype === 'AT_ForceRowSecurity';
      break;
    }
    case 'AT_AttachPartition': {
      const part = catalog.relKey(unwrap(cmd.def, 'PartitionCmd')?.name);
      const p = catalog.relations.has(part) ? catalog.writableTable(part) : undefined;
      if (p?.partitionOf === key) x.fails(wrongObjectType(`"${part}" is already a partition`));
      if (p) p.partitionOf = key;
      break;
    }
    case 'AT_DetachPartition': {
      const part = catalog.relKey(unwrap(cmd.def, 'PartitionCmd')?.name);
      const p = catalog.relations.has(part) ? catalog.writableTable(part) : undefined;
      // PostgreSQL raises this one as undefined_table.
      if (p && p.partitionOf === undefined && !p.external) x.fails(undefinedTable(`relation "${part}" is not a partition of relation "${t.name}"`));
      if (p) p.partitionOf = undefined;
      break;
    }
    default:
      if (colGone && /^AT_(Set|Reset|Alter|Drop)/.test(cmd.subtype ?? '')) x.fails(noColumn());
      break;
  }
}
