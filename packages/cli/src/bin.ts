// The bundle's entry (packages/cli/dist/index.js): runs the command line and sets the exit code.
import { processIO } from './io.js'
import { main } from './main.js'
import { nodeVersionProblem } from './node-version.js'

const problem = nodeVersionProblem(process.versions.node)
if (problem !== undefined) {
  process.stderr.write(`${problem}\n`)
  process.exitCode = 2
} else {
  process.exitCode = await main(process.argv.slice(2), processIO())
}
