// The anchor of `pnpm bench:typing`: unified-language-server (the library
// ml-design-language-server 0.1.0 was built on) running remark with
// remark-preset-lint-recommended. Speaks LSP over stdio.
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import remarkParse from 'remark-parse'
import remarkPresetLintRecommended from 'remark-preset-lint-recommended'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'

// unified-language-server is a development dependency of the server package, not of the root.
const fromServer = createRequire(new URL('../packages/ml-design-language-server/package.json', import.meta.url))
const { createUnifiedLanguageServer } = await import(pathToFileURL(fromServer.resolve('unified-language-server')).href)

createUnifiedLanguageServer({
  // Not installed anywhere: the default processor is used.
  processorName: 'bench-typing-anchor-processor',
  defaultProcessor: unified().use(remarkParse).use(remarkStringify).use(remarkPresetLintRecommended),
  configurationSection: 'anchor',
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  rcName: '.remarkrc',
})
