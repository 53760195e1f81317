/**
 * After the whole run, remove `.scratch/`, where tests make throwaway
 * folders inside the repository (so packages resolve as they do for users).
 */
import { rmSync } from 'node:fs'

export default function setup() {
  return () => {
    rmSync(new URL('../.scratch', import.meta.url), { recursive: true, force: true })
  }
}
