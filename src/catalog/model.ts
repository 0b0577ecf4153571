/** What the catalog knows of each object: the shapes its registries hold. */
import type { ColumnInfo, ForeignKeyInfo, Loc, PolicyInfo, Statement } from '../types.js';
import type { ExpressionFacts } from './policy-expressions.js';
import { Registry } from './registry.js';

export interface Constraint {
  type: 'p' | 'u' | 'f' | 'c' | 'x' | 'n';
  columns: string[];
  fk?: ForeignKeyInfo;
}

export type Column = ColumnInfo & { identity?: boolean };

/** A policy as the report describes it, with what it knows of the expressions ALTER POLICY may replace one at a time. */
export type Policy = PolicyInfo & { using?: ExpressionFacts; check?: ExpressionFacts };

/** What the replay knows a row holds in a column: a constant's text, SQL NULL, or UNKNOWN (an expression's value). */
export type Value = string | null | typeof UNKNOWN;
export const UNKNOWN: unique symbol = Symbol('unknown value');

/** A row the migrations inserted, by column name; never changed in place (a fork may share it). */
export type Row = Readonly<Record<string, Value>>;

/** A trigger: the function it executes (`schema.name`), and whether it fires before or instead of an INSERT. */
export interface Trigger {
  calls: string;
  beforeInsert: boolean;
}

export interface Table {
  /** The catalog (fork) that may change this object in place; every other clones it first. */
  owner: number;
  /** Counts the times its owner took it to change in place: what was read of it before may be stale after. */
  version: number;
  schema: string;
  name: string;
  /** Seen only through ALTERs: a table of the platform's, or one made by SQL we could not follow. */
  external: boolean;
  partitioned: boolean;
  /** A foreign table: its rows live on another server, and row level security does not apply to it. */
  foreign: boolean;
  partitionOf?: string;
  createdAt?: Loc;
  /** Complete when CREATE TABLE gave its own column list and it changed only in ways we follow: a column it lacks is absent. */
  columns: Registry<Column>;
  constraints: Registry<Constraint>;
  policies: Registry<Policy>;
  /** By name: DROP FUNCTION … CASCADE takes along the triggers that execute the function. */
  triggers: Registry<Trigger>;
  rules: Registry<true>;
  /**
   * The rows the migrations inserted with constant keys, as far as the replay can follow them: a re-run that inserts
   * one of their keys again fails with a duplicate key. Rows that may have been deleted are left out.
   */
  rows: readonly Row[];
  rls: boolean;
  forceRls: boolean;
  /** Where RLS was last enabled (or, while it is off, disabled). */
  rlsAt?: Loc;
  uncertain: boolean;
  /** Which client roles may SELECT (see ClientGrants); a foreign table's rules need it. */
  clients?: ClientGrants;
}

export type Relation =
  | { kind: 'table'; table: Table }
  | {
      kind: 'index'; table: string; columns: string[]; unique: boolean; constraint: boolean; createdAt?: Loc;
      /** A WHERE clause: unique only among the rows it covers, so not a key of every row. */
      partial?: boolean;
      /** See IndexInfo.shape; unknown for indexes whose definition the replay does not see whole. */
      shape?: string;
    }
  | {
      kind: 'view'; materialized: boolean; createdAt?: Loc;
      /** Relations its query reads: DROP … CASCADE of one drops the view, a plain DROP of one fails. */
      reads: string[];
      /** Column names its query uses (`*` for all): dropping one without CASCADE fails. */
      uses: string[];
    } & ViewSecurity
  | { kind: 'sequence' }
  | { kind: 'composite' };

/**
 * Which of the roles a client of the API acts as (`public`, `anon`, `authenticated`) hold a privilege on an object,
 * and the last GRANT that gave one of them the privilege.
 */
export interface ClientGrants {
  roles: readonly string[];
  at?: Loc;
}

/** What decides whether a view applies the row level security of the tables it reads. */
export interface ViewSecurity {
  securityInvoker?: true;
  /** The statement that last set or cleared the view's options. */
  optionsAt?: Loc;
  /** Which client roles may SELECT from it. */
  clients?: ClientGrants;
}

export interface TypeDef {
  kind: 'enum' | 'domain' | 'range' | 'base';
  values: string[];
  /** Values added or renamed by the replay; an enum we never saw created knows only these. */
  valuesKnown: boolean;
  createdAt?: Loc;
}

/** A CREATE FUNCTION as the catalog keeps it for the calls that replay its body: text and place, no syntax tree. */
export type Definition = Omit<Statement, 'node'>;

/** The tables of a publication (present), and those known to have left it (absent). */
export type Members = Registry<true>;

export function newTable(key: string, owner: number, at: Loc | undefined, external: boolean): Table {
  const [schema, name] = splitKey(key);
  return {
    owner, version: 0, schema, name, external, partitioned: false, foreign: false, createdAt: at,
    columns: Registry.of(), constraints: Registry.of(), policies: Registry.of(), triggers: Registry.of(), rules: Registry.of(), rows: [],
    rls: false, forceRls: false, uncertain: false,
  };
}

export function cloneTable(t: Table, owner: number): Table {
  return {
    ...t, owner,
    columns: t.columns.clone(), constraints: t.constraints.clone(), policies: t.policies.clone(), triggers: t.triggers.clone(), rules: t.rules.clone(),
  };
}

/** `schema.name` → `[schema, name]` (the name may itself hold dots). */
export function splitKey(key: string): [string, string] {
  const dot = key.indexOf('.');
  return [key.slice(0, dot), key.slice(dot + 1)];
}
