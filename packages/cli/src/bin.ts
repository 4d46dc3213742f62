// The bundle's entry (packages/cli/dist/index.js): runs the command line and sets the exit code.
import { processIO } from './io.js'
import { main } from './main.js'

process.exitCode = await main(process.argv.slice(2), processIO())
