import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const action = parse(readFileSync('action.yml', 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
};
const read = (path: string) => readFileSync(path, 'utf8');
const names = (text: string, call: RegExp) => [...text.matchAll(call)].map((m) => m[1]).sort();

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs the code reads and the outputs it sets, each described', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(names(read('src/action/inputs.ts'), /(?:getInput|optional|oneOf)\('([\w-]+)'/g).filter((n, i, a) => a.indexOf(n) === i));
    expect(Object.keys(action.outputs).sort()).toEqual(names(read('src/action/main.ts'), /setOutput\('([\w-]+)'/g));
    for (const entry of [...Object.values(action.inputs), ...Object.values(action.outputs)]) expect(entry.description).toBeTruthy();
  });

  it('is documented input by input and output by output in docs/action.md', () => {
    const docs = read('docs/action.md');
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(docs).toContain(`| \`${name}\` |`);
  });
});
