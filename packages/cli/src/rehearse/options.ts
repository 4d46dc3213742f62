// `tokenless rehearse` options: parsed once, every mistake said with the fix.

export const REHEARSE_USAGE = `Usage: tokenless rehearse [options]

Runs a release workflow locally against the sandbox (GitHub API, OIDC issuer, npm registry,
PyPI): the same workflow, the real action bundles, the real npm CLI. Nothing leaves the machine.
With no options in the tokenless repository, it releases the demo package in demo/.

Options:
  --workflow FILE              the workflow to rehearse (default: .github/workflows/release.yml,
                               or workflows-examples/release.yml in the tokenless repository)
  --repo DIR                   the repository to rehearse on a temp copy (default: the current
                               directory; the demo in the tokenless repository); a relative
                               --workflow is read in it
  --repository OWNER/NAME      the GitHub repository it is rehearsed as (default: read from the
                               remote named origin), which trusted publishers are registered for
  --demo NAME                  in the tokenless repository, the demo to rehearse on:
                                 npm-python   demo/: an npm package and a Python package in
                                              python/, tags v1.0.0 to v1.2.0, 1.3.0 to release,
                                              and a hotfix/1.1.x branch with 1.1.1
                                 python-only  demo/python-only/: example-pkg, pyproject.toml at
                                              the root
                                 monorepo     demo/monorepo/: npm workspaces in packages/*,
                                              tagged <name>@<version>, one package changed
                               (default: the one that fits the workflow: monorepo when it reads
                               packages/*, python-only when it publishes to PyPI and not npm,
                               npm-python otherwise)
  --ref NAME                   the branch or tag the workflow_dispatch runs on (default: the
                               default branch), e.g. --ref hotfix/1.1.x
  --event NAME                 workflow_dispatch (default), release or workflow_call
  --input KEY=VALUE ...        the event's inputs (repeatable); an input not given is empty,
                               as when the maintainer leaves it empty in the Actions tab
  --trusted-publisher KEY=VALUE ...
                               register the trusted publishers with these fields instead of the
                               workflow's: owner, repository, workflow, environment (empty: none)
  --fault SPEC ...             inject a fault, e.g. registry:npm:status=500:nth=3 or
                               "github:POST /repos/{owner}/{repo}/releases:status=502"
  --rerun-failed               after a failed run, rerun the failed jobs (and those that needed
                               them) on the same sandbox state, without the faults
  --json                       print the report as JSON
  -h, --help                   show this help

Exit status: 0 passed (every publish and release step ran against the sandbox), 1 failed,
2 a usage mistake, 3 not rehearsed (a publish or release step, or a job calling another
repository's reusable workflow, could not run: the report names them).`

export const DEMOS = ['npm-python', 'python-only', 'monorepo'] as const
export type DemoName = (typeof DEMOS)[number]

export const EVENTS = ['workflow_dispatch', 'release', 'workflow_call'] as const
export type RehearsalEvent = (typeof EVENTS)[number]

export const PUBLISHER_KEYS = ['owner', 'repository', 'workflow', 'environment'] as const
export type PublisherOverride = Partial<Record<(typeof PUBLISHER_KEYS)[number], string>>

export interface RehearseOptions {
  workflow: string | undefined
  repo: string | undefined
  /** `owner/name` given with --repository, instead of the one read from origin. */
  repository: { owner: string; repo: string } | undefined
  demo: DemoName | undefined
  ref: string | undefined
  event: RehearsalEvent
  inputs: Record<string, string>
  trustedPublisher: PublisherOverride | undefined
  faults: string[]
  rerunFailed: boolean
  json: boolean
  help: boolean
}

/** A mistake on the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

const TAKES_VALUE = new Set(['--workflow', '--repo', '--repository', '--event', '--demo', '--ref'])
const TAKES_LIST = new Set(['--input', '--trusted-publisher', '--fault'])

function keyValue(flag: string, text: string): [string, string] {
  const at = text.indexOf('=')
  if (at <= 0) {
    throw new UsageError(
      `${flag} takes KEY=VALUE, got "${text}". For example: ${flag} ${flag === '--input' ? 'version=1.2.3' : 'workflow=publish.yml'}.`,
    )
  }
  return [text.slice(0, at), text.slice(at + 1)]
}

export function parseRehearseArgs(args: string[]): RehearseOptions {
  const options: RehearseOptions = {
    workflow: undefined,
    repo: undefined,
    repository: undefined,
    demo: undefined,
    ref: undefined,
    event: 'workflow_dispatch',
    inputs: {},
    trustedPublisher: undefined,
    faults: [],
    rerunFailed: false,
    json: false,
    help: false,
  }
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? ''
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1
    const flag = equals > 0 ? arg.slice(0, equals) : arg
    const inline = equals > 0 ? arg.slice(equals + 1) : undefined
    if (flag === '-h' || flag === '--help') {
      options.help = true
      continue
    }
    if (flag === '--json' || flag === '--rerun-failed') {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value, got "${arg}".`)
      if (flag === '--json') options.json = true
      else options.rerunFailed = true
      continue
    }
    if (TAKES_VALUE.has(flag)) {
      const value = inline ?? args[++index]
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new UsageError(`${flag} needs a value.`)
      }
      if (flag === '--workflow') options.workflow = value
      else if (flag === '--repo') options.repo = value
      else if (flag === '--repository') {
        const match = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(value)
        if (match?.[1] === undefined || match[2] === undefined) {
          throw new UsageError(
            `--repository takes OWNER/NAME as on GitHub, got "${value}". For example: --repository acme/widget.`,
          )
        }
        options.repository = { owner: match[1], repo: match[2].replace(/\.git$/, '') }
      } else if (flag === '--ref') options.ref = value.replace(/^refs\/heads\//, '')
      else if (flag === '--demo') {
        if (!(DEMOS as readonly string[]).includes(value)) {
          throw new UsageError(`--demo is "${value}"; the demos are ${DEMOS.join(', ')}.`)
        }
        options.demo = value as DemoName
      } else if ((EVENTS as readonly string[]).includes(value)) {
        options.event = value as RehearsalEvent
      } else {
        throw new UsageError(`--event is "${value}"; it can be ${EVENTS.join(', ')}.`)
      }
      continue
    }
    if (TAKES_LIST.has(flag)) {
      // The flag takes every following word up to the next option.
      const values: string[] = inline === undefined ? [] : [inline]
      while (index + 1 < args.length && !(args[index + 1] ?? '').startsWith('--')) {
        values.push(args[++index] ?? '')
      }
      if (values.length === 0) throw new UsageError(`${flag} needs at least one value.`)
      for (const value of values) {
        if (flag === '--fault') options.faults.push(value)
        else if (flag === '--input') {
          const [key, text] = keyValue(flag, value)
          options.inputs[key] = text
        } else {
          const [key, text] = keyValue(flag, value)
          if (!(PUBLISHER_KEYS as readonly string[]).includes(key)) {
            throw new UsageError(
              `--trusted-publisher does not know "${key}"; its keys are ${PUBLISHER_KEYS.join(', ')}.`,
            )
          }
          options.trustedPublisher = {
            ...options.trustedPublisher,
            [key as (typeof PUBLISHER_KEYS)[number]]: text,
          }
        }
      }
      continue
    }
    throw new UsageError(
      arg.startsWith('-')
        ? `Unknown option ${flag}.`
        : `Unexpected argument "${arg}": every value follows its option (--workflow ${arg}?).`,
    )
  }
  if (options.demo !== undefined && options.repo !== undefined) {
    throw new UsageError(
      '--demo and --repo exclude each other: --demo rehearses a demo of the tokenless repository, --repo your repository.',
    )
  }
  return options
}
