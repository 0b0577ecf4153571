import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MAPPED_FROM_BYTES } from '../../src/large-buffers.js';
import { diskSnapshot, gitSnapshot, readBytes, remembering } from '../../src/sources/snapshot.js';

let root: string;

function write(path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function git(...args: string[]) {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe' });
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sg-snapshot-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readBytes', () => {
  it.each([
    ['empty', Buffer.alloc(0)],
    ['small', Buffer.from('create table t (id int);\n')],
    ['large, read into a mapped buffer', Buffer.concat([Buffer.alloc(MAPPED_FROM_BYTES, 0x61), Buffer.from('é;\n')])],
  ])('reads every byte of a %s file', (_, bytes) => {
    writeFileSync(join(root, 'm.sql'), bytes);
    const read = readBytes(join(root, 'm.sql'));
    expect(read.length).toBe(bytes.length);
    expect(read.equals(bytes)).toBe(true);
  });
});

describe('diskSnapshot', () => {
  it('lists files recursively, sorted, without node_modules or .git, through symlinks that stay inside ROOT', () => {
    write('supabase/migrations/2_b.sql', 'b');
    write('supabase/migrations/1_a.sql', 'a');
    write('README.md', 'r');
    write('node_modules/x/index.js', 'x');
    write('packages/app/node_modules/y.js', 'y');
    write('.git/HEAD', 'h');
    write('shared/schema.prisma', 's');
    symlinkSync(join(root, 'shared'), join(root, 'linked-dir'));
    symlinkSync(join(root, 'README.md'), join(root, 'linked-file.md'));

    const snapshot = diskSnapshot(root);
    expect(snapshot.label).toBe(root);
    expect(snapshot.files()).toEqual([
      'README.md',
      'linked-dir/schema.prisma',
      'linked-file.md',
      'shared/schema.prisma',
      'supabase/migrations/1_a.sql',
      'supabase/migrations/2_b.sql',
    ]);
    expect(snapshot.read('supabase/migrations/1_a.sql')?.toString()).toBe('a');
    expect(snapshot.read('linked-file.md')?.toString()).toBe('r');
    expect(snapshot.read('linked-dir/schema.prisma')?.toString()).toBe('s');
    expect(snapshot.read('missing.sql')).toBeUndefined();
    expect(snapshot.refused?.('linked-file.md')).toBeUndefined();
  });

  it('follows a symlinked migrations folder inside ROOT (a package sharing another\'s migrations)', () => {
    write('packages/db/supabase/migrations/1_init.sql', 'create table t (id int);');
    mkdirSync(join(root, 'supabase'));
    symlinkSync('../packages/db/supabase/migrations', join(root, 'supabase/migrations'));
    expect(diskSnapshot(root).files()).toEqual(['packages/db/supabase/migrations/1_init.sql', 'supabase/migrations/1_init.sql']);
  });

  it('does not walk a link back to a folder it is inside: a loop ends at once', () => {
    write('db/migrations/1_a.sql', 'a');
    symlinkSync('..', join(root, 'db/migrations/up'));
    symlinkSync('.', join(root, 'db/here'));
    expect(diskSnapshot(root).files()).toEqual(['db/migrations/1_a.sql']);
  });

  describe('a symlink that leaves ROOT is refused, with the reason, and never read', () => {
    let outside: string;
    beforeEach(() => {
      outside = mkdtempSync(join(tmpdir(), 'sg-outside-'));
      writeFileSync(join(outside, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
      mkdirSync(join(outside, 'migrations'));
      writeFileSync(join(outside, 'migrations/1_x.sql'), 'select 1;');
    });
    afterEach(() => rmSync(outside, { recursive: true, force: true }));

    it('a linked file is listed, so that reading it says why not', () => {
      write('supabase/migrations/1_a.sql', 'a');
      symlinkSync(join(outside, 'passwd'), join(root, 'supabase/migrations/2_secrets.sql'));
      const snapshot = diskSnapshot(root);
      expect(snapshot.files()).toEqual(['supabase/migrations/1_a.sql', 'supabase/migrations/2_secrets.sql']);
      expect(snapshot.read('supabase/migrations/2_secrets.sql')).toBeUndefined();
      expect(snapshot.refused?.('supabase/migrations/2_secrets.sql')).toBe(`a symbolic link to ${realpathSync(join(outside, 'passwd'))}, outside the folder audited (${realpathSync(root)}): not read`);
    });

    it('a linked folder is not walked', () => {
      write('README.md', 'r');
      symlinkSync(join(outside, 'migrations'), join(root, 'migrations'));
      const snapshot = diskSnapshot(root);
      expect(snapshot.files()).toEqual(['README.md']);
      expect(snapshot.read('migrations/1_x.sql')).toBeUndefined();
      expect(snapshot.refused?.('migrations')).toBe(`a symbolic link to ${realpathSync(join(outside, 'migrations'))}, outside the folder audited (${realpathSync(root)}): not read`);
    });

    it('a path that goes through a linked folder is not read either', () => {
      symlinkSync(outside, join(root, 'elsewhere'));
      expect(diskSnapshot(root).read('elsewhere/passwd')).toBeUndefined();
    });
  });

  it('a link to nothing is listed with why it cannot be read', () => {
    write('supabase/migrations/1_a.sql', 'a');
    symlinkSync('gone.sql', join(root, 'supabase/migrations/2_gone.sql'));
    const snapshot = diskSnapshot(root);
    expect(snapshot.files()).toContain('supabase/migrations/2_gone.sql');
    expect(snapshot.refused?.('supabase/migrations/2_gone.sql')).toBe('a symbolic link to gone.sql, which does not exist');
  });
});

test('remembering reads each file once, what it found and what it did not, and answers the rest as its snapshot does', () => {
  const reads: string[] = [];
  const tree = { label: 'tree', files: () => ['a.sql'], read: (path: string) => (reads.push(path), path === 'a.sql' ? Buffer.from('a') : undefined), refused: () => 'refused' };
  const once = remembering(tree);
  for (let i = 0; i < 2; i++) {
    expect(once.read('a.sql')?.toString()).toBe('a');
    expect(once.read('gone.sql')).toBeUndefined();
  }
  expect(reads).toEqual(['a.sql', 'gone.sql']);
  expect([once.label, once.files(), once.refused?.('x')]).toEqual(['tree', ['a.sql'], 'refused']);
});

describe('gitSnapshot', () => {
  beforeEach(() => {
    git('init', '-q');
    write('db/supabase/migrations/1_a.sql', 'first');
    write('db/package.json', '{}');
    write('other/x.sql', 'x');
    git('add', '.');
    git('commit', '-q', '-m', 'one');
    write('db/supabase/migrations/1_a.sql', 'changed on disk');
    write('db/supabase/migrations/2_b.sql', 'not committed');
  });

  it('reads the files of the commit, not of the working tree', () => {
    const snapshot = gitSnapshot(root, 'HEAD');
    expect(snapshot.label).toBe('git:HEAD');
    expect(snapshot.files()).toEqual(['db/package.json', 'db/supabase/migrations/1_a.sql', 'other/x.sql']);
    expect(snapshot.read('db/supabase/migrations/1_a.sql')?.toString()).toBe('first');
    expect(snapshot.read('db/supabase/migrations/2_b.sql')).toBeUndefined();
  });

  it.each(['db', './db/', 'db/'])('lists paths relative to the subfolder %j', (subdir) => {
    const snapshot = gitSnapshot(root, 'HEAD', subdir);
    expect(snapshot.files()).toEqual(['package.json', 'supabase/migrations/1_a.sql']);
    expect(snapshot.read('supabase/migrations/1_a.sql')?.toString()).toBe('first');
  });

  it('reads every file of the tree from one git process, on the first read', () => {
    const snapshot = gitSnapshot(root, 'HEAD', 'db');
    expect(snapshot.read('supabase/migrations/1_a.sql')?.toString()).toBe('first');
    // Without the repository, only what that one process read can still be answered.
    rmSync(join(root, '.git'), { recursive: true, force: true });
    expect(snapshot.read('package.json')?.toString()).toBe('{}');
  });

  it('keeps the bytes of every file exactly, whatever they hold', () => {
    const bytes = Buffer.from([0, 10, 255, 10, 32, 10]);
    write('odd/binary.bin', '');
    writeFileSync(join(root, 'odd/binary.bin'), bytes);
    write('odd/empty.sql', '');
    write('odd/copy.sql', 'select 1;\n');
    write('odd/with space/and\nnewline.sql', 'select 1;\n');
    git('add', 'odd');
    git('commit', '-q', '-m', 'odd files');
    const snapshot = gitSnapshot(root, 'HEAD', 'odd');
    expect(snapshot.files()).toEqual(['binary.bin', 'copy.sql', 'empty.sql', 'with space/and\nnewline.sql']);
    expect(snapshot.read('binary.bin')).toEqual(bytes);
    expect(snapshot.read('empty.sql')).toEqual(Buffer.alloc(0));
    expect(snapshot.read('copy.sql')?.toString()).toBe('select 1;\n');
    expect(snapshot.read('with space/and\nnewline.sql')?.toString()).toBe('select 1;\n');
  });

  it('given a clean checkout of another commit, reads from it the files both commits hold alike, and only the others from git', () => {
    const base = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root }).toString().trim();
    write('db/supabase/migrations/1_a.sql', 'second');
    git('add', 'db');
    git('commit', '-q', '-m', 'two');
    const checkout = { label: 'checkout', files: () => [], read: (path: string) => Buffer.from(`checkout's ${path}`) };
    const snapshot = gitSnapshot(root, base, 'db', { rev: 'HEAD', snapshot: checkout });
    expect(snapshot.files()).toEqual(['package.json', 'supabase/migrations/1_a.sql']);
    expect(snapshot.read('package.json')?.toString()).toBe("checkout's package.json");
    expect(snapshot.read('supabase/migrations/1_a.sql')?.toString()).toBe('first');
    expect(snapshot.read('supabase/migrations/2_b.sql')).toBeUndefined();
  });

  it('says when the revision does not exist', () => {
    expect(() => gitSnapshot(root, 'no-such-branch')).toThrow(`git revision "no-such-branch" does not exist in ${root}`);
  });
});
