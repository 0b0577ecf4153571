import type { Rule } from './define-rule.js';
import authRlsInitplan from './auth-rls-initplan.js';
import duplicateIndex from './duplicate-index.js';
import multiplePermissivePolicies from './multiple-permissive-policies.js';
import prismaColumnDrift from './prisma-column-drift.js';
import prismaIndexMissing from './prisma-index-missing.js';
import rlsColumnUnindexed from './rls-column-unindexed.js';
import unindexedForeignKey from './unindexed-foreign-key.js';
import duplicateMigrationVersion from './duplicate-migration-version.js';
import edgeFunctionSecretUndeclared from './edge-function-secret-undeclared.js';
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
import unknownFunctionReference from './unknown-function-reference.js';
import unknownTableReference from './unknown-table-reference.js';
import unreadableFile from './unreadable-file.js';
import unusedIgnore from './unused-ignore.js';
import foreignTableInApi from './foreign-table-in-api.js';
import materializedViewInApi from './materialized-view-in-api.js';
import policyAlwaysTrue from './policy-always-true.js';
import rlsDisabledWithPolicy from './rls-disabled-with-policy.js';
import rpcSecurityDefiner from './rpc-security-definer.js';
import securityDefinerSearchPath from './security-definer-search-path.js';
import securityDefinerView from './security-definer-view.js';
import extensionInPublic from './extension-in-public.js';
import missingExtension from './missing-extension.js';

/** Every rule, sorted by id: the registry the engine, the docs test and SARIF read. */
export const RULES: Rule[] = [
  duplicateMigrationVersion, migrationDeleted, migrationFails, migrationModified, migrationOutOfOrder, migrationSkipped, missingModel, missingRls, missingTable,
  nonIdempotentData, nonIdempotentDdl, parseError, prismaParseError, rlsNoPolicy, unreadableFile, unusedIgnore,
  edgeFunctionSecretUndeclared, unknownFunctionReference, unknownTableReference,
  authRlsInitplan, duplicateIndex, multiplePermissivePolicies, prismaColumnDrift, prismaIndexMissing, rlsColumnUnindexed, unindexedForeignKey,
  foreignTableInApi, materializedViewInApi, policyAlwaysTrue, rlsDisabledWithPolicy, rpcSecurityDefiner, securityDefinerSearchPath, securityDefinerView,
  extensionInPublic, missingExtension,
].sort((a, b) => a.id.localeCompare(b.id));

/** A rule by id. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
