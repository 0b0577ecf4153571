import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { UsageError } from './errors.js';
import { closestMatch } from './spelling.js';
import { decodeFile } from './sources/decode.js';
import { normalizePath } from './sources/paths.js';
import { SEVERITY_RANK, type Config, type FindingStatus, type Layout, type Severity, type SeveritySetting, type Snapshot } from './types.js';

/** Schemas Supabase and PostgreSQL own: they exist before any migration runs and never hold the user's tables. */
export const DEFAULT_MANAGED_SCHEMAS: readonly string[] = [
  'auth',
  'storage',
  'realtime',
  'extensions',
  'graphql',
  'graphql_public',
  'vault',
  'pgsodium',
  'pgsodium_masks',
  'net',
  'cron',
  'supabase_functions',
  'supabase_migrations',
  '_realtime',
  '_analytics',
  'pgbouncer',
  'pg_catalog',
  'information_schema',
  'pg_toast',
];

// Looked for at the root when no config path is given, in this order.
const CONFIG_FILE_NAMES = ['.schema-guardian.yml', '.schema-guardian.yaml'] as const;

export const LAYOUTS: readonly Layout[] = ['supabase', 'prisma', 'plain'];
const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'notice', 'warning', 'error'];

/** What loadConfig needs besides the tree: the flags / action inputs, and the rule ids it may accept. */
export interface LoadConfigOptions {
  /** Config file relative to the snapshot root (`--config`, input `config`); it must exist. */
  configPath?: string;
  /** From CLI flags / action inputs: they win over the file, except `managedSchemas`, which add to it. */
  overrides?: Partial<Config>;
  /** Registered rule ids; when given, `rules:` naming any other id is an error. */
  knownRules?: string[];
}

/**
 * The one place settings are read and checked, so every stage after it can trust a complete Config; a bad key or
 * value stops the run with one message naming the file, line and key.
 */
export function loadConfig(snapshot: Snapshot, opts: LoadConfigOptions = {}): Config {
  const config: Config = {
    exposedSchemas: 'auto',
    managedSchemas: [...DEFAULT_MANAGED_SCHEMAS],
    ignoreTables: [],
    rules: {},
  };
  const path = findConfigFile(snapshot, opts.configPath);
  if (path !== undefined) applyFile(config, path, readConfigText(snapshot, path), opts.knownRules);
  const { managedSchemas = [], rules = {}, ...replaced } = opts.overrides ?? {};
  const given = Object.fromEntries(Object.entries(replaced).filter(([, value]) => value !== undefined)) as Partial<Config>;
  return { ...config, ...given, managedSchemas: unique([...config.managedSchemas, ...managedSchemas]), rules: { ...config.rules, ...rules } };
}

/** Whether an `ignore-tables` entry covers a table: `schema.name` globs match both parts, a bare glob any schema. */
export function matchesTableGlob(glob: string, schema: string, name: string): boolean {
  const dot = glob.indexOf('.');
  if (dot === -1) return globRegExp(glob).test(name);
  return globRegExp(glob.slice(0, dot)).test(schema) && globRegExp(glob.slice(dot + 1)).test(name);
}

function globRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`);
}

function nonEmpty(s: string): boolean {
  return s !== '';
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function findConfigFile(snapshot: Snapshot, configPath: string | undefined): string | undefined {
  const files = new Set(snapshot.files());
  if (configPath !== undefined) {
    const path = normalizePath(configPath);
    if (!files.has(path)) throw new UsageError(`Config file ${configPath} does not exist in ${snapshot.label}.`);
    return path;
  }
  return CONFIG_FILE_NAMES.find((name) => files.has(name));
}

function readConfigText(snapshot: Snapshot, path: string): string {
  const decoded = decodeFile(path, snapshot.read(path));
  if ('problem' in decoded) throw new UsageError(`Config file ${path}: ${decoded.problem}.`);
  return decoded.text;
}

/** `file:line` of a YAML node or of a pair's key, for messages. */
type Locate = (node: unknown) => string;
type Setter = (config: Config, value: Node, at: Locate, knownRules?: string[]) => void;

// Keys as the file spells them (kebab-case), each with the check that turns its YAML value into Config.
const KEYS: Record<string, Setter> = {
  schema: (config, value, at) => (config.schema = stringValue(value, at, 'schema', 'a path to a .prisma file or folder', nonEmpty)),
  migrations: (config, value, at) => (config.migrations = stringValue(value, at, 'migrations', 'a path to the migrations folder', nonEmpty)),
  layout: (config, value, at) => {
    const isLayout = (s: string) => (LAYOUTS as readonly string[]).includes(s);
    config.layout = stringValue(value, at, 'layout', `one of ${LAYOUTS.join(', ')}`, isLayout) as Layout;
  },
  'exposed-schemas': (config, value, at) => {
    if (isScalar(value) && value.value === 'auto') config.exposedSchemas = 'auto';
    else config.exposedSchemas = stringList(value, at, 'exposed-schemas', 'auto or a list of schema names', nonEmpty);
  },
  'managed-schemas': (config, value, at) => {
    config.managedSchemas = unique([...config.managedSchemas, ...stringList(value, at, 'managed-schemas', 'a list of schema names', nonEmpty)]);
  },
  'ignore-tables': (config, value, at) => {
    const expected = 'a list of table globs (`schema.table` or `table`, `*` for any characters)';
    const isGlob = (glob: string) => glob.split('.').length <= 2 && !glob.split('.').includes('');
    config.ignoreTables = stringList(value, at, 'ignore-tables', expected, isGlob);
  },
  rules: (config, value, at, knownRules) => {
    const expected = `a map of rule id to ${SEVERITY_SETTINGS.join(', ')}`;
    if (!isMap(value)) throw new UsageError(`${at(value)}: rules must be ${expected}.`);
    for (const pair of value.items) {
      const id = scalarKey(pair, at, 'rules');
      if (knownRules && !knownRules.includes(id)) {
        const hint = closestMatch(id, knownRules);
        throw new UsageError(`${at(pair)}: rules: unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : `; known rules: ${knownRules.join(', ')}.`}`);
      }
      const severity = isScalar(pair.value) ? pair.value.value : undefined;
      if (typeof severity !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
        const shown = typeof severity === 'string' ? severity : isScalar(pair.value) ? String(pair.value.value) : 'a collection';
        const hint = typeof severity === 'string' ? closestMatch(severity, SEVERITY_SETTINGS) : undefined;
        throw new UsageError(
          `${at(pair.value)}: rules.${id}: unknown severity "${shown}"; expected ${SEVERITY_SETTINGS.join(', ')}` +
            (hint ? ` (did you mean "${hint}"?)` : '') +
            '.',
        );
      }
      config.rules[id] = severity as SeveritySetting;
    }
  },
};

function applyFile(config: Config, path: string, text: string, knownRules: string[] | undefined): void {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineAt = (offset: number) => `${path}:${lines.linePos(offset).line}`;
  const error = doc.errors[0];
  if (error) throw new UsageError(`${lineAt(error.pos[0])}: invalid YAML: ${error.message.split('\n')[0]}`);
  const at: Locate = (node) => {
    const target = isPair(node) ? node.key : node;
    const start = isNode(target) ? target.range?.[0] : undefined;
    return start === undefined ? path : lineAt(start);
  };
  const root = (doc as Document.Parsed).contents;
  if (root === null || (isScalar(root) && root.value === null)) return;
  if (!isMap(root)) throw new UsageError(`${at(root)}: the config must be a map of settings (${Object.keys(KEYS).join(', ')}).`);
  for (const pair of root.items) {
    const key = scalarKey(pair, at, 'the config');
    const set = KEYS[key];
    if (!set) {
      const hint = closestMatch(key, Object.keys(KEYS));
      throw new UsageError(`${at(pair)}: unknown key "${key}"${hint ? `; did you mean "${hint}"?` : `; known keys: ${Object.keys(KEYS).join(', ')}.`}`);
    }
    // `key:` with nothing after it reads as "not set", the way an empty section usually is meant.
    const value = pair.value as Node | null;
    if (value === null || (isScalar(value) && value.value === null)) continue;
    set(config, value, at, knownRules);
  }
}

function scalarKey(pair: Pair, at: Locate, where: string): string {
  if (!isScalar(pair.key) || typeof pair.key.value !== 'string')
    throw new UsageError(`${at(pair)}: keys of ${where} must be plain names.`);
  return pair.key.value;
}

function stringValue(value: Node, at: Locate, key: string, expected: string, valid = (_: string) => true): string {
  if (!isScalar(value) || typeof value.value !== 'string' || !valid(value.value))
    throw new UsageError(`${at(value)}: ${key} must be ${expected}${isScalar(value) ? `; got "${String(value.value)}"` : ''}.`);
  return value.value;
}

function stringList(value: Node, at: Locate, key: string, expected: string, valid?: (s: string) => boolean): string[] {
  if (!isSeq(value)) throw new UsageError(`${at(value)}: ${key} must be ${expected}.`);
  return value.items.map((item) => stringValue(item as Node, at, key, expected, valid));
}

/** What `--fail-on` and the action's `fail-on` accept: the lowest severity that fails the run, or never fail. */
export const FAIL_ON_LEVELS = ['error', 'warning', 'notice', 'never'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/** The findings at or above the fail-on level: the run fails when there is any. */
export function failingFindings<T extends { severity: Severity }>(findings: T[], failOn: FailOn): T[] {
  return failOn === 'never' ? [] : findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

/** How findings decide a run: `fail-on`, and whether findings the base branch already has count too. */
export interface FailPolicy {
  failOn: FailOn;
  failOnExisting: boolean;
}

/** What a run decides, worked out in one place: the exit code, the `status` output and the report's headline read it. */
export interface Judgement<T> {
  policy: FailPolicy;
  /** The findings the decision looks at: the new ones (in an audit, all), and the existing ones with failOnExisting. */
  counted: T[];
  /** Counted findings at or above fail-on: the run fails exactly when there is one. */
  failing: T[];
  /** Findings the base branch already has and the decision leaves out. */
  uncounted: T[];
}

/** Judges the findings of a tree (no status: all count) or of a pull request (resolved ones are gone). */
export function judge<T extends { severity: Severity; status?: FindingStatus }>(findings: T[], policy: FailPolicy): Judgement<T> {
  const current = findings.filter((f) => f.status !== 'resolved');
  const counts = (f: T) => f.status !== 'existing' || policy.failOnExisting;
  const counted = current.filter(counts);
  return { policy, counted, failing: failingFindings(counted, policy.failOn), uncounted: current.filter((f) => !counts(f)) };
}

/** The configured severity of a rule, or undefined when it is off. */
export function severityOf(id: string, fallback: Severity, config: Config): Severity | undefined {
  const set = config.rules[id];
  return set === 'off' ? undefined : set ?? fallback;
}
