import {
  type ActionContext,
  booleanInput,
  ConfigurationError,
  enumInput,
  multilineInput,
  optionalInput,
  repositoryInput,
  type RepoRef,
  requiredInput,
} from '@tokenless/action-kit'
import {
  compareVersions,
  formatTag,
  parseTag,
  validateVersion,
  VERSION_SCHEMES,
  type VersionScheme,
} from '@tokenless/versioning'

export interface PackageEntry {
  registry: 'npm' | 'pypi'
  name: string
}

export interface YankNoticeInputs {
  tag: string
  version: string
  prefix: string
  scheme: VersionScheme
  reason: string
  /** The replacement as a version (a tag given as replacement loses its prefix). */
  replacement: string | undefined
  packages: PackageEntry[]
  issue: boolean
  npmDeprecateToken: string | undefined
  npmRegistry: string
  pypiUrl: string
  repository: RepoRef
  token: string
}

/** A reason is a few sentences for users: it goes into the banner, the issue and npm's message. */
export const REASON_LIMIT = 2000

const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/
const PYPI_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/

/** One `packages` line: `npm:@acme/widget` or `pypi:acme-widget`. */
export function parsePackageEntry(line: string): PackageEntry {
  const match = /^(npm|pypi):\s*(.+)$/i.exec(line)
  const registry = match?.[1]?.toLowerCase()
  const name = match?.[2]?.trim() ?? ''
  if (registry === 'npm' && NPM_NAME.test(name)) return { registry, name }
  if (registry === 'pypi' && PYPI_NAME.test(name)) return { registry, name }
  if (registry === undefined) {
    throw new ConfigurationError(
      `Input packages has the line "${line}", which names no registry. Write one package per line as npm:<name> or pypi:<name>, e.g. npm:@acme/widget or pypi:acme-widget.`,
      { input: 'packages' },
    )
  }
  throw new ConfigurationError(
    `Input packages has the line "${line}", but "${name}" is not a valid ${registry === 'npm' ? 'npm' : 'PyPI'} package name. Write one package per line as npm:<name> or pypi:<name>, e.g. npm:@acme/widget or pypi:acme-widget.`,
    { input: 'packages' },
  )
}

function url(ctx: ActionContext, name: string, fallback: string): string {
  const text = optionalInput(ctx, name) ?? fallback
  try {
    const parsed = new URL(text)
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return text
  } catch {
    // Reported below.
  }
  throw new ConfigurationError(
    `Input ${name} is "${text}", which is not an http(s) URL. Leave it out for ${fallback}.`,
    { input: name },
  )
}

export function parseInputs(ctx: ActionContext): YankNoticeInputs {
  const repository = repositoryInput(ctx, true)
  const token = optionalInput(ctx, 'token')
  if (token === undefined) {
    throw new ConfigurationError(
      'Input token is empty. Leave it out to use the job\'s GITHUB_TOKEN (with "permissions: { contents: write, issues: write }"), or pass a token that can write releases and issues.',
      { input: 'token' },
    )
  }
  const scheme = enumInput(ctx, 'scheme', VERSION_SCHEMES, 'semver')
  const prefix = ctx.getInput('tag-prefix').trim()
  const tagInput = optionalInput(ctx, 'tag')
  const versionInput = optionalInput(ctx, 'version')
  if (tagInput === undefined && versionInput === undefined) {
    throw new ConfigurationError(
      'Neither tag nor version was given: set tag (e.g. v1.2.0) or version (e.g. 1.2.0) to the release to yank.',
      { input: 'tag' },
    )
  }
  const tag = tagInput ?? formatTag(prefix, versionInput ?? '')
  const version = parseTag(tag, prefix).version
  if (versionInput !== undefined && versionInput !== version) {
    throw new ConfigurationError(
      `Input version is ${versionInput} but the tag ${tag} says ${version}. Give one of them, or make them agree.`,
      { input: 'version' },
    )
  }
  validateVersion(version, scheme)
  let replacement = optionalInput(ctx, 'replacement')
  if (replacement !== undefined && prefix !== '' && replacement.startsWith(prefix)) {
    replacement = replacement.slice(prefix.length)
  }
  if (replacement !== undefined) validateVersion(replacement, scheme)
  if (replacement !== undefined && compareVersions(replacement, version, scheme) < 0) {
    throw new ConfigurationError(
      `Input replacement is ${replacement}, which is lower than ${version}, the version being yanked: users cannot upgrade to it. Set replacement to a fixed version above ${version}, or leave it out: users are then told to pin the previous good release.`,
      { input: 'replacement' },
    )
  }
  if (replacement === version) {
    throw new ConfigurationError(
      `Input replacement is ${version}, the version being yanked. Set replacement to the fixed version users should move to, or leave it out.`,
      { input: 'replacement' },
    )
  }
  const seen = new Set<string>()
  const packages = multilineInput(ctx, 'packages')
    .map(parsePackageEntry)
    .filter((entry) => {
      const key = `${entry.registry}:${entry.name}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  const reason = requiredInput(ctx, 'reason', 'Say what is wrong with the release, for its users.')
  if (reason.length > REASON_LIMIT) {
    throw new ConfigurationError(
      `Input reason has ${reason.length} characters, more than the ${REASON_LIMIT} that fit in the banner, the tracking issue and npm's message. Say what is wrong in a few sentences and link to the details (an issue or an advisory).`,
      { input: 'reason' },
    )
  }
  return {
    tag,
    version,
    prefix,
    scheme,
    reason,
    replacement,
    packages,
    issue: booleanInput(ctx, 'issue', true),
    npmDeprecateToken: optionalInput(ctx, 'npm-deprecate-token'),
    npmRegistry: url(ctx, 'npm-registry', 'https://registry.npmjs.org/'),
    pypiUrl: url(ctx, 'pypi-url', 'https://pypi.org'),
    repository,
    token,
  }
}
