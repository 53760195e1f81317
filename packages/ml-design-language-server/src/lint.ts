/**
 * Linting one document as remark-cli would lint its file: the workspace's
 * processor, its `.remarkrc*` / `package.json` configuration and its
 * `.remarkignore`, through unified-engine.
 */
import { dirname, join, resolve } from 'node:path'
import { Writable } from 'node:stream'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { findUp, pathExists } from 'find-up'
import { loadPlugin } from 'load-plugin'
import { type Options as EngineOptions, engine } from 'unified-engine'
import { VFile } from 'vfile'

/** The editor's settings for the server (its `mlDesign` section). */
export interface Settings {
  /** Lint only documents that have a remark configuration. */
  requireConfig: boolean
  /** An ignore file used instead of `.remarkignore`, relative to the workspace folder. */
  ignorePath?: string
  /** Resolve the ignore file's patterns from the workspace folder (`cwd`) or its own folder (`dir`). */
  ignorePathResolveFrom?: 'cwd' | 'dir'
}

/**
 * Settings from what the client answers. A client answers `null` for a
 * section it knows nothing about (vscode-languageclient and eglot do, as the
 * LSP says): that, or anything else that is not an object, means the
 * defaults.
 */
export function readSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { requireConfig: false }
  const fields = raw as Record<string, unknown>
  return {
    requireConfig: fields.requireConfig === true,
    ignorePath: typeof fields.ignorePath === 'string' && fields.ignorePath ? fields.ignorePath : undefined,
    ignorePathResolveFrom:
      fields.ignorePathResolveFrom === 'cwd' || fields.ignorePathResolveFrom === 'dir'
        ? fields.ignorePathResolveFrom
        : undefined,
  }
}

/** How documents are linted: which processor, and remark's configuration and ignore files. */
export interface LintOptions {
  /** The package a workspace can install to use its own processor. */
  processorName: string
  /** The export of that package that is the processor. */
  processorSpecifier: string
  /** The processor used when the workspace has none. */
  defaultProcessor: EngineOptions['processor']
  ignoreName: string
  packageField: string
  pluginPrefix: string
  rcName: string
}

/** A stream that takes the engine's report and keeps nothing: the messages are read from the file. */
function sink(): Writable {
  return new Writable({
    write(_chunk, _encoding, callback) {
      callback()
    },
  })
}

export class Linter {
  /** The processor per workspace folder, loaded once (until files change). */
  private readonly processors = new Map<string, Promise<EngineOptions['processor']>>()

  constructor(
    private readonly options: LintOptions,
    private readonly log: (message: string) => void,
  ) {}

  /** Forget the loaded processors: the workspace's packages may have changed. */
  reset(): void {
    this.processors.clear()
  }

  /**
   * The folder a document is linted from: the longest workspace folder that
   * holds it; with no workspace folder, the nearest folder above it with a
   * `package.json` or `.git`, else its own folder. `undefined` for a
   * document outside every workspace folder.
   */
  async folderOf(path: string, workspaces: Iterable<string>): Promise<string | undefined> {
    // Folders that are not on disk (a remote or virtual workspace) hold no document linted here.
    const folders = [...workspaces]
      .filter((uri) => uri.startsWith('file:'))
      .map((uri) => fileURLToPath(uri).replace(/[/\\]$/, ''))
    if (folders.length > 0) {
      return folders
        .filter((folder) => path.startsWith(`${folder}/`) || path.startsWith(`${folder}\\`))
        .sort((a, b) => b.length - a.length)[0]
    }
    const found = await findUp(
      async (directory) =>
        (await pathExists(join(directory, 'package.json'))) || (await pathExists(join(directory, '.git')))
          ? directory
          : undefined,
      { cwd: dirname(path), type: 'directory' },
    )
    return found ?? dirname(path)
  }

  /** The processor of a workspace folder: its own install of `processorName`, or the default. */
  private processor(cwd: string): Promise<EngineOptions['processor']> {
    let processor = this.processors.get(cwd)
    if (!processor) {
      const { processorName, processorSpecifier, defaultProcessor } = this.options
      processor = loadPlugin(processorName, { from: pathToFileURL(`${cwd}/`), key: processorSpecifier }).then(
        (loaded) => loaded as EngineOptions['processor'],
        (error: NodeJS.ErrnoException) => {
          this.log(
            error.code === 'ERR_MODULE_NOT_FOUND'
              ? `Cannot find \`${processorName}\` locally but using \`defaultProcessor\`, original error:\n${error.stack}`
              : `Cannot load \`${processorName}\` from ${cwd}, using \`defaultProcessor\`:\n${error.stack}`,
          )
          return defaultProcessor
        },
      )
      this.processors.set(cwd, processor)
    }
    return processor
  }

  /**
   * Lint a document's text as the file at `path`, from the workspace folder
   * `cwd`. Resolves to the file with its messages; a failure of the engine
   * (a configuration that cannot be loaded) is a fatal message on it.
   * `superseded` says whether a newer version of the document has arrived:
   * the server's processor then stops after parsing (`remarkStopIfSuperseded`),
   * and the file carries that as a fatal message instead of the rules' messages.
   */
  async lint(path: string, text: string, cwd: string, settings: Settings, superseded?: () => boolean): Promise<VFile> {
    const processor = await this.processor(cwd)
    const file = new VFile({ cwd, path, value: text })
    if (superseded) file.data.superseded = superseded
    const { ignoreName, packageField, pluginPrefix, rcName } = this.options
    return new Promise((done) => {
      engine(
        {
          cwd,
          files: [file],
          processor,
          ignoreName,
          ignorePath: settings.ignorePath ? resolve(cwd, settings.ignorePath) : undefined,
          ignorePathResolveFrom: settings.ignorePathResolveFrom,
          ignoreUnconfigured: settings.requireConfig,
          packageField,
          pluginPrefix,
          rcName,
          silentlyIgnore: true,
          reporter: () => '',
          // Never compile the document back to Markdown: the engine would do
          // it for every lint of a single file, for nothing.
          out: false,
          // The engine writes a report; nothing reads it. A stream that
          // buffered it would stop the engine once the report outgrew its
          // buffer (16 KB: about 40 messages).
          streamError: sink(),
          streamOut: sink(),
        },
        (error) => {
          if (error) file.message('Cannot lint this document', { cause: error }).fatal = true
          done(file)
        },
      )
    })
  }
}
