/**
 * Differential test of the re-run verdict: seeded random migration histories (2–4 files of 3–8 real-world DDL
 * pieces each) are applied to a private PostgreSQL 15 file by file; every file whose first run succeeds is run a
 * second time (in a transaction rolled back, or on a copy of the database when the file manages transactions) and
 * PostgreSQL's verdict (the second run fails or not) is compared with the engine's `Replay.idempotent` for that file
 * (false ⇔ PostgreSQL fails; null is no verdict), and the engine must find no first-run failure in a file whose first
 * run succeeds. A history stops at the first file whose FIRST run fails (how often the engine saw that coming is
 * counted).
 *
 * Skipped unless SCHEMA_GUARDIAN_DIFFERENTIAL=<number of histories> is set:
 *
 *   SCHEMA_GUARDIAN_DIFFERENTIAL=300 npm test -- __tests__/catalog/differential.test.ts
 *
 * SCHEMA_GUARDIAN_DIFFERENTIAL_SEED (default 1) picks the generator's seed; SCHEMA_GUARDIAN_DIFFERENTIAL_MINIMIZE=0
 * turns off the shrinking of the first disagreement of each class. The full report is written to
 * <tmpdir>/schema-guardian-differential.json.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Replay } from '../../src/catalog/replay.js';
import { initParser, parseMigration } from '../../src/parse/sql.js';
import { startPostgres, type Postgres } from '../helpers/postgres.js';

const COUNT = Number(process.env.SCHEMA_GUARDIAN_DIFFERENTIAL ?? 0) || 0;
const SEED = Number(process.env.SCHEMA_GUARDIAN_DIFFERENTIAL_SEED ?? 1) || 1;
const MINIMIZE = process.env.SCHEMA_GUARDIAN_DIFFERENTIAL_MINIMIZE !== '0';

// ------------------------------------------------------------------ random

/** mulberry32: small, fast and good enough to pick grammar branches. */
class Rng {
  constructor(private s: number) {}
  next(): number {
    this.s = (this.s + 0x6d2b79f5) | 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** A branch by weight. */
  weighted<T>(entries: readonly (readonly [number, T])[]): T {
    const total = entries.reduce((s, [w]) => s + w, 0);
    let r = this.next() * total;
    for (const [w, v] of entries) if ((r -= w) < 0) return v;
    return entries[entries.length - 1]![1];
  }
}

// ------------------------------------------------------------------ the generator's model of the database

interface Col {
  name: string;
  type: string;
  notNull: boolean;
}

interface Tbl {
  name: string;
  idType: 'int' | 'bigint' | 'uuid' | undefined;
  cols: Col[];
  /** Constraint name → kind and columns. */
  constraints: Map<string, { kind: 'p' | 'u' | 'f' | 'c'; cols: string[]; ref?: string }>;
  policies: Set<string>;
  triggers: Set<string>;
  hasRows: boolean;
  inPub: boolean;
}

interface World {
  tables: Map<string, Tbl>;
  /** Index name (standalone or behind a constraint) → table. */
  indexes: Map<string, { table: string; cols: string[]; unique: boolean }>;
  types: Map<string, string[]>;
  functions: Map<string, 'trigger' | 'bool' | 'void'>;
  views: Map<string, { table: string; cols: string[] }>;
  sequences: Set<string>;
  schemas: Set<string>;
  extensions: Set<string>;
  /** The Supabase-style trigger on auth.users exists. */
  authTrigger: boolean;
}

const emptyWorld = (): World => ({
  tables: new Map(), indexes: new Map(), types: new Map(), functions: new Map(), views: new Map(),
  sequences: new Set(), schemas: new Set(), extensions: new Set(), authTrigger: false,
});

function cloneWorld(w: World): World {
  return structuredClone(w);
}

const TABLES = ['profiles', 'posts', 'comments', 'orgs', 'members', 'items', 'tags'];
const COLUMNS: readonly (readonly [string, string])[] = [
  ['title', 'text'], ['body', 'text'], ['slug', 'text'], ['score', 'int'], ['position', 'integer'], ['is_public', 'boolean'],
  ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'], ['metadata', 'jsonb'], ['user_id', 'uuid'], ['label', 'varchar(64)'],
];
const TYPES = ['status', 'member_role'];
const LABELS = ['draft', 'published', 'archived', 'pending', 'admin', 'owner'];
const POLICIES = ['select_own', 'insert_own', 'Users can read', 'update_own', 'public read'];
const TRIGGERS = ['set_updated_at', 'on_insert', 'audit'];
const VIEWS = ['v_recent', 'v_public'];
const SEQUENCES = ['invoice_seq', 'ticket_seq'];
const SCHEMAS = ['app', 'private'];
const EXTENSIONS: readonly (readonly [string, string])[] = [['pgcrypto', ''], ['pg_trgm', ' WITH SCHEMA extensions'], ['citext', ' WITH SCHEMA extensions'], ['"uuid-ossp"', ' WITH SCHEMA extensions']];
const FUNCTIONS: readonly (readonly [string, 'trigger' | 'bool' | 'void'])[] = [['touch_updated_at', 'trigger'], ['handle_new_row', 'trigger'], ['is_owner', 'bool'], ['ensure_schema', 'void']];

const ident = (name: string): string => (/^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`);

/** One file's worth of pieces; each piece is one or a few statements that belong together. */
class Gen {
  w: World;
  constructor(private r: Rng, world: World) {
    this.w = cloneWorld(world);
  }

  // ---- helpers

  private relTaken(name: string): boolean {
    return this.w.tables.has(name) || this.w.indexes.has(name) || this.w.views.has(name) || this.w.sequences.has(name) || this.w.types.has(name);
  }
  private table(): Tbl | undefined {
    const ts = [...this.w.tables.values()];
    return ts.length ? this.r.pick(ts) : undefined;
  }
  private freeTableName(): string | undefined {
    const free = TABLES.filter((n) => !this.relTaken(n));
    return free.length ? this.r.pick(free) : undefined;
  }
  /** The column's usual type, now and then an enum of the history. */
  private colType(natural: string): string {
    const enums = [...this.w.types.keys()];
    if (enums.length && natural === 'text' && this.r.chance(0.25)) return this.r.pick(enums);
    return natural;
  }
  /** Tables, views and foreign keys that depend on a table (DROP needs CASCADE). */
  private dependents(name: string): boolean {
    return [...this.w.views.values()].some((v) => v.table === name)
      || [...this.w.tables.values()].some((t) => t.name !== name && [...t.constraints.values()].some((c) => c.ref === name));
  }
  private colDefault(type: string): string {
    if (type === 'boolean') return ' DEFAULT false';
    if (type === 'timestamptz') return ' DEFAULT now()';
    if (type === 'int' || type === 'integer') return ' DEFAULT 0';
    if (type === 'jsonb') return " DEFAULT '{}'::jsonb";
    if (type === 'text' || type.startsWith('varchar')) return " DEFAULT ''";
    const labels = this.w.types.get(type);
    if (labels?.length) return ` DEFAULT '${labels[0]}'`;
    return '';
  }
  private value(c: Col): string {
    const t = c.type;
    if (t === 'boolean') return 'true';
    if (t === 'timestamptz') return 'now()';
    if (t === 'int' || t === 'integer' || t === 'bigint') return String(this.r.int(1, 1000));
    if (t === 'jsonb') return "'{}'";
    if (t === 'uuid') return 'gen_random_uuid()';
    if (t === 'text' || t.startsWith('varchar')) return `'v${this.r.int(1, 100000)}'`;
    const labels = this.w.types.get(t);
    return labels?.length ? `'${labels[0]}'` : 'NULL';
  }
  private addConstraintName(t: Tbl, base: string): string {
    let name = base;
    for (let i = 1; t.constraints.has(name) || this.relTaken(name); i++) name = `${base}${i}`;
    return name;
  }
  private dropTable(name: string): void {
    this.w.tables.delete(name);
    for (const [k, i] of [...this.w.indexes]) if (i.table === name) this.w.indexes.delete(k);
    for (const [k, v] of [...this.w.views]) if (v.table === name) this.w.views.delete(k);
    for (const t of this.w.tables.values()) for (const [k, c] of [...t.constraints]) if (c.ref === name) t.constraints.delete(k);
  }
  private guardedIfNotExists(cond: string, body: string): string {
    return `DO $$\nBEGIN\n  IF NOT EXISTS (${cond}) THEN\n    ${body};\n  END IF;\nEND $$;`;
  }
  private exceptionBlock(body: string, conditions: string): string {
    return `DO $$\nBEGIN\n  ${body};\nEXCEPTION\n  WHEN ${conditions} THEN NULL;\nEND $$;`;
  }

  // ---- pieces

  piece(): string | undefined {
    const noTables = this.w.tables.size === 0;
    const kind = this.r.weighted<() => string | undefined>([
      [noTables ? 30 : 9, () => this.createTable()],
      [6, () => this.createIndex()],
      [6, () => this.addColumn()],
      [3, () => this.dropColumn()],
      [5, () => this.addConstraint()],
      [3, () => this.dropConstraint()],
      [2, () => this.renameColumn()],
      [1, () => this.renameTable()],
      [4, () => this.enableRls()],
      [6, () => this.createPolicy()],
      [2, () => this.dropPolicy()],
      [4, () => this.createFunction()],
      [3, () => this.createView()],
      [3, () => this.createTrigger()],
      [3, () => this.createType()],
      [3, () => this.alterType()],
      [6, () => this.doBlock()],
      [3, () => this.createMisc()],
      [4, () => this.drop()],
      [3, () => this.grantComment()],
      [3, () => this.insert()],
      [3, () => this.publication()],
      [2, () => this.alterColumn()],
      [2, () => this.authTrigger()],
      [2, () => this.rebuildTable()],
      [2, () => this.bucket()],
    ]);
    return kind();
  }

  createTable(): string | undefined {
    const existing = this.table();
    if (existing && this.r.chance(0.12)) return `CREATE TABLE IF NOT EXISTS ${existing.name} (id int);`;
    const name = this.freeTableName();
    if (!name) return undefined;
    const t: Tbl = { name, idType: undefined, cols: [], constraints: new Map(), policies: new Set(), triggers: new Set(), hasRows: false, inPub: false };
    const lines: string[] = [];
    const idVariant = this.r.pick(['identity', 'serial', 'bigserial', 'uuid', 'plain'] as const);
    if (idVariant === 'identity') { lines.push(`id bigint GENERATED ${this.r.pick(['ALWAYS', 'BY DEFAULT'])} AS IDENTITY PRIMARY KEY`); t.idType = 'bigint'; }
    else if (idVariant === 'serial') { lines.push('id serial PRIMARY KEY'); t.idType = 'int'; }
    else if (idVariant === 'bigserial') { lines.push('id bigserial PRIMARY KEY'); t.idType = 'bigint'; }
    else if (idVariant === 'uuid') { lines.push('id uuid PRIMARY KEY DEFAULT gen_random_uuid()'); t.idType = 'uuid'; }
    else lines.push('id int');
    t.cols.push({ name: 'id', type: t.idType ?? 'int', notNull: !!t.idType });
    if (t.idType) { t.constraints.set(`${name}_pkey`, { kind: 'p', cols: ['id'] }); this.w.indexes.set(`${name}_pkey`, { table: name, cols: ['id'], unique: true }); }
    if (idVariant === 'serial' || idVariant === 'bigserial') this.w.sequences.add(`${name}_id_seq`);
    const n = this.r.int(1, 3);
    for (let i = 0; i < n; i++) {
      const [col, natural] = this.r.pick(COLUMNS);
      if (t.cols.some((c) => c.name === col)) continue;
      const type = this.colType(natural);
      let line = `${col} ${type}`;
      const notNull = this.r.chance(0.2);
      if (notNull) line += ' NOT NULL';
      if (col === 'user_id' && this.r.chance(0.7)) { line += ` REFERENCES auth.users (id)${this.r.chance(0.5) ? ' ON DELETE CASCADE' : ''}`; t.constraints.set(`${name}_user_id_fkey`, { kind: 'f', cols: [col] }); }
      else if (this.r.chance(0.15)) { line += ' UNIQUE'; t.constraints.set(`${name}_${col}_key`, { kind: 'u', cols: [col] }); this.w.indexes.set(`${name}_${col}_key`, { table: name, cols: [col], unique: true }); }
      else if (this.r.chance(0.2)) line += this.colDefault(type);
      lines.push(line);
      t.cols.push({ name: col, type, notNull });
    }
    const refs = [...this.w.tables.values()].filter((x) => x.idType && x.constraints.get(`${x.name}_pkey`)?.kind === 'p');
    if (refs.length && this.r.chance(0.35)) {
      const ref = this.r.pick(refs);
      const col = `${ref.name.replace(/s$/, '')}_id`;
      if (!t.cols.some((c) => c.name === col)) {
        lines.push(`${col} ${ref.idType} REFERENCES ${ref.name} (id)${this.r.chance(0.5) ? ' ON DELETE CASCADE' : ''}`);
        t.cols.push({ name: col, type: ref.idType!, notNull: false });
        t.constraints.set(`${name}_${col}_fkey`, { kind: 'f', cols: [col], ref: ref.name });
      }
    }
    const textCol = t.cols.find((c) => c.type === 'text' && c.name !== 'id');
    if (textCol && this.r.chance(0.25)) {
      const cn = `${name}_${textCol.name}_len`;
      lines.push(`CONSTRAINT ${cn} CHECK (char_length(${textCol.name}) <= 500)`);
      t.constraints.set(cn, { kind: 'c', cols: [textCol.name] });
    } else if (t.cols.length >= 3 && this.r.chance(0.2)) {
      const [a, b] = [t.cols[1]!.name, t.cols[2]!.name];
      const cn = `${name}_${a}_${b}_key`;
      lines.push(`UNIQUE (${a}, ${b})`);
      t.constraints.set(cn, { kind: 'u', cols: [a, b] });
      this.w.indexes.set(cn, { table: name, cols: [a, b], unique: true });
    }
    this.w.tables.set(name, t);
    const ifne = this.r.chance(0.5) ? 'IF NOT EXISTS ' : '';
    const qual = this.r.chance(0.2) ? 'public.' : '';
    return `CREATE TABLE ${ifne}${qual}${name} (\n  ${lines.join(',\n  ')}\n);`;
  }

  createIndex(): string | undefined {
    const t = this.table();
    if (!t) return undefined;
    const col = this.r.pick(t.cols).name;
    const unique = !t.hasRows && this.r.chance(0.25);
    const u = unique ? 'UNIQUE ' : '';
    if (this.r.chance(0.2)) {
      // unnamed: PostgreSQL picks <table>_<col>_idx, or with a number when taken
      let name = `${t.name}_${col}_idx`;
      for (let i = 1; this.relTaken(name); i++) name = `${t.name}_${col}_idx${i}`;
      this.w.indexes.set(name, { table: t.name, cols: [col], unique });
      return `CREATE ${u}INDEX ON ${t.name} (${col});`;
    }
    const name = `${t.name}_${col}_${unique ? 'uidx' : 'idx'}`;
    if (this.relTaken(name)) {
      if (!this.w.indexes.has(name)) return undefined;
      return `CREATE ${u}INDEX IF NOT EXISTS ${name} ON ${t.name} (${col});`;
    }
    this.w.indexes.set(name, { table: t.name, cols: [col], unique });
    const using = this.r.chance(0.15) ? ' USING btree' : '';
    return `CREATE ${u}INDEX ${this.r.chance(0.5) ? 'IF NOT EXISTS ' : ''}${name} ON ${this.r.chance(0.2) ? 'public.' : ''}${t.name}${using} (${col});`;
  }

  addColumn(): string | undefined {
    const t = this.table();
    if (!t) return undefined;
    const [col, baseType] = this.r.pick(COLUMNS);
    if (t.cols.some((c) => c.name === col)) return `ALTER TABLE ${t.name} ADD COLUMN IF NOT EXISTS ${col} ${baseType};`;
    const type = this.colType(baseType);
    let def = `${col} ${type}`;
    let notNull = false;
    const dflt = this.colDefault(type);
    if (dflt && this.r.chance(0.4)) {
      def += dflt;
      if (this.r.chance(0.4)) { def += ' NOT NULL'; notNull = true; }
    } else if (col === 'user_id' && this.r.chance(0.5)) {
      def += ' REFERENCES auth.users (id) ON DELETE SET NULL';
      t.constraints.set(`${t.name}_user_id_fkey`, { kind: 'f', cols: [col] });
    }
    t.cols.push({ name: col, type, notNull });
    const ifne = this.r.chance(0.5) ? 'IF NOT EXISTS ' : '';
    return `ALTER TABLE ${this.r.chance(0.15) ? 'IF EXISTS ' : ''}${t.name} ADD COLUMN ${ifne}${def};`;
  }

  dropColumn(): string | undefined {
    const t = this.table();
    if (!t) return undefined;
    const cols = t.cols.filter((c) => c.name !== 'id');
    if (!cols.length || this.r.chance(0.15)) {
      const [ghost] = this.r.pick(COLUMNS);
      if (t.cols.some((c) => c.name === ghost)) return undefined;
      return `ALTER TABLE ${t.name} DROP COLUMN IF EXISTS ${ghost};`;
    }
    const col = this.r.pick(cols).name;
    t.cols = t.cols.filter((c) => c.name !== col);
    for (const [k, c] of [...t.constraints]) if (c.cols.includes(col)) t.constraints.delete(k);
    for (const [k, i] of [...this.w.indexes]) if (i.table === t.name && i.cols.includes(col)) this.w.indexes.delete(k);
    const cascade = this.r.chance(0.3);
    if (cascade) for (const [k, v] of [...this.w.views]) if (v.table === t.name) this.w.views.delete(k);
    return `ALTER TABLE ${t.name} DROP COLUMN ${this.r.chance(0.5) ? 'IF EXISTS ' : ''}${col}${cascade ? ' CASCADE' : ''};`;
  }

  addConstraint(): string | undefined {
    const t = this.table();
    if (!t) return undefined;
    const cols = t.cols.filter((c) => c.name !== 'id');
    const variant = this.r.pick(['unique', 'unnamed-unique', 'check', 'fk', 'pk'] as const);
    let name: string;
    let body: string;
    let kind: 'p' | 'u' | 'f' | 'c';
    let on: string[];
    if (variant === 'pk') {
      if ([...t.constraints.values()].some((c) => c.kind === 'p') || t.hasRows) return undefined;
      name = `${t.name}_pkey`;
      kind = 'p'; on = ['id'];
      if (this.r.chance(0.5)) {
        t.constraints.set(name, { kind, cols: on });
        this.w.indexes.set(name, { table: t.name, cols: on, unique: true });
        return `ALTER TABLE ${t.name} ADD PRIMARY KEY (id);`;
      }
      body = 'PRIMARY KEY (id)';
    } else if (variant === 'unique' || variant === 'unnamed-unique') {
      if (!cols.length || t.hasRows) return undefined;
      const col = this.r.pick(cols).name;
      kind = 'u'; on = [col];
      if (variant === 'unnamed-unique') {
        const auto = this.addConstraintName(t, `${t.name}_${col}_key`);
        t.constraints.set(auto, { kind, cols: on });
        this.w.indexes.set(auto, { table: t.name, cols: on, unique: true });
        return `ALTER TABLE ${t.name} ADD UNIQUE (${col});`;
      }
      name = `${t.name}_${col}_key`;
      body = `UNIQUE (${col})`;
    } else if (variant === 'check') {
      const c = cols.find((x) => ['int', 'integer', 'text'].includes(x.type));
      if (!c) return undefined;
      kind = 'c'; on = [c.name];
      name = `${t.name}_${c.name}_check`;
      body = c.type === 'text' ? `CHECK (char_length(${c.name}) <= 1000)` : `CHECK (${c.name} >= 0)`;
    } else {
      const c = cols.find((x) => x.name === 'user_id' && x.type === 'uuid');
      if (!c) return undefined;
      kind = 'f'; on = [c.name];
      name = `${t.name}_user_fk`;
      body = 'FOREIGN KEY (user_id) REFERENCES auth.users (id) ON DELETE CASCADE';
    }
    const had = t.constraints.has(name);
    if (this.relTaken(name) && !(had && (kind === 'p' || kind === 'u'))) return undefined;
    t.constraints.set(name, { kind, cols: on });
    if (kind === 'p' || kind === 'u') this.w.indexes.set(name, { table: t.name, cols: on, unique: true });
    const style = this.r.weighted([[had ? 0 : 4, 'plain'], [4, 'drop-then-add'], [2, 'one-statement']] as const);
    if (style === 'plain') return `ALTER TABLE ${t.name} ADD CONSTRAINT ${name} ${body};`;
    if (style === 'drop-then-add') return `ALTER TABLE ${t.name} DROP CONSTRAINT IF EXISTS ${name};\nALTER TABLE ${t.name} ADD CONSTRAINT ${name} ${body};`;
    return `ALTER TABLE ${t.name}\n  DROP CONSTRAINT IF EXISTS ${name},\n  ADD CONSTRAINT ${name} ${body};`;
  }

  dropConstraint(): string | undefined {
    const t = this.table();
    if (!t) return undefined;
    const names = [...t.constraints.keys()];
    if (!names.length || this.r.chance(0.2)) return `ALTER TABLE ${t.name} DROP CONSTRAINT IF EXISTS ${t.name}_nonexistent_check;`;
    const name = this.r.pick(names);
    const kind = t.constraints.get(name)!.kind;
    t.constraints.delete(name);
    this.w.indexes.delete(name);
    const referenced = (kind === 'p' || kind === 'u') && this.dependents(t.name);
    const cascade = referenced || this.r.chance(0.25);
    return `ALTER TABLE ${t.name} DROP CONSTRAINT ${this.r.chance(0.5) ? 'IF EXISTS ' : ''}${name}${cascade ? ' CASCADE' : ''};`;
  }

  renameColumn(): string | undefined {
    const t = this.table();
    if (!t) return undefined;
    const cols = t.cols.filter((c) => c.name !== 'id');
    if (!cols.length) return undefined;
    const c = this.r.pick(cols);
    const to = `${c.name}_${this.r.pick(['old', 'v2', 'x'])}`;
    if (t.cols.some((x) => x.name === to)) return undefined;
    const from = c.name;
    c.name = to;
    for (const k of t.constraints.values()) k.cols = k.cols.map((x) => (x === from ? to : x));
    for (const i of this.w.indexes.values()) if (i.table === t.name) i.cols = i.cols.map((x) => (x === from ? to : x));
    for (const v of this.w.views.values()) if (v.table === t.name) v.cols = v.cols.map((x) => (x === from ? to : x));
    return `ALTER TABLE ${this.r.chance(0.2) ? 'IF EXISTS ' : ''}${t.name} RENAME COLUMN ${from} TO ${to};`;
  }

  renameTable(): string | undefined {
    const t = this.table();
    const to = this.freeTableName();
    if (!t || !to) return undefined;
    const from = t.name;
    this.w.tables.delete(from);
    t.name = to;
    this.w.tables.set(to, t);
    for (const i of this.w.indexes.values()) if (i.table === from) i.table = to;
    for (const v of this.w.views.values()) if (v.table === from) v.table = to;
    return `ALTER TABLE ${this.r.chance(0.2) ? 'IF EXISTS ' : ''}${from} RENAME TO ${to};`;
  }

  enableRls(): string | undefined {
    const t = this.table();
    if (!t) return undefined;
    return `ALTER TABLE ${this.r.chance(0.2) ? 'public.' : ''}${t.name} ${this.r.chance(0.85) ? 'ENABLE' : 'FORCE'} ROW LEVEL SECURITY;`;
  }

  createPolicy(): string | undefined {
    const onStorage = this.r.chance(0.08);
    const t = onStorage ? undefined : this.table();
    if (!t && !onStorage) return undefined;
    const table = t?.name ?? 'storage.objects';
    const name = this.r.pick(POLICIES);
    const exists = t ? t.policies.has(name) : false;
    const cmd = this.r.pick(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'ALL']);
    const owner = t?.cols.find((c) => c.name === 'user_id' && c.type === 'uuid') ? '(select auth.uid()) = user_id' : onStorage ? "bucket_id = 'avatars'" : 'true';
    const clause = cmd === 'INSERT' ? `WITH CHECK (${owner})` : cmd === 'SELECT' || cmd === 'DELETE' ? `USING (${owner})` : `USING (${owner}) WITH CHECK (${owner})`;
    const create = `CREATE POLICY ${ident(name)} ON ${table}\n  FOR ${cmd} TO ${this.r.pick(['authenticated', 'anon, authenticated', 'public'])}\n  ${clause};`;
    t?.policies.add(name);
    if (exists || this.r.chance(0.5)) return `DROP POLICY IF EXISTS ${ident(name)} ON ${table};\n${create}`;
    if (onStorage) return this.r.chance(0.5) ? `DROP POLICY IF EXISTS ${ident(name)} ON ${table};\n${create}` : create;
    return create;
  }

  dropPolicy(): string | undefined {
    const t = this.table();
    if (!t) return undefined;
    const names = [...t.policies];
    if (!names.length) return `DROP POLICY IF EXISTS ${ident(this.r.pick(POLICIES))} ON ${t.name};`;
    const name = this.r.pick(names);
    t.policies.delete(name);
    return `DROP POLICY ${this.r.chance(0.6) ? 'IF EXISTS ' : ''}${ident(name)} ON ${t.name};`;
  }

  createFunction(): string | undefined {
    const [name, kind] = this.r.pick(FUNCTIONS);
    const exists = this.w.functions.has(name);
    const orReplace = exists || this.r.chance(0.7) ? 'OR REPLACE ' : '';
    this.w.functions.set(name, kind);
    if (kind === 'trigger') {
      return `CREATE ${orReplace}FUNCTION public.${name}()\nRETURNS trigger\nLANGUAGE plpgsql\nAS $$\nBEGIN\n  RETURN NEW;\nEND;\n$$;`;
    }
    if (kind === 'bool') {
      return `CREATE ${orReplace}FUNCTION public.${name}(uid uuid)\nRETURNS boolean\nLANGUAGE sql STABLE SECURITY DEFINER\nSET search_path = public\nAS $$ SELECT uid = auth.uid() $$;`;
    }
    // a setup function with DDL inside, called right away
    const schema = this.r.pick(SCHEMAS);
    const guarded = this.r.chance(0.6);
    const def = `CREATE ${orReplace}FUNCTION public.${name}()\nRETURNS void\nLANGUAGE plpgsql\nAS $$\nBEGIN\n  CREATE SCHEMA ${guarded ? 'IF NOT EXISTS ' : ''}${schema};\nEND;\n$$;`;
    if (this.r.chance(0.6)) {
      if (this.w.schemas.has(schema) && !guarded) return undefined;
      this.w.schemas.add(schema);
      return `${def}\nSELECT public.${name}();`;
    }
    return def;
  }

  createView(): string | undefined {
    const name = this.r.pick(VIEWS);
    const existing = this.w.views.get(name);
    if (existing) {
      const t = this.w.tables.get(existing.table);
      if (!t) return undefined;
      return `CREATE OR REPLACE VIEW ${name} AS\n  SELECT ${existing.cols.join(', ')} FROM ${existing.table};`;
    }
    if (this.relTaken(name)) return undefined;
    const t = this.table();
    if (!t) return undefined;
    const cols = ['id', ...t.cols.filter((c) => c.name !== 'id' && this.r.chance(0.5)).map((c) => c.name)];
    this.w.views.set(name, { table: t.name, cols });
    const opts = this.r.chance(0.3) ? ' WITH (security_invoker = true)' : '';
    return `CREATE ${this.r.chance(0.5) ? 'OR REPLACE ' : ''}VIEW ${name}${opts} AS\n  SELECT ${cols.join(', ')} FROM ${t.name};`;
  }

  createTrigger(): string | undefined {
    const t = this.table();
    const fns = [...this.w.functions].filter(([, k]) => k === 'trigger').map(([n]) => n);
    if (!t || !fns.length) return undefined;
    const name = this.r.pick(TRIGGERS);
    const exists = t.triggers.has(name);
    t.triggers.add(name);
    const body = `TRIGGER ${name}\n  ${this.r.pick(['BEFORE UPDATE', 'BEFORE INSERT OR UPDATE', 'AFTER INSERT'])} ON ${t.name}\n  FOR EACH ROW EXECUTE FUNCTION public.${this.r.pick(fns)}();`;
    const style = this.r.weighted([[exists ? 0 : 3, 'plain'], [3, 'drop-first'], [2, 'or-replace']] as const);
    if (style === 'plain') return `CREATE ${body}`;
    if (style === 'or-replace') return `CREATE OR REPLACE ${body}`;
    return `DROP TRIGGER IF EXISTS ${name} ON ${t.name};\nCREATE ${body}`;
  }

  createType(): string | undefined {
    const name = this.r.pick(TYPES);
    if (this.relTaken(name)) return undefined;
    const labels = LABELS.filter(() => this.r.chance(0.5)).slice(0, 3);
    if (!labels.length) labels.push('draft');
    this.w.types.set(name, labels);
    return `CREATE TYPE ${this.r.chance(0.2) ? 'public.' : ''}${name} AS ENUM (${labels.map((l) => `'${l}'`).join(', ')});`;
  }

  alterType(): string | undefined {
    const types = [...this.w.types];
    if (!types.length) return undefined;
    const [name, labels] = this.r.pick(types);
    const label = this.r.pick(LABELS);
    if (labels.includes(label)) return `ALTER TYPE ${name} ADD VALUE IF NOT EXISTS '${label}';`;
    labels.push(label);
    const where = this.r.chance(0.2) ? ` BEFORE '${labels[0]}'` : '';
    return `ALTER TYPE ${name} ADD VALUE ${this.r.chance(0.5) ? 'IF NOT EXISTS ' : ''}'${label}'${where};`;
  }

  /** DO blocks: exception handlers (right or wrong condition), IF guards, unguarded, EXECUTE. */
  doBlock(): string | undefined {
    const variant = this.r.pick(['enum-exc', 'enum-if', 'constraint-exc', 'constraint-if', 'column-if', 'table-exc', 'policy-if', 'unguarded', 'execute'] as const);
    switch (variant) {
      case 'enum-exc': case 'enum-if': {
        const name = this.r.pick(TYPES);
        if (this.relTaken(name) && !this.w.types.has(name)) return undefined;
        const labels = this.w.types.get(name) ?? ['draft', 'published'];
        this.w.types.set(name, labels);
        const create = `CREATE TYPE public.${name} AS ENUM (${labels.map((l) => `'${l}'`).join(', ')})`;
        if (variant === 'enum-exc') return this.exceptionBlock(create, this.r.pick(['duplicate_object', 'duplicate_object', 'others']));
        // An IF is taken as a guard whatever it tests; a guard that checks another name is beyond the model.
        return this.guardedIfNotExists(`SELECT 1 FROM pg_type WHERE typname = '${name}'`, create);
      }
      case 'constraint-exc': case 'constraint-if': {
        const t = this.table();
        const c = t?.cols.find((x) => x.name !== 'id' && !t.hasRows);
        if (!t || !c) return undefined;
        const unique = this.r.chance(0.5);
        const name = `${t.name}_${c.name}_${unique ? 'uniq' : 'nn'}`;
        if (this.relTaken(name)) return undefined;
        const had = t.constraints.has(name);
        t.constraints.set(name, { kind: unique ? 'u' : 'c', cols: [c.name] });
        if (unique) this.w.indexes.set(name, { table: t.name, cols: [c.name], unique: true });
        const add = `ALTER TABLE ${t.name} ADD CONSTRAINT ${name} ${unique ? `UNIQUE (${c.name})` : `CHECK (${c.name} IS NOT NULL OR id IS NOT NULL OR true)`}`;
        if (variant === 'constraint-exc') {
          return this.exceptionBlock(add, this.r.pick(['duplicate_object', 'duplicate_table', 'duplicate_object OR duplicate_table', 'others']));
        }
        if (had) return undefined;
        // As for enums: a guard that checks another name is beyond the model.
        return this.guardedIfNotExists(`SELECT 1 FROM pg_constraint WHERE conname = '${name}'`, add);
      }
      case 'column-if': {
        const t = this.table();
        if (!t) return undefined;
        const [col, type] = this.r.pick(COLUMNS);
        if (!t.cols.some((c) => c.name === col)) t.cols.push({ name: col, type: col === 'user_id' ? 'uuid' : type, notNull: false });
        return this.guardedIfNotExists(
          `SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${t.name}' AND column_name = '${col}'`,
          `ALTER TABLE public.${t.name} ADD COLUMN ${col} ${col === 'user_id' ? 'uuid' : type}`,
        );
      }
      case 'table-exc': {
        const name = this.freeTableName() ?? this.table()?.name;
        if (!name || (this.relTaken(name) && !this.w.tables.has(name))) return undefined;
        if (!this.w.tables.has(name)) this.w.tables.set(name, { name, idType: undefined, cols: [{ name: 'id', type: 'int', notNull: false }], constraints: new Map(), policies: new Set(), triggers: new Set(), hasRows: false, inPub: false });
        return this.exceptionBlock(`CREATE TABLE public.${name} (id int)`, this.r.pick(['duplicate_table', 'duplicate_object', 'others']));
      }
      case 'policy-if': {
        const t = this.table();
        if (!t) return undefined;
        const name = this.r.pick(POLICIES);
        t.policies.add(name);
        return this.guardedIfNotExists(
          `SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = '${t.name}' AND policyname = '${name.replace(/'/g, "''")}'`,
          `CREATE POLICY ${ident(name)} ON public.${t.name} FOR SELECT USING (true)`,
        );
      }
      case 'unguarded': {
        const t = this.table();
        if (!t) return undefined;
        if (t.cols.some((c) => c.name === 'archived_at')) return `DO $$\nBEGIN\n  ALTER TABLE ${t.name} ADD COLUMN IF NOT EXISTS archived_at timestamptz;\nEND $$;`;
        t.cols.push({ name: 'archived_at', type: 'timestamptz', notNull: false });
        return `DO $$\nBEGIN\n  ALTER TABLE ${t.name} ADD COLUMN archived_at timestamptz;\nEND $$;`;
      }
      case 'execute': {
        const t = this.table();
        if (!t) return undefined;
        const col = this.r.pick(t.cols).name;
        const name = `${t.name}_${col}_dyn_idx`;
        const ifne = this.w.indexes.has(name) || this.r.chance(0.5) ? 'IF NOT EXISTS ' : '';
        if (this.relTaken(name) && !this.w.indexes.has(name)) return undefined;
        this.w.indexes.set(name, { table: t.name, cols: [col], unique: false });
        return this.r.chance(0.5)
          ? `DO $$\nBEGIN\n  EXECUTE 'CREATE INDEX ${ifne}${name} ON public.${t.name} (${col})';\nEND $$;`
          : `DO $$\nBEGIN\n  EXECUTE format('CREATE INDEX ${ifne}%I ON public.%I (%I)', '${name}', '${t.name}', '${col}');\nEND $$;`;
      }
    }
  }

  createMisc(): string | undefined {
    const what = this.r.pick(['schema', 'sequence', 'extension'] as const);
    if (what === 'schema') {
      const name = this.r.pick(SCHEMAS);
      const exists = this.w.schemas.has(name);
      this.w.schemas.add(name);
      return `CREATE SCHEMA ${exists || this.r.chance(0.6) ? 'IF NOT EXISTS ' : ''}${name}${this.r.chance(0.2) ? ' AUTHORIZATION postgres' : ''};`;
    }
    if (what === 'sequence') {
      const name = this.r.pick(SEQUENCES);
      if (this.relTaken(name) && !this.w.sequences.has(name)) return undefined;
      const exists = this.w.sequences.has(name);
      this.w.sequences.add(name);
      return `CREATE SEQUENCE ${exists || this.r.chance(0.6) ? 'IF NOT EXISTS ' : ''}${name}${this.r.chance(0.3) ? ' START 1000' : ''};`;
    }
    const [name, opts] = this.r.pick(EXTENSIONS);
    const exists = this.w.extensions.has(name);
    this.w.extensions.add(name);
    return `CREATE EXTENSION ${exists || this.r.chance(0.8) ? 'IF NOT EXISTS ' : ''}${name}${opts};`;
  }

  drop(): string | undefined {
    const ie = (): string => (this.r.chance(0.6) ? 'IF EXISTS ' : '');
    const cascade = this.r.chance(0.35);
    const c = cascade ? ' CASCADE' : '';
    const what = this.r.pick(['table', 'table', 'view', 'index', 'function', 'type', 'sequence', 'schema', 'trigger', 'ghost'] as const);
    switch (what) {
      case 'table': {
        const t = this.table();
        if (!t) return undefined;
        const cc = this.dependents(t.name) ? ' CASCADE' : c;
        this.dropTable(t.name);
        return `DROP TABLE ${ie()}${t.name}${cc};`;
      }
      case 'view': {
        const names = [...this.w.views.keys()];
        if (!names.length) return undefined;
        const name = this.r.pick(names);
        this.w.views.delete(name);
        return `DROP VIEW ${ie()}${name}${c};`;
      }
      case 'index': {
        const names = [...this.w.indexes].filter(([k]) => ![...this.w.tables.values()].some((t) => t.constraints.has(k))).map(([k]) => k);
        if (!names.length) return undefined;
        const name = this.r.pick(names);
        this.w.indexes.delete(name);
        return `DROP INDEX ${ie()}${name};`;
      }
      case 'function': {
        const names = [...this.w.functions.keys()];
        if (!names.length) return undefined;
        const name = this.r.pick(names);
        const kind = this.w.functions.get(name);
        this.w.functions.delete(name);
        if (cascade) for (const t of this.w.tables.values()) t.triggers.clear();
        return `DROP FUNCTION ${ie()}public.${name}${this.r.chance(0.5) ? (kind === 'bool' ? '(uuid)' : '()') : ''}${c};`;
      }
      case 'type': {
        const names = [...this.w.types.keys()];
        if (!names.length) return undefined;
        const name = this.r.pick(names);
        this.w.types.delete(name);
        if (cascade) for (const t of this.w.tables.values()) t.cols = t.cols.filter((x) => x.type !== name);
        return `DROP TYPE ${ie()}${name}${c};`;
      }
      case 'sequence': {
        const names = [...this.w.sequences].filter((s) => SEQUENCES.includes(s));
        if (!names.length) return undefined;
        const name = this.r.pick(names);
        this.w.sequences.delete(name);
        return `DROP SEQUENCE ${ie()}${name}${c};`;
      }
      case 'schema': {
        const names = [...this.w.schemas];
        if (!names.length) return undefined;
        const name = this.r.pick(names);
        this.w.schemas.delete(name);
        return `DROP SCHEMA ${ie()}${name}${c};`;
      }
      case 'trigger': {
        const t = [...this.w.tables.values()].find((x) => x.triggers.size);
        if (!t) return undefined;
        const name = this.r.pick([...t.triggers]);
        t.triggers.delete(name);
        return `DROP TRIGGER ${ie()}${name} ON ${t.name};`;
      }
      case 'ghost':
        return this.r.pick([
          'DROP TABLE IF EXISTS legacy_items;', 'DROP VIEW IF EXISTS v_legacy;', 'DROP FUNCTION IF EXISTS public.old_helper();',
          'DROP TYPE IF EXISTS old_status;', 'DROP INDEX IF EXISTS old_idx;', 'DROP SEQUENCE IF EXISTS old_seq;',
        ]);
    }
  }

  grantComment(): string | undefined {
    const t = this.table();
    const fn = [...this.w.functions.keys()][0];
    const options = [
      'GRANT USAGE ON SCHEMA public TO anon, authenticated, service_role;',
      'GRANT ALL ON ALL TABLES IN SCHEMA public TO service_role;',
      'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO authenticated;',
    ];
    if (t) {
      options.push(
        `GRANT SELECT, INSERT, UPDATE ON TABLE ${t.name} TO authenticated;`,
        `REVOKE ALL ON ${t.name} FROM anon;`,
        `COMMENT ON TABLE ${t.name} IS 'Generated table ${t.name}';`,
        `COMMENT ON COLUMN ${t.name}.${this.r.pick(t.cols).name} IS 'a column';`,
      );
    }
    if (fn) options.push(`GRANT EXECUTE ON FUNCTION public.${fn} TO authenticated;`);
    return this.r.pick(options);
  }

  insert(): string | undefined {
    const t = this.table();
    if (!t) return undefined;
    const cols = t.cols.filter((c) => c.name !== 'id' && c.name !== 'user_id' && !c.name.endsWith('_id') && c.type !== 'uuid');
    const required = t.cols.filter((c) => c.notNull && c.name !== 'id');
    if (required.some((c) => !cols.includes(c))) return undefined;
    if (!t.idType && t.cols.find((c) => c.name === 'id')!.notNull) return undefined;
    const use = cols.filter((c) => c.notNull || this.r.chance(0.6));
    t.hasRows = true;
    const target = [...t.constraints.entries()].find(([, k]) => (k.kind === 'u' || k.kind === 'p') && k.cols.length === 1 && use.some((c) => c.name === k.cols[0]));
    const conflict = target && this.r.chance(0.5) ? `ON CONFLICT (${target[1].cols[0]}) DO NOTHING` : 'ON CONFLICT DO NOTHING';
    if (!use.length) return `INSERT INTO ${t.name} DEFAULT VALUES ${conflict};`;
    return `INSERT INTO ${t.name} (${use.map((c) => c.name).join(', ')})\nVALUES (${use.map((c) => this.value(c)).join(', ')})\n${conflict};`;
  }

  publication(): string | undefined {
    const t = this.table();
    if (!t) return undefined;
    if (t.inPub) {
      if (this.r.chance(0.5)) return undefined;
      t.inPub = false;
      return `ALTER PUBLICATION supabase_realtime DROP TABLE ${t.name};`;
    }
    t.inPub = true;
    if (this.r.chance(0.35)) {
      return this.guardedIfNotExists(
        `SELECT 1 FROM pg_publication_tables WHERE pubname = 'supabase_realtime' AND schemaname = 'public' AND tablename = '${t.name}'`,
        `ALTER PUBLICATION supabase_realtime ADD TABLE public.${t.name}`,
      );
    }
    return `ALTER PUBLICATION supabase_realtime ADD TABLE ${this.r.chance(0.3) ? 'public.' : ''}${t.name};`;
  }

  /** The handle_new_user pattern: a SECURITY DEFINER trigger function and a trigger on auth.users. */
  authTrigger(): string | undefined {
    const fnExists = this.w.functions.has('handle_new_row');
    const dropFn = fnExists && this.r.chance(0.5);
    const dropTrigger = this.r.chance(0.5);
    if (this.w.authTrigger && !dropFn && !dropTrigger) return undefined;
    this.w.functions.set('handle_new_row', 'trigger');
    if (dropFn) for (const t of this.w.tables.values()) t.triggers.clear();
    this.w.authTrigger = true;
    return [
      ...(dropFn ? ['DROP FUNCTION IF EXISTS public.handle_new_row() CASCADE;'] : []),
      `CREATE ${fnExists && !dropFn ? 'OR REPLACE ' : this.r.pick(['', 'OR REPLACE '])}FUNCTION public.handle_new_row()\nRETURNS trigger\nLANGUAGE plpgsql\nSECURITY DEFINER SET search_path = public\nAS $$\nBEGIN\n  RETURN NEW;\nEND;\n$$;`,
      ...(dropTrigger ? ['DROP TRIGGER IF EXISTS on_auth_user_created ON auth.users;'] : []),
      'CREATE TRIGGER on_auth_user_created\n  AFTER INSERT ON auth.users\n  FOR EACH ROW EXECUTE FUNCTION public.handle_new_row();',
    ].join('\n');
  }

  /** DROP TABLE … CASCADE, then the table and a view on it made again. */
  rebuildTable(): string | undefined {
    const t = this.table();
    if (!t) return undefined;
    const view = [...this.w.views].find(([, v]) => v.table === t.name)?.[0] ?? this.r.pick(VIEWS);
    if (this.relTaken(view) && !this.w.views.has(view)) return undefined;
    this.dropTable(t.name);
    for (const [k, v] of [...this.w.views]) if (k === view || v.table === t.name) this.w.views.delete(k);
    this.w.tables.set(t.name, { name: t.name, idType: 'int', cols: [{ name: 'id', type: 'int', notNull: true }, { name: 'title', type: 'text', notNull: false }], constraints: new Map([[`${t.name}_pkey`, { kind: 'p' as const, cols: ['id'] }]]), policies: new Set(), triggers: new Set(), hasRows: false, inPub: false });
    this.w.indexes.set(`${t.name}_pkey`, { table: t.name, cols: ['id'], unique: true });
    this.w.sequences.add(`${t.name}_id_seq`);
    this.w.views.set(view, { table: t.name, cols: ['id', 'title'] });
    return `DROP TABLE IF EXISTS ${t.name} CASCADE;\nCREATE TABLE ${t.name} (id serial PRIMARY KEY, title text);\nCREATE ${this.r.pick(['', 'OR REPLACE '])}VIEW ${view} AS SELECT id, title FROM ${t.name};`;
  }

  /** A storage bucket, as Supabase projects seed them. */
  bucket(): string | undefined {
    const id = this.r.pick(['avatars', 'documents']);
    // A duplicate row is data, not DDL (the eval leaves such re-runs out too): only the idempotent form is generated.
    const conflict = this.r.pick([' ON CONFLICT (id) DO NOTHING', ' ON CONFLICT DO NOTHING']);
    return `INSERT INTO storage.buckets (id, name, public)\nVALUES ('${id}', '${id}', ${this.r.pick(['true', 'false'])})${conflict};`;
  }

  alterColumn(): string | undefined {
    const t = this.table();
    const c = t?.cols.find((x) => x.name !== 'id');
    if (!t || !c) return undefined;
    const dflt = this.colDefault(c.type);
    const options = [`ALTER COLUMN ${c.name} DROP DEFAULT`, `ALTER COLUMN ${c.name} DROP NOT NULL`];
    if (dflt) options.push(`ALTER COLUMN ${c.name} SET${dflt}`);
    if (!t.hasRows) options.push(`ALTER COLUMN ${c.name} SET NOT NULL`);
    if (c.type === 'int' || c.type === 'integer') options.push(`ALTER COLUMN ${c.name} TYPE bigint`);
    if (c.type.startsWith('varchar')) options.push(`ALTER COLUMN ${c.name} TYPE text`);
    const cmd = this.r.pick(options);
    if (cmd.endsWith('DROP NOT NULL')) c.notNull = false;
    if (cmd.endsWith('SET NOT NULL')) c.notNull = true;
    if (cmd.includes('TYPE bigint')) c.type = 'bigint';
    if (cmd.includes('TYPE text')) c.type = 'text';
    return `ALTER TABLE ${t.name} ${cmd};`;
  }
}

/** A history: files of pieces. */
type History = string[][];

function generateHistory(r: Rng): History {
  let world = emptyWorld();
  const files: History = [];
  const nFiles = r.int(2, 4);
  for (let f = 0; f < nFiles; f++) {
    const g = new Gen(r, world);
    const pieces: string[] = [];
    const want = r.int(3, 8);
    for (let tries = 0; pieces.length < want && tries < 60; tries++) {
      const p = g.piece();
      if (p) pieces.push(p);
    }
    // now and then a file that manages its own transaction
    if (r.chance(0.05)) { pieces.unshift('BEGIN;'); pieces.push('COMMIT;'); }
    files.push(pieces);
    world = g.w;
  }
  return files;
}

// ------------------------------------------------------------------ running a history on both sides

interface FileOutcome {
  index: number;
  sql: string;
  /** undefined: the first run failed and the history stopped here. */
  pgFailsAgain?: boolean;
  pgError?: string;
  pgLine?: number;
  firstError?: string;
  engine?: boolean | null;
  engineFailures?: { line: number; reason: string }[];
  /** What the engine says fails on the file's first run. */
  engineFirstRun?: { line: number; reason: string }[];
}

let dbSeq = 0;

function runHistory(pg: Postgres, files: History): FileOutcome[] {
  const db = `h_${++dbSeq}`;
  pg.createDb(db);
  const out: FileOutcome[] = [];
  const replay = new Replay({ prismaLayout: false });
  try {
    for (let i = 0; i < files.length; i++) {
      const sql = files[i]!.join('\n') + '\n';
      const name = `${String(i + 1).padStart(4, '0')}_gen.sql`;
      const parsed = parseMigration(name, sql);
      const before = replay.failures.length;
      const beforeFirst = replay.firstRunFailures.length;
      replay.add(parsed);
      const engineFirstRun = replay.firstRunFailures.slice(beforeFirst).map((f) => ({ line: f.statement.line, reason: f.reason }));
      const first = pg.run(db, sql);
      if (!first.ok) {
        out.push({ index: i, sql, firstError: first.error, engineFirstRun });
        break;
      }
      const engine = replay.idempotent.get(name) ?? null;
      let second;
      if (parsed.ownTransaction) {
        const copy = `${db}_again`;
        pg.cloneDb(db, copy);
        try { second = pg.run(copy, sql); } finally { pg.dropDb(copy); }
      } else {
        second = pg.run(db, `BEGIN;\n${sql};\nROLLBACK;\n`);
        if (second.line !== undefined) second.line -= 1;
      }
      out.push({
        index: i, sql, pgFailsAgain: !second.ok, pgError: second.error, pgLine: second.line, engine,
        engineFailures: replay.failures.slice(before).map((f) => ({ line: f.statement.line, reason: f.reason })), engineFirstRun,
      });
    }
  } finally {
    pg.dropDb(db);
  }
  return out;
}

/** The engine's re-run verdict is the opposite of PostgreSQL's, or it says a file fails on its first run that PostgreSQL applies. */
const disagrees = (o: FileOutcome): boolean =>
  o.pgFailsAgain !== undefined && ((o.engine !== null && o.engine !== undefined && o.engine === o.pgFailsAgain) || (o.engineFirstRun?.length ?? 0) > 0);

/** What kind of disagreement: the engine's side and PostgreSQL's message with the names taken out. */
function classOf(o: FileOutcome): string {
  if (o.pgFailsAgain !== undefined && o.engineFirstRun?.length) return `engine: fails on the first run (${(o.engineFirstRun[0]!.reason).replace(/"[^"]*"/g, '"…"')}) | postgres: applies`;
  const pgSide = o.pgFailsAgain ? (o.pgError ?? '').replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N') : 're-runs cleanly';
  const engineSide = o.engine ? 'engine: idempotent' : `engine: fails (${(o.engineFailures?.[0]?.reason ?? '').replace(/"[^"]*"/g, '"…"')})`;
  return `${engineSide} | postgres: ${pgSide}`;
}

/** Drops files and pieces while the last file still disagrees in the same way: a small repro. */
function minimize(pg: Postgres, files: History, klass: string, budget: { tests: number }): History {
  let best = files.map((f) => [...f]);
  const stillFails = (cand: History): boolean => {
    if (budget.tests-- <= 0) return false;
    const res = runHistory(pg, cand);
    const last = res[res.length - 1];
    return res.length === cand.length && !!last && disagrees(last) && classOf(last) === klass;
  };
  // whole earlier files first, then single pieces from the back
  for (let i = best.length - 2; i >= 0; i--) {
    const cand = best.filter((_, j) => j !== i);
    if (stillFails(cand)) best = cand;
  }
  let changed = true;
  while (changed && budget.tests > 0) {
    changed = false;
    for (let f = best.length - 1; f >= 0; f--) {
      for (let p = best[f]!.length - 1; p >= 0; p--) {
        if (best[f]!.length === 1 && f === best.length - 1) continue;
        const cand = best.map((x, j) => (j === f ? x.filter((_, k) => k !== p) : x)).filter((x, j) => x.length > 0 || j === best.length - 1);
        if (stillFails(cand)) { best = cand; changed = true; }
      }
    }
  }
  return best;
}

// ------------------------------------------------------------------ the test

/**
 * SCHEMA_GUARDIAN_DIFFERENTIAL_PROBE=<file.json>: runs the histories in that file (a JSON array of histories, each
 * an array of file texts) instead of random ones and prints both verdicts per file: a quick way to check a repro.
 */
const PROBE = process.env.SCHEMA_GUARDIAN_DIFFERENTIAL_PROBE;

(PROBE ? describe : describe.skip)('differential probe', () => {
  test('prints both verdicts for each file of each given history', async () => {
    const { readFileSync } = await import('node:fs');
    await initParser();
    const pg = await startPostgres();
    try {
      const histories = JSON.parse(readFileSync(PROBE!, 'utf8')) as string[][];
      const lines: string[] = [];
      histories.forEach((h, i) => {
        for (const o of runHistory(pg, h.map((f) => [f]))) {
          const pgSide = o.pgFailsAgain === undefined ? `FIRST RUN FAILS: ${o.firstError}` : o.pgFailsAgain ? `fails again: ${o.pgError} (line ${o.pgLine})` : 're-runs cleanly';
          lines.push(`${disagrees(o) ? 'DISAGREE' : 'agree   '} history ${i + 1} file ${o.index + 1}: postgres ${pgSide} | engine ${o.engine === undefined ? '-' : o.engine === null ? 'no verdict' : o.engine ? 'idempotent' : `fails ${JSON.stringify(o.engineFailures)}`}`);
        }
      });
      console.log(lines.join('\n'));
    } finally {
      pg.stop();
    }
  }, 120_000);
});

(COUNT > 0 ? describe : describe.skip)(`differential: engine vs PostgreSQL on ${COUNT} random histories (seed ${SEED})`, () => {
  let pg: Postgres;

  beforeAll(async () => {
    await initParser();
    pg = await startPostgres();
  }, 60_000);

  afterAll(() => pg?.stop());

  test('the engine’s re-run verdict matches PostgreSQL on every file that applied', () => {
    const r = new Rng(SEED);
    let compared = 0, agreed = 0, noVerdict = 0, skippedFiles = 0, stoppedHistories = 0, firstRunSeen = 0;
    const firstRunErrors = new Map<string, number>();
    const disagreements: { history: number; files: History; outcome: FileOutcome; klass: string }[] = [];
    const started = Date.now();
    for (let h = 0; h < COUNT; h++) {
      const files = generateHistory(r);
      const outcomes = runHistory(pg, files);
      for (const o of outcomes) {
        if (o.pgFailsAgain === undefined) {
          stoppedHistories++;
          skippedFiles += files.length - o.index;
          const k = (o.firstError ?? '').replace(/"[^"]*"/g, '"…"');
          firstRunErrors.set(k, (firstRunErrors.get(k) ?? 0) + 1);
          if (o.engineFirstRun?.length) firstRunSeen++;
          continue;
        }
        if (o.engine === null || o.engine === undefined) { noVerdict++; continue; }
        compared++;
        if (disagrees(o)) disagreements.push({ history: h, files: files.slice(0, o.index + 1), outcome: o, klass: classOf(o) });
        else agreed++;
      }
    }
    const classes = new Map<string, typeof disagreements>();
    for (const d of disagreements) classes.set(d.klass, [...(classes.get(d.klass) ?? []), d]);
    const budget = { tests: 400 };
    const repros = new Map<string, History>();
    if (MINIMIZE) for (const [klass, ds] of classes) repros.set(klass, minimize(pg, ds[0]!.files, klass, budget));

    const lines: string[] = [
      `differential (seed ${SEED}): ${COUNT} histories in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `files compared: ${compared}, agreed: ${agreed}, disagreed: ${disagreements.length}, engine without a verdict: ${noVerdict}`,
      `histories stopped by a failing first run: ${stoppedHistories} (${skippedFiles} files not compared; the engine saw ${firstRunSeen} of them coming)`,
      ...[...firstRunErrors].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([e, n]) => `  first-run error ×${n}: ${e}`),
    ];
    for (const [klass, ds] of classes) {
      lines.push('', `■ ${ds.length}× ${klass}`);
      const d = ds[0]!;
      lines.push(`  e.g. history ${d.history}, file ${d.outcome.index + 1}; PostgreSQL: ${d.outcome.pgError ?? 're-runs cleanly'}${d.outcome.pgLine ? ` (line ${d.outcome.pgLine})` : ''}`);
      lines.push(`  engine failures: ${JSON.stringify(d.outcome.engineFailures)}`);
      const repro = repros.get(klass) ?? d.files;
      repro.forEach((f, i) => lines.push(`  -- ${repros.has(klass) ? 'minimized ' : ''}file ${i + 1}${i === repro.length - 1 ? ' (the one that disagrees)' : ''}`, ...f.join('\n').split('\n').map((l) => `  ${l}`)));
    }
    const report = join(tmpdir(), 'schema-guardian-differential.json');
    writeFileSync(report, JSON.stringify({ seed: SEED, count: COUNT, compared, agreed, noVerdict, stoppedHistories, classes: [...classes].map(([klass, ds]) => ({ klass, count: ds.length, repro: repros.get(klass), all: ds })) }, null, 2));
    lines.push('', `full report: ${report}`);
    console.log(lines.join('\n'));
    expect(disagreements.map((d) => `history ${d.history} file ${d.outcome.index + 1}: ${d.klass}`)).toEqual([]);
  }, Math.max(60_000, COUNT * 4_000));
});
