// Publishers: the steps that upload a package, to which registry, and with which credential.
// Entries are in tools/<ecosystem>.ts; `publishesOf` reads them all.
import { has } from './commands.js'
import { findHits, nameOf } from './detectors.js'
import { MAYBE_DRY_RUN } from './followed-scripts.js'
import type { Hit, Matcher, Subject, ToolName } from './detectors.js'
import {
  INLINE_NPM_TOKEN,
  isRegistryTokenVariable,
  readRegistrySpelling,
  registryOfUrl,
} from './registries.js'
import type { PublishRegistry, RegistryName } from './registries.js'
import { actionName, envValue, isGithubToken, stepInput } from './step.js'
import type { PlainStep, StepContext } from './step.js'

/**
 * Where a publisher's registry is read from:
 * - a registry's name: always that one;
 * - `inputs`: the first of these `with:` inputs holding a URL (default when empty);
 * - `publish-oidc`: the `registry:` input as publish-oidc spells it;
 * - `npm-command`: `--registry` on the command line, else setup-node's `registry-url` in the job;
 * - `python-command`: `--repository-url`, `--publish-url`, `--index`, a `testpypi` named index.
 */
export type RegistrySource =
  | RegistryName
  | { inputs: readonly string[]; default: RegistryName }
  | 'publish-oidc'
  | 'npm-command'
  | 'python-command'

export interface PublisherEntry extends Matcher {
  /** How findings name the tool; default the `uses:` as written. */
  tool: ToolName
  ecosystem: 'npm' | 'pypi'
  registry: RegistrySource
  /** How a registry token reaches it (anything else is trusted publishing). */
  token: {
    /** The ecosystem's token variables in the step's env (and npm's inline `_authToken`). */
    env?: boolean
    /** `with:` inputs whose value (other than GITHUB_TOKEN) is a token. */
    inputs?: readonly string[]
    /** Command-line words that hand one over (`-p`, `--token`; `--token=x` too). */
    flags?: readonly string[]
    /** It only works with one. */
    always?: boolean
  }
  /**
   * How npm provenance is asked for: a flag, or an input (with its default); npm entries also
   * read `NPM_CONFIG_PROVENANCE` unless an input decides.
   */
  provenance?: { flag?: string; input?: string; inputDefault?: boolean }
  /** tokenless's publish-oidc (it refuses any token and checks the environment itself). */
  publishOidc?: boolean
}

export interface PublishFound {
  registry: PublishRegistry
  /** `npm publish`, `pypa/gh-action-pypi-publish`, `changeset publish`... */
  tool: string
  /** Text in the step to point at. */
  needle: string
  /** A registry token is handed to the publish (so it is not trusted publishing). */
  usesToken: boolean
  /** npm provenance is asked for (it needs `id-token: write` even with a token). */
  provenance: boolean
  /** tokenless's publish-oidc action. */
  publishOidc: boolean
}

const DRY_RUN = ['--dry-run', '-n', '--dryrun']

/** The step's env sets a dry-run switch (`PUBLISH_DRY_RUN: 'true'`, `DRY_RUN=1`). */
function asksForDryRun(step: PlainStep): boolean {
  return Object.entries(step.env ?? {}).some(
    ([name, value]) => /DRY_?RUN/i.test(name) && /^(true|1|yes)$/i.test(value.trim()),
  )
}

/** The publishes a step makes, by the publisher table (one step may publish to npm and PyPI). */
export function publishesIn(
  table: readonly PublisherEntry[],
  step: PlainStep,
  context: StepContext,
): PublishFound[] {
  const hits = findHits(
    table,
    step,
    context,
    (command) =>
      has(command.words, ...DRY_RUN) ||
      (command.words.includes(MAYBE_DRY_RUN) && asksForDryRun(step)),
  )
  return hits.map((hit) => ({
    registry: registryOf(hit),
    tool: nameOf(hit.entry.tool, hit),
    needle: hit.needle,
    usesToken: usesToken(hit),
    provenance: provenanceOf(hit),
    publishOidc: hit.entry.publishOidc ?? false,
  }))
}

function registryOf({ entry, subject }: Hit<PublisherEntry>): PublishRegistry {
  const source = entry.registry
  if (typeof source === 'object') {
    const url = source.inputs.map((name) => stepInput(subject.step, name)).find((v) => v)
    return url ? (registryOfUrl(url) ?? 'other') : source.default
  }
  if (source === 'publish-oidc') {
    const spelled = readRegistrySpelling(stepInput(subject.step, 'registry'))
    if (spelled.kind === 'name') return spelled.name
    if (spelled.kind === 'expression') return 'npm'
    return spelled.kind === 'url' ? (spelled.registry ?? 'other') : 'other'
  }
  if (source === 'npm-command') return npmCommandRegistry(subject)
  if (source === 'python-command') return pythonCommandRegistry(subject.args, subject.step)
  return source
}

function npmCommandRegistry({ words, context }: Subject): PublishRegistry {
  const flag = words.indexOf('--registry')
  const explicit =
    flag >= 0 ? words[flag + 1] : words.find((word) => word.startsWith('--registry='))
  const registry =
    explicit ??
    stepInput(
      context.jobSteps.find((each) => actionName(each.uses) === 'actions/setup-node') ?? {},
      'registry-url',
    )
  if (registry && registryOfUrl(registry) !== 'npm' && !registry.includes('${{')) return 'other'
  return 'npm'
}

/** Variables that name the upload URL (or index) of twine, uv, pdm, hatch, flit and maturin. */
const PYTHON_UPLOAD_URL_VARIABLES = [
  'TWINE_REPOSITORY_URL',
  'TWINE_REPOSITORY',
  'UV_PUBLISH_URL',
  'PDM_PUBLISH_REPO',
  'HATCH_INDEX_REPO',
  'FLIT_INDEX_URL',
  'MATURIN_REPOSITORY_URL',
  'MATURIN_REPOSITORY',
]

function pythonCommandRegistry(tool: string[], step: PlainStep): PublishRegistry {
  const text = tool.join(' ')
  if (/test\.pypi\.org|testpypi/i.test(text)) return 'testpypi'
  const url =
    /--(?:repository-url|publish-url|repository|index|index-url)[= ](\S+)/.exec(text)?.[1] ??
    envValue(step, ...PYTHON_UPLOAD_URL_VARIABLES)?.trim()
  if (url && /test\.pypi\.org|^testpypi$/i.test(url)) return 'testpypi'
  if (url && /^https?:/.test(url) && registryOfUrl(url) !== 'pypi') return 'other'
  return 'pypi'
}

function usesToken({ entry, subject }: Hit<PublisherEntry>): boolean {
  const token = entry.token
  if (token.always) return true
  const { step } = subject
  if (token.env) {
    for (const [name, value] of Object.entries(step.env ?? {}))
      if (
        isRegistryTokenVariable(name, entry.ecosystem) &&
        value.trim() !== '' &&
        !isGithubToken(value)
      )
        return true
    if (entry.ecosystem === 'npm' && INLINE_NPM_TOKEN.test(step.run ?? '')) return true
  }
  for (const input of token.inputs ?? []) {
    const value = stepInput(step, input)
    if (value !== undefined && value.trim() !== '' && !isGithubToken(value)) return true
  }
  const flags = token.flags ?? []
  return subject.args.some((word) =>
    flags.some((flag) => word === flag || word.startsWith(`${flag}=`)),
  )
}

function provenanceOf({ entry, subject }: Hit<PublisherEntry>): boolean {
  const rule = entry.provenance ?? {}
  if (rule.input !== undefined) {
    const value = stepInput(subject.step, rule.input)?.trim()
    return value === 'true' ? true : value === 'false' ? false : (rule.inputDefault ?? false)
  }
  if (entry.ecosystem !== 'npm') return false
  if (rule.flag !== undefined && subject.args.includes(rule.flag)) return true
  return /^true$/i.test(subject.step.env?.NPM_CONFIG_PROVENANCE ?? '')
}
