/**
 * Rule options are typed: TypeScript checks them where a rule is used
 * (`unified().use(rule, options)`). `tsc` on test/types/: every line of
 * wrong.ts that configures a rule fails, and nothing else does.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { root } from '../scripts/rule-docs.js'

it('rejects wrong rule options at compile time, and accepts right ones', () => {
  const run = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'test/types/tsconfig.json')], {
    cwd: root,
    encoding: 'utf8',
  })
  const errors = run.stdout.split('\n').flatMap((line) => {
    const found = /^(\S+)\((\d+),\d+\): error TS\d+/.exec(line)
    return found ? [`${found[1]}:${found[2]}`] : []
  })
  const wrong = readFileSync(join(root, 'test/types/wrong.ts'), 'utf8').split('\n')
  const expected = wrong.flatMap((line, index) =>
    line.startsWith('unified()') ? [`test/types/wrong.ts:${index + 1}`] : [],
  )
  expect(expected.length).toBe(5)
  expect(errors).toEqual(expected)
})
