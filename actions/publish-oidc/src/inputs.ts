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

export type RegistryTarget =
  | { kind: 'npm'; url: string }
  | { kind: 'pypi'; name: 'pypi' | 'testpypi' | 'custom'; uploadUrl: string }

export const GATE_MODES = ['auto', 'true', 'false'] as const

export interface PublishInputs {
  registry: RegistryTarget
  packages: string[]
  version: string | undefined
  distTag: string | undefined
  provenance: boolean
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
  if (text === 'npm') return { kind: 'npm', url: 'https://registry.npmjs.org/' }
  if (text === 'pypi')
    return { kind: 'pypi', name: 'pypi', uploadUrl: 'https://upload.pypi.org/legacy/' }
  if (text === 'testpypi') {
    return { kind: 'pypi', name: 'testpypi', uploadUrl: 'https://test.pypi.org/legacy/' }
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
  if (url.pathname.replace(/\/+$/, '').endsWith('/legacy')) {
    return {
      kind: 'pypi',
      name: 'custom',
      uploadUrl: url.href.endsWith('/') ? url.href : `${url.href}/`,
    }
  }
  return { kind: 'npm', url: url.href.endsWith('/') ? url.href : `${url.href}/` }
}

export function parseInputs(ctx: ActionContext): PublishInputs {
  const registry = parseRegistry(optionalInput(ctx, 'registry'))
  return {
    registry,
    packages: multilineInput(ctx, 'packages'),
    version: optionalInput(ctx, 'version'),
    distTag: optionalInput(ctx, 'dist-tag'),
    provenance: booleanInput(ctx, 'provenance', true),
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
