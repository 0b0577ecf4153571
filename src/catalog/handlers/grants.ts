/**
 * GRANT / REVOKE and ALTER DEFAULT PRIVILEGES, as far as the API's clients are concerned: which of `public`, `anon`
 * and `authenticated` may EXECUTE a function or SELECT from a relation. Other roles and privileges are not followed.
 */
import type { GrantStmt, Node, ObjectWithArgs } from '@pgsql/types';
import { names, signatureType, unwrap } from '../../parse/ast.js';
import type { Catalog } from '../catalog.js';
import { CLIENT_ROLES } from '../clients.js';
import type { Execution, Handlers } from '../execution.js';
import type { ClientGrants } from '../model.js';

/** Default privileges are kept for functions and for relations (`ON TABLES` covers views and the like). */
type Kind = 'functions' | 'tables';

/**
 * What a new object's clients hold before any ALTER DEFAULT PRIVILEGES of the migrations. Functions: PostgreSQL grants
 * EXECUTE to PUBLIC, and Supabase's default privileges in public grant it to anon and authenticated as well. Relations:
 * Supabase grants public's to anon and authenticated; another schema is only exposed once it is granted to them too
 * (Supabase's guide for custom schemas), so an exposed schema is taken to be granted the same way.
 */
function builtIn(kind: Kind, schema: string | undefined): readonly string[] {
  if (kind === 'functions') return schema === undefined ? ['public'] : schema === 'public' ? ['anon', 'authenticated'] : [];
  return schema === undefined ? [] : ['anon', 'authenticated'];
}

/**
 * The clients of an object created now in `schema`: the global default privileges plus the schema's (PostgreSQL adds
 * them up, so a per-schema REVOKE cannot take back what the global ones grant).
 */
export function defaultClients(catalog: Catalog, kind: Kind, schema: string): ClientGrants {
  const global = catalog.privileges.get(`${kind}:`) ?? builtIn(kind, undefined);
  const own = catalog.privileges.get(`${kind}:${schema}`) ?? builtIn(kind, schema);
  return { roles: [...new Set([...global, ...own])] };
}

/** The client roles a GRANT / REVOKE names (`public` for PUBLIC). */
function clientRoles(grantees: Node[] | undefined): string[] {
  return (grantees ?? []).flatMap((g) => {
    const rs = unwrap(g, 'RoleSpec');
    const name = rs?.roletype === 'ROLESPEC_PUBLIC' ? 'public' : rs?.rolename ?? '';
    return CLIENT_ROLES.has(name) ? [name] : [];
  });
}

/** Whether the statement's privileges include `privilege` (none listed: ALL). */
function covers(v: GrantStmt, privilege: string): boolean {
  const listed = (v.privileges ?? []).map((p) => unwrap(p, 'AccessPriv')?.priv_name);
  return listed.length === 0 || listed.includes(privilege);
}

function changed(before: readonly string[], grant: boolean, roles: string[]): string[] {
  return grant ? [...new Set([...before, ...roles])] : before.filter((r) => !roles.includes(r));
}

/** The signatures (`schema.name(types)`) an ObjectWithArgs names: every overload when it gives no argument list. */
export function functionKeys(catalog: Catalog, owa: ObjectWithArgs | undefined): string[] {
  const base = catalog.listKey(owa?.objname);
  if (owa?.args_unspecified) return [...catalog.functions.keys()].filter((k) => k.startsWith(`${base}(`));
  const sig = `${base}(${(owa?.objargs ?? []).map((a) => signatureType(unwrap(a, 'TypeName'))).join(', ')})`;
  return catalog.functions.has(sig) ? [sig] : [];
}

/** FUNCTION covers functions, PROCEDURE procedures, ROUTINE both. */
const ROUTINES: Partial<Record<string, (procedure: boolean) => boolean>> = {
  OBJECT_FUNCTION: (p) => !p, OBJECT_PROCEDURE: (p) => p, OBJECT_ROUTINE: () => true,
};

function grantOnFunctions(v: GrantStmt, roles: string[], x: Execution, takes: (procedure: boolean) => boolean): void {
  const catalog = x.catalog;
  if (!covers(v, 'execute')) return;
  const keys = v.targtype === 'ACL_TARGET_ALL_IN_SCHEMA'
    ? [...catalog.functions].filter(([, f]) => names(v.objects).includes(f.schema) && takes(!!f.procedure)).map(([k]) => k)
    : (v.objects ?? []).flatMap((o) => functionKeys(catalog, unwrap(o, 'ObjectWithArgs')));
  for (const k of keys) {
    const f = catalog.functions.get(k)!;
    const clients = changed(f.clients ?? [], !!v.is_grant, roles);
    catalog.functions.add(k, { ...f, clients, ...(clients.length > (f.clients ?? []).length && { grantsAt: x.at }) });
  }
}

function grantOnRelations(v: GrantStmt, roles: string[], x: Execution): void {
  const catalog = x.catalog;
  if (!covers(v, 'select')) return;
  const keys = v.targtype === 'ACL_TARGET_ALL_IN_SCHEMA'
    ? [...catalog.relations.keys()].filter((k) => names(v.objects).some((s) => k.startsWith(`${s}.`)))
    : (v.objects ?? []).map((o) => catalog.relKey(unwrap(o, 'RangeVar')));
  const next = (before: ClientGrants | undefined): ClientGrants => {
    const after = changed(before?.roles ?? [], !!v.is_grant, roles);
    const at = after.length > (before?.roles.length ?? 0) ? x.at : before?.at;
    return { roles: after, ...(at && { at }) };
  };
  // Only the relations the rules ask about keep their clients: views of every kind and foreign tables.
  for (const k of keys) {
    const rel = catalog.relations.get(k);
    if (rel?.kind === 'view') catalog.relations.add(k, { ...rel, clients: next(rel.clients) });
    else if (rel?.kind === 'table' && rel.table.foreign) {
      const t = catalog.writableTable(k)!;
      t.clients = next(t.clients);
    }
  }
}

/** A GRANT or REVOKE built at run time may have changed any client's privileges: whom they reach becomes unknown. */
export function forgetClients(catalog: Catalog): void {
  for (const [k, f] of [...catalog.functions]) {
    const { clients: _clients, grantsAt: _at, ...rest } = f;
    if (f.clients) catalog.functions.add(k, rest);
  }
  for (const [k, rel] of [...catalog.relations]) {
    if (rel.kind === 'view' && rel.clients) {
      const { clients: _clients, ...rest } = rel;
      catalog.relations.add(k, rest);
    } else if (rel.kind === 'table' && rel.table.clients) catalog.writableTable(k)!.clients = undefined;
  }
}

export const grantHandlers: Handlers = {
  GrantStmt(v, x) {
    const roles = clientRoles(v.grantees);
    // REVOKE GRANT OPTION FOR … leaves the privilege itself.
    if (roles.length === 0 || (!v.is_grant && v.grant_option)) return;
    const routines = ROUTINES[v.objtype ?? ''];
    if (routines) grantOnFunctions(v, roles, x, routines);
    else if (v.objtype === 'OBJECT_TABLE') grantOnRelations(v, roles, x);
  },

  /** Default privileges of the role the migrations run as (FOR ROLE postgres, or no FOR ROLE). */
  AlterDefaultPrivilegesStmt(v, x) {
    const options = (v.options ?? []).map((o) => unwrap(o, 'DefElem'));
    const listed = (name: string) => names(unwrap(options.find((d) => d?.defname === name)?.arg, 'List')?.items);
    const forRoles = (unwrap(options.find((d) => d?.defname === 'roles')?.arg, 'List')?.items ?? []).map((r) => unwrap(r, 'RoleSpec')?.rolename);
    if (forRoles.length > 0 && !forRoles.includes('postgres')) return;
    const action = v.action;
    const roles = clientRoles(action?.grantees);
    if (!action || roles.length === 0 || (!action.is_grant && action.grant_option)) return;
    const kind: Kind | undefined = action.objtype === 'OBJECT_FUNCTION' && covers(action, 'execute') ? 'functions'
      : action.objtype === 'OBJECT_TABLE' && covers(action, 'select') ? 'tables' : undefined;
    if (!kind) return;
    const schemas = listed('schemas');
    for (const schema of schemas.length > 0 ? schemas : [undefined]) {
      const key = `${kind}:${schema ?? ''}`;
      x.catalog.privileges.set(key, changed(x.catalog.privileges.get(key) ?? builtIn(kind, schema), !!action.is_grant, roles));
    }
  },
};
