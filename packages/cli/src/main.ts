// `tokenless <command>`: dispatches to a subcommand, loaded only when asked for.
import type { CliIO } from './io.js'
import { cliVersion } from './version.js'

export const COMMANDS = ['init', 'rehearse', 'doctor', 'notes', 'help'] as const

export const USAGE = `Usage: tokenless <command> [options]

Commands:
  init       write a tokenless release workflow for this repository and print what to register
  rehearse   run a release workflow locally against the sandbox (GitHub, OIDC issuer, npm, PyPI)
  doctor     find release hazards in a repository's workflows
  notes      write release notes or a CHANGELOG.md from conventional commits
  help       show this help, or a command's: tokenless help rehearse

Options:
  -v, --version   print the version of tokenless
  -h, --help      show this help

Exit status:
  0   done: the rehearsal passed, doctor found no error-level hazard, init wrote a clean
      workflow, the notes were written
  1   the rehearsal failed (or could not run), doctor found an error-level hazard, init could
      not write a workflow doctor finds nothing in, or the repository cannot give the notes
      asked for
  2   a usage error: an unknown command or option, a missing value, Node.js older than 24
  3   not rehearsed: a publish or release step could not run against the sandbox

Run \`tokenless help <command>\` (or \`tokenless <command> --help\`) for a command's options.`

function unknownCommand(command: string, io: CliIO): number {
  io.stderr.write(
    `tokenless: unknown command "${command}"; the commands are ${COMMANDS.join(', ')}.\n\n${USAGE}\n`,
  )
  return 2
}

/** Runs the command line `args` (without node and the script); returns the exit code. */
export async function main(args: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = args
  switch (command) {
    case 'init': {
      const { initCommand } = await import('./init/command.js')
      return initCommand(rest, io)
    }
    case 'rehearse': {
      const { rehearseCommand } = await import('./rehearse/command.js')
      return rehearseCommand(rest, io)
    }
    case 'doctor': {
      const { doctorCommand } = await import('./doctor/command.js')
      return doctorCommand(rest, io)
    }
    case 'notes': {
      const { notesCommand } = await import('./notes/command.js')
      return notesCommand(rest, io)
    }
    case '-v':
    case '--version':
    case 'version':
      io.stdout.write(`${cliVersion()}\n`)
      return 0
    case 'help': {
      const [topic] = rest
      if (topic === 'init' || topic === 'rehearse' || topic === 'doctor' || topic === 'notes')
        return main([topic, '--help'], io)
      if (topic !== undefined && topic !== 'help') return unknownCommand(topic, io)
      io.stdout.write(`${USAGE}\n`)
      return 0
    }
    case '-h':
    case '--help':
      io.stdout.write(`${USAGE}\n`)
      return 0
    case undefined:
      io.stderr.write(`tokenless: no command given.\n\n${USAGE}\n`)
      return 2
    default:
      return unknownCommand(command, io)
  }
}
