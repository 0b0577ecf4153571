import * as core from '@actions/core';
import { posix } from 'node:path';
import { FAIL_ON_LEVELS, type FailOn } from '../config.js';
import { UsageError } from '../errors.js';
import { normalizePath } from '../sources/paths.js';

export type CommentMode = 'always' | 'on-findings' | 'never';

/** The action's inputs, validated. */
export interface ActionInputs {
  token: string;
  /** Relative to the workspace, forward slashes, `.` for the root. */
  workingDirectory: string;
  schema?: string;
  migrations?: string;
  config?: string;
  failOn: FailOn;
  comment: CommentMode;
  failOnExisting: boolean;
  baseRef?: string;
  sarifFile?: string;
  /** Live verification on a real PostgreSQL (PGlite in-process, or `databaseUrl`). */
  verify: boolean;
  /** A server to verify against, inside a temporary database; a secret (it carries credentials). */
  databaseUrl?: string;
}

/** Reads and validates every input; the one caller of core.getInput. Throws a UsageError naming the input. */
export function getInputs(): ActionInputs {
  const optional = (name: string) => core.getInput(name) || undefined;
  return {
    token: core.getInput('github-token'),
    workingDirectory: workingDirectory(core.getInput('working-directory') || '.'),
    schema: optional('schema'),
    migrations: optional('migrations'),
    config: optional('config'),
    failOn: oneOf('fail-on', FAIL_ON_LEVELS, 'error'),
    comment: oneOf('comment', ['always', 'on-findings', 'never'] as const, 'always'),
    failOnExisting: oneOf('fail-on-existing', ['true', 'false'] as const, 'false') === 'true',
    baseRef: optional('base-ref'),
    sarifFile: optional('sarif-file'),
    verify: oneOf('verify', ['true', 'false'] as const, 'true') === 'true' || !!optional('database-url'),
    databaseUrl: optional('database-url'),
  };
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = (core.getInput(name) || fallback).toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Input ${name} must be one of ${allowed.join(', ')}; got "${core.getInput(name)}".`);
}

function workingDirectory(raw: string): string {
  const dir = normalizePath(raw);
  if (posix.isAbsolute(dir) || dir === '..' || dir.startsWith('../'))
    throw new UsageError(`Input working-directory must be a path inside the repository; got "${raw}".`);
  return dir;
}
