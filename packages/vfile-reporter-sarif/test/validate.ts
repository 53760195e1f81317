/** Validate a SARIF log against the vendored SARIF 2.1.0 JSON schema (draft-04), with Ajv. */
import { readFileSync } from 'node:fs'
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'

// CommonJS packages: their class and plugin are their `default` export.
const Ajv = ajvDraft04.default
const addFormats = ajvFormats.default

const schema = JSON.parse(readFileSync(new URL('schema/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'))
// `unicodeRegExp: false`: the schema's pattern for `language` (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`)
// has a lone `]`, valid in a plain regular expression but not under the `u` flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
addFormats(ajv)
const validate = ajv.compile(schema)

/** The schema's complaints about a log (`[]` when it is valid). */
export function sarifErrors(log: unknown): string[] {
  if (validate(log)) return []
  return (validate.errors ?? []).map(
    (error: { instancePath: string; message?: string }) => `${error.instancePath || '/'} ${error.message}`,
  )
}
