// The version of the `tokenless` command: the one in its package.json, read at run time so that
// the sources, the bundle in packages/cli/dist and the installed package all say the same.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The version in the nearest package.json above `from` that names the `tokenless` bin
 * (packages/cli/package.json, or node_modules/tokenless/package.json once installed): the
 * bundle's own dist/package.json, which only says `"type": "module"`, is passed over.
 */
export function cliVersion(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json')
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
        version?: unknown
        bin?: unknown
      }
      const bin = manifest.bin
      if (
        typeof manifest.version === 'string' &&
        typeof bin === 'object' &&
        bin !== null &&
        'tokenless' in bin
      ) {
        return manifest.version
      }
    }
    if (dirname(dir) === dir) {
      throw new Error(`No package.json of the tokenless command above ${from}.`)
    }
  }
}
