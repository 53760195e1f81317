/**
 * One lint at a time per document, always of its newest text.
 *
 * Keystrokes arrive faster than a design document lints. Linting every
 * version in order falls further behind with each keystroke; instead, a
 * request made while the document's lint runs only marks it to run once
 * more when the current one ends, and that run reads the document as it is
 * then. However many edits arrive during a lint, one more lint follows, of
 * the newest text: the versions in between are never linted.
 *
 * A lint also waits until no request came for `delay` ms (a debounce), so
 * that a burst of keystrokes is linted once, after it, on an idle process.
 */
interface State {
  /** When the last request came (`performance.now()`). */
  last: number
  /** The debounce timer, while waiting. */
  timer?: NodeJS.Timeout
  running: boolean
  /** Another request came while running: run once more when done. */
  again: boolean
}

export class LatestOnly {
  /** Keys waiting or running; a key is dropped as soon as it is idle, so nothing grows with the edits. */
  private readonly states = new Map<string, State>()

  /**
   * @param run lints the current text of the document `key` (and publishes, if still current).
   * @param fail is told of a run that threw; the next request runs again.
   * @param delay ms without a request before a lint starts.
   */
  constructor(
    private readonly run: (key: string) => Promise<void>,
    private readonly fail: (key: string, error: unknown) => void,
    private readonly delay = 0,
  ) {}

  /** Ask for the document `key` to be linted as it is now (or as it is once the running lint ends). */
  request(key: string): void {
    let state = this.states.get(key)
    if (!state) {
      state = { last: 0, running: false, again: false }
      this.states.set(key, state)
    }
    state.last = performance.now()
    if (state.running) state.again = true
    else this.wait(key, state)
  }

  /** Drop what is waiting for `key` (a closed document); a running lint finishes and is not repeated. */
  forget(key: string): void {
    const state = this.states.get(key)
    if (!state) return
    clearTimeout(state.timer)
    state.again = false
    if (!state.running) this.states.delete(key)
  }

  /** Whether a lint of `key` is waiting or running. */
  busy(key: string): boolean {
    return this.states.has(key)
  }

  private wait(key: string, state: State): void {
    clearTimeout(state.timer)
    const left = Math.max(0, state.last + this.delay - performance.now())
    state.timer = setTimeout(() => void this.start(key, state), left)
  }

  private async start(key: string, state: State): Promise<void> {
    state.timer = undefined
    state.running = true
    state.again = false
    try {
      await this.run(key)
    } catch (error) {
      this.fail(key, error)
    } finally {
      state.running = false
    }
    if (state.again) this.wait(key, state)
    else this.states.delete(key)
  }
}
