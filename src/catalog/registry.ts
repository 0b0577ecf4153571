import { LayeredMap, LayeredSet } from './layered.js';

/** Whether an object is there: made by the replay, known gone (dropped or renamed away), or never seen. */
export type Existence = 'present' | 'absent' | 'unknown';

/**
 * The objects of one kind by name, each present (with what the replay knows of it), known absent, or unknown:
 * never seen, because it is the platform's or was made by SQL the replay could not follow. Only present and absent
 * decide an outcome; unknown never fails a statement, so an uncertain fact never becomes a finding.
 *
 * `fork()` gives a twin that reads through to this one and keeps only its own writes (the parent must not change
 * while the twin is in use); `clone()` gives an independent copy, for the small registries a table carries (made at
 * its first write: what it was copied from must not change before, as a table a fork copies does not).
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

  // A name is in at most one of the two; kept apart so iterating the present ones costs nothing extra. All three are
  // undefined while a fork or a clone has not written yet (see `base`). Once it has, `absent` and `groups` are still
  // made only when first written, nor inherited when there was nothing to inherit: most registries never hold an absent
  // name or a group (a table's triggers and rules hold nothing at all), and the empty stores of every table's five
  // registries were 5 MB of the 1,000-file audit's heap.
  private present: LayeredMap<string, V> | undefined;
  private absent: LayeredSet<string> | undefined;
  private groups: LayeredMap<string, LayeredSet<string>> | undefined;

  /**
   * What a fork or a clone reads until its first write, which makes its stores: forks of the base's, or copies of
   * them (`copies`). The replay forks every registry of the catalog for each statement it tries, and clones a
   * table's five registries at the table's first write in a fork, while a statement writes one or two of them. A
   * base always has its own stores, so a read goes one step at most.
   */
  private base: Registry<V> | undefined;
  private copies = false;

  private constructor(private readonly grouping: Grouping<V> | undefined) {}

  static of<V>(groupOf?: (value: V) => string | undefined): Registry<V> {
    const r = new Registry<V>(groupOf && { groupOf });
    r.present = new LayeredMap();
    return r;
  }

  /** The registry whose stores answer a read: this one once it has written, else its base. */
  private get reader(): Registry<V> {
    return this.present ? this : this.base!;
  }

  /** Makes this registry's stores at its first write. */
  private writable(): this {
    if (this.present) return this;
    const base = this.base!;
    if (this.copies) {
      let groups: LayeredMap<string, LayeredSet<string>> | undefined;
      for (const [group, members] of base.groups ?? []) (groups ??= new LayeredMap()).set(group, members.clone());
      this.present = base.present!.clone();
      this.absent = base.absent?.clone();
      this.groups = groups;
      // A table's registries are cloned at its every first write in a fork, and most have no groups.
      if (groups) this.ownGroups = new Set(groups.keys());
    } else {
      this.present = base.present!.fork();
      this.absent = base.absent?.fork();
      this.groups = base.groups?.fork();
    }
    this.base = undefined;
    return this;
  }

  get(key: string): V | undefined {
    return this.reader.present!.get(key);
  }

  has(key: string): boolean {
    return this.reader.present!.has(key);
  }

  /** Dropped or renamed away by the replay (and not made again since). */
  removed(key: string): boolean {
    return this.reader.absent?.has(key) ?? false;
  }

  state(key: string): Existence {
    const r = this.reader;
    if (r.present!.has(key)) return 'present';
    return this.complete || r.absent?.has(key) ? 'absent' : 'unknown';
  }

  /** Known not to be there: removed, or never there in a registry known whole. */
  gone(key: string): boolean {
    return this.state(key) === 'absent';
  }

  add(key: string, value: V): this {
    const { present, absent } = this.writable();
    if (this.grouping) this.regroup(key, present!.get(key), value);
    present!.set(key, value);
    if (absent?.has(key)) absent.delete(key);
    return this;
  }

  remove(key: string): void {
    this.unpresent(key);
    (this.writable().absent ??= new LayeredSet()).add(key);
  }

  /** Whatever was known of the name, it is now unknown. */
  forget(key: string): void {
    this.unpresent(key);
    this.forgetAbsence(key);
  }

  private unpresent(key: string): void {
    const value = this.get(key);
    if (value === undefined) return;
    if (this.grouping) this.regroup(key, value, undefined);
    this.writable().present!.delete(key);
  }

  private regroup(key: string, before: V | undefined, after: V | undefined): void {
    const from = before === undefined ? undefined : this.grouping!.groupOf(before);
    const to = after === undefined ? undefined : this.grouping!.groupOf(after);
    if (from === to) return;
    if (from !== undefined) this.writableGroup(from).delete(key);
    if (to !== undefined) this.writableGroup(to).add(key);
  }

  private writableGroup(group: string): LayeredSet<string> {
    const groups = (this.writable().groups ??= new LayeredMap());
    let members = groups.get(group);
    if (!members || !this.ownGroups?.has(group)) {
      members = members?.fork() ?? new LayeredSet<string>();
      groups.set(group, members);
      (this.ownGroups ??= new Set()).add(group);
    }
    return members;
  }

  /** The present objects of a group, in the order they joined it. */
  *inGroup(group: string): IterableIterator<[string, V]> {
    const r = this.reader;
    const members = r.groups?.get(group);
    if (members) for (const key of members) yield [key, r.present!.get(key)!];
  }

  /** A name known absent becomes unknown; a present one stays. */
  forgetAbsence(key: string): void {
    if (this.removed(key)) this.writable().absent?.delete(key);
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
    return this.reader.present!.entries();
  }

  keys(): IterableIterator<string> {
    return this.reader.present!.keys();
  }

  values(): IterableIterator<V> {
    return this.reader.present!.values();
  }

  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries();
  }

  fork(): Registry<V> {
    // A fork of a fork that has not written reads what that one reads; a clone that has not written copies first.
    if (!this.present && this.copies) this.writable();
    const twin = new Registry<V>(this.grouping);
    twin.base = this.reader;
    twin.complete = this.complete;
    return twin;
  }

  /** The present objects this registry itself wrote (a fork's, not its parent's). */
  ownValues(): IterableIterator<V> {
    return this.present ? this.present.ownValues() : NO_VALUES;
  }

  /** See LayeredMap.adoptable; the order of a group's members counts too. */
  adoptable(): boolean {
    if (!this.present) return true;
    if (!this.present.adoptable()) return false;
    if (this.ownGroups) for (const group of this.ownGroups) if (!this.groups!.get(group)!.adoptable()) return false;
    return true;
  }

  /** Makes the writes of `child`, a fork of this registry that is then spent, this registry's own. */
  adopt(child: Registry<V>): void {
    if (child.present && !this.present) {
      // The child forked the stores this registry reads, which it never wrote: they become its own.
      this.present = child.present;
      this.absent = child.absent;
      this.groups = child.groups;
      this.ownGroups = child.ownGroups;
      this.base = undefined;
    } else if (child.present) {
      this.present!.adopt(child.present);
      // The child's absent set forks this registry's, or was made in the child when this registry had none.
      if (child.absent) {
        if (this.absent) this.absent.adopt(child.absent);
        else this.absent = child.absent;
      }
      for (const group of child.ownGroups ?? []) {
        const members = child.groups!.get(group)!;
        // The fork wrote to a fork of this registry's own set, or to a set this registry still read from its parent.
        if (this.ownGroups?.has(group)) this.groups!.get(group)!.adopt(members);
        else {
          (this.groups ??= new LayeredMap()).set(group, members);
          (this.ownGroups ??= new Set()).add(group);
        }
      }
    }
    this.complete = child.complete;
  }

  /** An independent copy; it copies the stores at its first write, so the registry copied must not change before. */
  clone(): Registry<V> {
    const copy = new Registry<V>(this.grouping);
    copy.base = this.reader;
    copy.copies = true;
    copy.complete = this.complete;
    return copy;
  }
}

const NO_VALUES: IterableIterator<never> = [][Symbol.iterator]();
