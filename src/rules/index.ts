import type { Rule } from './define-rule.js';
import duplicateMigrationVersion from './duplicate-migration-version.js';
import migrationDeleted from './migration-deleted.js';
import migrationFails from './migration-fails.js';
import migrationModified from './migration-modified.js';
import migrationOutOfOrder from './migration-out-of-order.js';
import migrationSkipped from './migration-skipped.js';
import missingModel from './missing-model.js';
import missingRls from './missing-rls.js';
import missingTable from './missing-table.js';
import nonIdempotentData from './non-idempotent-data.js';
import nonIdempotentDdl from './non-idempotent-ddl.js';
import parseError from './parse-error.js';
import prismaParseError from './prisma-parse-error.js';
import rlsNoPolicy from './rls-no-policy.js';
import unreadableFile from './unreadable-file.js';
import unusedIgnore from './unused-ignore.js';

/** Every rule, sorted by id: the registry the engine, the docs test and SARIF read. */
export const RULES: Rule[] = [
  duplicateMigrationVersion, migrationDeleted, migrationFails, migrationModified, migrationOutOfOrder, migrationSkipped, missingModel, missingRls, missingTable,
  nonIdempotentData, nonIdempotentDdl, parseError, prismaParseError, rlsNoPolicy, unreadableFile, unusedIgnore,
].sort((a, b) => a.id.localeCompare(b.id));

/** A rule by id. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
