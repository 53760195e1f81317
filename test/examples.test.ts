/**
 * Every rule's examples (in its header comment, also its README) are its
 * tests: valid documents give no message, invalid ones give exactly the
 * messages listed, with the rule id, position and reason.
 */
import { describe, expect, it } from 'vitest'
import { readRuleDocs, rulePackages } from '../scripts/rule-docs.js'
import { lines, lint } from './lint.js'

for (const packageName of rulePackages()) {
  const docs = readRuleDocs(packageName)
  describe(docs.id, () => {
    it('has examples of both a clean and a flagged document', () => {
      expect(docs.examples.some((example) => example.output.length === 0)).toBe(true)
      expect(docs.examples.some((example) => example.output.length > 0)).toBe(true)
    })

    for (const example of docs.examples) {
      it(`${example.name}: ${example.output.length === 0 ? 'no messages' : `${example.output.length} message(s)`}`, async () => {
        const rule = (await import(packageName)).default
        const file = await lint(
          example.input,
          [example.config === undefined ? rule : [rule, example.config]],
          example.name,
        )
        expect(lines(file)).toEqual(example.output)
        for (const message of file.messages) {
          expect(message.ruleId).toBe(docs.id)
          expect(message.source).toBe('remark-lint')
          expect(message.url).toContain(packageName)
        }
      })
    }
  })
}
