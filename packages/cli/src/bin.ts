// The bundle's entry (packages/cli/dist/index.js): runs the command line and sets the exit code.
import * as nodeModule from 'node:module'
import { processIO } from './io.js'
import { main } from './main.js'
import { nodeVersionProblem } from './node-version.js'

// Node keeps the compiled code of the command chunks in its compile cache (under the temp dir):
// a later start skips compiling them. The chunks load after this line (main imports them lazily).
// Read from the namespace: a Node.js without it gets the version message below, not a link error.
;(nodeModule as { enableCompileCache?: (directory?: string) => unknown }).enableCompileCache?.(
  compileCacheDirectory(),
)

/**
 * The directory Node picks by default (NODE_COMPILE_CACHE, else node-compile-cache in os.tmpdir()),
 * named here on POSIX so that the call does not load the os module for it (a few milliseconds).
 */
function compileCacheDirectory(): string | undefined {
  const { env } = process
  if (env.NODE_COMPILE_CACHE) return env.NODE_COMPILE_CACHE
  if (process.platform === 'win32') return undefined
  let tmp = env.TMPDIR || env.TMP || env.TEMP || '/tmp'
  if (tmp.length > 1 && tmp.endsWith('/')) tmp = tmp.slice(0, -1)
  return `${tmp}/node-compile-cache`
}

const problem = nodeVersionProblem(process.versions.node)
if (problem !== undefined) {
  process.stderr.write(`${problem}\n`)
  process.exitCode = 2
} else {
  process.exitCode = await main(process.argv.slice(2), processIO())
}
