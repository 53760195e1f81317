/**
 * Data flows one way: no module imports one that imports it back (static
 * or dynamic import, within a package), and no package depends on one that
 * depends on it. The reader depends on no other package of the project,
 * the rule kit only on the reader.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../scripts/rule-docs.js'

const packagesDir = join(root, 'packages')
const packages = readdirSync(packagesDir).filter((name) => existsSync(join(packagesDir, name, 'package.json')))

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

/** A cycle in a graph, as the list of its nodes, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node]
    state.set(node, 'open')
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    stack.pop()
    state.set(node, 'done')
    return undefined
  }
  for (const node of graph.keys()) {
    const cycle = visit(node)
    if (cycle) return cycle
  }
  return undefined
}

const relativeImport = /(?:\bfrom|\bimport\s*\()\s*['"](\.{1,2}\/[^'"]+)['"]/g

function workspaceDeps(name: string): string[] {
  const manifest = JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8'))
  return Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter((dep) => packages.includes(dep))
}

describe('imports', () => {
  it.each(packages)('%s: no import cycle between its modules', (name) => {
    const graph = new Map<string, string[]>()
    for (const file of sourceFiles(join(packagesDir, name, 'src'))) {
      const targets = [...readFileSync(file, 'utf8').matchAll(relativeImport)].map((match) =>
        resolve(dirname(file), match[1].replace(/\.js$/, '.ts')),
      )
      graph.set(file, targets)
    }
    expect(graph.size).toBeGreaterThan(0)
    expect(findCycle(graph)?.map((file) => file.slice(packagesDir.length + 1))).toBeUndefined()
  })

  it('no cycle between packages; the reader and the kit sit at the bottom', () => {
    const graph = new Map(packages.map((name) => [name, workspaceDeps(name)]))
    expect(findCycle(graph)).toBeUndefined()
    expect(workspaceDeps('mdast-util-ml-design')).toEqual([])
    expect(workspaceDeps('ml-design-lint-rule')).toEqual(['mdast-util-ml-design'])
  })
})
