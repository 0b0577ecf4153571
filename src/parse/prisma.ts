// Must run before @mrleebo/prisma-ast is evaluated: it builds its parser at import time.
import './node20-compat.js';
// The package's main entry is a CommonJS build that require()s chevrotain, which ships only as ESM: jest on Node
// < 24.9 cannot load that. Its ESM build loads everywhere; it has no .d.ts of its own, so the main entry types it.
// @ts-expect-error TS7016: no declaration file for the ESM build
import * as prismaAstEsm from '@mrleebo/prisma-ast/dist/prisma-ast.esm.js';
import type {
  Attribute,
  BlockAttribute,
  Block,
  Field,
  Func,
  Model,
  Value,
  View,
} from '@mrleebo/prisma-ast';
import { ignoreDirective, malformedIgnore } from './ignore-directive.js';
import { readBlock } from './prisma-block.js';
import type { IgnoreComment, PrismaField, PrismaIndex, PrismaModel, PrismaRelation, PrismaSchema } from '../types.js';
import { withKeys } from '../objects.js';

const { getSchema, PrismaParser, VisitorClassFactory } = prismaAstEsm as typeof import('@mrleebo/prisma-ast');

/**
 * What one block declares, read from its syntax tree once and kept by its text: the tree itself is let go at once, so
 * a trial read's new blocks never stand in memory all together (they were most of the fix checker's peak). Lines are
 * counted from the block's first (`undefined` where the tree has none) until a file and its place in it are known.
 * Whether a field is a relation or a column depends on the whole schema (does its type name a model, a view or a
 * composite type?), so a field without `@relation` keeps its column reading, from which its relation reading follows.
 */
type BlockReading =
  | { type: 'model' | 'view'; object: ObjectReading }
  | { type: 'enum'; enumeration: EnumReading }
  | { type: 'type'; name: string }
  | { type: 'datasource'; providers: (string | undefined)[] }
  | { type: 'other' };

interface ObjectReading {
  name: string;
  isView: boolean;
  line: number | undefined;
  table: string;
  schema: string;
  ignored: boolean;
  fields: FieldReading[];
  /** `@@id`, `@@unique` and `@@index`. */
  indexes: (Omit<PrismaIndex, 'line'> & { line: number | undefined })[];
  /** List fields without `fields:`, which may make an implicit many-to-many join table with a field of their type. */
  implicitSides: ImplicitSide[];
}

type FieldReading =
  | { relation: PrismaRelation }
  | { column: Omit<PrismaField, 'line'>; line: number | undefined; keys: { kind: 'id' | 'unique'; name: string | undefined }[] };

interface ImplicitSide { field: number; type: string; relation: string | undefined; line: number | undefined }

interface EnumReading { name: string; dbName: string; schema: string; values: string[]; members: string[]; line: number | undefined }

/** A block parsed alone counts lines from its first: `shift` is the number of lines above it in its file. */
type Placed = { reading: BlockReading; shift: number };
type PlacedObject = { object: ObjectReading; file: string; lines: string[]; shift: number };

/**
 * The Prisma schema as the database sees it: tables, columns, keys and indexes with the lines they are declared on,
 * including the join tables Prisma creates for implicit many-to-many relations. Files that do not parse become
 * `errors`, so one broken file never hides the others. A `trial` read, of the schema with fixes applied, uses the blocks
 * of the schema last read and leaves them cached: the blocks the fixes add would otherwise stay in memory to the end.
 */
export function parsePrismaSchema(files: { path: string; text: string }[], { trial = false }: { trial?: boolean } = {}): PrismaSchema {
  const schema: PrismaSchema = { files: files.map((f) => f.path), models: [], enums: [], errors: [] };
  const objects: PlacedObject[] = [];
  const compositeTypes = new Set<string>();
  const parsed = new Map<string, BlockReading>();
  for (const { path, text } of files) {
    let blocks: Placed[];
    try {
      const blanked = blankBlockComments(text);
      blocks = parseByBlock(blanked, parsed) ?? parse(blanked).list.map((block) => ({ reading: readingOf(block), shift: 0 }));
    } catch (e) {
      schema.errors.push({ file: path, ...describeError(e, text) });
      continue;
    }
    // Split once per file: every model looks back at the lines above it for ignore comments.
    const lines = text.split(/\r?\n/);
    for (const { reading, shift } of blocks) {
      if (reading.type === 'model' || reading.type === 'view') objects.push({ object: reading.object, file: path, lines, shift });
      else if (reading.type === 'enum') {
        const { line, ...enumeration } = reading.enumeration;
        schema.enums.push(withKeys(enumeration, { file: path, line: placed(line, shift) }));
      } else if (reading.type === 'type') compositeTypes.add(reading.name);
      else if (reading.type === 'datasource') {
        for (const provider of reading.providers) if (schema.provider === undefined) schema.provider = provider;
      }
    }
  }
  if (!trial) blockCache = parsed;

  const objectNames = new Set([...objects.map((o) => o.object.name), ...compositeTypes]);
  schema.models = objects.map((o) => toModel(o, objectNames));
  schema.models.push(...implicitJoinTables(objects, schema.models));
  return schema;
}

/** A line counted from a block's first, in its file. */
function placed(line: number | undefined, shift: number): number {
  return line === undefined ? 1 : line + shift;
}

/**
 * Why the models cannot be compared with the tables the migrations build, in words; undefined when they can. A schema
 * read only in part (a file that does not parse or cannot be read) would call tables unmapped that its missing part
 * maps, a schema for another database describes none of these tables, and one without models maps none.
 */
export function schemaNotCompared(a: { prisma: PrismaSchema | null; schemaFiles: string[]; catalog: { tables: unknown[] } }): string | undefined {
  const schema = a.prisma;
  if (a.schemaFiles.length === 0) return undefined;
  const unread = a.schemaFiles.filter((f) => !schema?.files.includes(f));
  if (unread.length) return `${unread.join(', ')} could not be read`;
  if (!schema) return undefined;
  const broken = [...new Set(schema.errors.map((e) => e.file))];
  if (broken.length) return `${broken.join(', ')} does not parse (${schema.errors.length === 1 ? 'see the prisma-parse-error finding' : `see the ${schema.errors.length} prisma-parse-error findings`})`;
  if (schema.provider !== undefined && !/postgres|cockroach/.test(schema.provider)) return `its datasource provider is ${schema.provider}, not PostgreSQL`;
  if (!schema.models.length && a.catalog.tables.length) return 'it declares no model, so no table is compared with one';
  return undefined;
}

let tools: { parser: InstanceType<typeof PrismaParser>; visitor: InstanceType<ReturnType<typeof VisitorClassFactory>> } | undefined;

function parse(text: string) {
  // The package's default parser takes its settings from a config file it looks for in the working directory, so one
  // of our own, built once: its grammar analysis is costly. The visitor locates nodes by their tokens, which the lexer
  // places anyway; the parser's own tracking of locations would only slow it.
  if (!tools) {
    const parser = new PrismaParser({ nodeLocationTracking: 'none' });
    tools = { parser, visitor: new (lineVisitor(parser))() };
  }
  return getSchema(text, tools);
}

/**
 * The package's visitor, with a node's location only the line it starts on, and only where that line is read: models,
 * views, enums, fields and block attributes. The blocks of the last schema read stay cached, and six numbers on every
 * node, each attribute and function call included, were much of what they held. The method is the package's own,
 * undocumented: should an update rename it, every line would read 1, which the tests of lines catch.
 */
function lineVisitor(parser: InstanceType<typeof PrismaParser>) {
  return class extends VisitorClassFactory(parser) {
    maybeAppendLocationData<T extends { type: string; kind?: string }>(node: T, ...tokens: ({ startLine?: number } | undefined)[]): T {
      if (node.type === 'attribute' ? node.kind !== 'object' : !LINED.has(node.type)) return node;
      let startLine = Infinity;
      for (const token of tokens) if (token?.startLine !== undefined && token.startLine < startLine) startLine = token.startLine;
      return Object.assign(node, { location: { startLine } });
    }
  };
}

const LINED = new Set(['model', 'view', 'enum', 'field']);

/**
 * The readings of the blocks of the last schema read (trials aside), each parsed on its own (so from line 1), by its
 * text. The fix checker reads the schema again with new models appended and fields added to a few, and most blocks of
 * that text are then read already; only the last schema's are kept, so the cache stays the size of one schema.
 */
let blockCache = new Map<string, BlockReading>();

const BLOCK_OPENING = /^[A-Za-z]\w*[ \t]+[A-Za-z]\w*[ \t]*\{[ \t\r]*$/;
const BLOCK_CLOSING = /^\}[ \t\r]*$/;

/**
 * The blocks of a schema file parsed one by one, from the cache where it has them: parsing a block alone gives the
 * nodes the whole text gives it, lines counted from its own first. That holds where the text between the blocks is
 * only blank lines and `//` comments, and every block opens on a line of its own, closes with a `}` at the start of a
 * line and parses alone; for any other text (and any error, whose line and message must be the whole file's)
 * undefined, and the file is parsed whole.
 */
function parseByBlock(text: string, parsed: Map<string, BlockReading>): Placed[] | undefined {
  // chevrotain counts a lone \r as a line break; lines here are counted by \n.
  if (/\r(?!\n)/.test(text)) return undefined;
  const blocks: Placed[] = [];
  let start = -1;
  let startLine = 0;
  let line = 1;
  for (let pos = 0; pos <= text.length; line++) {
    const eol = text.indexOf('\n', pos);
    const end = eol === -1 ? text.length : eol;
    const content = text.slice(pos, end);
    if (start === -1) {
      const trimmed = content.trim();
      if (trimmed !== '' && !trimmed.startsWith('//')) {
        if (!BLOCK_OPENING.test(content)) return undefined;
        start = pos;
        startLine = line;
      }
    } else if (BLOCK_CLOSING.test(content)) {
      const reading = readBlockText(text.slice(start, end), parsed);
      if (!reading) return undefined;
      blocks.push({ reading, shift: startLine - 1 });
      start = -1;
    }
    pos = end + 1;
  }
  return start === -1 ? blocks : undefined;
}

/** The one block `text` declares, as read alone; undefined when it does not parse or declares another number. */
function readBlockText(text: string, parsed: Map<string, BlockReading>): BlockReading | undefined {
  let reading = parsed.get(text) ?? blockCache.get(text);
  if (!reading) {
    const block = readBlock(text) ?? packageBlock(text);
    if (!block) return undefined;
    reading = readingOf(block);
  }
  parsed.set(text, reading);
  return reading;
}

/** readBlockText's parse of a text by the AST package itself, which readBlock must equal wherever it answers. */
export function packageBlock(text: string): Block | undefined {
  let list: Block[];
  try {
    list = parse(text).list;
  } catch {
    return undefined;
  }
  const declared = list.filter((b) => b.type !== 'comment' && b.type !== 'break');
  return declared.length === 1 ? declared[0] : undefined;
}

/**
 * Prisma accepts `/* … *\/` comments (trigger.dev's schema has them); the AST package's lexer does not. They are
 * blanked out, newlines kept so every line number stays true.
 */
function blankBlockComments(text: string): string {
  if (!text.includes('/*')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      out += text.slice(i, stop);
      i = stop;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\r\n]/g, ' ');
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index just past the string literal opening at `start` (or the end of its line when it is not closed). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
    else if (text[i] === '\n') return i;
  }
  return text.length;
}

function describeError(e: unknown, text: string): { line: number; message: string } {
  const err = e as { message?: unknown; token?: { startLine?: number; image?: string } };
  const atEnd = !Number.isFinite(err.token?.startLine);
  const line = atEnd ? text.replace(/\s+$/, '').split(/\r?\n/).length : err.token!.startLine!;
  const raw = String(err.message ?? e);
  // chevrotain ends with "but found <token>", where the token may be the empty end-of-input or a bare newline.
  const cut = raw.lastIndexOf('but found');
  const expected = (cut === -1 ? raw : raw.slice(0, cut)).replace(/--> (.*?) <--/g, '$1').replace(/\s+/g, ' ').trim();
  if (cut === -1 || !err.token) return { line, message: expected };
  const image = err.token.image ?? '';
  const found = atEnd ? 'end of file' : /^\s*$/.test(image) ? 'end of line' : `'${image}'`;
  // A list of every token sequence the grammar would take says less than naming the token that broke it.
  if (expected.includes('possible Token sequences')) return { line, message: `Unexpected ${found}` };
  return { line, message: `${expected} but found ${found}` };
}

/** What a block's syntax tree says, without the tree. */
function readingOf(block: Block): BlockReading {
  switch (block.type) {
    case 'model':
    case 'view':
      return { type: block.type, object: readObject(block) };
    case 'enum': {
      const attrs = block.enumerators.filter((x): x is BlockAttribute => x.type === 'attribute');
      const members = block.enumerators.flatMap((x) => (x.type === 'enumerator' ? [x] : []));
      return {
        type: 'enum',
        enumeration: {
          name: block.name,
          dbName: stringOf(argOf(attrs, 'map', 'name')) ?? block.name,
          schema: stringOf(argOf(attrs, 'schema')) ?? 'public',
          values: members.map((x) => stringOf(argOf(x.attributes ?? [], 'map', 'name')) ?? x.name),
          members: members.map((x) => x.name),
          line: block.location?.startLine,
        },
      };
    }
    case 'type':
      return { type: 'type', name: block.name };
    case 'datasource':
      return { type: 'datasource', providers: block.assignments.flatMap((a) => (a.type === 'assignment' && a.key === 'provider' ? [stringOf(a.value)] : [])) };
    default:
      return { type: 'other' };
  }
}

function readObject(block: Model | View): ObjectReading {
  const fields = block.properties.filter((p): p is Field => p.type === 'field');
  const attrs = block.properties.filter((p): p is BlockAttribute => p.type === 'attribute');
  const columnOf = new Map(fields.map((f) => [f.name, stringOf(argOf(f.attributes ?? [], 'map', 'name')) ?? f.name]));
  const readings = fields.map((f): FieldReading => {
    const type = typeName(f.fieldType);
    if (fieldAttr(f, 'relation') !== undefined) return { relation: relationOf(f, type, columnOf) };
    const byDefault = fieldAttr(f, 'default')?.args?.[0]?.value;
    const native = (f.attributes ?? []).find((a) => a.group === 'db');
    const column: Omit<PrismaField, 'line'> = {
      name: f.name,
      column: columnOf.get(f.name)!,
      type,
      optional: f.optional === true,
      list: f.array === true,
      isId: fieldAttr(f, 'id') !== undefined,
      isUnique: fieldAttr(f, 'unique') !== undefined,
      ...(native && { nativeType: native.args?.length ? `${native.name}(${native.args.map((a) => formatValue(a.value)).join(', ')})` : native.name }),
      ...(byDefault !== undefined && { default: formatValue(byDefault) }),
    };
    const keys = (['id', 'unique'] as const).flatMap((kind) => {
      const attr = fieldAttr(f, kind);
      return attr ? [{ kind, name: stringOf(keyArg(attr.args ?? [], 'map')) }] : [];
    });
    return { column, line: f.location?.startLine, keys };
  });
  const indexes: ObjectReading['indexes'] = [];
  for (const a of attrs) {
    if (a.name !== 'id' && a.name !== 'unique' && a.name !== 'index') continue;
    const list = argOf([a], a.name, 'fields');
    const names = isArray(list) ? list.args.map((v) => (typeof v === 'object' && v !== null && 'name' in v ? v.name : String(v))) : [];
    const name = stringOf(keyArg(a.args, 'map')) ?? stringOf(keyArg(a.args, 'name'));
    indexes.push({ kind: a.name, columns: names.map((n) => columnOf.get(n) ?? n), ...(name !== undefined && { name }), line: a.location?.startLine });
  }
  return {
    name: block.name,
    isView: block.type === 'view',
    line: block.location?.startLine,
    table: stringOf(argOf(attrs, 'map', 'name')) ?? block.name,
    schema: stringOf(argOf(attrs, 'schema')) ?? 'public',
    ignored: attrs.some((a) => a.name === 'ignore'),
    fields: readings,
    indexes,
    implicitSides: fields.flatMap((f, i) => (isImplicitSide(f) ? [{ field: i, type: typeName(f.fieldType), relation: relationName(f), line: f.location?.startLine }] : [])),
  };
}

function toModel({ object, file, lines, shift }: PlacedObject, objectNames: Set<string>): PrismaModel {
  const columns: PrismaField[] = [];
  const relations: PrismaRelation[] = [];
  const indexes: PrismaIndex[] = [];
  for (const f of object.fields) {
    if ('relation' in f) {
      relations.push(f.relation);
      continue;
    }
    const { column } = f;
    if (objectNames.has(column.type)) {
      // What relationOf makes of a field without @relation.
      relations.push({ field: column.name, model: column.type, list: column.list, optional: column.optional, columns: [], references: [] });
      continue;
    }
    const line = placed(f.line, shift);
    columns.push(withKeys(column, { line }));
    for (const key of f.keys) indexes.push(index(key.kind, [column.column], key.name, line));
  }
  for (const { line, ...rest } of object.indexes) indexes.push(withKeys(rest, { line: placed(line, shift) }));
  const line = placed(object.line, shift);
  return {
    name: object.name,
    table: object.table,
    schema: object.schema,
    file,
    line,
    ignored: object.ignored,
    isView: object.isView,
    implicit: false,
    fields: columns,
    relations,
    indexes,
    ignores: ignoreComments(lines, file, line),
  };
}

/** A relation field: the related model, and the foreign key when this side holds it. */
function relationOf(f: Field, model: string, columnOf: Map<string, string>): PrismaRelation {
  const relation = fieldAttr(f, 'relation');
  const args = relation?.args ?? [];
  const list = (key: string) => {
    const v = keyArg(args, key);
    return isArray(v) ? v.args.map((x) => formatValue(x)) : [];
  };
  const name = relation ? stringOf(argOf([relation], 'relation', 'name')) : undefined;
  const action = (key: string) => { const v = keyArg(args, key); return v === undefined ? undefined : formatValue(v); };
  const onDelete = action('onDelete');
  const onUpdate = action('onUpdate');
  return {
    field: f.name, model, list: f.array === true, optional: f.optional === true,
    ...(name !== undefined && { name }),
    columns: list('fields').map((n) => columnOf.get(n) ?? n), references: list('references'),
    ...(onDelete !== undefined && { onDelete }), ...(onUpdate !== undefined && { onUpdate }),
  };
}

function index(kind: PrismaIndex['kind'], columns: string[], name: string | undefined, line: number): PrismaIndex {
  return { kind, columns, ...(name !== undefined && { name }), line };
}

/**
 * The ignore comments in the comment block that ends right above `line`: `/// schema-guardian-ignore rule: reason`.
 * Written with `//`, or as `schema-guardian-ignore-file`, it is no directive in a schema: a malformed one.
 */
function ignoreComments(lines: string[], file: string, line: number): IgnoreComment[] {
  const found: IgnoreComment[] = [];
  for (let i = line - 2; i >= 0 && lines[i]!.trim().startsWith('//'); i--) {
    const comment = lines[i]!.trim();
    const triple = comment.startsWith('///');
    const at = { file, line: i + 1 };
    const read = ignoreDirective(comment.slice(triple ? 3 : 2), at);
    if (!read) continue;
    if (read[0]!.malformed) found.unshift(read[0]!);
    else if (!triple) found.unshift(malformedIgnore(at, '// schema-guardian-ignore', '/// schema-guardian-ignore'));
    else if (read[0]!.scope === 'file') found.unshift(malformedIgnore(at, 'schema-guardian-ignore-file', 'schema-guardian-ignore'));
    else found.unshift(...read);
  }
  return found;
}

/**
 * Prisma creates a table `_<relation>` for two list fields that point at each other without `fields:`; no model
 * declares it, yet migrations must create it. Column A references the alphabetically first model, B the other.
 */
function implicitJoinTables(objects: PlacedObject[], models: PrismaModel[]): PrismaModel[] {
  const byName = new Map(
    objects.flatMap((placedObject, i) => (placedObject.object.isView ? [] : [[placedObject.object.name, { placedObject, model: models[i]! }] as const])),
  );
  const seen = new Set<string>();
  const tables: PrismaModel[] = [];
  for (const { placedObject } of byName.values()) {
    const { object } = placedObject;
    for (const side of object.implicitSides) {
      const other = byName.get(side.type);
      if (!other) continue;
      const back = other.placedObject.object.implicitSides.find(
        (g) => (g.field !== side.field || other.placedObject !== placedObject) && g.type === object.name && g.relation === side.relation,
      );
      if (!back) continue;
      const [a, b] = [object.name, other.placedObject.object.name].sort() as [string, string];
      const name = `_${side.relation ?? `${a}To${b}`}`;
      if (seen.has(name)) continue;
      seen.add(name);
      const first = byName.get(a)!;
      const line = placed((first.placedObject === placedObject ? side : back).line, first.placedObject.shift);
      const fields = (['A', 'B'] as const).flatMap((column) => {
        const id = byName.get(column === 'A' ? a : b)!.model.fields.find((x) => x.isId);
        if (!id) return [];
        const { nativeType } = id;
        return [{ name: column, column, type: id.type, optional: false, list: false, isId: false, isUnique: false, ...(nativeType && { nativeType }), line }];
      });
      tables.push({
        name,
        table: name,
        schema: first.model.schema,
        file: first.placedObject.file,
        line,
        ignored: false,
        isView: false,
        implicit: true,
        fields,
        // Each column references the id of its model; Prisma Migrate makes both keys cascade.
        relations: (['A', 'B'] as const).flatMap((column) => {
          const target = byName.get(column === 'A' ? a : b)!.model;
          const id = target.fields.find((x) => x.isId);
          return id ? [{ field: column, model: target.name, list: false, optional: false, columns: [column], references: [id.name], onDelete: 'Cascade', onUpdate: 'Cascade' }] : [];
        }),
        indexes: [index('index', ['B'], `${name}_B_index`, line)],
        ignores: [],
      });
    }
  }
  return tables;
}

function isImplicitSide(f: Field): boolean {
  const relation = fieldAttr(f, 'relation');
  return f.array === true && (relation === undefined || keyArg(relation.args ?? [], 'fields') === undefined);
}

function relationName(f: Field): string | undefined {
  const relation = fieldAttr(f, 'relation');
  return relation ? stringOf(argOf([relation], 'relation', 'name')) : undefined;
}

function fieldAttr(f: Field, name: string): Attribute | undefined {
  return f.attributes?.find((a) => a.name === name && a.group === undefined);
}

/** The first positional argument of attribute `name`, or its `key:` argument. */
function argOf(attrs: (Attribute | BlockAttribute)[], name: string, key?: string): Value | undefined {
  const attr = attrs.find((a) => a.name === name && a.group === undefined);
  const args = attr?.args ?? [];
  const positional = args.find((a) => !isKeyValue(a.value));
  return positional ? (positional.value as Value) : key === undefined ? undefined : keyArg(args, key);
}

function keyArg(args: { value: unknown }[], key: string): Value | undefined {
  for (const a of args) if (isKeyValue(a.value) && a.value.key === key) return a.value.value;
  return undefined;
}

function isKeyValue(v: unknown): v is { type: 'keyValue'; key: string; value: Value } {
  return typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'keyValue';
}

function isArray(v: unknown): v is { type: 'array'; args: Value[] } {
  return typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'array';
}

/** A string literal's value (the AST keeps the quotes and escapes). */
function stringOf(v: Value | undefined): string | undefined {
  if (typeof v !== 'string' || !v.startsWith('"')) return undefined;
  // Most literals escape nothing, and JSON.parse on every one of them showed in the profile of reading a large schema.
  if (!v.includes('\\')) return v.slice(1, -1);
  try {
    return JSON.parse(v) as string;
  } catch {
    return v.slice(1, -1);
  }
}

function typeName(t: string | Func | undefined): string {
  return t === undefined ? '' : typeof t === 'string' ? t : formatValue(t);
}

/** A value as written in the schema: `255`, `"x"`, `Unsupported("tsvector")`, `[a, b]`. */
function formatValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(formatValue).join(', ')}]`;
  if (typeof v !== 'object' || v === null) return String(v);
  const node = v as { type?: string; name?: string; params?: unknown[]; args?: unknown[]; key?: string; value?: unknown };
  if (node.type === 'function') return `${node.name}(${(node.params ?? []).map(formatValue).join(', ')})`;
  if (node.type === 'array') return `[${(node.args ?? []).map(formatValue).join(', ')}]`;
  if (node.type === 'keyValue') return `${node.key}: ${formatValue(node.value)}`;
  return String(v);
}
