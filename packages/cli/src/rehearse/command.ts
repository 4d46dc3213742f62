// `tokenless rehearse`: parses the options, runs the rehearsal with progress, prints the report.
// Exit codes: 0 the release passed, 1 it failed (or could not be rehearsed), 2 a usage mistake,
// 3 not rehearsed: a publish or release step could not run against the sandbox.
import type { CliIO } from '../io.js'
import { loopbackNoProxy } from './network-env.js'
import { parseRehearseArgs, REHEARSE_USAGE, type RehearseOptions, UsageError } from './options.js'
import { LiveProgress, plainProgress } from './progress.js'
import { rehearse, RehearsalSetupError } from './rehearsal.js'
import { renderReport } from './report-text.js'
import type { RunListener } from './run-records.js'

export async function rehearseCommand(args: string[], io: CliIO): Promise<number> {
  let options: RehearseOptions
  try {
    options = parseRehearseArgs(args)
    if (options.help) {
      io.stdout.write(`${REHEARSE_USAGE}\n`)
      return 0
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`tokenless rehearse: ${error.message}\n\n${REHEARSE_USAGE}\n`)
      return 2
    }
    throw error
  }
  const write = (text: string): void => {
    io.stdout.write(text)
  }
  let live: LiveProgress | undefined
  let listener: RunListener = () => undefined
  if (!options.json) {
    if (io.stdout.isTTY === true && io.env.TERM !== 'dumb') {
      live = new LiveProgress(write, io.stdout.columns ?? 100)
      listener = live.listener
    } else {
      listener = plainProgress(write)
    }
  }
  // The sandbox listens on loopback: a proxy set in this shell (NODE_USE_ENV_PROXY) must not see
  // the rehearsal's own requests to it.
  const noProxy = loopbackNoProxy(process.env)
  process.env.NO_PROXY = noProxy
  process.env.no_proxy = noProxy
  try {
    const report = await rehearse({ options, cwd: io.cwd, listener })
    live?.stop()
    io.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report))
    return report.result === 'passed' ? 0 : report.result === 'not-rehearsed' ? 3 : 1
  } catch (error) {
    live?.stop()
    const text = error instanceof Error ? error.message : String(error)
    if (error instanceof UsageError) {
      io.stderr.write(`tokenless rehearse: ${text}\n\n${REHEARSE_USAGE}\n`)
      return 2
    }
    io.stderr.write(
      error instanceof RehearsalSetupError
        ? `tokenless rehearse: ${text}\n`
        : `tokenless rehearse: the rehearsal itself failed: ${error instanceof Error && error.stack ? error.stack : text}\n`,
    )
    return 1
  }
}
