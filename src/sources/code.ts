/**
 * A project's code, as far as the database is concerned: the tables, views and functions it names through supabase-js,
 * and its Supabase edge functions with the environment variables each reads.
 */
import { scanCode, type CodeReference, type EnvRead } from '../parse/code.js';
import type { Snapshot } from '../types.js';

export interface EdgeFunction {
  /** The folder name under supabase/functions: the function's name on the platform. */
  name: string;
  /** Its entry point, `…/supabase/functions/<name>/index.ts`. */
  file: string;
  /** Every file of the function's folder read, entry point first. */
  envReads: EnvRead[];
  references: CodeReference[];
  /** The .env.example files that apply to it, and the names they declare. */
  envExamples: string[];
  declared: string[];
}

export interface CodeFacts {
  /** Code files read for references (edge functions included). */
  files: number;
  /** Code files the parser could not read, with where and why: what they ask of the database is not known. */
  unparsed: { file: string; line: number; message: string }[];
  references: CodeReference[];
  edgeFunctions: EdgeFunction[];
}

/** What the platform sets in every edge function's environment. */
export const PLATFORM_SECRETS = ['SUPABASE_URL', 'SUPABASE_ANON_KEY', 'SUPABASE_SERVICE_ROLE_KEY', 'SUPABASE_DB_URL'];

const CODE = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
/** Dependencies, build output and generated code: not the project's own code. */
const NOT_SOURCE = /(?:^|\/)(?:node_modules|dist|build|out|coverage|vendor|\.next|\.nuxt|\.svelte-kit|\.output|\.vercel|\.turbo|\.git)\//;
const GENERATED = /\.d\.[cm]?ts$|\.min\.js$/;
/** Larger files are bundles or generated, not code someone wrote against the database. */
const MAX_BYTES = 512 * 1024;
const EDGE_ENTRY = /^(.*\bsupabase\/functions)\/([^/_.][^/]*)\/index\.ts$/;

/** The code below `root` (a project's folder, `.` for the whole tree). */
export function readCode(snapshot: Snapshot, root: string): CodeFacts {
  const prefix = root === '.' ? '' : `${root}/`;
  const files = snapshot.files().filter((f) => f.startsWith(prefix) && CODE.test(f) && !NOT_SOURCE.test(f) && !GENERATED.test(f));
  const scanned = new Map<string, ReturnType<typeof scanCode>>();
  for (const file of files) {
    const bytes = snapshot.read(file);
    if (bytes === undefined || bytes.length > MAX_BYTES) continue;
    scanned.set(file, scanCode(file, bytes.toString('utf8')));
  }
  const all = new Set(snapshot.files());
  const edgeFunctions = files.flatMap((file): EdgeFunction[] => {
    const entry = EDGE_ENTRY.exec(file);
    if (!entry) return [];
    const [, functionsDir, name] = entry as unknown as [string, string, string];
    const folder = `${functionsDir}/${name}/`;
    const own = [file, ...files.filter((f) => f !== file && f.startsWith(folder))];
    const envExamples = [`${functionsDir}/.env.example`, `${folder}.env.example`, `${functionsDir.replace(/functions$/, '')}.env.example`].filter((f) => all.has(f));
    return [{
      name, file,
      envReads: own.flatMap((f) => scanned.get(f)?.envReads ?? []),
      references: own.flatMap((f) => scanned.get(f)?.references ?? []),
      envExamples,
      declared: envExamples.flatMap((f) => declaredNames(snapshot.read(f)?.toString('utf8') ?? '')),
    }];
  });
  const unparsed = [...scanned].flatMap(([file, s]) => (s.problem ? [{ file, ...s.problem }] : []));
  return { files: scanned.size, unparsed, references: [...scanned.values()].flatMap((s) => s.references), edgeFunctions };
}

/** `NAME=value` lines of a .env file (comments and `export ` allowed). */
function declaredNames(text: string): string[] {
  return text.split('\n').flatMap((line) => /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1] ?? []);
}
