/**
 * What only a first run meets: a statement that names a relation the migrations never created. A re-run never sees
 * it (the first run already failed), so the handlers, which raise what a re-run raises, leave it here. The catalog
 * answers only where it can know (see Catalog.neverCreated); the names a statement touches, collected here too,
 * are what a guarded statement leaves in doubt.
 */
import type { Node, RangeVar } from '@pgsql/types';
import { bodyOf, kindOf, names, unwrap, visit, type NodeKind, type NodeOf } from '../parse/ast.js';
import type { Statement } from '../types.js';
import type { Catalog } from './catalog.js';
import { undefinedTable, type Failure } from './failure.js';

/** A relation as a statement names it: its catalog key, and the name as written (what PostgreSQL's message quotes). */
interface Named {
  key: string;
  written: string;
  unqualified: boolean;
}

type References = { [K in NodeKind]?: (node: NodeOf<K>, catalog: Catalog, wrapped: Node) => Named[] };

function rangeVar(catalog: Catalog, rv: RangeVar | undefined): Named[] {
  if (!rv?.relname) return [];
  if (!rv.schemaname && catalog.temps.has(rv.relname)) return [];
  return [{ key: catalog.relKey(rv), written: rv.schemaname ? `${rv.schemaname}.${rv.relname}` : rv.relname, unqualified: !rv.schemaname }];
}

function qualifiedName(catalog: Catalog, items: Node[] | undefined): Named[] {
  const parts = names(items);
  if (parts.length === 0 || parts.length > 2) return [];
  return rangeVar(catalog, parts.length === 2 ? { schemaname: parts[0], relname: parts[1] } : { relname: parts[0] });
}

/** The relations a query reads or a DML statement writes; CTE names are not relations. */
function reads(catalog: Catalog, root: unknown): Named[] {
  const ctes = new Set<string>();
  const found: RangeVar[] = [];
  const target = (stmt: { relation?: RangeVar }): void => {
    if (typeof stmt.relation?.relname === 'string') found.push(stmt.relation);
  };
  visit(root, {
    RangeVar: (rv) => void found.push(rv),
    CommonTableExpr: (cte) => void ctes.add(cte.ctename ?? ''),
    InsertStmt: target, UpdateStmt: target, DeleteStmt: target, MergeStmt: target, CopyStmt: target,
  });
  return found.filter((rv) => rv.schemaname || !ctes.has(rv.relname ?? '')).flatMap((rv) => rangeVar(catalog, rv));
}

/** The tables a FOREIGN KEY constraint (of a column or of the table) references. */
function referencedTables(catalog: Catalog, constraints: Node[] | undefined): Named[] {
  return (constraints ?? []).flatMap((n) => {
    const c = unwrap(n, 'Constraint');
    return c?.contype === 'CONSTR_FOREIGN' ? rangeVar(catalog, c.pktable) : [];
  });
}

/**
 * The relations a statement may name only once it was created by name. Indexes and sequences are left out:
 * PostgreSQL makes some that no statement names (a partition's copy of its parent's index, the sequence of an
 * identity column copied by LIKE), so one never seen may still exist.
 */
const NAMED_RELATIONS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE']);
const TABLE_CHILD_DROPS = new Set(['OBJECT_POLICY', 'OBJECT_TRIGGER', 'OBJECT_RULE']);

const dml = (_node: unknown, catalog: Catalog, wrapped: Node): Named[] => reads(catalog, wrapped);

const REFERENCES: References = {
  AlterTableStmt(v, catalog) {
    if (v.missing_ok || !NAMED_RELATIONS.has(v.objtype ?? 'OBJECT_TABLE')) return [];
    const cmds = (v.cmds ?? []).map((c) => unwrap(c, 'AlterTableCmd'));
    const fks = cmds.flatMap((cmd) => (cmd?.subtype === 'AT_AddConstraint' ? referencedTables(catalog, [cmd.def!]) : []));
    const partitions = cmds.flatMap((cmd) => (cmd?.subtype === 'AT_AttachPartition' ? rangeVar(catalog, unwrap(cmd.def, 'PartitionCmd')?.name) : []));
    return [...rangeVar(catalog, v.relation), ...fks, ...partitions];
  },
  CreateStmt(v, catalog) {
    const own = catalog.relKey(v.relation);
    const elements = v.tableElts ?? [];
    const fks = referencedTables(catalog, elements.flatMap((e) => [...(unwrap(e, 'ColumnDef')?.constraints ?? []), ...('Constraint' in e ? [e] : [])]));
    const likes = elements.flatMap((e) => rangeVar(catalog, unwrap(e, 'TableLikeClause')?.relation));
    const parents = (v.inhRelations ?? []).flatMap((r) => rangeVar(catalog, unwrap(r, 'RangeVar')));
    // A table may reference itself.
    return [...fks, ...likes, ...parents].filter((n) => n.key !== own);
  },
  IndexStmt: (v, catalog) => rangeVar(catalog, v.relation),
  CreatePolicyStmt: (v, catalog) => rangeVar(catalog, v.table),
  AlterPolicyStmt: (v, catalog) => rangeVar(catalog, v.table),
  CreateTrigStmt: (v, catalog) => rangeVar(catalog, v.relation),
  RuleStmt: (v, catalog) => rangeVar(catalog, v.relation),
  DropStmt(v, catalog) {
    if (v.missing_ok) return [];
    const lists = (v.objects ?? []).map((o) => unwrap(o, 'List')?.items ?? []);
    if (NAMED_RELATIONS.has(v.removeType ?? '')) return lists.flatMap((items) => qualifiedName(catalog, items));
    if (TABLE_CHILD_DROPS.has(v.removeType ?? '')) return lists.flatMap((items) => qualifiedName(catalog, items.slice(0, -1)));
    return [];
  },
  // RENAME of a relation names its kind in renameType; of a column, its table's kind is in relationType (the rest leave it unset).
  RenameStmt: (v, catalog) => (v.missing_ok || !NAMED_RELATIONS.has(NAMED_RELATIONS.has(v.renameType ?? '') ? v.renameType! : v.relationType ?? 'OBJECT_TABLE') ? [] : rangeVar(catalog, v.relation)),
  AlterObjectSchemaStmt: (v, catalog) => (v.missing_ok || !NAMED_RELATIONS.has(v.objectType ?? '') ? [] : rangeVar(catalog, v.relation)),
  InsertStmt: dml, UpdateStmt: dml, DeleteStmt: dml, MergeStmt: dml, SelectStmt: dml, CopyStmt: dml,
  TruncateStmt: (v, catalog) => (v.relations ?? []).flatMap((r) => rangeVar(catalog, unwrap(r, 'RangeVar'))),
  ViewStmt: (v, catalog) => reads(catalog, v.query),
  CreateTableAsStmt: (v, catalog) => reads(catalog, v.query),
  GrantStmt: (v, catalog) => (v.targtype === 'ACL_TARGET_OBJECT' && v.objtype === 'OBJECT_TABLE' ? (v.objects ?? []).flatMap((o) => rangeVar(catalog, unwrap(o, 'RangeVar'))) : []),
  CommentStmt(v, catalog) {
    const items = unwrap(v.object, 'List')?.items;
    if (v.objtype === 'OBJECT_COLUMN') return qualifiedName(catalog, items?.slice(0, -1));
    return v.objtype === 'OBJECT_TABLE' || v.objtype === 'OBJECT_VIEW' || v.objtype === 'OBJECT_MATVIEW' ? qualifiedName(catalog, items) : [];
  },
  AlterPublicationStmt: (v, catalog) => (v.pubobjects ?? []).flatMap((o) => rangeVar(catalog, unwrap(o, 'PublicationObjSpec')?.pubtable?.relation)),
  CreatePublicationStmt: (v, catalog) => (v.pubobjects ?? []).flatMap((o) => rangeVar(catalog, unwrap(o, 'PublicationObjSpec')?.pubtable?.relation)),
  RefreshMatViewStmt: (v, catalog) => rangeVar(catalog, v.relation),
  LockStmt: (v, catalog) => (v.relations ?? []).flatMap((r) => rangeVar(catalog, unwrap(r, 'RangeVar'))),
};

/**
 * The failure of a statement that names a relation the migrations never created, where the catalog can know
 * (Catalog.neverCreated). A function body's unqualified names resolve through the function's own search_path,
 * which the replay does not follow, so they are left alone.
 */
export function neverCreatedReference(catalog: Catalog, stmt: Statement): Failure | undefined {
  const references = REFERENCES[kindOf(stmt.node)] as ((node: unknown, catalog: Catalog, wrapped: Node) => Named[]) | undefined;
  const missing = references?.(bodyOf(stmt.node), catalog, stmt.node).find((n) => !(n.unqualified && stmt.origin === 'function') && catalog.neverCreated(n.key, n.unqualified));
  return missing && undefinedTable(`relation "${missing.written}" does not exist`);
}

/** Syntax fields that hold the name of an object (a relation, column, constraint, policy, trigger, …). */
const NAME_FIELDS = new Set(['relname', 'schemaname', 'colname', 'policy_name', 'trigname', 'idxname', 'conname', 'indexname', 'newname', 'subname', 'name', 'rulename', 'extname', 'pubname', 'servername', 'role', 'rolename']);

/** Every name a statement touches: the fields above and every identifier list (qualified names, column lists, types). */
export function identifiers(node: Node): Set<string> {
  const out = new Set<string>();
  // An explicit stack: an expression may nest thousands deep.
  const stack: [unknown, string][] = [[node, '']];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [value, key] = top;
    if (typeof value === 'string') {
      if (NAME_FIELDS.has(key)) out.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push([item, key]);
    } else if (typeof value === 'object' && value !== null && key !== 'A_Const') {
      // A_Const holds literals, not names (its `sval` is not a String node).
      for (const [k, v] of Object.entries(value)) {
        if (k === 'String' && typeof (v as { sval?: unknown }).sval === 'string') out.add((v as { sval: string }).sval);
        else stack.push([v, k]);
      }
    }
  }
  return out;
}

/**
 * Extensions known to create no relations of their own (functions, types, operators only): installing one leaves
 * its schema closed. Any other extension may create tables or views there (postgis's spatial_ref_sys, …).
 */
const WITHOUT_RELATIONS = new Set([
  'plpgsql', 'pgcrypto', 'uuid-ossp', 'pg_trgm', 'citext', 'moddatetime', 'vector', 'btree_gin', 'btree_gist', 'unaccent',
  'fuzzystrmatch', 'hstore', 'ltree', 'intarray', 'pgjwt', 'http', 'pg_hashids', 'pg_jsonschema', 'isn', 'cube',
  'earthdistance', 'tablefunc', 'dict_int', 'dict_xsyn', 'postgres_fdw', 'dblink', 'plv8', 'pg_stat_statements',
  'pg_buffercache', 'insert_username', 'autoinc', 'refint', 'tcn', 'seg', 'lo', 'intagg', 'tsm_system_rows', 'tsm_system_time',
  'pgaudit', 'plpgsql_check', 'rum', 'pg_walinspect', 'pgstattuple', 'pgrowlocks', 'pg_visibility', 'pg_prewarm',
  'pg_freespacemap', 'amcheck', 'pageinspect', 'bloom', 'file_fdw', 'sslinfo', 'xml2',
]);

/** Whether an extension may bring relations of its own into the schema it is installed in. */
export function bringsRelations(extension: string): boolean {
  return !WITHOUT_RELATIONS.has(extension);
}
