/** One of the project's scripts, run as `pnpm <script>` runs it (tsx on the TS sources), for tests of the commands. */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

export function runScript(script: string, ...args: string[]) {
  return spawnSync(
    process.execPath,
    [join('node_modules', 'tsx', 'dist', 'cli.mjs'), '--conditions=ml-design-source', join('scripts', script), ...args],
    { encoding: 'utf8' },
  )
}
