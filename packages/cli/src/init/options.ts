// `tokenless init` options: parsed once, each mistake said with the fix.
import { parseArgs } from 'node:util'
import { InitUsageError } from './init-error.js'

export const INIT_USAGE = `Usage: tokenless init [PATH] [options]

Writes .github/workflows/release.yml for the repository at PATH (default: the current directory):
the reference pipeline (validate -> test -> build -> publish with OIDC trusted publishing under
the "release" environment -> GitHub Release), filled in with its packages (package.json and npm
workspaces, pyproject.toml), version scheme and tag prefix, test command, build and default
branch. Then prints the trusted publishers to register, checks the workflow with tokenless doctor
and gives the tokenless rehearse command that releases it against the sandbox.

Options:
  -y, --yes                 overwrite existing workflow files without asking
      --dry-run             print the files instead of writing them
      --yank                also write .github/workflows/yank.yml (yank a bad release on demand)
      --version VERSION     the version of the next release, when no manifest or tag has one
      --test-command CMD    the command that runs the tests (default: the one detected)
  -h, --help                show this help

Exit status: 0 written (or printed) and doctor finds nothing, 1 a problem in the repository or a
doctor finding, 2 a usage error.`

export interface InitOptions {
  path: string
  yes: boolean
  dryRun: boolean
  yank: boolean
  version: string | undefined
  testCommand: string | undefined
  help: boolean
}

const OPTIONS = {
  yes: { type: 'boolean', short: 'y' },
  'dry-run': { type: 'boolean' },
  yank: { type: 'boolean' },
  version: { type: 'string' },
  'test-command': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

function usageErrorOf(error: unknown, args: readonly string[]): unknown {
  // Read as a plain object: node:util's errors may come from another realm (a test's VM).
  const { code, message = '' } = error as { code?: string; message?: string }
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new InitUsageError(`unknown option ${/'([^']+)'/.exec(message)?.[1] ?? ''}.`)
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = args.find((arg) => /^--(version|test-command)$/.test(arg))
    return new InitUsageError(`${flag ?? 'an option'} needs a value.`)
  }
  return error
}

export function parseInitArgs(args: string[]): InitOptions {
  let parsed
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw usageErrorOf(error, args)
  }
  const { values, positionals } = parsed
  if (positionals.length > 1)
    throw new InitUsageError(
      `give one PATH, not ${positionals.length} (${positionals.join(', ')}).`,
    )
  for (const [option, value] of [
    ['--version', values.version],
    ['--test-command', values['test-command']],
  ] as const)
    if (value !== undefined && value.trim() === '') throw new InitUsageError(`${option} is empty.`)
  return {
    path: positionals[0] ?? '.',
    yes: values.yes ?? false,
    dryRun: values['dry-run'] ?? false,
    yank: values.yank ?? false,
    version: values.version?.trim(),
    testCommand: values['test-command'],
    help: values.help ?? false,
  }
}
