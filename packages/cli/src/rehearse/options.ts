// `tokenless rehearse` options: parsed once (node:util parseArgs, its tokens read one by one so
// that a list option takes the words after it), every mistake said with the fix.
import { parseArgs } from 'node:util'
import { parseDuration } from './rehearsal-clock.js'

export const REHEARSE_USAGE = `Usage: tokenless rehearse [options]

Runs a release workflow locally against the sandbox (GitHub API, OIDC issuer, npm registry,
PyPI): the same workflow, the real action bundles, the real npm CLI. No publish leaves the
machine, whatever registry the workflow names; installs still read the real registries.
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
  --ref NAME                   the branch or tag the run is on (default: the default branch),
                               e.g. --ref hotfix/1.1.x, or --event push --ref refs/tags/v1.2.3;
                               with workflow_run, the branch of the run that completed
  --event NAME                 workflow_dispatch (default), release, workflow_call, push
                               (a push of --ref: its branch, tag and paths filters are
                               checked), schedule (on the default branch) or workflow_run
  --conclusion VALUE           with --event workflow_run: how the other run ended (default
                               success; also failure, cancelled, skipped, timed_out, neutral,
                               action_required)
  --input KEY=VALUE ...        the event's inputs (repeatable); an input not given is empty,
                               as when the maintainer leaves it empty in the Actions tab
  --release-pr merged|open     what the release-PR actions (changesets/action,
                               googleapis/release-please-action) find: merged, their release
                               pull request was just merged (changesets runs its publish
                               script, release-please creates the GitHub releases); open, it
                               is still to open or update (they version and push its branch).
                               Default: read from the repository (changesets pending: open;
                               release-please's version not tagged yet: merged). The report
                               says what the real action would have done.
  --trusted-publisher KEY=VALUE ...
                               register the trusted publishers with these fields instead of the
                               workflow's: owner, repository, workflow, environment (empty: none)
  --fault SPEC ...             inject a fault, e.g. registry:npm:status=500:nth=3 or
                               "github:POST /repos/{owner}/{repo}/releases:status=502"
  --approval-wait DURATION     every job under an environment: waits this long for its approval
                               (simulated: the rehearsal does not sleep), e.g. 9h, 90m, 1h30m:
                               the jobs after it, their run: steps (libfaketime), JavaScript
                               actions and OIDC tokens see the later time, as on GitHub
  --clock TIME                 the time the run starts at, ISO 8601 with its zone, e.g.
                               2026-06-03T23:55:00Z (default: now); with --approval-wait 9h, an
                               approval crossing midnight UTC
  --rerun-failed               after a failed run, rerun the failed jobs (and those that needed
                               them) on the same sandbox state, without the faults
  --json                       print the report as JSON
  -h, --help                   show this help

Exit status: 0 passed (every publish and release step ran against the sandbox), 1 failed,
2 a usage mistake, 3 not rehearsed (a publish or release step, or a job calling another
repository's reusable workflow, could not run: the report names them).`

export const DEMOS = ['npm-python', 'python-only', 'monorepo'] as const
export type DemoName = (typeof DEMOS)[number]

export const EVENTS = [
  'workflow_dispatch',
  'release',
  'workflow_call',
  'push',
  'schedule',
  'workflow_run',
] as const
export type RehearsalEvent = (typeof EVENTS)[number]

export const RELEASE_PR_STATES = ['merged', 'open'] as const
export type ReleasePrState = (typeof RELEASE_PR_STATES)[number]

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
  /** With workflow_run: the conclusion of the run that completed. */
  conclusion: string | undefined
  inputs: Record<string, string>
  /** --release-pr: the release-PR actions' decision, instead of the repository's. */
  releasePr: ReleasePrState | undefined
  trustedPublisher: PublisherOverride | undefined
  faults: string[]
  rerunFailed: boolean
  /** --approval-wait, in ms: how long each job under an environment waits (simulated). */
  approvalWaitMs: number
  /** --clock: when the run starts. */
  clock: Date | undefined
  json: boolean
  help: boolean
}

/** A mistake on the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export const CONCLUSIONS = [
  'success',
  'failure',
  'cancelled',
  'skipped',
  'timed_out',
  'neutral',
  'action_required',
] as const

const VALUE_OPTIONS = [
  'workflow',
  'repo',
  'repository',
  'event',
  'demo',
  'ref',
  'conclusion',
  'release-pr',
  'approval-wait',
  'clock',
]
const LIST_OPTIONS = ['input', 'trusted-publisher', 'fault']
const FLAGS = ['json', 'rerun-failed', 'help']

type OptionSpec = { type: 'string'; multiple?: boolean } | { type: 'boolean' }

const PARSE_OPTIONS: Record<string, OptionSpec> = Object.fromEntries([
  ...VALUE_OPTIONS.map((name): [string, OptionSpec] => [name, { type: 'string' }]),
  ...LIST_OPTIONS.map((name): [string, OptionSpec] => [name, { type: 'string', multiple: true }]),
  ...FLAGS.map((name): [string, OptionSpec] => [name, { type: 'boolean' }]),
  ['h', { type: 'boolean' }],
])

function keyValue(flag: string, text: string): [string, string] {
  const at = text.indexOf('=')
  if (at <= 0) {
    throw new UsageError(
      `${flag} takes KEY=VALUE, got "${text}". For example: ${flag} ${flag === '--input' ? 'version=1.2.3' : 'workflow=publish.yml'}.`,
    )
  }
  return [text.slice(0, at), text.slice(at + 1)]
}

function emptyOptions(): RehearseOptions {
  return {
    workflow: undefined,
    repo: undefined,
    repository: undefined,
    demo: undefined,
    ref: undefined,
    event: 'workflow_dispatch',
    conclusion: undefined,
    inputs: {},
    releasePr: undefined,
    trustedPublisher: undefined,
    faults: [],
    rerunFailed: false,
    approvalWaitMs: 0,
    clock: undefined,
    json: false,
    help: false,
  }
}

/** --approval-wait and --clock: the run's time. */
function setTime(options: RehearseOptions, name: string, value: string): void {
  if (name === 'approval-wait') {
    const ms = parseDuration(value)
    if (ms === undefined || ms === 0) {
      throw new UsageError(
        `--approval-wait takes a duration such as 9h, 90m or 1h30m (days d, hours h, minutes m, seconds s), got "${value}".`,
      )
    }
    options.approvalWaitMs = ms
    return
  }
  const at = /(Z|[+-]\d\d:?\d\d)$/i.test(value) ? new Date(value) : undefined
  if (at === undefined || Number.isNaN(at.getTime()) || !/^\d{4}-\d\d-\d\dT/.test(value)) {
    throw new UsageError(
      `--clock takes an ISO 8601 time with its zone, such as 2026-06-03T23:55:00Z, got "${value}".`,
    )
  }
  options.clock = at
}

/** Sets an option that takes one value. */
function setValue(options: RehearseOptions, name: string, value: string): void {
  if (name === 'approval-wait' || name === 'clock') setTime(options, name, value)
  else if (name === 'workflow') options.workflow = value
  else if (name === 'repo') options.repo = value
  else if (name === 'repository') {
    const match = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(value)
    if (match?.[1] === undefined || match[2] === undefined) {
      throw new UsageError(
        `--repository takes OWNER/NAME as on GitHub, got "${value}". For example: --repository acme/widget.`,
      )
    }
    options.repository = { owner: match[1], repo: match[2].replace(/\.git$/, '') }
  } else if (name === 'ref') options.ref = value.replace(/^refs\/heads\//, '')
  else if (name === 'demo') {
    if (!(DEMOS as readonly string[]).includes(value)) {
      throw new UsageError(`--demo is "${value}"; the demos are ${DEMOS.join(', ')}.`)
    }
    options.demo = value as DemoName
  } else if (name === 'conclusion') {
    if (!(CONCLUSIONS as readonly string[]).includes(value)) {
      throw new UsageError(`--conclusion is "${value}"; it can be ${CONCLUSIONS.join(', ')}.`)
    }
    options.conclusion = value
  } else if (name === 'release-pr') {
    if (!(RELEASE_PR_STATES as readonly string[]).includes(value)) {
      throw new UsageError(
        `--release-pr is "${value}"; it can be merged (publish or release, as after the release pull request is merged) or open (version and push the release branch).`,
      )
    }
    options.releasePr = value as ReleasePrState
  } else if ((EVENTS as readonly string[]).includes(value)) {
    options.event = value as RehearsalEvent
  } else {
    throw new UsageError(`--event is "${value}"; it can be ${EVENTS.join(', ')}.`)
  }
}

/** Adds one word to a list option. */
function addToList(options: RehearseOptions, name: string, value: string): void {
  const flag = `--${name}`
  if (name === 'fault') options.faults.push(value)
  else if (name === 'input') {
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

export function parseRehearseArgs(args: string[]): RehearseOptions {
  const options = emptyOptions()
  const { tokens } = parseArgs({
    args,
    options: PARSE_OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  // A list option takes every following word up to the next option.
  let list: { name: string; count: number } | undefined
  const endList = (): void => {
    if (list !== undefined && list.count === 0)
      throw new UsageError(`--${list.name} needs at least one value.`)
    list = undefined
  }
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (list === undefined) {
        throw new UsageError(
          token.value.startsWith('-')
            ? `Unknown option ${token.value}.`
            : `Unexpected argument "${token.value}": every value follows its option (--workflow ${token.value}?).`,
        )
      }
      list.count++
      addToList(options, list.name, token.value)
      continue
    }
    if (token.kind !== 'option') continue
    endList()
    const { name, rawName, value, inlineValue } = token
    const flag = rawName.startsWith('--') ? rawName : `-${name}`
    const missing = value === undefined || (inlineValue !== true && value.startsWith('--'))
    if (name === 'h' || FLAGS.includes(name)) {
      if (value !== undefined)
        throw new UsageError(`${flag} takes no value, got "${args[token.index]}".`)
      if (name === 'json') options.json = true
      else if (name === 'rerun-failed') options.rerunFailed = true
      else options.help = true
    } else if (VALUE_OPTIONS.includes(name)) {
      if (missing) throw new UsageError(`${flag} needs a value.`)
      setValue(options, name, value)
    } else if (LIST_OPTIONS.includes(name)) {
      list = { name, count: 0 }
      if (missing) continue
      list.count++
      addToList(options, name, value)
    } else {
      throw new UsageError(`Unknown option ${flag}.`)
    }
  }
  endList()
  if (options.demo !== undefined && options.repo !== undefined) {
    throw new UsageError(
      '--demo and --repo exclude each other: --demo rehearses a demo of the tokenless repository, --repo your repository.',
    )
  }
  if (options.conclusion !== undefined && options.event !== 'workflow_run') {
    throw new UsageError(
      `--conclusion is the conclusion of the run a workflow_run follows: give it with --event workflow_run.`,
    )
  }
  return options
}
