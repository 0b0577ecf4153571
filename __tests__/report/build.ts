import type {
  Analysis, ColumnInfo, Config, DiffedFinding, Finding, FunctionInfo, IndexInfo, MigrationInfo, PolicyInfo, PrismaField, PrismaModel, TableInfo,
} from '../../src/types.js';

/** Hand-built engine facts for the report tests: each helper fills what a test does not care about. */

export const MIGRATIONS = 'supabase/migrations';
export const INIT = `${MIGRATIONS}/20240101000000_init.sql`;
export const ORGS = `${MIGRATIONS}/20240201000000_orgs.sql`;

const CONFIG: Config = { exposedSchemas: 'auto', managedSchemas: ['auth', 'storage'], ignoreTables: [], rules: {} };

export function column(name: string, type: string, extra: Partial<ColumnInfo> = {}): ColumnInfo {
  return { name, type, notNull: false, ...extra };
}

export function tableInfo(name: string, extra: Partial<TableInfo> = {}): TableInfo {
  return {
    schema: 'public', name, partitioned: false, createdAt: { file: INIT, line: 1 }, columns: [], primaryKey: [], uniques: [],
    foreignKeys: [], indexes: [], rls: false, forceRls: false, policies: [], uncertain: false, ...extra,
  };
}

export function index(name: string, columns: string[], extra: Partial<IndexInfo> = {}): IndexInfo {
  return { name, columns, unique: false, constraint: false, ...extra };
}

export function policy(name: string, allows: PolicyInfo['allows'], extra: Partial<PolicyInfo> = {}): PolicyInfo {
  return { name, command: 'all', roles: [], permissive: true, allows, helpers: [], ...extra };
}

export function fn(schema: string, name: string, extra: Partial<FunctionInfo> = {}): FunctionInfo {
  return { schema, name, args: 'uuid', language: 'sql', securityDefiner: false, searchPath: null, ...extra };
}

export function field(name: string, type: string, extra: Partial<PrismaField> = {}): PrismaField {
  return { name, column: name, type, optional: false, list: false, isId: false, isUnique: false, line: 1, ...extra };
}

export function model(name: string, table: string, fields: PrismaField[], extra: Partial<PrismaModel> = {}): PrismaModel {
  return {
    name, table, schema: 'public', file: 'prisma/schema.prisma', line: 1, ignored: false, isView: false, implicit: false,
    fields, relations: [], indexes: [], ignores: [], ...extra,
  };
}

export function migration(file: string, extra: Partial<MigrationInfo> = {}): MigrationInfo {
  return { file, applied: true, statements: 1, idempotent: true, description: '', ...extra };
}

export function finding(rule: string, object: string, extra: Partial<Finding> = {}): Finding {
  return { rule, severity: 'error', message: `${rule} on ${object}`, object, ...extra };
}

export function diffed(f: Finding, status: DiffedFinding['status']): DiffedFinding {
  return { ...f, status };
}

export function analysis(extra: Partial<Analysis> = {}): Analysis {
  return {
    root: '.', config: CONFIG, layout: 'supabase', migrationsDir: MIGRATIONS, schemaFiles: ['prisma/schema.prisma'],
    prisma: { files: ['prisma/schema.prisma'], models: [], enums: [], errors: [] },
    migrations: [], catalog: { tables: [], views: [], functions: [], extensions: [], enums: [], schemas: ['public'] },
    exposedSchemas: ['public'], usesRls: true, findings: [], notes: [], ...extra,
  };
}
