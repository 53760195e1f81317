/**
 * A `Features` section that lists the product's functions (`- Offline mode`, `- Users can share a playlist`,
 * `- 🚨 Anomaly detection`), as project READMEs open with, rather than the values the model reads: it names no part
 * of the design.
 */
import type { Compiled } from '../match/compile.js'
import { foldWords } from '../match/normalize.js'
import { productFunctionNouns, productUsers } from '../vocabulary/stages.js'
import type { Block } from './text.js'

const nouns = new Set(productFunctionNouns)
const users = productUsers.join('|')
/** `Users can ...`, `lets you ...`, `allows customers to ...`. */
const forUsers = new RegExp(`\\b(?:(?:${users})s?\\s+can|(?:lets|allows|enables)\\s+(?:${users})s?)\\b`, 'i')
const emoji = /^(?:\p{Extended_Pictographic}|\uFE0F|\u200D|\s)+/u
/** Whether a text holds a word that names something the product does (`forecasting`, `detection`, `integration`). */
function namesCapability(text: string): boolean {
  return text.split(/[^\p{L}-]+/u).some((word) => word.length >= 6 && /(?:ing|tion)s?$/i.test(word))
}

/** Whether a list item reads as a function of the product. */
function productItem(item: string): boolean {
  // A leading emoji marks a function only before a capability (`- 🚨 Anomaly detection`, `- 📊 Multi-horizon
  // forecasting`): a list of the model's features may wear them too (`- 🎵 Genre`, `- ⏱️ Track length`).
  const text = item.replace(emoji, '').trim()
  if (forUsers.test(text)) return true
  if (text !== item.trim() && namesCapability(text.replace(/\([^()]*\)/g, ' '))) return true
  // The item's head: before a colon or a dash that opens its description, without parentheses.
  const cut = text.search(/[:–—]/)
  const head = (cut >= 0 ? text.slice(0, cut) : text).replace(/\([^()]*\)/g, ' ')
  const words = foldWords(head.toLowerCase()).split(' ')
  return nouns.has(words[words.length - 1]) || words[0] === 'sharing'
}

/**
 * Whether the list items of a section's own content (`start` to `end`) are a product's functions: two or more, half
 * of them or more in a product's shapes, and none with a feature's answer word or a transformation (`7-day count`,
 * `one-hot`), which a list of the model's features has.
 */
export function listsProductFunctions(
  compiled: Compiled,
  prose: string,
  blocks: readonly Block[],
  start: number,
  end: number,
): boolean {
  const items = blocks
    .filter((block) => block.listItem && block.start >= start && block.end <= end)
    .map((block) => prose.slice(block.start, block.end).trim())
  if (items.length < 2) return false
  const { features, 'feature-transforms': transforms } = compiled.cues
  if (items.some((item) => features.answer?.test(item) || transforms.topic?.test(item))) return false
  return items.filter(productItem).length * 2 >= items.length
}
