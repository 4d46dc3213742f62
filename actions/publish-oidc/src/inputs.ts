import {
  type ActionContext,
  booleanInput,
  ConfigurationError,
  enumInput,
  integerInput,
  multilineInput,
  optionalInput,
  repositoryInput,
  type RepoRef,
} from '@tokenless/action-kit'
import { redactUrl } from '@tokenless/oidc'
import { ecosystemOfUrl, isRegistryName, REGISTRIES } from '@tokenless/release-tools'
import type { RegistryName } from '@tokenless/release-tools'

export type RegistryTarget =
  | { kind: 'npm'; url: string }
  | { kind: 'pypi'; name: Exclude<RegistryName, 'npm'> | 'custom'; uploadUrl: string }

export const GATE_MODES = ['auto', 'true', 'false'] as const

export interface PublishInputs {
  registry: RegistryTarget
  packages: string[]
  version: string | undefined
  distTag: string | undefined
  provenance: boolean
  /** PyPI: a PEP 740 attestation per distribution (pypa/gh-action-pypi-publish's default). */
  attestations: boolean
  skipExisting: boolean
  environments: string[]
  requireGate: (typeof GATE_MODES)[number]
  verify: boolean
  verifyTimeoutSeconds: number
  npmVersion: string
  sha: string | undefined
  token: string | undefined
  repository: RepoRef | undefined
  workingDirectory: string
}

export function parseRegistry(value: string | undefined): RegistryTarget {
  const text = value ?? 'npm'
  if (isRegistryName(text)) {
    const { url } = REGISTRIES[text]
    return text === 'npm' ? { kind: 'npm', url } : { kind: 'pypi', name: text, uploadUrl: url }
  }
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new ConfigurationError(
      `Input registry is "${text}", which is neither npm, pypi, testpypi nor a URL. Use one of those, e.g. registry: npm.`,
      { input: 'registry' },
    )
  }
  if (ecosystemOfUrl(url) === 'pypi') {
    return {
      kind: 'pypi',
      name: 'custom',
      uploadUrl: url.href.endsWith('/') ? url.href : `${url.href}/`,
    }
  }
  return { kind: 'npm', url: url.href.endsWith('/') ? url.href : `${url.href}/` }
}

/**
 * Refuses a registry URL with credentials in it (`https://user:token@host/`): they are masked
 * first and never printed; the message shows the URL without them.
 */
function refuseRegistryCredentials(ctx: ActionContext, value: string | undefined): void {
  if (value === undefined) return
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return
  }
  if (!url.username && !url.password) return
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text)
    } catch {
      return text
    }
  }
  for (const secret of [
    value,
    url.password,
    url.username,
    decode(url.password),
    decode(url.username),
  ])
    if (secret) ctx.setSecret(secret)
  const bare = `${url.protocol}//${url.host}${url.pathname}`
  throw new ConfigurationError(
    `Input registry is a URL with credentials in it (${redactUrl(value)}). publish-oidc publishes through OIDC only, and a credential in a workflow file is one that leaks: remove it from the URL, revoke it, and name the registry alone, e.g. registry: ${bare}.`,
    { input: 'registry' },
  )
}

export function parseInputs(ctx: ActionContext): PublishInputs {
  const registryInput = optionalInput(ctx, 'registry')
  refuseRegistryCredentials(ctx, registryInput)
  const registry = parseRegistry(registryInput)
  return {
    registry,
    packages: multilineInput(ctx, 'packages'),
    version: optionalInput(ctx, 'version'),
    distTag: optionalInput(ctx, 'dist-tag'),
    provenance: booleanInput(ctx, 'provenance', true),
    attestations: booleanInput(ctx, 'attestations', true),
    skipExisting: booleanInput(ctx, 'skip-existing', true),
    environments: multilineInput(ctx, 'environment'),
    requireGate: enumInput(ctx, 'require-gate', GATE_MODES, 'auto'),
    verify: booleanInput(ctx, 'verify', true),
    verifyTimeoutSeconds: integerInput(ctx, 'verify-timeout-seconds', {
      defaultValue: 120,
      min: 0,
      max: 3600,
    }),
    npmVersion: optionalInput(ctx, 'npm-version') ?? '11.5.1',
    sha: optionalInput(ctx, 'sha') ?? ctx.env.GITHUB_SHA,
    token: optionalInput(ctx, 'token'),
    repository: repositoryInput(ctx, false),
    workingDirectory: optionalInput(ctx, 'working-directory') ?? '.',
  }
}
