/**
 * Named messages, in the remark-lint phrasing every rule shares:
 * "Unexpected missing X, expected Y, such as `Z`". A rule names each of its
 * messages in its metadata (as ESLint's `meta.messages` does) and reports
 * them by id; `{{name}}` in a message is filled from the report's `data`.
 */
import type { Part } from 'mdast-util-ml-design'

/** A stub section offered for a message about something missing: see `stubs.ts`. */
export interface StubSpec {
  /** The part its heading names; none for a whole stage (the rule's stage). */
  part?: Part
  /** Its heading text. */
  heading: string
  /** Its placeholder sentence (starts with `TODO`). */
  todo: string
}

/** A named message: its reason, and the stub that answers it when it is about something missing. */
export type MessageSpec = string | { reason: string; stub?: StubSpec }

/** The reason for something missing: what, what would answer it, and a good example. */
export function missing(what: string, expected: string, example: string): string {
  return `Unexpected missing ${what}, expected ${expected}, such as \`${example}\``
}

/** The reason of a named message. */
export function reasonOf(spec: MessageSpec): string {
  return typeof spec === 'string' ? spec : spec.reason
}

/** The stub of a named message, if it has one. */
export function stubSpecOf(spec: MessageSpec): StubSpec | undefined {
  return typeof spec === 'string' ? undefined : spec.stub
}

const placeholder = /\{\{\s*(\w+)\s*\}\}/g

/** Fill `{{name}}` placeholders from `data`; a placeholder without a value is a mistake in the rule. */
export function fillMessage(rule: string, id: string, template: string, data: Record<string, unknown> = {}): string {
  return template.replace(placeholder, (_, name: string) => {
    if (!(name in data)) throw new Error(`Missing value for \`{{${name}}}\` in message \`${id}\` of \`${rule}\``)
    return String(data[name])
  })
}
