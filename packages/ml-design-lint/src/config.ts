/**
 * What the command does with a configuration file (`.remarkrc*`,
 * `package.json#remarkConfig`) before `unified-engine` loads its plugins:
 *
 * * the preset and the `remark-lint-ml-*` rules named in it are the
 *   command's own copies, the ones it was built and bundled with, so they
 *   need not be installed next to the file (a global install works) and
 *   are never loaded twice;
 * * a file that names neither the preset nor a rule gets the preset first.
 */
import remarkPresetLintMlDesign from 'remark-preset-lint-ml-design'
import type { Preset } from 'unified-engine'

/** The configuration used for a document that has no `.remarkrc*` or `package.json#remarkConfig`. */
export const defaultConfig: Preset = { plugins: [remarkPresetLintMlDesign] }

/** The preset and each rule in it, by package name (`remark-lint-ml-scale` for the plugin named `remark-lint:ml-scale`). */
const own = new Map<string, unknown>([['remark-preset-lint-ml-design', remarkPresetLintMlDesign]])
for (const entry of remarkPresetLintMlDesign.plugins ?? []) {
  const plugin = Array.isArray(entry) ? entry[0] : entry
  if (typeof plugin === 'function' && plugin.name.startsWith('remark-lint:ml-')) {
    own.set(`remark-lint-${plugin.name.slice('remark-lint:'.length)}`, plugin)
  }
}

/** A package name as remark-cli takes it (`lint-ml-scale` is `remark-lint-ml-scale`), when it is one of ours. */
function ownName(specifier: string): string | undefined {
  const name = /^(?:remark-)?((?:preset-)?lint-ml-[a-z0-9-]+|preset-lint-ml-design)$/.exec(specifier)?.[1]
  return name && own.has(`remark-${name}`) ? `remark-${name}` : undefined
}

/** A plugin or preset that is this project's: the preset or a `remark-lint-ml-*` rule, by name, path or value. */
function isOurs(plugin: unknown): boolean {
  if (typeof plugin === 'string') {
    return /(?:^|[/\\])(?:remark-)?(?:preset-lint-ml-design|lint-ml-[a-z0-9-]+)(?:$|[/\\.@])/.test(plugin)
  }
  if (typeof plugin === 'function') return /^remark-lint:ml-/.test(plugin.name)
  if (Array.isArray(plugin)) return isOurs(plugin[0])
  if (plugin && typeof plugin === 'object' && 'plugins' in plugin) return namesOurs((plugin as Preset).plugins)
  return false
}

function namesOurs(plugins: unknown): boolean {
  if (Array.isArray(plugins)) return plugins.some(isOurs)
  if (plugins && typeof plugins === 'object') return Object.keys(plugins).some(isOurs)
  return false
}

/** A configuration's plugins as a list (a record of name to options is one form `unified-engine` takes). */
function asList(plugins: Preset['plugins']): unknown[] {
  if (Array.isArray(plugins)) return plugins
  return Object.entries(plugins ?? {}).map(([name, options]) => [name, options])
}

/** Plugins with the preset and rules given by package name replaced by the command's own copies. */
export function ownPlugins(plugins: Preset['plugins'] | unknown[]): unknown[] {
  return asList(plugins as Preset['plugins']).map((entry) => {
    const [specifier, ...rest] = Array.isArray(entry) ? entry : [entry]
    const name = typeof specifier === 'string' ? ownName(specifier) : undefined
    if (name === undefined) return entry
    return Array.isArray(entry) ? [own.get(name), ...rest] : own.get(name)
  })
}

/**
 * A configuration file that names neither the preset nor any
 * `remark-lint-ml-*` rule (only settings, or only other plugins) gets the
 * preset first, so that such a file cannot switch every rule off in
 * silence (the language server does the same for a file with only
 * settings). A file that names the preset or a rule decides alone which
 * rules run.
 */
export function addPresetUnlessNamed(config: unknown): Preset {
  const preset = (config && typeof config === 'object' ? config : {}) as Preset
  if (namesOurs(preset.plugins)) return preset
  return { ...preset, plugins: [remarkPresetLintMlDesign, ...asList(preset.plugins)] as Preset['plugins'] }
}

/** `unified-engine`'s `configTransform`: the preset added when needed, our plugins named by package as our own. */
export function transformConfig(config: unknown): Preset {
  const preset = addPresetUnlessNamed(config)
  return preset.plugins === undefined ? preset : { ...preset, plugins: ownPlugins(preset.plugins) as Preset['plugins'] }
}
