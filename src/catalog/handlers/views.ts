/** Views' security: the `security_invoker` option (CREATE VIEW … WITH, ALTER VIEW … SET / RESET) and their clients. */
import type { AlterTableCmd, Node } from '@pgsql/types';
import { names, unwrap } from '../../parse/ast.js';
import type { Execution } from '../execution.js';
import type { Relation, ViewSecurity } from '../model.js';
import { defaultClients } from './grants.js';

type View = Extract<Relation, { kind: 'view' }>;

/** A boolean reloption's value as PostgreSQL's parse_bool reads it (no value: true); undefined when it is not one. */
function boolOption(arg: Node | undefined): boolean | undefined {
  if (arg === undefined) return true;
  const int = unwrap(arg, 'Integer');
  // A bare word (`yes`, `on`) arrives as a type name.
  const bare = names(unwrap(arg, 'TypeName')?.names).join('.');
  const word = (int ? String(int.ival ?? 0) : unwrap(arg, 'String')?.sval ?? (bare || String(unwrap(arg, 'Boolean')?.boolval ?? ''))).toLowerCase();
  if (word === '') return undefined;
  if (word === '1' || word === 'on' || 'true'.startsWith(word) || 'yes'.startsWith(word)) return true;
  if (word === '0' || word === 'of' || word === 'off' || 'false'.startsWith(word) || 'no'.startsWith(word)) return false;
  return undefined;
}

/** `security_invoker` as a list of reloptions sets it; undefined when the list does not name it. */
function securityInvokerIn(options: Node[] | undefined): boolean | undefined {
  const d = (options ?? []).map((o) => unwrap(o, 'DefElem')).find((e) => e?.defname === 'security_invoker');
  return d ? boolOption(d.arg) === true : undefined;
}

/** The view's `security_invoker` once the statement sets it `on` or off, and where it last changed (restating it keeps the place). */
function invoker(view: ViewSecurity | undefined, on: boolean, x: Execution): ViewSecurity {
  const optionsAt = view && !!view.securityInvoker === on ? view.optionsAt : x.at;
  return { ...(on && { securityInvoker: true }), ...(optionsAt && { optionsAt }) };
}

/**
 * A CREATE [OR REPLACE] VIEW's security: the options are those of the statement (a replacement without WITH clears
 * them, as PostgreSQL replaces the view's reloptions), the clients those the view had, or a new view's defaults.
 */
export function createdViewSecurity(existing: View | undefined, options: Node[] | undefined, key: string, x: Execution): ViewSecurity {
  const clients = existing?.clients ?? defaultClients(x.catalog, 'tables', key.slice(0, key.indexOf('.')));
  return { ...invoker(existing, securityInvokerIn(options) === true, x), clients };
}

/** ALTER VIEW / ALTER TABLE … SET (security_invoker …) / RESET (security_invoker) on a view. */
export function alterView(view: View, cmds: Node[] | undefined, x: Execution): View {
  let out = view;
  for (const cmd of (cmds ?? []).map((c) => unwrap(c, 'AlterTableCmd'))) {
    const on = cmd && viewOptionChange(cmd);
    if (on === undefined) continue;
    const { securityInvoker: _was, optionsAt: _at, ...rest } = out;
    out = { ...rest, ...invoker(out, on, x) };
  }
  return out;
}

/** The value a SET / RESET command gives `security_invoker`; undefined when it does not touch it. */
function viewOptionChange(cmd: AlterTableCmd): boolean | undefined {
  const items = unwrap(cmd.def, 'List')?.items;
  if (cmd.subtype === 'AT_SetRelOptions' || cmd.subtype === 'AT_ReplaceRelOptions') return securityInvokerIn(items);
  if (cmd.subtype === 'AT_ResetRelOptions') return securityInvokerIn(items) === undefined ? undefined : false;
  return undefined;
}
