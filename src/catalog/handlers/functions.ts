/** Functions and calls: CREATE FUNCTION records the body; a SELECT or CALL of it replays that body where it is called. */
import { calledFunctions, exprText, signatureType, typeText, unwrap } from '../../parse/ast.js';
import { executionOrder, functionBody, type BodyOutput } from '../../parse/plpgsql.js';
import type { Statement } from '../../types.js';
import type { Execution, Handlers } from '../execution.js';
import { duplicateFunction, inCall } from '../failure.js';
import { splitKey } from '../model.js';
import { selectInto } from './tables.js';

/** Parameter modes that are part of a function's signature. */
const INPUT_MODES = new Set(['FUNC_PARAM_IN', 'FUNC_PARAM_INOUT', 'FUNC_PARAM_VARIADIC', 'FUNC_PARAM_DEFAULT']);

const bodies = new WeakMap<Statement, BodyOutput>();

/** A function's body, parsed once however often it is called. */
export function definitionBody(definition: Statement): BodyOutput {
  let body = bodies.get(definition);
  if (!body) bodies.set(definition, (body = functionBody(definition)));
  return body;
}

/** SELECT / CALL of functions the migrations define: their bodies run, and a failure there fails the call. */
function call(x: Execution): void {
  const catalog = x.catalog;
  for (const name of calledFunctions(x.stmt.node)) {
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
    catalog.definitions.set(key, x.stmt);
    const [schema, name] = splitKey(key);
    const inputs = (v.parameters ?? []).map((p) => unwrap(p, 'FunctionParameter')).filter((p) => p && (!p.mode || INPUT_MODES.has(p.mode)));
    const args = inputs.map((p) => typeText(p?.argType)).join(', ');
    const sig = `${key}(${inputs.map((p) => signatureType(p?.argType)).join(', ')})`;
    const options = (v.options ?? []).map((o) => unwrap(o, 'DefElem'));
    const option = (defname: string) => options.find((d) => d?.defname === defname);
    const setPath = options.map((d) => d?.defname === 'set' ? unwrap(d.arg, 'VariableSetStmt') : undefined).find((s) => s?.name === 'search_path');
    const searchPath = setPath ? (setPath.args ?? []).map((a) => exprText(a)?.replace(/^'(.*)'$/, '$1') ?? '').join(', ') : null;
    if (catalog.functions.has(sig) && !v.replace) x.fails(duplicateFunction(`function "${sig}" already exists with same argument types`));
    const previous = catalog.functions.get(sig);
    catalog.functions.add(sig, {
      schema, name, args,
      language: unwrap(option('language')?.arg, 'String')?.sval ?? 'sql',
      securityDefiner: unwrap(option('security')?.arg, 'Boolean')?.boolval === true,
      searchPath, returns: v.returnType ? typeText(v.returnType) : undefined, createdAt: previous?.createdAt ?? x.at,
    });
    catalog.functions.forget(key);
  },
  SelectStmt(v, x) {
    if (v.intoClause) selectInto(v.intoClause, x);
    if (!x.catalog.definitions.isEmpty()) call(x);
  },
  CallStmt: (_v, x) => call(x),
};
