// The documents the benchmarks measure: the labelled corpus, and generated documents of a given size made of the
// corpus documents, renumbered and varied (not one line repeated).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const corpusDirectory = join(root, 'fixtures/corpus')

/** The labelled corpus, one string per document, in file-name order. */
export const corpus = readdirSync(corpusDirectory)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => readFileSync(join(corpusDirectory, name), 'utf8'))

/** A document of about `bytes` bytes: corpus documents one after another, renumbered and varied. */
export function generate(bytes) {
  const parts = []
  let size = 0
  let round = 0
  while (size < bytes) {
    for (const [index, document] of corpus.entries()) {
      if (size >= bytes) break
      const varied = document
        .replace(/^---\n[\s\S]*?\n---\n/, '') // one front matter per file
        .replace(/^# (.*)$/m, `## $1 (part ${round}.${index})`) // each document becomes a chapter
        .replace(/^(#{2,5}) /gm, (_, hashes) => `${hashes}# `)
        .replace(/\b(\d+)(?=\s?(?:ms|k|M|%|days|users|QPS))/g, (number) => String((Number(number) + round) % 997))
      parts.push(varied)
      size += Buffer.byteLength(varied)
    }
    round++
  }
  return `# Generated design notes\n\n${parts.join('\n\n')}`
}

/** The typing benchmark's design document of about 16 KB: corpus documents as chapters, front matter dropped, headings demoted. */
export function typingDocument(bytes = 16 * 1024) {
  const chapters = []
  let size = 0
  for (const document of corpus) {
    if (size >= bytes) break
    const chapter = document.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^(#+) /gm, '$1# ')
    chapters.push(chapter)
    size += Buffer.byteLength(chapter)
  }
  const text = `# Design notes\n\n${chapters.join('\n')}`
  // Cut at the paragraph break nearest the size asked for.
  const cut = text.indexOf('\n\n', bytes - 200)
  return `${text.slice(0, cut === -1 ? text.length : cut)}\n`
}
