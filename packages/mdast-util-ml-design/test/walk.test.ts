/**
 * `Walk`: a requirement's evidence found only as far as a rule asks. It must find exactly what a full reading
 * finds, in the same order, and never find an item twice.
 */
import { describe, expect, it } from 'vitest'
import { Walk } from '../src/evidence/walk.js'

/** A walk over `items` that records how many it has found so far. */
function counted(items: number[]) {
  const log: number[] = []
  const walk = new Walk<number>(function* (found) {
    for (const item of items) {
      log.push(item)
      found.push(item)
      yield
    }
  })
  return { walk, log }
}

describe('Walk', () => {
  it('stops at the first item that passes and finds nothing after it', () => {
    const { walk, log } = counted([1, 2, 3, 4, 5])
    expect(walk.some((item) => item === 2)).toBe(true)
    expect(log).toEqual([1, 2])
  })

  it('answers "any at all" from the first item', () => {
    const { walk, log } = counted([7, 8])
    expect(walk.some()).toBe(true)
    expect(log).toEqual([7])
  })

  it('resumes where it stopped and re-tests what it found before', () => {
    const { walk, log } = counted([1, 2, 3, 4])
    expect(walk.some((item) => item === 3)).toBe(true)
    // An earlier item passes the second test: nothing more is found.
    expect(walk.some((item) => item === 1)).toBe(true)
    expect(log).toEqual([1, 2, 3])
    expect(walk.some((item) => item === 4)).toBe(true)
    expect(log).toEqual([1, 2, 3, 4])
  })

  it('reads the whole list when nothing passes, and says no', () => {
    const { walk, log } = counted([1, 2, 3])
    expect(walk.some((item) => item > 10)).toBe(false)
    expect(log).toEqual([1, 2, 3])
    expect(walk.some((item) => item > 10)).toBe(false)
    expect(log).toEqual([1, 2, 3])
  })

  it('gives every item once, in order, after a partial read', () => {
    const { walk, log } = counted([4, 5, 6])
    walk.some((item) => item === 5)
    expect(walk.all()).toEqual([4, 5, 6])
    expect(walk.all()).toEqual([4, 5, 6])
    expect(log).toEqual([4, 5, 6])
  })

  it('handles an empty list and items found without a pause between them', () => {
    expect(new Walk<number>(function* () {}).some()).toBe(false)
    expect(new Walk<number>(function* () {}).all()).toEqual([])
    const burst = new Walk<number>(function* (found) {
      found.push(1, 2)
      yield
      found.push(3)
    })
    expect(burst.some((item) => item === 2)).toBe(true)
    expect(burst.some((item) => item === 3)).toBe(true)
    expect(burst.all()).toEqual([1, 2, 3])
  })
})
