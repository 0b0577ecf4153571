import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ParseAhead } from '../../src/parse/ahead.js';
import { initParser, LargeMigration, parseMigration, piecesOf, summaryOf } from '../../src/parse/sql.js';

const WORKER = pathToFileURL(join(process.cwd(), 'dist/parse-worker.js'));

beforeAll(async () => {
  if (!existsSync(WORKER)) throw new Error('dist/parse-worker.js is missing: run `npm run bundle` first');
  await initParser();
});

/** Files whose readings use every part of what parseMigration returns. */
const FILES: { file: string; text: string | undefined }[] = [
  { file: 'm/001_tables.sql', text: '-- Créer les tables 🚀\nCREATE TABLE t (id int PRIMARY KEY, name text DEFAULT \'x\');\nALTER TABLE t ENABLE ROW LEVEL SECURITY;\n' },
  { file: 'm/002_unreadable.sql', text: undefined },
  { file: 'm/003_do_and_function.sql', text: 'DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = \'u\') THEN CREATE TABLE u (id int); END IF; EXCEPTION WHEN duplicate_table THEN NULL; END $$;\nCREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE format(\'ALTER TABLE %I ENABLE ROW LEVEL SECURITY\', \'t\'); INSERT INTO t VALUES (1); END $$;\n' },
  { file: 'm/004_problems.sql', text: 'CREATE TABLE v (id int);\nCREATE TABLE w (id int,);\n\\connect other\nCREATE FUNCTION g() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1 END $$;\n' },
  { file: 'm/005_ignores.sql', text: '-- schema-guardian-ignore-file missing-rls: internal tables\n-- schema-guardian-ignore non-idempotent-ddl: runs once\nCREATE TABLE x (id int);\nBEGIN;\nSET check_function_bodies = off;\nCOMMIT;\n' },
  { file: 'm/006_empty.sql', text: '  \n-- nothing here\n' },
  // Over the size the main thread keeps for itself.
  { file: 'm/007_large.sql', text: `SELECT '${'x'.repeat(300 * 1024)}';\n` },
];

const local = (files: typeof FILES) => files.map(({ file, text }) => (text === undefined ? undefined : parseMigration(file, text)));

/** Every file in order, as the walk takes them, then the thread closed. */
async function takeAll(ahead: ParseAhead, count: number) {
  const taken = [];
  try {
    for (let i = 0; i < count; i++) taken.push(await ahead.take(i));
  } finally {
    ahead.close();
  }
  return taken;
}

test('a file read on the thread is exactly what the main thread reads, whatever it holds', async () => {
  const ahead = new ParseAhead(FILES, { worker: WORKER, minBytes: 0 });
  expect(ahead.threaded).toBe(true);
  const taken = await takeAll(ahead, FILES.length);
  // toStrictEqual tells a key holding undefined from a missing one, which a JSON round trip would lose.
  expect(taken).toStrictEqual(local(FILES));
  // All but the unreadable file and the large one.
  expect(ahead.readOnThread).toBe(5);
  expect(summaryOf(taken[3]!).problems.map((p) => [p.line, p.ifBodiesChecked])).toEqual([[2, undefined], [3, undefined], [4, true]]);
});

test('a file over largeBytes is taken as a LargeMigration, and read on the main thread: its pieces hold what parseMigration reads', async () => {
  const ahead = new ParseAhead(FILES, { worker: WORKER, minBytes: 0, largeBytes: 130, pieceBytes: 64 });
  const taken = await takeAll(ahead, FILES.length);
  const large = taken.flatMap((m, i) => (m instanceof LargeMigration ? [FILES[i]!.file] : []));
  expect(large).toEqual(['m/003_do_and_function.sql', 'm/004_problems.sql', 'm/005_ignores.sql', 'm/007_large.sql']);
  expect(ahead.readOnThread).toBe(2);
  const read = taken.map((m) => m && [...piecesOf(m)].flatMap((piece) => piece.statements));
  // Source positions count from a piece's start: the same pieces, parsed whole, give the same ones.
  expect(read).toStrictEqual(FILES.map(({ file, text }) => text && parseMigration(file, text, { pieceBytes: 64 }).statements));
});

test('many files, more than the thread is given at once, come back in order', async () => {
  const files = Array.from({ length: 300 }, (_, i) => ({ file: `m/${String(i).padStart(4, '0')}.sql`, text: `CREATE TABLE t${i} (id int);\n${'-- padding\n'.repeat(400)}` }));
  const ahead = new ParseAhead(files, { worker: WORKER, minBytes: 0 });
  const taken = await takeAll(ahead, files.length);
  expect(taken).toStrictEqual(local(files));
  expect(ahead.readOnThread).toBe(300);
});

test.each([
  ['too little SQL to be worth a thread', { worker: WORKER }],
  ['no worker script (the unbundled sources)', { worker: pathToFileURL(join(process.cwd(), 'no-such-worker.js')), minBytes: 0 }],
])('the main thread reads every file itself when there is %s', async (_name, options) => {
  const ahead = new ParseAhead(FILES, options);
  expect(ahead.threaded).toBe(false);
  const taken = await takeAll(ahead, FILES.length);
  expect(taken).toStrictEqual(local(FILES));
});

describe('a thread that fails', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'sg-ahead-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    ['exits at once', 'process.exit(3);'],
    ['throws at load', 'throw new Error("no parser here");'],
    ['answers that it failed', 'import { parentPort } from "node:worker_threads"; parentPort.on("message", (r) => parentPort.postMessage({ id: r.id, failed: "out of memory" }));'],
    ['answers the first file, then exits', 'import { parentPort } from "node:worker_threads"; parentPort.once("message", (r) => { parentPort.postMessage({ id: r.id, failed: "x" }); setTimeout(() => process.exit(1), 10); });'],
  ])('leaves its files to the main thread when it %s', async (name, source) => {
    const script = join(dir, `${name.replace(/\W+/g, '-')}.mjs`);
    writeFileSync(script, source);
    const ahead = new ParseAhead(FILES, { worker: pathToFileURL(script), minBytes: 0 });
    expect(ahead.threaded).toBe(true);
    const taken = await takeAll(ahead, FILES.length);
    expect(taken).toStrictEqual(local(FILES));
    expect(ahead.readOnThread).toBe(0);
  });
});
