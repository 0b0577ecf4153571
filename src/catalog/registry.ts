import { LayeredMap, LayeredSet } from './layered.js';

/** Whether an object is there: made by the replay, known gone (dropped or renamed away), or never seen. */
export type Existence = 'present' | 'absent' | 'unknown';

/**
 * The objects of one kind by name, each present (with what the replay knows of it), known absent, or unknown:
 * never seen, because it is the platform's or was made by SQL the replay could not follow. Only present and absent
 * decide an outcome; unknown never fails a statement, so an uncertain fact never becomes a finding.
 *
 * `fork()` gives a twin that reads through to this one and keeps only its own writes (the parent must not change
 * while the twin is in use); `clone()` gives an independent copy, for the small registries a table carries.
 *
 * Given `groupOf`, the registry also keeps the present names of each group (a table's indexes, all views), so a
 * handler that needs them does not scan every object: the replay asks for a table's keys at every INSERT.
 */
/** A method, not a function property, so a registry of one kind still reads as a registry of unknown values. */
interface Grouping<V> {
  groupOf(value: V): string | undefined;
}

export class Registry<V> {
  /** Every object of the kind is known, so a name never seen is absent (a table's columns after CREATE TABLE). */
  complete = false;

  /** The groups this registry has written to: their sets are its own, the others still its parent's. */
  private ownGroups: Set<string> | undefined;

  // A name is in at most one of the two; kept apart so iterating the present ones costs nothing extra.
  private constructor(
    private readonly grouping: Grouping<V> | undefined,
    private readonly present: LayeredMap<string, V>,
    private readonly absent: LayeredSet<string>,
    private readonly groups: LayeredMap<string, LayeredSet<string>>,
  ) {}

  static of<V>(groupOf?: (value: V) => string | undefined): Registry<V> {
    return new Registry<V>(groupOf && { groupOf }, new LayeredMap(), new LayeredSet(), new LayeredMap());
  }

  get(key: string): V | undefined {
    return this.present.get(key);
  }

  has(key: string): boolean {
    return this.present.has(key);
  }

  /** Dropped or renamed away by the replay (and not made again since). */
  removed(key: string): boolean {
    return this.absent.has(key);
  }

  state(key: string): Existence {
    if (this.present.has(key)) return 'present';
    return this.complete || this.absent.has(key) ? 'absent' : 'unknown';
  }

  /** Known not to be there: removed, or never there in a registry known whole. */
  gone(key: string): boolean {
    return this.state(key) === 'absent';
  }

  add(key: string, value: V): this {
    if (this.grouping) this.regroup(key, this.present.get(key), value);
    this.present.set(key, value);
    if (this.absent.has(key)) this.absent.delete(key);
    return this;
  }

  remove(key: string): void {
    this.unpresent(key);
    this.absent.add(key);
  }

  /** Whatever was known of the name, it is now unknown. */
  forget(key: string): void {
    this.unpresent(key);
    if (this.absent.has(key)) this.absent.delete(key);
  }

  private unpresent(key: string): void {
    const value = this.present.get(key);
    if (value === undefined) return;
    if (this.grouping) this.regroup(key, value, undefined);
    this.present.delete(key);
  }

  private regroup(key: string, before: V | undefined, after: V | undefined): void {
    const from = before === undefined ? undefined : this.grouping!.groupOf(before);
    const to = after === undefined ? undefined : this.grouping!.groupOf(after);
    if (from === to) return;
    if (from !== undefined) this.writableGroup(from).delete(key);
    if (to !== undefined) this.writableGroup(to).add(key);
  }

  private writableGroup(group: string): LayeredSet<string> {
    let members = this.groups.get(group);
    if (!members || !this.ownGroups?.has(group)) {
      members = members?.fork() ?? new LayeredSet<string>();
      this.groups.set(group, members);
      (this.ownGroups ??= new Set()).add(group);
    }
    return members;
  }

  /** The present objects of a group, in the order they joined it. */
  *inGroup(group: string): IterableIterator<[string, V]> {
    const members = this.groups.get(group);
    if (members) for (const key of members) yield [key, this.present.get(key)!];
  }

  /** A name known absent becomes unknown; a present one stays. */
  forgetAbsence(key: string): void {
    if (this.absent.has(key)) this.absent.delete(key);
  }

  /**
   * A rename: `from` is gone, and `to` holds the object when it is known (else `to` is no longer known absent).
   * Written in the order PostgreSQL's outcome needs when both names are the same.
   */
  move(from: string, to: string, value: V | undefined): void {
    if (value !== undefined) this.add(to, value);
    this.remove(from);
    this.forgetAbsence(to);
  }

  entries(): IterableIterator<[string, V]> {
    return this.present.entries();
  }

  keys(): IterableIterator<string> {
    return this.present.keys();
  }

  values(): IterableIterator<V> {
    return this.present.values();
  }

  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.present.entries();
  }

  fork(): Registry<V> {
    const twin = new Registry<V>(this.grouping, this.present.fork(), this.absent.fork(), this.groups.fork());
    twin.complete = this.complete;
    return twin;
  }

  /** The present objects this registry itself wrote (a fork's, not its parent's). */
  ownValues(): IterableIterator<V> {
    return this.present.ownValues();
  }

  /** See LayeredMap.adoptable; the order of a group's members counts too. */
  adoptable(): boolean {
    if (!this.present.adoptable()) return false;
    if (this.ownGroups) for (const group of this.ownGroups) if (!this.groups.get(group)!.adoptable()) return false;
    return true;
  }

  /** Makes the writes of `child`, a fork of this registry that is then spent, this registry's own. */
  adopt(child: Registry<V>): void {
    this.present.adopt(child.present);
    this.absent.adopt(child.absent);
    for (const group of child.ownGroups ?? []) {
      const members = child.groups.get(group)!;
      // The fork wrote to a fork of this registry's own set, or to a set this registry still read from its parent.
      if (this.ownGroups?.has(group)) this.groups.get(group)!.adopt(members);
      else {
        this.groups.set(group, members);
        (this.ownGroups ??= new Set()).add(group);
      }
    }
    this.complete = child.complete;
  }

  clone(): Registry<V> {
    const groups = new LayeredMap<string, LayeredSet<string>>();
    for (const [group, members] of this.groups) groups.set(group, members.clone());
    const copy = new Registry<V>(this.grouping, this.present.clone(), this.absent.clone(), groups);
    // A table's registries are cloned at its every first write in a fork, and most have no groups.
    if (!groups.isEmpty()) copy.ownGroups = new Set(groups.keys());
    copy.complete = this.complete;
    return copy;
  }
}
