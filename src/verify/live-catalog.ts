/**
 * The database's own catalog, read after the replay, in the shape the static engine's catalog has (CatalogData), so
 * the rules run on it unchanged: tables with their RLS flags, columns and types, keys and indexes, policies with
 * their expressions, views, functions with SECURITY DEFINER and their settings, enums, extensions, schemas.
 * Every query returns one JSON text: PGlite and node-postgres then read it alike.
 */
import type { Node } from '@pgsql/types';
import { parseSync } from 'libpg-query';
import { classifyPolicy } from '../catalog/policy.js';
import { expressionFacts } from '../catalog/policy-expressions.js';
import { unwrap } from '../parse/ast.js';
import type { CatalogData, ColumnInfo, ForeignKeyInfo, FunctionInfo, IndexInfo, Loc, PolicyInfo, TableInfo } from '../types.js';

/** Anything that answers SQL with rows. */
export interface CatalogReader {
  query<R>(sql: string): Promise<R[]>;
}

const USER_NAMESPACE = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'`;
const NOT_EXTENSION_MEMBER = (classid: string, objid: string) => `NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = '${classid}'::regclass AND d.objid = ${objid} AND d.deptype = 'e')`;

const QUERIES = {
  relations: `SELECT c.oid::int8 AS oid, n.nspname AS schema, c.relname AS name, c.relkind AS kind, c.relrowsecurity AS rls,
      c.relforcerowsecurity AS force_rls,
      (SELECT pn.nspname || '.' || p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
        WHERE i.inhrelid = c.oid AND c.relispartition LIMIT 1) AS partition_of
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm') AND ${USER_NAMESPACE} AND ${NOT_EXTENSION_MEMBER('pg_class', 'c.oid')}`,
  columns: `SELECT a.attrelid::int8 AS rel, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
      pg_get_expr(d.adbin, d.adrelid) AS def, a.attidentity <> '' AS identity
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f') AND ${USER_NAMESPACE}
    ORDER BY a.attrelid, a.attnum`,
  constraints: `SELECT k.conrelid::int8 AS rel, k.conname AS name, k.contype AS type,
      ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(n, i) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i) AS columns,
      (SELECT fn.nspname || '.' || f.relname FROM pg_class f JOIN pg_namespace fn ON fn.oid = f.relnamespace WHERE f.oid = k.confrelid) AS ref_table,
      ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(n, i) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.i) AS ref_columns,
      k.confdeltype AS on_delete
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype IN ('p', 'u', 'f') AND ${USER_NAMESPACE}`,
  indexes: `SELECT i.indrelid::int8 AS rel, ic.relname AS name, i.indisunique AS "unique",
      EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x')) AS "constraint",
      ARRAY(SELECT CASE WHEN u.n = 0 THEN pg_get_indexdef(i.indexrelid, u.i::int, true) ELSE a.attname::text END
        FROM unnest(i.indkey::int2[]) WITH ORDINALITY u(n, i) LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = u.n
        WHERE u.i <= i.indnkeyatts ORDER BY u.i) AS columns
    FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace WHERE ${USER_NAMESPACE}`,
  policies: `SELECT p.polrelid::int8 AS rel, p.polname AS name, p.polcmd AS cmd, p.polpermissive AS permissive,
      ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r)::text END FROM unnest(p.polroles) r) AS roles,
      pg_get_expr(p.polqual, p.polrelid) AS qual, pg_get_expr(p.polwithcheck, p.polrelid) AS with_check
    FROM pg_policy p`,
  functions: `SELECT n.nspname AS schema, p.proname AS name, pg_get_function_identity_arguments(p.oid) AS args, l.lanname AS language,
      p.prosecdef AS security_definer, p.proconfig AS config, pg_get_function_result(p.oid) AS returns
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
    WHERE ${USER_NAMESPACE} AND ${NOT_EXTENSION_MEMBER('pg_proc', 'p.oid')}`,
  extensions: `SELECT e.extname AS name, n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace`,
  enums: `SELECT n.nspname AS schema, t.typname AS name, ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS "values"
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e' AND ${USER_NAMESPACE} AND ${NOT_EXTENSION_MEMBER('pg_type', 't.oid')}`,
  schemas: `SELECT n.nspname AS name FROM pg_namespace n WHERE ${USER_NAMESPACE} AND n.nspname NOT LIKE 'pg\\_%'`,
} as const;

interface Rows {
  relations: { oid: number; schema: string; name: string; kind: string; rls: boolean; force_rls: boolean; partition_of: string | null }[];
  columns: { rel: number; name: string; type: string; not_null: boolean; def: string | null; identity: boolean }[];
  constraints: { rel: number; name: string; type: 'p' | 'u' | 'f'; columns: string[]; ref_table: string | null; ref_columns: string[]; on_delete: string }[];
  indexes: { rel: number; name: string; unique: boolean; constraint: boolean; columns: string[] }[];
  policies: { rel: number; name: string; cmd: string; permissive: boolean; roles: string[]; qual: string | null; with_check: string | null }[];
  functions: { schema: string; name: string; args: string; language: string; security_definer: boolean; config: string[] | null; returns: string }[];
  extensions: { name: string; schema: string }[];
  enums: { schema: string; name: string; values: string[] }[];
  schemas: { name: string }[];
}

/** The catalog's rows, as read from the database; `oid` keys tables to where they were created. */
export type LiveRows = Rows;

/** Reads every catalog query. */
export async function readLiveRows(db: CatalogReader): Promise<LiveRows> {
  const out: Partial<Rows> = {};
  for (const [key, sql] of Object.entries(QUERIES) as [keyof Rows, string][]) {
    const [row] = await db.query<{ j: string }>(`SELECT coalesce(json_agg(x), '[]')::text AS j FROM (${sql}) x`);
    (out as Record<string, unknown>)[key] = JSON.parse(row!.j);
  }
  return out as Rows;
}

const COMMANDS: Record<string, PolicyInfo['command']> = { r: 'select', a: 'insert', w: 'update', d: 'delete', '*': 'all' };
const FK_ACTIONS: Record<string, string> = { a: 'NoAction', r: 'Restrict', c: 'Cascade', n: 'SetNull', d: 'SetDefault' };

/**
 * The live catalog as the rules read it. `createdAt` of a table: where the static engine saw it created when it saw
 * it, else the file the database saw it appear with (`createdIn`, by object id), at the line that names it.
 */
export function liveCatalogData(rows: LiveRows, context: { managed(schema: string): boolean; located(key: string, oid: number): Loc | undefined; rlsAt(key: string): Loc | undefined }): CatalogData {
  const byRel = <T extends { rel: number }>(list: T[]) => {
    const map = new Map<number, T[]>();
    for (const item of list) map.set(item.rel, [...(map.get(item.rel) ?? []), item]);
    return map;
  };
  const columns = byRel(rows.columns);
  const constraints = byRel(rows.constraints);
  const indexes = byRel(rows.indexes);
  const policies = byRel(rows.policies);
  const functions: FunctionInfo[] = rows.functions.map((f) => ({
    schema: f.schema, name: f.name, args: f.args, language: f.language, securityDefiner: f.security_definer,
    searchPath: f.config?.find((c) => c.startsWith('search_path='))?.slice('search_path='.length) ?? null, returns: f.returns,
  }));
  const defined = new Set(functions.map((f) => `${f.schema}.${f.name}`));
  const tables: TableInfo[] = [];
  const views: CatalogData['views'] = [];
  for (const r of rows.relations) {
    if (context.managed(r.schema)) continue;
    const key = `${r.schema}.${r.name}`;
    const createdAt = context.located(key, r.oid);
    if (r.kind === 'v' || r.kind === 'm') {
      views.push({ schema: r.schema, name: r.name, materialized: r.kind === 'm', ...(createdAt && { createdAt }) });
      continue;
    }
    const cons = constraints.get(r.oid) ?? [];
    const rlsAt = r.rls ? context.rlsAt(key) : undefined;
    tables.push({
      schema: r.schema, name: r.name, partitioned: r.kind === 'p', ...(r.kind === 'f' && { foreign: true }),
      ...(r.partition_of && { partitionOf: r.partition_of }), ...(createdAt && { createdAt }),
      columns: (columns.get(r.oid) ?? []).map(liveColumn),
      primaryKey: cons.find((c) => c.type === 'p')?.columns ?? [],
      uniques: cons.filter((c) => c.type === 'u').map((c) => c.columns),
      foreignKeys: cons.filter((c) => c.type === 'f').map((c): ForeignKeyInfo => ({ name: c.name, columns: c.columns, refTable: c.ref_table ?? '', refColumns: c.ref_columns, ...(FK_ACTIONS[c.on_delete] && { onDelete: FK_ACTIONS[c.on_delete] }) })),
      indexes: (indexes.get(r.oid) ?? []).map((i): IndexInfo => ({ name: i.name, columns: i.columns, unique: i.unique, constraint: i.constraint })).sort((a, b) => a.name.localeCompare(b.name)),
      rls: r.rls, forceRls: r.force_rls, ...(rlsAt && { rlsAt }), uncertain: false,
      policies: (policies.get(r.oid) ?? []).map((p) => livePolicy(p, r.schema, defined)),
    });
  }
  const byName = (a: { schema: string; name: string }, b: { schema: string; name: string }) => `${a.schema}.${a.name}`.localeCompare(`${b.schema}.${b.name}`);
  return {
    tables: tables.sort(byName),
    views: views.sort(byName),
    functions: functions.sort(byName),
    extensions: rows.extensions.map((e) => ({ name: e.name, schema: e.schema })).sort((a, b) => a.name.localeCompare(b.name)),
    enums: rows.enums.map((e) => ({ schema: e.schema, name: e.name, values: e.values })),
    schemas: rows.schemas.map((s) => s.name).sort(),
  };
}

/** PostgreSQL's spelling of a type (format_type) → the static catalog's (`varchar(255)`, `timestamptz`, `text[]`). */
export function shortType(type: string): string {
  const array = /(\[\])+$/.exec(type)?.[0] ?? '';
  const base = type.slice(0, type.length - array.length);
  const short = base
    .replace(/^character varying/, 'varchar')
    .replace(/^character(?=\(|$)/, 'char')
    .replace(/^bit varying/, 'varbit')
    .replace(/^timestamp(\(\d+\))? with time zone$/, 'timestamptz')
    .replace(/^timestamp(\(\d+\))? without time zone$/, 'timestamp')
    .replace(/^time(\(\d+\))? with time zone$/, 'timetz')
    .replace(/^time(\(\d+\))? without time zone$/, 'time');
  return short + array;
}

function liveColumn(c: Rows['columns'][number]): ColumnInfo {
  const type = shortType(c.type);
  const sequence = c.identity || /^nextval\(/.test(c.def ?? '');
  const def = sequence ? 'autoincrement()' : c.def === null ? undefined : withoutOwnCast(c.def, type);
  const generated = sequence || /^(gen_random_uuid|uuid_generate_v4|extensions\.uuid_generate_v4)\(/.test(def ?? '');
  return { name: c.name, type, notNull: c.not_null, ...(def !== undefined && { default: def }), ...(generated && { generated: true }) };
}

/** `'pending'::text` on a text column is written `'pending'` in a migration: the cast PostgreSQL adds says nothing. */
function withoutOwnCast(def: string, type: string): string {
  const m = /^('(?:[^']|'')*')::(.+)$/.exec(def);
  return m && shortType(m[2]!) === type ? m[1]! : def;
}

function livePolicy(p: Rows['policies'][number], schema: string, defined: Set<string>): PolicyInfo {
  const exprs = [expression(p.qual), expression(p.with_check)].flatMap((e) => (e ? [expressionFacts(e)] : []));
  const calls = exprs.flatMap((e) => e.calls);
  const helpers = [...new Set(calls.map((f) => (f.includes('.') ? f : `${schema}.${f}`)).filter((f) => defined.has(f) && !f.startsWith('auth.')))];
  const command = COMMANDS[p.cmd] ?? 'all';
  const roles = p.roles.length === 1 && p.roles[0] === 'public' ? [] : p.roles;
  return { name: p.name, command, roles, permissive: p.permissive, helpers, allows: classifyPolicy({ command, roles, exprs, helpers }) };
}

/** A policy's expression, as PostgreSQL prints it, back to a syntax tree. */
function expression(text: string | null): Node | undefined {
  if (text === null) return undefined;
  try {
    const stmt = parseSync(`SELECT ${text}`).stmts?.[0]?.stmt;
    return unwrap(unwrap(stmt, 'SelectStmt')?.targetList?.[0], 'ResTarget')?.val;
  } catch {
    return undefined;
  }
}
