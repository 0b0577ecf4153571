/** What the catalog knows of each object: the shapes its registries hold. */
import type { ColumnInfo, ForeignKeyInfo, Loc, PolicyInfo } from '../types.js';
import { Registry } from './registry.js';

export interface Constraint {
  type: 'p' | 'u' | 'f' | 'c' | 'x' | 'n';
  columns: string[];
  fk?: ForeignKeyInfo;
}

export type Column = ColumnInfo & { identity?: boolean };

export interface Table {
  /** The catalog (fork) that may change this object in place; every other clones it first. */
  owner: number;
  schema: string;
  name: string;
  /** Seen only through ALTERs: a table of the platform's, or one made by SQL we could not follow. */
  external: boolean;
  partitioned: boolean;
  partitionOf?: string;
  createdAt?: Loc;
  /** Complete when CREATE TABLE gave its own column list and it changed only in ways we follow: a column it lacks is absent. */
  columns: Registry<Column>;
  constraints: Registry<Constraint>;
  policies: Registry<PolicyInfo>;
  /** Trigger name → the function it executes (`schema.name`), so DROP FUNCTION … CASCADE can take it along. */
  triggers: Registry<string>;
  rules: Registry<true>;
  rls: boolean;
  forceRls: boolean;
  rlsAt?: Loc;
  uncertain: boolean;
}

export type Relation =
  | { kind: 'table'; table: Table }
  | { kind: 'index'; table: string; columns: string[]; unique: boolean; constraint: boolean; createdAt?: Loc }
  | {
      kind: 'view'; materialized: boolean; createdAt?: Loc;
      /** Relations its query reads: DROP … CASCADE of one drops the view, a plain DROP of one fails. */
      reads: string[];
      /** Column names its query uses (`*` for all): dropping one without CASCADE fails. */
      uses: string[];
    }
  | { kind: 'sequence' }
  | { kind: 'composite' };

export interface TypeDef {
  kind: 'enum' | 'domain' | 'range' | 'base';
  values: string[];
  /** Values added or renamed by the replay; an enum we never saw created knows only these. */
  valuesKnown: boolean;
  createdAt?: Loc;
}

/** The tables of a publication (present), and those known to have left it (absent). */
export type Members = Registry<true>;

export function newTable(key: string, owner: number, at: Loc | undefined, external: boolean): Table {
  const [schema, name] = splitKey(key);
  return {
    owner, schema, name, external, partitioned: false, createdAt: at,
    columns: new Registry(), constraints: new Registry(), policies: new Registry(), triggers: new Registry(), rules: new Registry(),
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

/** PostgreSQL truncates identifiers to 63 bytes. */
export function truncName(name: string): string {
  return Buffer.byteLength(name) <= 63 ? name : Buffer.from(name).subarray(0, 63).toString('utf8').replace(/\uFFFD+$/, '');
}
