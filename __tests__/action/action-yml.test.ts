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

describe('the workflows the README and docs/action.md show', () => {
  type Workflow = { on?: unknown; permissions?: Record<string, string>; concurrency?: { group?: string }; jobs?: Record<string, { steps?: { uses?: string; with?: Record<string, string> }[] }> };
  const workflows = ['README.md', 'docs/action.md'].flatMap((file) =>
    [...read(file).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as Workflow).filter((w) => w && typeof w === 'object' && 'on' in w).map((w) => ({ file, w })),
  );
  const events = (w: Workflow) => (typeof w.on === 'string' ? [w.on] : Object.keys(w.on as object));
  const ours = (w: Workflow) => Object.values(w.jobs ?? {}).flatMap((j) => j.steps ?? []).filter((s) => s.uses?.startsWith('schema-guardian/schema-guardian'));

  it('every workflow that comments on pull requests sets its permissions and one concurrency group per pull request', () => {
    const commenting = workflows.filter(({ w }) => events(w).some((e) => e.startsWith('pull_request')) && ours(w).some((s) => s.with?.comment !== 'never'));
    expect(commenting.map(({ file }) => file)).toEqual(['README.md', 'README.md', 'docs/action.md', 'docs/action.md']);
    for (const { w } of commenting) {
      expect(w.permissions).toMatchObject({ contents: 'read', 'pull-requests': 'write' });
      expect(w.concurrency?.group).toMatch(/github\.event\.pull_request\.number/);
    }
  });

  it('the pull_request_target workflows never check out the pull request', () => {
    const target = workflows.filter(({ w }) => events(w).includes('pull_request_target'));
    expect(target.length).toBeGreaterThan(0);
    for (const { w } of target) expect(JSON.stringify(w.jobs)).not.toMatch(/pull_request\.head|github\.head_ref/);
  });
});
