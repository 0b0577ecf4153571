import { Registry } from '../../src/catalog/registry.js';

describe('an existence registry', () => {
  test('a name is unknown until the replay makes it (present) or drops it (absent)', () => {
    const r = new Registry<number>();
    expect(r.state('a')).toBe('unknown');
    r.add('a', 1);
    expect([r.state('a'), r.get('a')]).toEqual(['present', 1]);
    r.remove('a');
    expect([r.state('a'), r.get('a'), r.removed('a')]).toEqual(['absent', undefined, true]);
    r.add('a', 2);
    expect([r.state('a'), r.removed('a')]).toEqual(['present', false]);
    r.forget('a');
    expect(r.state('a')).toBe('unknown');
  });

  test('known whole, a name never seen is absent without having been removed', () => {
    const r = new Registry<number>();
    r.complete = true;
    expect([r.state('b'), r.gone('b'), r.removed('b')]).toEqual(['absent', true, false]);
  });

  test('a rename leaves the old name absent and the new one holding the object, or unknown when the object was', () => {
    const r = new Registry<string>();
    r.add('old', 'x');
    r.move('old', 'new', r.get('old'));
    expect([r.state('old'), r.get('new')]).toEqual(['absent', 'x']);
    r.remove('gone');
    r.move('unseen', 'gone', undefined);
    expect([r.state('unseen'), r.state('gone')]).toEqual(['absent', 'unknown']);
  });

  test('a name made again comes last, as a new one does', () => {
    const r = new Registry<number>();
    r.add('a', 1).add('b', 2);
    r.remove('a');
    r.add('a', 3);
    expect([...r]).toEqual([['b', 2], ['a', 3]]);
  });

  test('a fork sees its parent and keeps its own writes to itself', () => {
    const parent = new Registry<number>();
    parent.add('a', 1).add('b', 2);
    const fork = parent.fork();
    fork.remove('a');
    fork.add('c', 3);
    expect([...fork.keys()]).toEqual(['b', 'c']);
    expect([fork.state('a'), parent.state('a'), parent.state('c')]).toEqual(['absent', 'present', 'unknown']);
  });

  test('a clone is independent of what it was copied from', () => {
    const r = new Registry<number>();
    r.add('a', 1);
    r.remove('b');
    const copy = r.clone();
    copy.add('b', 2);
    expect([r.state('b'), copy.state('b'), copy.get('a')]).toEqual(['absent', 'present', 1]);
  });
});
