/**
 * A guard run before a document is parsed: remark's parser grows about
 * cubically with list nesting depth and GFM's autolink scan is slow on very
 * long lines, so a file that is too big or nested too deep is skipped with a
 * message naming the limit and how to raise it, instead of hanging the
 * command or the editor. The defaults are far beyond any real design
 * document (see docs/robustness.md for the measurements).
 */
import type { Processor } from 'unified'
import type { VFile } from 'vfile'

/** Limits checked before parsing. */
export interface GuardOptions {
  /** Largest file, in bytes (UTF-8), that is parsed (default: `defaultMaxSize`). */
  maxSize?: number
  /** Deepest list or block quote nesting that is parsed (default: `defaultMaxDepth`). */
  maxDepth?: number
}

/** How the limits are raised, named in the message. */
export interface GuardHints {
  maxSize: string
  maxDepth: string
}

/** 1 MiB: a long design document is 50-200 KB; remark takes seconds on a 1 MB single line (15 s when it is full of `www.` autolinks). */
export const defaultMaxSize = 1024 * 1024
/** 100 levels: a design document nests lists 2-5 deep; parsing 100 levels takes about 0.1 s, 400 take seconds. */
export const defaultMaxDepth = 100

/** The command line flags that raise the limits. */
export const cliHints: GuardHints = { maxSize: '`--max-size <bytes>`', maxDepth: '`--max-depth <levels>`' }

/** A reason to skip a file, or `undefined` when it may be parsed. */
export interface GuardResult {
  limit: 'max-size' | 'max-depth'
  reason: string
  /** 1-based line of the deepest nesting (for `max-depth`). */
  line?: number
}

const listItem = /^(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)/

/**
 * The deepest nesting of lists and block quotes, from a scan of each line's
 * leading `>` markers and indentation (a list item counts one level per two
 * columns of indentation, as `- ` does). An estimate: it never parses.
 */
export function nestingDepth(value: string): { depth: number; line: number } {
  let deepest = 0
  let deepestLine = 1
  let line = 1
  let index = 0
  const length = value.length
  while (index <= length) {
    let end = value.indexOf('\n', index)
    if (end === -1) end = length
    let quotes = 0
    let columns = 0
    let cursor = index
    // Leading white space and `>` markers.
    while (cursor < end) {
      const code = value.charCodeAt(cursor)
      if (code === 62 /* > */) {
        quotes++
        columns = 0
      } else if (code === 32 /* space */) columns++
      else if (code === 9 /* tab */) columns += 4 - (columns % 4)
      else break
      cursor++
    }
    let depth = quotes
    if (cursor < end && listItem.test(value.slice(cursor, Math.min(end, cursor + 12)))) {
      depth += Math.floor(columns / 2) + 1
    }
    if (depth > deepest) {
      deepest = depth
      deepestLine = line
    }
    index = end + 1
    line++
  }
  return { depth: deepest, line: deepestLine }
}

function byteLength(value: string | Uint8Array): number {
  return typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : value.byteLength
}

/**
 * Check a document against the limits before parsing it: the reason to skip
 * it, or `undefined`. Bad limits (not a positive integer) throw.
 */
export function checkDocument(
  value: string | Uint8Array,
  options: GuardOptions = {},
  hints: GuardHints = cliHints,
): GuardResult | undefined {
  const maxSize = limitOf('maxSize', options.maxSize, defaultMaxSize)
  const maxDepth = limitOf('maxDepth', options.maxDepth, defaultMaxDepth)
  const size = byteLength(value)
  if (size > maxSize) {
    return {
      limit: 'max-size',
      reason: `Skipped: the file is ${size} bytes, more than the limit of ${maxSize} bytes (raise it with ${hints.maxSize})`,
    }
  }
  const text = typeof value === 'string' ? value : new TextDecoder().decode(value)
  const { depth, line } = nestingDepth(text)
  if (depth > maxDepth) {
    return {
      limit: 'max-depth',
      line,
      reason: `Skipped: lists or block quotes nest ${depth} levels deep at line ${line}, more than the limit of ${maxDepth} (raise it with ${hints.maxDepth})`,
    }
  }
  return undefined
}

/** Read a limit: `undefined` is the default; anything but a positive integer throws. */
export function limitOf(name: 'maxSize' | 'maxDepth', value: unknown, fallback: number): number {
  if (value === undefined || value === null) return fallback
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
    const flag = name === 'maxSize' ? 'max-size' : 'max-depth'
    throw new Error(
      `Unexpected value \`${JSON.stringify(value)}\` for \`${flag}\`, expected a positive whole number of ${name === 'maxSize' ? 'bytes' : 'levels'}`,
    )
  }
  return number
}

/**
 * remark plugin that checks a document against the limits before remark's
 * parser sees it; a file over a limit fails (a fatal message with source
 * `ml-design-lint` and rule id `max-size` or `max-depth`), so no rule runs
 * on it and the run exits 1. Use it after `remark-parse` (`remark()` has it).
 */
export function remarkGuard(this: Processor, options: GuardOptions = {}, hints: GuardHints = cliHints): undefined {
  limitOf('maxSize', options.maxSize, defaultMaxSize)
  limitOf('maxDepth', options.maxDepth, defaultMaxDepth)
  const parse = this.parser
  if (!parse) throw new Error('remarkGuard: expected a parser before it, such as remark-parse')
  this.parser = (document: string, file: VFile) => {
    const result = checkDocument(file.value ?? document, options, hints)
    if (result) {
      file.fail(result.reason, {
        place: result.line ? { line: result.line, column: 1 } : undefined,
        ruleId: result.limit,
        source: 'ml-design-lint',
      })
    }
    return parse(document, file)
  }
}

/**
 * Take `--max-size <bytes>` and `--max-depth <levels>` (or `--max-size=<bytes>`)
 * out of a command line: the rest of it, and the limits. Throws on a flag
 * without a positive whole number.
 */
export function takeGuardFlags(argv: string[]): { argv: string[]; guard: GuardOptions } {
  const rest: string[] = []
  const guard: GuardOptions = {}
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index]
    const match = /^--(max-size|max-depth)(?:=(.*))?$/.exec(flag)
    if (!match) {
      rest.push(flag)
      if (flag === '--') rest.push(...argv.slice(index + 1))
      if (flag === '--') break
      continue
    }
    let value: string | undefined = match[2]
    if (value === undefined) {
      value = argv[index + 1]
      index++
    }
    const name = match[1] === 'max-size' ? 'maxSize' : 'maxDepth'
    guard[name] = limitOf(name, value ?? '', 0)
  }
  return { argv: rest, guard }
}
