import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze } from '../src/analyze.js';
import { loadConfig } from '../src/config.js';
import { parsePrismaSchema } from '../src/parse/prisma.js';
import { initParser, parseMigration } from '../src/parse/sql.js';
import { RULES } from '../src/rules/index.js';
import { decodeFile } from '../src/sources/decode.js';
import { diskSnapshot } from '../src/sources/snapshot.js';

/**
 * Robustness on real repositories that are not part of this project: SCHEMA_GUARDIAN_WALK=<folder> walks every
 * .sql and .prisma file below it, and audits each direct subfolder as a repository. Without the variable it is skipped.
 */
const root = process.env.SCHEMA_GUARDIAN_WALK;
const walk = root ? describe : describe.skip;

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (/\.(sql|prisma)$/.test(name)) out.push(path);
  }
  return out;
}

walk(`every file below ${root ?? '$SCHEMA_GUARDIAN_WALK'}`, () => {
  beforeAll(initParser);

  test('every .sql file yields statements or parse problems, never an exception', () => {
    const silent: string[] = [];
    for (const path of files(root!).filter((p) => p.endsWith('.sql'))) {
      const decoded = decodeFile(path, readFileSync(path));
      if ('problem' in decoded) continue;
      const m = parseMigration(relative(root!, path), decoded.text);
      if (m.statements.length === 0 && m.problems.length === 0 && /\w/.test(decoded.text.replace(/--.*$|\/\*[\s\S]*?\*\//gm, ''))) silent.push(path);
    }
    expect(silent).toEqual([]);
  });

  test('every .prisma file parses without an exception', () => {
    for (const path of files(root!).filter((p) => p.endsWith('.prisma'))) {
      expect(() => parsePrismaSchema([{ path, text: readFileSync(path, 'utf8') }])).not.toThrow();
    }
  });

  test('every repository audits without an exception', async () => {
    for (const name of readdirSync(root!).filter((n) => statSync(join(root!, n)).isDirectory())) {
      const snapshot = diskSnapshot(join(root!, name));
      const analysis = await analyze(snapshot, loadConfig(snapshot, { knownRules: RULES.map((r) => r.id) }));
      expect(Array.isArray(analysis.findings)).toBe(true);
    }
  });
});
