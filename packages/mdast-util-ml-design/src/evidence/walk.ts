/**
 * A list found by a generator that adds its items one at a time to `found` and pauses after each: read in full, or
 * only as far as the first item that passes a test. The walk then waits where it stopped, for the next ask, so no
 * item is found twice.
 */
export class Walk<T> {
  readonly found: T[] = []
  readonly #rest: Generator<void, void>
  #done = false

  constructor(find: (found: T[]) => Generator<void, void>) {
    this.#rest = find(this.found)
  }

  /** Every item, in order. */
  all(): T[] {
    while (!this.#done) this.#done = this.#rest.next().done === true
    return this.found
  }

  /** Whether an item passes a test (any item at all without one), found only as far as the first that does. */
  some(test?: (item: T) => boolean): boolean {
    for (let index = 0; ; index++) {
      while (index >= this.found.length) {
        if (this.#done) return false
        this.#done = this.#rest.next().done === true
      }
      if (!test || test(this.found[index])) return true
    }
  }
}
