import { parseEach } from '../../src/fixes/check.js';
import { initParser, parseMigration } from '../../src/parse/sql.js';

beforeAll(initParser);

/** What a test compares: each statement's kind of origin, line and text; each unresolved EXECUTE's line. */
function shape(parsed: { statements: { origin: string; line: number; text: string }[]; unresolved: { line: number }[] } | undefined) {
  return parsed && { statements: parsed.statements.map((s) => [s.origin, s.line, s.text]), unresolved: parsed.unresolved.map((u) => u.line) };
}

/** Each text parsed alone: what parseEach must give, in one call or not. */
function alone(texts: string[]) {
  return texts.map((t) => { const m = parseMigration('fix.sql', t); return m.problems.length > 0 ? undefined : shape(m); });
}

const table = (name: string) => `CREATE TABLE IF NOT EXISTS public.${name} (id uuid PRIMARY KEY);`;
const doBlock = "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE policyname = 'p') THEN\n    CREATE POLICY p ON public.a FOR SELECT USING (true);\n  END IF;\nEND $$;";
const fn = "CREATE OR REPLACE FUNCTION public.f() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  EXECUTE 'select ' || 1;\n  DELETE FROM public.a;\nEND $$;";

describe('parseEach reads each text as parseMigration reads it alone, lines counted from its own first', () => {
  test.each<[string, string[]]>([
    ['statements on several lines, a DO block and a function body', [table('a'), `${table('b')}\n\nALTER TABLE public.b ENABLE ROW LEVEL SECURITY;`, doBlock, fn]],
    ['a text that does not parse, among texts that do', [table('a'), 'CREATE TABL public.x ();', table('c')]],
    ['a text without its closing semicolon, before another', [table('a').replace(/;$/, ''), table('b')]],
    ['a text that turns check_function_bodies off', ['SET check_function_bodies = off;', fn]],
    ['one text', [doBlock]],
  ])('%s', (_name, texts) => {
    expect(parseEach('fix.sql', texts).map(shape)).toEqual(alone(texts));
  });
});
