// `tokenless <command>`: dispatches to a subcommand, loaded only when asked for.
import type { CliIO } from './io.js'

export const USAGE = `Usage: tokenless <command> [options]

Commands:
  rehearse   run a release workflow locally against the sandbox (GitHub, OIDC issuer, npm, PyPI)
  doctor     find release hazards in a repository's workflows

Run \`tokenless <command> --help\` for a command's options.`

/** Runs the command line `args` (without node and the script); returns the exit code. */
export async function main(args: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = args
  switch (command) {
    case 'rehearse': {
      const { rehearseCommand } = await import('./rehearse/command.js')
      return rehearseCommand(rest, io)
    }
    case 'doctor': {
      const { doctorCommand } = await import('./doctor/command.js')
      return doctorCommand(rest, io)
    }
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.stdout.write(`${USAGE}\n`)
      return command === undefined ? 2 : 0
    default:
      io.stderr.write(`tokenless: unknown command "${command}".\n\n${USAGE}\n`)
      return 2
  }
}
