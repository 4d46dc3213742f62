// The bundle's entry (packages/cli/dist/index.js): runs the command line and sets the exit code.
import * as nodeModule from 'node:module'
import { processIO } from './io.js'
import { main } from './main.js'
import { nodeVersionProblem } from './node-version.js'

// Node keeps the compiled code of the command chunks in its compile cache (under the temp dir):
// a later start skips compiling them. The chunks load after this line (main imports them lazily).
// Read from the namespace: a Node.js without it gets the version message below, not a link error.
;(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.()

const problem = nodeVersionProblem(process.versions.node)
if (problem !== undefined) {
  process.stderr.write(`${problem}\n`)
  process.exitCode = 2
} else {
  process.exitCode = await main(process.argv.slice(2), processIO())
}
