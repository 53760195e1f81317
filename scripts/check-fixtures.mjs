// Lint each showcase fixture with the real command line, exactly as a user
// types it, and check its expected outcome (fixtures/labels.yaml): a clean
// document exits 0 with no message; a flawed one exits 1 and every rule its
// label says fires does fire.
//
//   node scripts/check-fixtures.mjs   (after `pnpm build`)
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const labels = parse(readFileSync(new URL('../fixtures/labels.yaml', import.meta.url), 'utf8'))
const root = new URL('..', import.meta.url).pathname
let failures = 0

for (const label of labels) {
  const path = `fixtures/${label.file}`
  const run = spawnSync(
    'pnpm',
    [
      'exec',
      'remark',
      '--frail',
      '--quiet',
      '--no-color',
      '--report',
      'json',
      '--use',
      'remark-preset-lint-ml-design',
      path,
    ],
    { cwd: root, encoding: 'utf8' },
  )
  let fired = new Set()
  try {
    const report = JSON.parse(run.stderr.trim().split('\n').pop() || '[]')
    fired = new Set(report.flatMap((file) => file.messages.map((message) => message.ruleId)))
  } catch {
    console.error(`${path}: could not read the report:\n${run.stderr}`)
    failures++
    continue
  }
  const expected = Object.keys(label.fires ?? {})
  const clean = expected.length === 0
  const problems = []
  if (clean && run.status !== 0) problems.push(`expected exit 0, got ${run.status} (${[...fired].join(', ')})`)
  if (!clean && run.status !== 1) problems.push(`expected exit 1, got ${run.status}`)
  for (const rule of expected) if (!fired.has(rule)) problems.push(`expected ${rule} to fire`)
  for (const rule of fired) if (!expected.includes(rule)) problems.push(`unexpected ${rule}`)
  if (problems.length > 0) {
    failures++
    console.log(`✗ ${path}: ${problems.join('; ')}`)
  } else {
    console.log(`✓ ${path}: ${clean ? 'clean' : `${expected.length} rule(s) fire as labelled`}`)
  }
}

console.log(`${labels.length - failures} fixture(s) as expected, ${failures} not`)
process.exit(failures === 0 ? 0 : 1)
