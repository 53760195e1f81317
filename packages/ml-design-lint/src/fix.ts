/**
 * `ml-design-lint --fix`: insert a stub section (see `ml-design-lint-rule`'s
 * `stubs.ts`; each rule declares its stubs with its messages) for every
 * missing stage or requirement, at its place in framework order. The text is edited at
 * offsets: every byte that was in the file stays as it was (no
 * re-serialisation of tables, lists or emphasis).
 *
 * A stub can make a rule ask for a part of it (an `Evaluation` stub is then
 * missing its offline and online halves), so the document is linted again
 * after each round of insertions, until nothing is left to insert (at most
 * four rounds): fixing a fixed file changes nothing.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Root } from 'mdast'
import { type DesignReading, readDesign } from 'mdast-util-ml-design'
import { applyStubEdits, messageIdOf, planStubs, type Stub, type StubEdit, stubFor } from 'ml-design-lint-rule'
import type { Processor } from 'unified'
import { VFile } from 'vfile'
import { stubs } from './registry.js'

/** What a lint of a text gives the fixer. */
export interface Linted {
  reading: DesignReading
  messages: ReadonlyArray<{ ruleId?: string | null }>
}

/** The stubs a document's messages call for, found by rule and message id. */
export function stubsFor(messages: Linted['messages']): Stub[] {
  return messages.flatMap(
    (message) => stubFor(stubs, { ruleId: message.ruleId, messageId: messageIdOf(message) }) ?? [],
  )
}

/** An inserted stub, in the fixed text's offsets. */
export interface Inserted {
  start: number
  end: number
  headings: string[]
}

export interface Fixed {
  text: string
  inserted: Inserted[]
}

const rounds = 4

/**
 * Fix a document: lint it, insert the stubs its messages call for, and
 * again until there is nothing left to insert. `first` is the lint of
 * `source` when the caller has it already.
 */
export async function fixText(
  source: string,
  lint: (text: string) => Promise<Linted> | Linted,
  first?: Linted,
): Promise<Fixed> {
  let text = source
  let inserted: Inserted[] = []
  let linted = first ?? (await lint(source))
  const eol = lineEnding(source)
  for (let round = 0; round < rounds; round++) {
    const edits = planStubs(linted.reading, stubsFor(linted.messages)).map((edit) => withLineEnding(edit, text, eol))
    if (edits.length === 0) break
    inserted = shift(inserted, edits)
    text = applyStubEdits(text, edits)
    linted = await lint(text)
  }
  return { text, inserted }
}

/** The file's line ending: `\r\n` when most of its line breaks are CRLF, else `\n`. */
export function lineEnding(text: string): '\n' | '\r\n' {
  let lines = 0
  let crlf = 0
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    lines++
    if (text.charCodeAt(index - 1) === 13 /* \r */) crlf++
  }
  return crlf > 0 && crlf * 2 >= lines ? '\r\n' : '\n'
}

/**
 * Stubs are planned with `\n` (and a blank line before them unless the text
 * ends in one, counted in `\n`s): write them with the file's own line ending,
 * and count a `\r\n\r\n` before them as the blank line it is.
 */
function withLineEnding(edit: StubEdit, text: string, eol: '\n' | '\r\n'): StubEdit {
  if (eol === '\n') return edit
  const head = text.slice(0, edit.offset)
  const before = edit.offset === 0 || /\r?\n\r?\n$/.test(head) ? '' : head.endsWith('\n') ? eol : eol + eol
  return { ...edit, text: before + edit.text.replace(/^\n+/, '').replace(/\r?\n/g, eol) }
}

/** Carry earlier insertions over new edits, and add the new ones (in the new text's offsets). */
function shift(inserted: Inserted[], edits: StubEdit[]): Inserted[] {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset)
  const moved = inserted.map((item) => {
    // Edits land on line starts outside earlier stubs, so a stub moves as a whole.
    const before = sorted.filter((edit) => edit.offset <= item.start).reduce((sum, edit) => sum + edit.text.length, 0)
    return { ...item, start: item.start + before, end: item.end + before }
  })
  let delta = 0
  const added = sorted.map((edit) => {
    const start = edit.offset + delta
    delta += edit.text.length
    return { start, end: start + edit.text.length, headings: edit.stubs.map((stub) => stub.heading) }
  })
  return [...moved, ...added].sort((a, b) => a.start - b.start)
}

/** Marks a file linted by the fixer itself (its own lint runs must not fix). */
const linting = 'mlDesignLintFixing'

export interface FixPluginOptions {
  /** Called for each file the fix changed (written to disk). */
  onFixed?: (path: string, fixed: Fixed) => void
}

/**
 * remark plugin for `--fix`: it must come after the rules (unified-engine
 * adds `plugins` given to it after the configuration's). It reads the
 * rules' messages, fixes the text, lints the result again with the same
 * processor, and writes the file when it changed.
 */
export function remarkMlDesignFix(this: Processor, options: FixPluginOptions = {}) {
  return async (tree: Root, file: VFile) => {
    if (file.data[linting]) return
    const value = file.value
    if (file.path === undefined || value === undefined) return
    const source = typeof value === 'string' ? value : new TextDecoder().decode(value)
    const lint = async (text: string): Promise<Linted> => {
      const copy = new VFile({ path: file.path, cwd: file.cwd, value: text, data: { [linting]: true } })
      const again = this()
      const root = again.parse(copy) as Root
      await again.run(root, copy)
      return { reading: readDesign(root, copy), messages: copy.messages }
    }
    const fixed = await fixText(source, lint, { reading: readDesign(tree, file), messages: file.messages })
    if (fixed.text === source) return
    writeFileSync(resolve(file.cwd, file.path), fixed.text)
    options.onFixed?.(file.path, fixed)
  }
}
