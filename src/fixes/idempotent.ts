import type { IntoClause, Node, RangeVar, TypeName } from '@pgsql/types';
import type { Statement } from '../types.js';
import { bodyOf, kindOf, names, quoteIdent, unwrap } from '../parse/ast.js';

const ERRORS_OF_A_RERUN = 'duplicate_object OR duplicate_table OR duplicate_column OR undefined_object OR undefined_table OR undefined_column';

/** The smallest rewrite of a statement that runs twice without error: the `fix` of a non-idempotent-ddl finding. */
export function idempotentForm(stmt: Statement): string {
  const text = stmt.text.trim().replace(/;$/, '');
  const node = stmt.node;
  const rel = (rv: RangeVar | undefined) => (rv?.schemaname ? `${quoteIdent(rv.schemaname)}.${quoteIdent(rv.relname ?? '')}` : quoteIdent(rv?.relname ?? ''));
  const replaced = (re: RegExp, by: string) => (re.test(text) ? `${text.replace(re, by)};` : undefined);
  switch (kindOf(node)) {
    case 'CreateStmt':
      return replaced(/^(create\s+(?:(?:global|local)\s+)?(?:temp(?:orary)?\s+|unlogged\s+)?table)\s+/i, '$1 IF NOT EXISTS ') ?? guard(text);
    case 'IndexStmt':
      return replaced(/^(create\s+(?:unique\s+)?index\s+(?:concurrently\s+)?)/i, '$1IF NOT EXISTS ') ?? guard(text);
    case 'CreateSchemaStmt':
      return replaced(/^(create\s+schema)\s+/i, '$1 IF NOT EXISTS ') ?? guard(text);
    case 'CreateExtensionStmt':
      return replaced(/^(create\s+extension)\s+/i, '$1 IF NOT EXISTS ') ?? guard(text);
    case 'CreateSeqStmt':
      return replaced(/^(create\s+(?:(?:temp(?:orary)?|unlogged)\s+)?sequence)\s+/i, '$1 IF NOT EXISTS ') ?? guard(text);
    case 'CreateFunctionStmt': case 'ViewStmt':
      return replaced(/^create\s+(?!or\s+replace)/i, 'CREATE OR REPLACE ') ?? guard(text);
    case 'CreatePolicyStmt': {
      const v = unwrap(node, 'CreatePolicyStmt')!;
      return `DROP POLICY IF EXISTS ${quoteIdent(v.policy_name ?? '')} ON ${rel(v.table)};\n${text};`;
    }
    case 'CreateTrigStmt': {
      const v = unwrap(node, 'CreateTrigStmt')!;
      return `DROP TRIGGER IF EXISTS ${quoteIdent(v.trigname ?? '')} ON ${rel(v.relation)};\n${text};`;
    }
    case 'RuleStmt':
      return replaced(/^create\s+(?!or\s+replace)/i, 'CREATE OR REPLACE ') ?? guard(text);
    case 'AlterEnumStmt':
      return unwrap(node, 'AlterEnumStmt')?.oldVal ? guard(text) : replaced(/(add\s+value)\s+(?!if\s+not\s+exists)/i, '$1 IF NOT EXISTS ') ?? guard(text);
    case 'DropStmt':
      return replaced(/^(drop\s+(?:materialized\s+view|foreign\s+table|event\s+trigger|[a-z]+)(?:\s+concurrently)?)\s+(?!if\s+exists)/i, '$1 IF EXISTS ') ?? guard(text);
    case 'AlterTableStmt': {
      const v = unwrap(node, 'AlterTableStmt')!;
      const cmds = (v.cmds ?? []).map((c) => unwrap(c, 'AlterTableCmd'));
      const addedName = (c: (typeof cmds)[number]) => (c?.subtype === 'AT_AddConstraint' ? unwrap(c.def, 'Constraint')?.conname : undefined);
      const drops = cmds.flatMap((c) => addedName(c) ?? []).map((name) => `ALTER TABLE ${rel(v.relation)} DROP CONSTRAINT IF EXISTS ${quoteIdent(name)};\n`);
      const body = text
        .replace(/\badd\s+column\s+(?!if\s+not\s+exists)/gi, 'ADD COLUMN IF NOT EXISTS ')
        .replace(/\bdrop\s+column\s+(?!if\s+exists)/gi, 'DROP COLUMN IF EXISTS ')
        .replace(/\bdrop\s+constraint\s+(?!if\s+exists)/gi, 'DROP CONSTRAINT IF EXISTS ');
      if (cmds.every((c) => ['AT_AddColumn', 'AT_DropColumn', 'AT_DropConstraint', 'AT_AddConstraint'].includes(c?.subtype ?? ''))
        && !cmds.some((c) => c?.subtype === 'AT_AddConstraint' && !addedName(c))) return `${drops.join('')}${body};`;
      return guard(text);
    }
    case 'AlterPublicationStmt': {
      const v = unwrap(node, 'AlterPublicationStmt')!;
      const tables = (v.pubobjects ?? []).flatMap((o) => unwrap(o, 'PublicationObjSpec')?.pubtable?.relation ?? []);
      const lines = tables.map((r) => `  IF NOT EXISTS (SELECT 1 FROM pg_publication_tables WHERE pubname = '${v.pubname}' AND schemaname = '${r.schemaname ?? 'public'}' AND tablename = '${r.relname}') THEN\n    ALTER PUBLICATION ${quoteIdent(v.pubname ?? '')} ADD TABLE ${rel(r)};\n  END IF;`);
      return `DO $$\nBEGIN\n${lines.join('\n')}\nEND $$;`;
    }
    case 'CreateRoleStmt':
      return `DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${unwrap(node, 'CreateRoleStmt')?.role}') THEN\n    ${text};\n  END IF;\nEND $$;`;
    case 'RenameStmt': {
      const v = unwrap(node, 'RenameStmt')!;
      if (v.renameType === 'OBJECT_TABLE' && !v.missing_ok) return replaced(/^(alter\s+table)\s+(?!if\s+exists)/i, '$1 IF EXISTS ') ?? guard(text);
      return guard(text);
    }
    default:
      return guard(text);
  }
}

/** Any statement, made safe to run again by ignoring exactly the errors a re-run raises. */
function guard(text: string): string {
  const body = text.replace(/\$\$/g, '$body$');
  return `DO $$\nBEGIN\n  ${body.split('\n').join('\n  ')};\nEXCEPTION WHEN ${ERRORS_OF_A_RERUN} THEN NULL;\nEND $$;`;
}

/** The fields that name what a statement acts on, whichever kind of statement it is. */
interface ObjectFields {
  relation?: RangeVar; table?: RangeVar; view?: RangeVar; sequence?: RangeVar; into?: IntoClause; typevar?: RangeVar;
  funcname?: Node[]; typeName?: Node[] | TypeName; domainname?: Node[]; defnames?: Node[];
  objects?: Node[]; removeType?: string;
  schemaname?: string; extname?: string; role?: unknown; pubname?: string; trigname?: string;
}

/** The object a statement acts on, `schema.name` as the catalog spells it, for the finding's `object`. */
export function statementObject(stmt: Statement, defaultSchema = 'public'): string | undefined {
  const kind = kindOf(stmt.node);
  const v = bodyOf(stmt.node) as ObjectFields;
  const rv = v.relation ?? v.table ?? v.view ?? v.sequence ?? v.into?.rel ?? v.typevar;
  if (rv?.relname) return `${rv.schemaname ?? defaultSchema}.${rv.relname}`;
  const list = v.funcname ?? v.typeName ?? v.domainname ?? v.defnames;
  if (Array.isArray(list)) { const parts = names(list); return parts.length > 1 ? parts.join('.') : `${defaultSchema}.${parts[0]}`; }
  if (kind === 'DropStmt') {
    const first = v.objects?.[0];
    let parts = names(unwrap(first, 'List')?.items ?? unwrap(first, 'TypeName')?.names ?? unwrap(first, 'ObjectWithArgs')?.objname ?? []);
    // DROP POLICY / TRIGGER / RULE name the table first: the object is the table.
    if (['OBJECT_POLICY', 'OBJECT_TRIGGER', 'OBJECT_RULE'].includes(v.removeType ?? '')) parts = parts.slice(0, -1);
    if (parts.length) return parts.length > 1 ? parts.join('.') : `${defaultSchema}.${parts[0]}`;
    return unwrap(first, 'String')?.sval;
  }
  return v.schemaname ?? v.extname ?? (typeof v.role === 'string' ? v.role : undefined) ?? v.pubname ?? v.trigname;
}
