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
 */
export class Registry<V> {
  /** Every object of the kind is known, so a name never seen is absent (a table's columns after CREATE TABLE). */
  complete = false;

  // A name is in at most one of the two; kept apart so iterating the present ones costs nothing extra.
  constructor(
    private readonly present = new LayeredMap<string, V>(),
    private readonly absent = new LayeredSet<string>(),
  ) {}

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
    this.present.set(key, value);
    if (this.absent.has(key)) this.absent.delete(key);
    return this;
  }

  remove(key: string): void {
    if (this.present.has(key)) this.present.delete(key);
    this.absent.add(key);
  }

  /** Whatever was known of the name, it is now unknown. */
  forget(key: string): void {
    if (this.present.has(key)) this.present.delete(key);
    if (this.absent.has(key)) this.absent.delete(key);
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
    const twin = new Registry<V>(this.present.fork(), this.absent.fork());
    twin.complete = this.complete;
    return twin;
  }

  clone(): Registry<V> {
    const copy = new Registry<V>(this.present.clone(), this.absent.clone());
    copy.complete = this.complete;
    return copy;
  }
}
