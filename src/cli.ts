import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from './analyze.js';
import { loadConfig } from './config.js';
import { UsageError } from './errors.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { renderSarif } from './report/sarif.js';
import { renderText } from './report/text.js';
import { RULES } from './rules/index.js';
import { diskSnapshot } from './sources/snapshot.js';
import { SEVERITY_RANK, type Config, type Layout, type Severity } from './types.js';
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
const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;

interface Args { command: string; root: string; schema?: string; migrations?: string; layout?: Layout; config?: string; format: (typeof FORMATS)[number]; failOn: (typeof FAIL_ON)[number] }

/** Reads argv into Args; every mistake is a UsageError that names the flag. */
export function parseArgs(argv: string[]): Args | 'help' | 'version' {
  const args: Partial<Args> = { format: 'text', failOn: 'error' };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') return 'help';
    if (a === '-v' || a === '--version') return 'version';
    if (!a.startsWith('--')) { positional.push(a); continue; }
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    switch (flag) {
      case '--schema': args.schema = value; break;
      case '--migrations': args.migrations = value; break;
      case '--config': args.config = value; break;
      case '--layout':
        if (!['supabase', 'prisma', 'plain'].includes(value)) throw new UsageError(`--layout must be supabase, prisma or plain, not "${value}"`);
        args.layout = value as Layout; break;
      case '--format':
        if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${value}"`);
        args.format = value as Args['format']; break;
      case '--fail-on':
        if (!(FAIL_ON as readonly string[]).includes(value)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, not "${value}"`);
        args.failOn = value as Args['failOn']; break;
      default: throw new UsageError(`unknown option ${flag} (see --help)`);
    }
  }
  const [command, root = '.', ...extra] = positional;
  if (command !== 'audit') throw new UsageError(command ? `unknown command "${command}" (the command is: audit)` : 'missing command (try: schema-guardian audit .)');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  return { ...args, command, root } as Args;
}

/** Whether any finding reaches the --fail-on level. */
export function fails(findings: { severity: Severity }[], failOn: Args['failOn']): boolean {
  return failOn !== 'never' && findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
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
  return fails(analysis.findings, args.failOn) ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err: unknown) => {
  if (err instanceof UsageError) process.stderr.write(`schema-guardian: ${err.message}\n`);
  else process.stderr.write(`schema-guardian: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\nPlease report this with the file that caused it.\n`);
  process.exitCode = 2;
});
