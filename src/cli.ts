import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from './analyze.js';
import { FAIL_ON_LEVELS, failingFindings, LAYOUTS, loadConfig, type FailOn } from './config.js';
import { UsageError } from './errors.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { renderSarif } from './report/sarif.js';
import { renderText } from './report/text.js';
import { RULES } from './rules/index.js';
import { diskSnapshot } from './sources/snapshot.js';
import type { Config, Layout } from './types.js';
import { VERSION } from './version.js';

const USAGE = `Usage: schema-guardian audit [ROOT] [options]

Audits a repository's Prisma schema and SQL migrations (Supabase or Prisma Migrate).

Options:
  --schema PATH        Prisma schema file or folder (default: discovered)
  --migrations DIR     migrations folder (default: discovered)
  --layout KIND        supabase | prisma | plain (default: guessed from the folder)
  --config FILE        config file (default: ROOT/.schema-guardian.yml if present)
  --format FORMAT      text | json | markdown | sarif (default: text)
  --fail-on LEVEL      error | warning | notice | never (default: error)
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 nothing reaches --fail-on, 1 something does, 2 usage or config error.`;

const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;

const OPTIONS = {
  schema: { type: 'string' },
  migrations: { type: 'string' },
  layout: { type: 'string' },
  config: { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

interface Args { command: string; root: string; schema?: string; migrations?: string; layout?: Layout; config?: string; format: (typeof FORMATS)[number]; failOn: FailOn }

/**
 * Reads argv into Args; every mistake is a UsageError that names the flag. The flags are walked in the order given
 * (node's tokens, not its strict mode) so the first mistake is the one reported, in our words, and `--help` wins over
 * anything after it.
 */
function readArgs(argv: string[]): Args | 'help' | 'version' {
  const args: Partial<Args> = { format: 'text', failOn: 'error' };
  const positional: string[] = [];
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value);
    if (token.kind !== 'option') continue;
    if (token.name === 'help') return 'help';
    if (token.name === 'version') return 'version';
    // Every other flag takes a value (an unknown one, the next argument), so a flag without one says so before it is
    // looked up.
    const value = token.value ?? argv[token.index + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${token.rawName} needs a value`);
    switch (token.name) {
      case 'schema': args.schema = value; break;
      case 'migrations': args.migrations = value; break;
      case 'config': args.config = value; break;
      case 'layout': args.layout = oneOf('--layout', value, LAYOUTS, 'supabase, prisma or plain'); break;
      case 'format': args.format = oneOf('--format', value, FORMATS); break;
      case 'fail-on': args.failOn = oneOf('--fail-on', value, FAIL_ON_LEVELS); break;
      default: throw new UsageError(`unknown option ${token.rawName} (see --help)`);
    }
  }
  const [command, root = '.', ...extra] = positional;
  if (command !== 'audit') throw new UsageError(command ? `unknown command "${command}" (the command is: audit)` : 'missing command (try: schema-guardian audit .)');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
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
  const snapshot = diskSnapshot(root);
  const overrides: Partial<Config> = {};
  if (args.schema !== undefined) overrides.schema = args.schema;
  if (args.migrations !== undefined) overrides.migrations = args.migrations;
  if (args.layout !== undefined) overrides.layout = args.layout;
  const config = loadConfig(snapshot, { configPath: args.config, overrides, knownRules: RULES.map((r) => r.id) });
  const analysis = await analyze(snapshot, config);
  const out = args.format === 'json' ? renderJson(analysis, VERSION)
    : args.format === 'markdown' ? renderMarkdown(analysis)
    : args.format === 'sarif' ? JSON.stringify(renderSarif(analysis.findings, RULES, VERSION), null, 2)
    : renderText(analysis);
  process.stdout.write(`${out}\n`);
  return failingFindings(analysis.findings, args.failOn).length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err: unknown) => {
  if (err instanceof UsageError) process.stderr.write(`schema-guardian: ${err.message}\n`);
  else process.stderr.write(`schema-guardian: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\nPlease report this with the file that caused it.\n`);
  process.exitCode = 2;
});
