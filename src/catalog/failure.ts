/**
 * The errors the replay raises, as PostgreSQL raises them: the SQLSTATE and condition name an EXCEPTION handler
 * matches, and the message a finding prints. Each is built where PostgreSQL would raise it.
 */

import type { Statement } from '../types.js';

/** A statement's failure: `{ sqlstate: '42P07', condition: 'duplicate_table', message: 'relation "t" already exists' }`. */
export interface Failure {
  sqlstate: string;
  condition: string;
  message: string;
  /** PostgreSQL's DETAIL line, when it gives one (`Key (id)=(1) already exists.`). */
  detail?: string;
  /** PostgreSQL's HINT line, when it gives one. */
  hint?: string;
  /** For a failure inside a called function's body: the body's statement that fails. */
  inner?: Statement;
}

const condition = (sqlstate: string, name: string) => (message: string, more?: { detail?: string; hint?: string }): Failure => ({ sqlstate, condition: name, message, ...more });

export const duplicateColumn = condition('42701', 'duplicate_column');
export const duplicateFunction = condition('42723', 'duplicate_function');
export const duplicateObject = condition('42710', 'duplicate_object');
export const duplicateSchema = condition('42P06', 'duplicate_schema');
export const duplicateTable = condition('42P07', 'duplicate_table');
export const undefinedColumn = condition('42703', 'undefined_column');
export const undefinedFunction = condition('42883', 'undefined_function');
export const undefinedObject = condition('42704', 'undefined_object');
export const undefinedTable = condition('42P01', 'undefined_table');
export const invalidSchemaName = condition('3F000', 'invalid_schema_name');
export const invalidTableDefinition = condition('42P16', 'invalid_table_definition');
export const invalidParameterValue = condition('22023', 'invalid_parameter_value');
export const wrongObjectType = condition('42809', 'wrong_object_type');
export const objectNotInPrerequisiteState = condition('55000', 'object_not_in_prerequisite_state');
export const dependentObjectsStillExist = condition('2BP01', 'dependent_objects_still_exist');
/** unique_violation: the failure about rows, not about the schema (a duplicate key). */
export const UNIQUE_VIOLATION = '23505';
export const uniqueViolation = condition(UNIQUE_VIOLATION, 'unique_violation');

/** A failure inside a function's body fails the statement that called it, with the same condition. */
export function inCall(fn: string, failure: Failure, inner: Statement): Failure {
  return { ...failure, message: `${fn}() fails: ${failure.message}`, inner: failure.inner ?? inner };
}

/** PostgreSQL's message, then its DETAIL and HINT, as a finding prints them. */
export function postgresWords(f: { reason: string; detail?: string; hint?: string }): string {
  return [f.reason, f.detail && `DETAIL: ${f.detail.replace(/\.$/, '')}`, f.hint && `HINT: ${f.hint.replace(/\.$/, '')}`].filter(Boolean).join('. ');
}

/**
 * Whether EXCEPTION handlers naming `catches` (lower-case condition names, SQLSTATEs, or `others`) swallow the
 * failure, as PL/pgSQL matches them.
 */
export function isCaught(failure: Failure, catches: readonly string[]): boolean {
  return catches.includes('others') || catches.includes(failure.condition) || catches.includes(failure.sqlstate.toLowerCase());
}
