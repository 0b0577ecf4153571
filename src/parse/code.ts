/**
 * What application and edge-function code expects of the database: the tables and views it queries through
 * supabase-js (`.from('t')`, `.schema('s').from('t')`), the functions it calls (`.rpc('f')`), and the environment
 * variables an edge function reads (`Deno.env.get('X')`). Read with Babel's parser (TypeScript and JSX), so a name
 * in a comment or a string elsewhere is never taken for a call.
 */
import { parse, type ParserPlugin } from '@babel/parser';
import type { CallExpression, Expression, Node } from '@babel/types';

export interface CodeReference {
  kind: 'table' | 'function';
  /** From `.schema('s')` in the same chain; undefined: the client's default schema. */
  schema: string | undefined;
  name: string;
  file: string;
  line: number;
}

export interface EnvRead {
  name: string;
  file: string;
  line: number;
}

export interface ScannedCode {
  references: CodeReference[];
  envReads: EnvRead[];
  /** Why the file could not be read as code, when it could not. */
  problem?: { line: number; message: string };
}

/** The query builder's methods: `.from('t')` followed by one of them is a table read or write, not `Array.from`. */
const QUERY_METHODS = new Set(['select', 'insert', 'update', 'upsert', 'delete']);

/** Files that cannot hold a call worth parsing for: most code never touches the database. */
const MENTIONS = /\.(?:from|rpc)\s*\(|Deno\.env/;

export function scanCode(file: string, text: string): ScannedCode {
  const found: ScannedCode = { references: [], envReads: [] };
  if (!MENTIONS.test(text)) return found;
  // TypeScript files may not hold JSX (`<T>(x) => x` is a generic there); .tsx and JavaScript files may.
  const plugins: ParserPlugin[] = file.endsWith('.ts') || file.endsWith('.mts') || file.endsWith('.cts') ? ['typescript'] : file.endsWith('.tsx') ? ['typescript', 'jsx'] : ['jsx'];
  let program: Node;
  try {
    program = parse(text, { sourceType: 'unambiguous', plugins, errorRecovery: true });
  } catch (e) {
    const loc = (e as { loc?: { line: number } }).loc;
    return { ...found, problem: { line: loc?.line ?? 1, message: e instanceof Error ? e.message : String(e) } };
  }
  walk(program, undefined, (node, parent) => {
    if (node.type !== 'CallExpression') return;
    const method = calledMethod(node);
    const name = stringArgument(node);
    if (method === undefined || name === undefined) return;
    const line = node.loc?.start.line ?? 1;
    if (method.name === 'rpc') found.references.push({ kind: 'function', schema: chainSchema(method.object), name, file, line });
    else if (method.name === 'from' && isQueried(node, parent)) found.references.push({ kind: 'table', schema: chainSchema(method.object), name, file, line });
    else if (method.name === 'get' && isDenoEnv(method.object)) found.envReads.push({ name, file, line });
  });
  return found;
}

/** Every node with its parent: a `.from('t')` is a query when a query method is called on its result. */
function walk(node: Node, parent: Node | undefined, visit: (node: Node, parent: Node | undefined) => void): void {
  visit(node, parent);
  for (const value of Object.values(node)) {
    const children: unknown[] = Array.isArray(value) ? value : [value];
    for (const child of children) if (isNode(child)) walk(child, node, visit);
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && 'loc' in value;
}

/** `x.m(…)`: the method's name and what it is called on. */
function calledMethod(call: CallExpression): { name: string; object: Expression } | undefined {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return undefined;
  const property = callee.property;
  const name = property.type === 'Identifier' && !callee.computed ? property.name : property.type === 'StringLiteral' ? property.value : undefined;
  return name === undefined || callee.object.type === 'Super' ? undefined : { name, object: callee.object };
}

/** The first argument, when it is a string known before the code runs. */
function stringArgument(call: CallExpression): string | undefined {
  const arg = call.arguments[0];
  if (arg?.type === 'StringLiteral') return arg.value;
  if (arg?.type === 'TemplateLiteral' && arg.expressions.length === 0) return arg.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** `.from('t')` whose result is queried: `.from('t').select(…)`, `.insert(…)`, …. */
function isQueried(call: CallExpression, member: Node | undefined): boolean {
  if (!member || (member.type !== 'MemberExpression' && member.type !== 'OptionalMemberExpression') || member.object !== call) return false;
  const property = member.property;
  return property.type === 'Identifier' && QUERY_METHODS.has(property.name);
}

/** The schema a `.schema('s')` earlier in the chain names. */
function chainSchema(object: Expression): string | undefined {
  if (object.type !== 'CallExpression') return undefined;
  return calledMethod(object)?.name === 'schema' ? stringArgument(object) : undefined;
}

function isDenoEnv(object: Expression): boolean {
  return (object.type === 'MemberExpression' || object.type === 'OptionalMemberExpression')
    && object.object.type === 'Identifier' && object.object.name === 'Deno'
    && object.property.type === 'Identifier' && object.property.name === 'env';
}
