/** Functions and calls: CREATE FUNCTION records the body; a SELECT or CALL of it replays that body where it is called. */
import type { VariableSetStmt } from '@pgsql/types';
import { parseSync } from 'libpg-query';
import { calledFunctions, exprText, names, signatureType, typeText, unwrap } from '../../parse/ast.js';
import { executionOrder, functionBody, type BodyOutput } from '../../parse/plpgsql.js';
import type { Statement } from '../../types.js';
import type { Catalog } from '../catalog.js';
import type { Execution, Handlers } from '../execution.js';
import { duplicateFunction, inCall } from '../failure.js';
import { splitKey, type Definition } from '../model.js';
import { defaultClients, functionKeys } from './grants.js';
import { selectInto } from './tables.js';

/** Parameter modes that are part of a function's signature. */
const INPUT_MODES = new Set(['FUNC_PARAM_IN', 'FUNC_PARAM_INOUT', 'FUNC_PARAM_VARIADIC', 'FUNC_PARAM_DEFAULT']);

const bodies = new WeakMap<Definition, BodyOutput>();

/** A function's body (see functionBody), parsed once however often it is called. */
export function definitionBody(definition: Definition): BodyOutput {
  let body = bodies.get(definition);
  if (!body) bodies.set(definition, (body = bodyOf(definition)));
  return body;
}

function bodyOf(definition: Definition): BodyOutput {
  const node = parseSync(definition.text).stmts?.[0]?.stmt;
  // The text parsed into this very statement once; a body that cannot be read again may do anything, as an opaque one.
  return node && 'CreateFunctionStmt' in node ? functionBody({ ...definition, node }) : { statements: [], unresolved: [], opaque: true };
}

/**
 * What the catalog keeps of a CREATE FUNCTION for its calls: the statement's text and place; the syntax tree is parsed
 * again from the text at the first call. Every function's definition is kept to the end of the run, and few are ever
 * called: none of the bench's 1,000-file repository's 3,362, whose trees (language and body options only) were 2.8 MB.
 */
function definitionOf({ node: _tree, ...definition }: Statement): Definition {
  return definition;
}

/** SELECT / CALL of functions the migrations define (`called`, in order): their bodies run, and a failure there fails the call. */
function call(x: Execution, called: string[]): void {
  const catalog = x.catalog;
  for (const name of called) {
    const key = name.includes('.') ? name : `${catalog.defaultSchema}.${name}`;
    const definition = catalog.definitions.get(key);
    if (!definition || catalog.calling.has(key)) continue;
    const body = definitionBody(definition);
    // A body the replay cannot read may create or drop anything.
    if (body.opaque) catalog.existenceUncertain = true;
    catalog.calling.add(key);
    try {
      for (const step of executionOrder(body)) {
        if (!('node' in step)) {
          catalog.applyUnresolved(step);
          continue;
        }
        const failure = catalog.applyStrict(step, x.lenient, x.firstRun);
        if (failure !== undefined) x.fails(inCall(key, failure, step));
      }
    } finally {
      catalog.calling.delete(key);
    }
  }
}

export const functionHandlers: Handlers = {
  CreateFunctionStmt(v, x) {
    const catalog = x.catalog;
    const key = catalog.listKey(v.funcname);
    catalog.definitions.set(key, definitionOf(x.stmt));
    const [schema, name] = splitKey(key);
    const inputs = (v.parameters ?? []).map((p) => unwrap(p, 'FunctionParameter')).filter((p) => p && (!p.mode || INPUT_MODES.has(p.mode)));
    const args = inputs.map((p) => typeText(p?.argType)).join(', ');
    const sig = `${key}(${inputs.map((p) => signatureType(p?.argType)).join(', ')})`;
    const options = (v.options ?? []).map((o) => unwrap(o, 'DefElem'));
    const option = (defname: string) => options.find((d) => d?.defname === defname);
    const setPath = options.map((d) => d?.defname === 'set' ? unwrap(d.arg, 'VariableSetStmt') : undefined).find((s) => s?.name === 'search_path');
    if (catalog.functions.has(sig) && !v.replace) x.fails(duplicateFunction(`function "${name}" already exists with same argument types`));
    const previous = catalog.functions.get(sig);
    // OR REPLACE keeps the function's privileges; a new function gets the default ones.
    const grants = previous ? { clients: previous.clients, grantsAt: previous.grantsAt } : { clients: [...defaultClients(catalog, 'functions', schema).roles] };
    const securityDefiner = unwrap(option('security')?.arg, 'Boolean')?.boolval === true;
    const searchPath = setPath ? searchPathText(setPath) : null;
    // A replacement that changes what the security rules read is where the function last changed for them.
    const alteredAt = previous && (previous.securityDefiner !== securityDefiner || previous.searchPath !== searchPath) ? x.at : previous?.alteredAt;
    catalog.functions.add(sig, {
      schema, name, args,
      language: unwrap(option('language')?.arg, 'String')?.sval ?? 'sql',
      securityDefiner, searchPath, returns: v.returnType ? typeText(v.returnType) : undefined, createdAt: previous?.createdAt ?? x.at,
      ...(v.is_procedure && { procedure: true }), ...grants, ...(alteredAt && { alteredAt }),
    });
    catalog.functions.forget(key);
  },
  SelectStmt(v, x) {
    if (v.intoClause) selectInto(v.intoClause, x);
    if (!x.catalog.definitions.isEmpty()) call(x, calledFunctions(x.stmt.node));
  },
  // The procedure is a field of its own, not a node the walk of the statement meets; its arguments run first.
  CallStmt: (v, x) => call(x, [...calledFunctions(x.stmt.node), ...(v.funccall ? [names(v.funccall.funcname).join('.')] : [])]),

  /** SECURITY DEFINER / INVOKER and SET / RESET search_path; the other actions change nothing the rules read. */
  AlterFunctionStmt(v, x) {
    for (const key of functionKeys(x.catalog, v.func)) {
      let f = x.catalog.functions.get(key)!;
      for (const action of (v.actions ?? []).map((a) => unwrap(a, 'DefElem'))) {
        const set = action?.defname === 'set' ? unwrap(action.arg, 'VariableSetStmt') : undefined;
        if (action?.defname === 'security') f = { ...f, securityDefiner: unwrap(action.arg, 'Boolean')?.boolval === true, alteredAt: x.at };
        else if (set?.kind === 'VAR_RESET_ALL' || (set?.name === 'search_path' && set.kind === 'VAR_RESET')) f = { ...f, searchPath: null, alteredAt: x.at };
        else if (set?.name === 'search_path') f = { ...f, searchPath: searchPathText(set), alteredAt: x.at };
      }
      x.catalog.functions.add(key, f);
    }
  },
};

/** An ALTER FUNCTION built at run time: any function's SECURITY DEFINER and search_path may have changed. */
export function forgetFunctionSettings(catalog: Catalog): void {
  for (const [k, f] of [...catalog.functions]) if (!f.uncertain) catalog.functions.add(k, { ...f, uncertain: true });
}

/** The value of `SET search_path = …` as written, quotes removed. */
function searchPathText(set: VariableSetStmt): string {
  return (set.args ?? []).map((a) => exprText(a)?.replace(/^'(.*)'$/, '$1') ?? '').join(', ');
}
