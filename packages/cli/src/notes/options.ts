// `tokenless notes` options: read with node:util's parseArgs, said back in the command's words.
import { parseArgs } from 'node:util'
import type { VersionScheme } from '@tokenless/versioning'

export const NOTES_USAGE = `Usage: tokenless notes [options]

Writes release notes from the conventional commits of the repository in the current directory,
as conventional-changelog writes them with its conventionalcommits preset: by default the
commits since the previous release tag, up to HEAD.

Options:
      --from REV            the previous release, a tag or commit (default: the release tag with
                            the highest version below --to's)
      --to REV              the release, a tag or commit (default: HEAD)
      --all                 the whole history: one section per release tag, newest first
      --version VERSION     the version in the heading of commits after the newest release tag
                            (default: Unreleased)
      --prepend FILE        write the notes into FILE (a CHANGELOG.md) under its title instead of
                            standard output; a rerun for the same version replaces its section
  -f, --format markdown|json   output format (default markdown)
      --tag-prefix PREFIX   what stands before the version in release tags: v (default), "", or a
                            monorepo form such as @scope/pkg@ or pkg-v
      --scheme semver|pep440|calver   the version scheme of the tags (default semver)
      --calver-format FORMAT   the CalVer format with --scheme calver, e.g. YYYY.M.MICRO
      --path DIR            only commits that touch DIR (one package of a monorepo); its
                            package.json name gives the tag prefix <name>@ when such tags exist
      --repository URL      link to this repository (default: the URL of the remote origin;
                            GitHub, GitHub Enterprise Server and GitLab forms)
      --no-links            no links at all
  -h, --help                show this help

Exit status: 0 the notes were written, 1 the repository cannot give them (the message says why),
2 a usage error.`

export type NotesFormat = 'markdown' | 'json'

export interface NotesArgs {
  from: string | undefined
  to: string | undefined
  all: boolean
  version: string | undefined
  prepend: string | undefined
  format: NotesFormat
  tagPrefix: string | undefined
  scheme: VersionScheme
  calverFormat: string | undefined
  path: string | undefined
  repository: string | undefined
  links: boolean
  help: boolean
}

/** A mistake in the command line: exit 2 with the usage. */
export class NotesUsageError extends Error {}

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  all: { type: 'boolean' },
  version: { type: 'string' },
  prepend: { type: 'string' },
  format: { type: 'string', short: 'f' },
  'tag-prefix': { type: 'string' },
  scheme: { type: 'string' },
  'calver-format': { type: 'string' },
  path: { type: 'string' },
  repository: { type: 'string' },
  'no-links': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

const STRING_FLAGS = new Set(
  Object.entries(OPTIONS).flatMap(([name, option]) =>
    option.type === 'string'
      ? [`--${name}`, ...('short' in option ? [`-${option.short}`] : [])]
      : [],
  ),
)

/** node:util's parseArgs error, said in this command's words with the option as typed. */
function usageErrorOf(error: unknown, args: string[]): unknown {
  // Read as a plain object: node:util's errors may come from another realm (a test's VM).
  const { code, message = '' } = error as { code?: string; message?: string }
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const typed = /'([^']+)'/.exec(message)?.[1] ?? ''
    return new NotesUsageError(`unknown option ${typed}.`)
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = args.find((arg, index) => {
      const next = args[index + 1]
      return STRING_FLAGS.has(arg) && (next === undefined || next.startsWith('-'))
    })
    if (flag !== undefined) return new NotesUsageError(`${flag} needs a value.`)
    const typed = /'([^']+)' does not take an argument/.exec(message)?.[1]
    if (typed !== undefined) return new NotesUsageError(`${typed} takes no value.`)
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const typed = /'([^']+)'/.exec(message)?.[1] ?? ''
    return new NotesUsageError(
      `unexpected argument "${typed}": name the range with --from and --to.`,
    )
  }
  return error
}

export function parseNotesArgs(args: string[]): NotesArgs {
  let values
  try {
    values = parseArgs({ args, options: OPTIONS, strict: true }).values
  } catch (error) {
    throw usageErrorOf(error, args)
  }
  const format = values.format ?? 'markdown'
  if (format !== 'markdown' && format !== 'json')
    throw new NotesUsageError(`unknown format "${format}": use markdown or json.`)
  const scheme = values.scheme ?? 'semver'
  if (scheme !== 'semver' && scheme !== 'pep440' && scheme !== 'calver')
    throw new NotesUsageError(`unknown scheme "${scheme}": use semver, pep440 or calver.`)
  if (values.all === true && values.from !== undefined)
    throw new NotesUsageError(
      '--all writes the whole history and takes no --from; leave out --all for one range.',
    )
  if (values['no-links'] === true && values.repository !== undefined)
    throw new NotesUsageError('give --repository or --no-links, not both.')
  if (values.prepend !== undefined && format === 'json')
    throw new NotesUsageError('--prepend writes markdown into the file; leave out --format json.')
  return {
    from: values.from,
    to: values.to,
    all: values.all ?? false,
    version: values.version,
    prepend: values.prepend,
    format,
    tagPrefix: values['tag-prefix'],
    scheme,
    calverFormat: values['calver-format'],
    path: values.path,
    repository: values.repository,
    links: values['no-links'] !== true,
    help: values.help ?? false,
  }
}

/** The repository cannot give the notes asked for (unknown tag, shallow clone...): exit 1. */
export class NotesError extends Error {}
