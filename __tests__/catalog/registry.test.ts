import { Registry } from '../../src/catalog/registry.js';

describe('an existence registry', () => {
  test('a name is unknown until the replay makes it (present) or drops it (absent)', () => {
    const r = Registry.of<number>();
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
    const r = Registry.of<number>();
    r.complete = true;
    expect([r.state('b'), r.gone('b'), r.removed('b')]).toEqual(['absent', true, false]);
  });

  test('a rename leaves the old name absent and the new one holding the object, or unknown when the object was', () => {
    const r = Registry.of<string>();
    r.add('old', 'x');
    r.move('old', 'new', r.get('old'));
    expect([r.state('old'), r.get('new')]).toEqual(['absent', 'x']);
    r.remove('gone');
    r.move('unseen', 'gone', undefined);
    expect([r.state('unseen'), r.state('gone')]).toEqual(['absent', 'unknown']);
  });

  test('a name made again comes last, as a new one does', () => {
    const r = Registry.of<number>();
    r.add('a', 1).add('b', 2);
    r.remove('a');
    r.add('a', 3);
    expect([...r]).toEqual([['b', 2], ['a', 3]]);
  });

  test('a fork sees its parent and keeps its own writes to itself', () => {
    const parent = Registry.of<number>();
    parent.add('a', 1).add('b', 2);
    const fork = parent.fork();
    fork.remove('a');
    fork.add('c', 3);
    expect([...fork.keys()]).toEqual(['b', 'c']);
    expect([fork.state('a'), parent.state('a'), parent.state('c')]).toEqual(['absent', 'present', 'unknown']);
  });

  test('a clone is independent of what it was copied from', () => {
    const r = Registry.of<number>();
    r.add('a', 1);
    r.remove('b');
    const copy = r.clone();
    copy.add('b', 2);
    expect([r.state('b'), copy.state('b'), copy.get('a')]).toEqual(['absent', 'present', 1]);
  });

  describe('groups: the present names of a group, kept as objects come, change group and go', () => {
    type Obj = { group?: string; v: number };
    const grouped = () => Registry.of<Obj>((o) => o.group);
    const members = (r: Registry<Obj>, group: string) => [...r.inGroup(group)].map(([k, o]) => `${k}=${o.v}`);

    test.each([
      { name: 'added', steps: (r: Registry<Obj>) => { r.add('a', { group: 'g', v: 1 }); r.add('b', { v: 2 }); r.add('c', { group: 'g', v: 3 }); }, g: ['a=1', 'c=3'] },
      { name: 'replaced in the same group', steps: (r: Registry<Obj>) => { r.add('a', { group: 'g', v: 1 }); r.add('a', { group: 'g', v: 9 }); }, g: ['a=9'] },
      { name: 'moved to another group', steps: (r: Registry<Obj>) => { r.add('a', { group: 'g', v: 1 }); r.add('a', { group: 'h', v: 1 }); }, g: [] },
      { name: 'removed', steps: (r: Registry<Obj>) => { r.add('a', { group: 'g', v: 1 }); r.remove('a'); }, g: [] },
      { name: 'forgotten', steps: (r: Registry<Obj>) => { r.add('a', { group: 'g', v: 1 }); r.forget('a'); }, g: [] },
      { name: 'renamed', steps: (r: Registry<Obj>) => { r.add('a', { group: 'g', v: 1 }); r.move('a', 'b', r.get('a')); }, g: ['b=1'] },
    ])('$name', ({ steps, g }) => {
      const r = grouped();
      steps(r);
      expect(members(r, 'g')).toEqual(g);
    });

    test('a fork keeps its own members and leaves its parent\'s as they were; a clone is independent', () => {
      const parent = grouped();
      parent.add('a', { group: 'g', v: 1 });
      parent.add('b', { group: 'g', v: 2 });
      const twin = parent.fork();
      twin.remove('a');
      twin.add('c', { group: 'g', v: 3 });
      const copy = twin.clone();
      copy.remove('b');
      expect([members(parent, 'g'), members(twin, 'g'), members(copy, 'g')]).toEqual([['a=1', 'b=2'], ['b=2', 'c=3'], ['c=3']]);
    });

    // A fork adopted by its parent must leave it as the same writes made on the parent itself would, order included.
    const adoptCases: { name: string; steps: (r: Registry<Obj>) => void; adoptable: boolean }[] = [
      { name: 'an object added, one replaced, one removed', steps: (r) => { r.add('c', { group: 'g', v: 3 }); r.add('a', { group: 'g', v: 9 }); r.remove('b'); }, adoptable: true },
      { name: 'an object moved to another group', steps: (r) => { r.add('a', { group: 'h', v: 1 }); }, adoptable: true },
      { name: 'a rename', steps: (r) => { r.move('a', 'z', r.get('a')); }, adoptable: true },
      { name: 'a group the parent does not have', steps: (r) => { r.add('d', { group: 'new', v: 4 }); }, adoptable: true },
      { name: 'an object removed and made again', steps: (r) => { r.remove('a'); r.add('a', { group: 'g', v: 5 }); }, adoptable: false },
    ];
    test.each(adoptCases)('adopting a fork: $name', ({ steps, adoptable }) => {
      const start = () => grouped().add('a', { group: 'g', v: 1 }).add('b', { group: 'g', v: 2 });
      const direct = start();
      steps(direct);
      const parent = start();
      const twin = parent.fork();
      steps(twin);
      expect(twin.adoptable()).toBe(adoptable);
      if (!adoptable) return;
      parent.adopt(twin);
      const seen = (r: Registry<Obj>) => ({ entries: [...r], states: ['a', 'b', 'z'].map((k) => r.state(k)), groups: ['g', 'h', 'new'].map((g) => members(r, g)) });
      expect(seen(parent)).toEqual(seen(direct));
    });

    // A fork or clone makes its stores at its first write; until then it reads what it was made from.
    const seen = (r: Registry<Obj>) => ({ entries: [...r], states: ['a', 'b', 'z'].map((k) => r.state(k)), groups: ['g', 'h', 'new'].map((g) => members(r, g)) });
    test.each(adoptCases.filter((c) => c.adoptable))('adopting a fork of a fork that has not written: $name', ({ steps }) => {
      const start = () => grouped().add('a', { group: 'g', v: 1 }).add('b', { group: 'g', v: 2 });
      // The same writes made on a fork of the same registry itself.
      const direct = start().fork();
      steps(direct);
      direct.add('after', { group: 'g', v: 7 });
      const root = start();
      const before = seen(root);
      const parent = root.fork();
      const twin = parent.fork();
      steps(twin);
      parent.adopt(twin);
      parent.add('after', { group: 'g', v: 7 });
      expect([seen(parent), seen(root)]).toEqual([seen(direct), before]);
    });

    test.each([
      { name: 'a registry that has written', made: (r: Registry<Obj>) => r },
      { name: 'a fork that has not written', made: (r: Registry<Obj>) => r.fork() },
      { name: 'a clone that has not written', made: (r: Registry<Obj>) => r.clone() },
    ])('a clone of $name and what it was made from stay apart, whichever writes first', ({ made }) => {
      const start = () => grouped().add('a', { group: 'g', v: 1 }).add('b', { group: 'g', v: 2 });
      const root = start();
      const original = made(root);
      const copy = original.clone();
      const other = original.clone();
      copy.remove('a');
      other.add('z', { group: 'h', v: 3 });
      const fork = other.fork();
      fork.add('a', { group: 'h', v: 4 });
      expect([members(copy, 'g'), members(other, 'h'), members(fork, 'h'), members(original, 'g'), members(original, 'h')])
        .toEqual([['b=2'], ['z=3'], ['z=3', 'a=4'], ['a=1', 'b=2'], []]);
      expect(seen(root)).toEqual(seen(start()));
    });

    test('a registry that never removed a name nor had a group takes both from a fork it adopts; a clone copies them', () => {
      const parent = grouped();
      const twin = parent.fork();
      twin.add('a', { group: 'g', v: 1 });
      twin.remove('b');
      parent.adopt(twin);
      expect([parent.state('b'), members(parent, 'g')]).toEqual(['absent', ['a=1']]);
      const copy = parent.clone();
      copy.remove('a');
      copy.forgetAbsence('b');
      expect([copy.state('a'), copy.state('b'), members(copy, 'g')]).toEqual(['absent', 'unknown', []]);
      expect([parent.state('a'), parent.state('b'), members(parent, 'g')]).toEqual(['present', 'absent', ['a=1']]);
    });

    test('a fork that has not written owns nothing, is adoptable, and hands its parent what it knows of completeness', () => {
      const parent = grouped().add('a', { group: 'g', v: 1 });
      const twin = parent.fork();
      twin.complete = true;
      expect([[...twin.ownValues()], twin.adoptable(), twin.state('x')]).toEqual([[], true, 'absent']);
      parent.adopt(twin);
      expect([parent.complete, parent.state('x'), members(parent, 'g')]).toEqual([true, 'absent', ['a=1']]);
    });
  });
});
