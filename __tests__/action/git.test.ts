import { baseSnapshot } from '../../src/action/git.js';
import { git, removeTemp, shallowClone, twoCommitRepo, type TwoCommitRepo } from '../helpers/git-repo.js';

const MIGRATION = 'db/supabase/migrations/20240101000000_init.sql';
let repo: TwoCommitRepo;
const dirs: string[] = [];
beforeAll(() => {
  repo = twoCommitRepo({ [MIGRATION]: 'create table a (id int);\n' }, { [MIGRATION]: 'create table b (id int);\n' });
  dirs.push(repo.origin);
});
afterAll(() => dirs.forEach(removeTemp));

describe('baseSnapshot', () => {
  it('reads the base tree of a full clone, under a sub-folder', () => {
    const { sha, snapshot } = baseSnapshot(repo.origin, repo.baseSha, 'db');
    expect(sha).toBe(repo.baseSha);
    expect(snapshot.files()).toEqual(['supabase/migrations/20240101000000_init.sql']);
    expect(snapshot.read('supabase/migrations/20240101000000_init.sql')?.toString()).toBe('create table a (id int);\n');
  });

  it('fetches the missing base commit of a depth-1 checkout', () => {
    const checkout = shallowClone(repo);
    dirs.push(checkout);
    expect(() => git(checkout, 'cat-file', '-e', `${repo.baseSha}^{commit}`)).toThrow();
    const { sha, snapshot } = baseSnapshot(checkout, repo.baseSha, '.');
    expect(sha).toBe(repo.baseSha);
    expect(snapshot.read(MIGRATION)?.toString()).toBe('create table a (id int);\n');
  });

  it('resolves a revision expression given as base-ref', () => {
    expect(baseSnapshot(repo.origin, 'main~1', '.').sha).toBe(repo.baseSha);
  });

  it('names fetch-depth: 0 when the base commit cannot be fetched', () => {
    const checkout = shallowClone(repo);
    dirs.push(checkout);
    git(checkout, 'remote', 'set-url', 'origin', `file://${checkout}/no-such-remote`);
    expect(() => baseSnapshot(checkout, repo.baseSha, '.')).toThrow(
      expect.objectContaining({ name: 'UsageError', message: expect.stringMatching(new RegExp(`^The base commit ${repo.baseSha} is not in the checkout and could not be fetched \\(.+\\)\\. Give actions/checkout \`fetch-depth: 0\``)) }),
    );
  });
});
