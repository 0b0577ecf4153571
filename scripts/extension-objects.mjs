#!/usr/bin/env node
/**
 * Generates src/catalog/extension-objects.ts: which extension provides which function, type, operator, operator
 * class or relation, read from the extensions' own install scripts with the project's parser (libpg-query), so the
 * table says what CREATE EXTENSION really creates. Objects PostgreSQL itself has (same function name and arity,
 * same type, operator or operator class name) are left out: `gen_random_uuid()` is core, whatever pgcrypto adds.
 *
 *   node scripts/extension-objects.mjs --core /usr/share/postgresql/15/postgres.bki --out src/catalog/extension-objects.ts \
 *     /usr/share/postgresql/15/extension/pg_trgm.control …                        (PostgreSQL's layout: the script chain
 *                                                                                  to the control file's default_version)
 *     pgjwt@0.2.0#github.com/michelp/pgjwt@f3d82fd=/tmp/pgjwt.control,/tmp/pgjwt--0.2.0.sql …
 *                                            (files taken from a repository, named for the header after `#`: its control
 *                                             file, then the install script and the updates in order)
 *
 * A source named later replaces one named earlier for the same extension. The generated file's header lists the files
 * and the version each extension was read from; nothing of the extensions' code is copied, only object names.
 *
 * The committed table was made from every control file of PostgreSQL 15's contrib (Debian's postgresql-15 package,
 * /usr/share/postgresql/15/extension; plpgsql and the empty stand-ins some test machines put there left out) and,
 * for the extensions contrib lacks, from these repositories (files read with `git show <commit>:<path>`):
 *   github.com/michelp/pgjwt@f3d82fd       pgjwt.control, pgjwt--0.2.0.sql
 *   github.com/citusdata/pg_cron@16618e6   pg_cron.control, pg_cron.sql (the 1.0 install script), pg_cron--1.0--1.1.sql … pg_cron--1.5--1.6.sql
 *   github.com/supabase/pg_net@68ef0bf     pg_net.control.in, sql/pg_net.sql (installed as 0.20.4, the Makefile's EXTVERSION)
 *   github.com/supabase/vault@16f1570      supabase_vault.control.in, sql/supabase_vault--0.3.0.sql, sql/supabase_vault--0.3.0--0.3.1.sql
 *   github.com/pgvector/pgvector@e48241b   vector.control, sql/vector.sql (installed as 0.8.6)
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadModule, parseSync } from 'libpg-query';

const args = process.argv.slice(2);
const take = (flag) => { const i = args.indexOf(flag); if (i < 0) return undefined; const [v] = args.splice(i, 2).slice(1); return v; };
const corePath = take('--core');
const outPath = take('--out');
if (!corePath || !outPath || args.length === 0) {
  console.error('usage: extension-objects.mjs --core postgres.bki --out FILE (EXT.control | name@version=control,sql[,sql…])…');
  process.exit(2);
}
await loadModule();

// ---------------------------------------------------------------- core objects (postgres.bki)

/** Core functions by name (arity ranges), and the names of core types, operators and operator classes. */
function readCore(path) {
  const columns = new Map();
  const core = { functions: new Map(), types: new Set(), operators: new Set(), opclasses: new Set() };
  let table;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const create = /^create (\w+) \d+/.exec(line);
    if (create) { table = create[1]; columns.set(table, []); continue; }
    const column = /^ (\w+) = /.exec(line);
    if (column && table && !line.startsWith(' (')) { columns.get(table).push(column[1]); continue; }
    if (table && /^ \( oid = /.test(line)) { columns.set(table, [...line.matchAll(/(\w+) = /g)].map((m) => m[1])); continue; }
    if (!line.startsWith('insert (') || !table) continue;
    const tokens = line.slice(8, -1).match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
    const value = (name) => tokens[columns.get(table).indexOf(name)]?.replace(/^["']|["']$/g, '');
    if (table === 'pg_proc') {
      const name = value('proname');
      const n = Number(value('pronargs'));
      const list = core.functions.get(name) ?? [];
      list.push({ min: n - Number(value('pronargdefaults')), max: value('provariadic') !== '0' ? Infinity : n });
      core.functions.set(name, list);
    } else if (table === 'pg_type') core.types.add(value('typname'));
    else if (table === 'pg_operator') core.operators.add(value('oprname'));
    else if (table === 'pg_opclass') core.opclasses.add(value('opcname'));
  }
  return core;
}

// ---------------------------------------------------------------- extension sources

function readControl(path, version) {
  const text = readFileSync(path, 'utf8');
  const field = (name) => new RegExp(`^\\s*${name}\\s*=\\s*'?([^'\\n#]*)'?`, 'm').exec(text)?.[1]?.trim();
  return { relocatable: field('relocatable') === 'true', schema: field('schema'), version: version ?? field('default_version') };
}

/** PostgreSQL's choice of scripts: an install script and the shortest chain of updates to the version wanted. */
function scriptChain(dir, name, target) {
  const files = readdirSync(dir).filter((f) => f.startsWith(`${name}--`) && f.endsWith('.sql'));
  const installs = new Map(), updates = [];
  for (const f of files) {
    const parts = f.slice(name.length + 2, -4).split('--');
    if (parts.length === 1) installs.set(parts[0], f);
    else updates.push({ from: parts[0], to: parts[1], file: f });
  }
  if (installs.has(target)) return [installs.get(target)];
  let best;
  for (const [version, install] of installs) {
    const queue = [[version, [install]]];
    const seen = new Set([version]);
    while (queue.length) {
      const [at, path] = queue.shift();
      if (at === target) { if (!best || path.length < best.length) best = path; break; }
      for (const u of updates) if (u.from === at && !seen.has(u.to)) { seen.add(u.to); queue.push([u.to, [...path, u.file]]); }
    }
  }
  if (!best) throw new Error(`${name}: no script chain to version ${target} in ${dir}`);
  return best.map((f) => f);
}

function sources(list) {
  const out = new Map();
  for (const arg of list) {
    const explicit = /^([^@=]+)@([^=#]+)(?:#([^=]+))?=(.+)$/.exec(arg);
    if (explicit) {
      const [control, ...scripts] = explicit[4].split(',');
      out.set(explicit[1], { name: explicit[1], ...readControl(control, explicit[2]), files: scripts, origin: explicit[3] });
    } else {
      const name = basename(arg, '.control');
      const control = readControl(arg);
      out.set(name, { name, ...control, files: scriptChain(dirname(arg), name, control.version).map((f) => join(dirname(arg), f)), origin: dirname(arg) });
    }
  }
  return [...out.values()];
}

// ---------------------------------------------------------------- reading a script

const str = (n) => n?.String?.sval;
const nameOf = (list) => {
  const parts = (list ?? []).map(str).filter(Boolean);
  const name = parts[parts.length - 1];
  const schema = parts.length > 1 ? parts[parts.length - 2] : undefined;
  return { schema: schema === '__extschema__' ? undefined : schema, name };
};

/** What one script creates and drops, in order. */
function objectsOf(sql) {
  // psql meta-commands (`\echo … \quit`) are not SQL; @extschema@ is the schema CREATE EXTENSION picks.
  const text = sql.split('\n').filter((l) => !l.trimStart().startsWith('\\')).join('\n').replaceAll('@extschema@', '__extschema__');
  const events = [];
  for (const { stmt } of parseSync(text).stmts ?? []) {
    const [kind] = Object.keys(stmt);
    const v = stmt[kind];
    if (kind === 'CreateFunctionStmt') {
      const params = (v.parameters ?? []).map((p) => p.FunctionParameter).filter((p) => !['FUNC_PARAM_OUT', 'FUNC_PARAM_TABLE'].includes(p.mode));
      const variadic = params.some((p) => p.mode === 'FUNC_PARAM_VARIADIC');
      events.push({ op: 'create', kind: 'function', ...nameOf(v.funcname), min: params.filter((p) => !p.defexpr && p.mode !== 'FUNC_PARAM_VARIADIC').length, max: variadic ? Infinity : params.length });
    } else if (kind === 'DefineStmt') {
      const what = { OBJECT_TYPE: 'type', OBJECT_OPERATOR: 'operator', OBJECT_AGGREGATE: 'function' }[v.kind];
      if (!what) continue;
      const entry = { op: 'create', kind: what, ...nameOf(v.defnames) };
      if (what === 'function') {
        const n = (v.args?.[0]?.List?.items ?? []).length;
        Object.assign(entry, { min: n, max: n });
      }
      if (what === 'operator') {
        const arg = (key) => (v.definition ?? []).map((d) => d.DefElem).find((d) => d.defname === key)?.arg?.TypeName;
        entry.operands = ['leftarg', 'rightarg'].map((k) => nameOf(arg(k)?.names).name ?? '');
      }
      events.push(entry);
    } else if (['CompositeTypeStmt', 'CreateEnumStmt', 'CreateRangeStmt'].includes(kind)) {
      events.push({ op: 'create', kind: 'type', ...nameOf(v.typevar ? [v.typevar.schemaname && { String: { sval: v.typevar.schemaname } }, { String: { sval: v.typevar.relname } }].filter(Boolean) : v.typeName) });
    } else if (kind === 'CreateDomainStmt') {
      events.push({ op: 'create', kind: 'type', ...nameOf(v.domainname) });
    } else if (kind === 'CreateOpClassStmt') {
      events.push({ op: 'create', kind: 'operator class', ...nameOf(v.opclassname) });
    } else if (kind === 'CreateStmt' || kind === 'ViewStmt' || kind === 'CreateTableAsStmt') {
      const rv = v.relation ?? v.view ?? v.into?.rel;
      events.push({ op: 'create', kind: 'relation', schema: rv.schemaname === '__extschema__' ? undefined : rv.schemaname, name: rv.relname });
    } else if (kind === 'DropStmt') {
      const what = { OBJECT_FUNCTION: 'function', OBJECT_AGGREGATE: 'function', OBJECT_TYPE: 'type', OBJECT_OPERATOR: 'operator', OBJECT_OPCLASS: 'operator class', OBJECT_TABLE: 'relation', OBJECT_VIEW: 'relation' }[v.removeType];
      if (!what) continue;
      for (const o of v.objects ?? []) {
        const owa = o.ObjectWithArgs;
        const list = owa ? owa.objname : o.TypeName ? o.TypeName.names : o.List ? o.List.items : [o];
        // DROP OPERATOR CLASS names the access method last.
        const names = what === 'operator class' ? list.slice(1) : list;
        events.push({ op: 'drop', kind: what, ...nameOf(names), ...(owa && what === 'function' && !owa.args_unspecified && { arity: (owa.objargs ?? []).length }) });
      }
    }
  }
  return events;
}

// ---------------------------------------------------------------- the table

const core = readCore(corePath);
const coreHas = (o) => {
  if (o.kind === 'function') return (core.functions.get(o.name) ?? []).some((c) => c.min <= o.max && o.min <= c.max);
  if (o.kind === 'type') return core.types.has(o.name);
  if (o.kind === 'operator class') return core.opclasses.has(o.name);
  return false;
};

const extensions = [];
for (const src of sources(args)) {
  let objects = [];
  for (const file of src.files) {
    for (const e of objectsOf(readFileSync(file, 'utf8'))) {
      const same = (o) => o.kind === e.kind && o.name === e.name && (o.schema ?? '') === (e.schema ?? '');
      if (e.op === 'drop') objects = objects.filter((o) => !(same(o) && (e.arity === undefined || (o.min <= e.arity && e.arity <= o.max))));
      else {
        const { op: _op, ...o } = e;
        objects = objects.filter((x) => !(same(x) && x.min === o.min && x.max === o.max));
        objects.push(o);
      }
    }
  }
  const kept = [];
  for (const o of objects) {
    if (coreHas(o)) continue;
    // A core operator name (`%` is modulo) is the extension's only between texts, which a string literal operand shows.
    if (o.kind === 'operator' && core.operators.has(o.name) && !o.operands.every((t) => t === 'text')) continue;
    if (o.kind !== 'operator' || !core.operators.has(o.name)) delete o.operands;
    if (o.kind !== 'function') { delete o.min; delete o.max; }
    if (!kept.some((k) => JSON.stringify(k) === JSON.stringify(o))) kept.push(o);
  }
  if (kept.length === 0) { console.error(`${src.name}: no objects read (an empty stand-in?), left out`); continue; }
  extensions.push({ name: src.name, version: src.version, relocatable: src.relocatable, ...(src.schema && { schema: src.schema }), files: src.files, origin: src.origin ?? dirname(src.files[0]), objects: kept });
}
extensions.sort((a, b) => a.name.localeCompare(b.name));

const q = (s) => JSON.stringify(s);
const objectText = (o) => {
  const parts = [`kind: ${q(o.kind)}`, `name: ${q(o.name)}`];
  if (o.schema) parts.push(`schema: ${q(o.schema)}`);
  if (o.kind === 'function') parts.push(`min: ${o.min}`, `max: ${o.max === Infinity ? 'Infinity' : o.max}`);
  if (o.operands) parts.push(`operands: [${o.operands.map(q).join(', ')}]`);
  return `{ ${parts.join(', ')} }`;
};
const header = extensions.map((e) => ` *   ${e.name} ${e.version}: ${e.files.map((f) => basename(f)).join(', ')} (${e.origin})`).join('\n');
const out = `/**
 * Generated by scripts/extension-objects.mjs: do not edit. What each extension creates (functions with their
 * arity, types, operators, operator classes, relations), read from its install scripts, core PostgreSQL's own objects
 * (${basename(corePath)}) left out. Read from:
${header}
 */
import type { ExtensionObjects } from './extension-uses.js';

export const EXTENSION_OBJECTS: ExtensionObjects[] = [
${extensions.map((e) => `  {
    name: ${q(e.name)}, version: ${q(e.version)}, relocatable: ${e.relocatable},${e.schema ? ` schema: ${q(e.schema)},` : ''}
    objects: [
${e.objects.map((o) => `      ${objectText(o)},`).join('\n')}
    ],
  },`).join('\n')}
];
`;
writeFileSync(outPath, out);
console.error(`${outPath}: ${extensions.length} extensions, ${extensions.reduce((n, e) => n + e.objects.length, 0)} objects`);
