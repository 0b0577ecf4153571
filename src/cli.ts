import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FAIL_ON_LEVELS, judge, LAYOUTS, loadConfig, type FailOn, type LoadConfigOptions } from './config.js';
import { UsageError } from './errors.js';
import { exitOnceFlushed } from './exit.js';
import { capYoungGeneration, collectGarbage, heapTurns } from './heap.js';
import { auditTree } from './projects.js';
import { analyzePullRequest } from './pull-request.js';
import { comparisonJsonReport, jsonPieces, renderJsonPieces } from './report/json.js';
import type { Block } from './report/blocks.js';
import { markdownReport } from './report/markdown.js';
import { renderSarif } from './report/sarif.js';
import { renderComparisonText, renderText } from './report/text.js';
import { writeInChunks } from './report/utf8-chunks.js';
import { verdictOf } from './report/verdict.js';
import { RULES } from './rules/index.js';
import { isClean, mergeBase, repositoryOf, resolveCommit } from './sources/git.js';
import { pathInRoot } from './sources/paths.js';
import { diskSnapshot, gitSnapshot, remembering } from './sources/snapshot.js';
import type { Config, Layout } from './types.js';
import { pullRequestVerifier, sqlTexts, verifyTree } from './verify/tree.js';
import { openDatabase } from './verify/verify.js';
import { VERSION } from './version.js';

const USAGE = `Usage: schema-guardian audit [ROOT] [options]
       schema-guardian diff [ROOT] [--base REF] [options]

audit   Audits a repository's Prisma schema and SQL migrations (Supabase or Prisma Migrate) as they are on disk.
diff    What the GitHub Action reports on a pull request, before you push: ROOT on disk (uncommitted changes
        included) compared with the commit where it forked from REF — new, existing and resolved findings, the
        migration-* rules, and what the change silences.

Options:
  --schema PATH        Prisma schema file or folder (default: discovered)
  --migrations DIR     migrations folder (default: discovered)
  --layout KIND        supabase | prisma | plain (default: guessed from the folder)
  --config FILE        config file (default: ROOT/.schema-guardian.yml if present)
  --format FORMAT      text | json | markdown | sarif (default: text); diff's markdown is the pull request comment
  --fail-on LEVEL      error | warning | notice | never (default: error)
  --base REF           diff: branch, tag or commit to compare with (default: origin/HEAD, else main, else master)
  --fail-on-existing   diff: findings the base already has count too, and show their fixes
  --verify             also apply the migrations to a real PostgreSQL, in-process (PGlite): findings it confirms are
                       marked verified, those it contradicts dropped, those only it sees added
  --database-url URL   verify against this PostgreSQL instead, inside a temporary database created and dropped there
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 nothing reaches --fail-on (diff: no new finding does), 1 something does, 2 usage or config error.`;

const COMMANDS = ['audit', 'diff'] as const;
const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
const DEFAULT_BASES = ['origin/HEAD', 'main', 'master'];

const OPTIONS = {
  schema: { type: 'string' },
  migrations: { type: 'string' },
  layout: { type: 'string' },
  config: { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  base: { type: 'string' },
  'fail-on-existing': { type: 'boolean' },
  verify: { type: 'boolean' },
  'database-url': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

interface Args {
  command: (typeof COMMANDS)[number];
  root: string;
  schema?: string;
  migrations?: string;
  layout?: Layout;
  config?: string;
  format: (typeof FORMATS)[number];
  failOn: FailOn;
  base?: string;
  failOnExisting: boolean;
  /** Live verification; a database URL implies it. */
  verify: boolean;
  databaseUrl?: string;
}

/**
 * Reads argv into Args; every mistake is a UsageError that names the flag. The flags are walked in the order given
 * (node's tokens, not its strict mode) so the first mistake is the one reported, in our words, and `--help` wins over
 * anything after it.
 */
function readArgs(argv: string[]): Args | 'help' | 'version' {
  const args: Partial<Args> = { format: 'text', failOn: 'error', failOnExisting: false, verify: false };
  const positional: string[] = [];
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value);
    if (token.kind !== 'option') continue;
    if (token.name === 'help') return 'help';
    if (token.name === 'version') return 'version';
    if (token.name === 'fail-on-existing') {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
      args.failOnExisting = true;
      continue;
    }
    if (token.name === 'verify') {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
      args.verify = true;
      continue;
    }
    // Every other flag takes a value (an unknown one, the next argument), so a flag without one says so before it is
    // looked up.
    const value = token.value ?? argv[token.index + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${token.rawName} needs a value`);
    switch (token.name) {
      case 'schema': args.schema = value; break;
      case 'migrations': args.migrations = value; break;
      case 'config': args.config = value; break;
      case 'base': args.base = value; break;
      case 'database-url': args.databaseUrl = value; args.verify = true; break;
      case 'layout': args.layout = oneOf('--layout', value, LAYOUTS, 'supabase, prisma or plain'); break;
      case 'format': args.format = oneOf('--format', value, FORMATS); break;
      case 'fail-on': args.failOn = oneOf('--fail-on', value, FAIL_ON_LEVELS); break;
      default: throw new UsageError(`unknown option ${token.rawName} (see --help)`);
    }
  }
  const [command, root = '.', ...extra] = positional;
  if (command === undefined) throw new UsageError('missing command (try: schema-guardian audit .)');
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command "${command}" (the commands are: ${COMMANDS.join(', ')})`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (command === 'audit' && args.base !== undefined) throw new UsageError('--base belongs to diff (audit looks at one tree)');
  if (command === 'audit' && args.failOnExisting) throw new UsageError('--fail-on-existing belongs to diff (in an audit every finding counts)');
  return { ...args, command, root } as Args;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[], words = `one of ${allowed.join(', ')}`): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be ${words}, not "${value}"`);
  return value as T;
}

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv);
  if (args === 'help') { process.stdout.write(`${USAGE}\n`); return 0; }
  if (args === 'version') { process.stdout.write(`${VERSION}\n`); return 0; }
  const root = resolve(args.root);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`ROOT ${args.root} is not a folder`);
  const overrides: Partial<Config> = {};
  if (args.schema !== undefined) overrides.schema = pathInRoot(root, args.schema, '--schema');
  if (args.migrations !== undefined) overrides.migrations = pathInRoot(root, args.migrations, '--migrations');
  if (args.layout !== undefined) overrides.layout = args.layout;
  const configPath = args.config === undefined ? undefined : pathInRoot(root, args.config, '--config');
  const options: LoadConfigOptions = { configPath, overrides, knownRules: RULES.map((r) => r.id) };
  return args.command === 'diff' ? diff(args, root, options) : audit(args, root, options);
}

async function audit(args: Args, root: string, options: LoadConfigOptions): Promise<number> {
  const snapshot = diskSnapshot(root);
  const config = loadConfig(snapshot, options);
  const verifying = args.verify ? { databaseUrl: args.databaseUrl } : undefined;
  // The database boots while the static analysis runs.
  const early = verifying && openDatabase(sqlTexts(snapshot), verifying);
  early?.catch(() => {});
  const audited = await auditTree(snapshot, config, heapTurns(youngGeneration));
  const tree = verifying ? await verifyTree(snapshot, audited, verifying, early) : audited;
  const judgement = judge(tree.merged.findings, { failOn: args.failOn, failOnExisting: false });
  collectGarbage();
  const out = args.format === 'json' ? renderJsonPieces(tree, VERSION)
    : args.format === 'markdown' ? markdownReport(tree.merged, { judgement, tree }).whole()
    : args.format === 'sarif' ? [JSON.stringify(renderSarif(tree.merged.findings, RULES, VERSION, tree.merged.notes), null, 2)]
    : [renderText(tree)];
  writeOut(out);
  return judgement.failing.length > 0 ? 1 : 0;
}

/**
 * The action's pull request mode from a terminal: the base from git objects (the commit where HEAD forked from --base,
 * as GitHub's pull request diff takes it), the head as it is on disk, the same analysis, report and exit code.
 */
async function diff(args: Args, root: string, options: LoadConfigOptions): Promise<number> {
  const repo = repositoryOf(root);
  if (!repo) throw new UsageError(`ROOT ${args.root} is not in a git repository; diff compares it with a commit (use audit for a folder alone)`);
  const ref = args.base ?? DEFAULT_BASES.find((r) => resolveCommit(repo.top, r));
  if (ref === undefined) throw new UsageError(`no ${DEFAULT_BASES.join(', ')} in ${repo.top}; name the branch to compare with: --base REF`);
  const baseTip = resolveCommit(repo.top, ref);
  if (!baseTip) throw new UsageError(`--base ${ref} is not a commit of ${repo.top}`);
  const checkedOut = resolveCommit(repo.top, 'HEAD');
  const base = (checkedOut && mergeBase(repo.top, baseTip, checkedOut)) || baseTip;
  const clean = checkedOut !== undefined && isClean(repo.top, repo.subdir);
  const head = clean ? checkedOut : 'working tree';
  const worktree = remembering(diskSnapshot(root));

  const verifying = args.verify ? pullRequestVerifier({ databaseUrl: args.databaseUrl }) : undefined;
  const result = await analyzePullRequest({ base: gitSnapshot(repo.top, base, repo.subdir, clean ? { rev: checkedOut, snapshot: worktree } : undefined), head: worktree }, options, undefined, verifying, args.failOnExisting ? 'all' : 'new');
  const judgement = judge(result.diff.findings, { failOn: args.failOn, failOnExisting: args.failOnExisting });
  const compared = { base, head, diff: result.diff, silencing: result.silencing, fixes: result.fixes };
  const notes = base === baseTip ? result.notes : [`${ref} is at ${baseTip.slice(0, 7)}; HEAD forked from it at ${base.slice(0, 7)}, the commit compared with.`, ...result.notes];
  const out = args.format === 'json' ? jsonPieces(comparisonJsonReport(result.head, VERSION, compared, judgement))
    : args.format === 'markdown' ? markdownReport(result.head, { pr: compared, judgement, tree: result.headTree }).whole()
    : args.format === 'sarif' ? [JSON.stringify(renderSarif(result.diff.findings.filter((f) => f.status !== 'resolved'), RULES, VERSION), null, 2)]
    : [renderComparisonText(result.head, compared, verdictOf(judgement, true), notes)];
  writeOut(out);
  return judgement.failing.length > 0 ? 1 : 0;
}

/** Writes the output and a line break, a megabyte at a time: a report joined whole first would stand in memory twice. */
function writeOut(output: Block | Iterable<string>): void {
  writeInChunks([output, ['\n']], (bytes) => process.stdout.write(bytes));
}

const youngGeneration = capYoungGeneration();
main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err: unknown) => {
  if (err instanceof UsageError) process.stderr.write(`schema-guardian: ${err.message}\n`);
  else process.stderr.write(`schema-guardian: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\nPlease report this with the file that caused it.\n`);
  process.exitCode = 2;
}).finally(exitOnceFlushed);
