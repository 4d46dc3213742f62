// The registries a release publishes to: their names as publish-oidc's `registry:` input spells
// them, their public upload addresses and hosts, and the variables that hand each a token.

/** A registry publish-oidc can publish to by name. */
export type RegistryName = 'npm' | 'pypi' | 'testpypi'

/** A registry a workflow step publishes to: one of the named ones, or anything else. */
export type PublishRegistry = RegistryName | 'other'

export interface RegistryFacts {
  /** How messages name it. */
  title: string
  /** The package ecosystem it serves. */
  ecosystem: 'npm' | 'pypi'
  /** Where a publish goes by default. */
  url: string
  /** Hosts whose URLs mean this registry (upload and index). */
  hosts: string[]
}

export const REGISTRIES: Readonly<Record<RegistryName, RegistryFacts>> = {
  npm: {
    title: 'npm',
    ecosystem: 'npm',
    url: 'https://registry.npmjs.org/',
    hosts: ['registry.npmjs.org'],
  },
  pypi: {
    title: 'PyPI',
    ecosystem: 'pypi',
    url: 'https://upload.pypi.org/legacy/',
    hosts: ['upload.pypi.org', 'pypi.org'],
  },
  testpypi: {
    title: 'TestPyPI',
    ecosystem: 'pypi',
    url: 'https://test.pypi.org/legacy/',
    hosts: ['test.pypi.org'],
  },
}

export const REGISTRY_NAMES = Object.keys(REGISTRIES) as RegistryName[]

/** How messages name a registry; `other` is "the registry". */
export function registryTitle(registry: PublishRegistry): string {
  return registry === 'other' ? 'the registry' : REGISTRIES[registry].title
}

export function isRegistryName(text: string): text is RegistryName {
  return Object.hasOwn(REGISTRIES, text)
}

/**
 * The named registry a URL (or any text holding one) points at, by host: `test.pypi.org` before
 * `pypi.org`; undefined for any other host.
 */
export function registryOfUrl(text: string): RegistryName | undefined {
  const hosts = REGISTRY_NAMES.flatMap((name) =>
    REGISTRIES[name].hosts.map((host) => ({ name, host })),
  )
  // Longest host first: test.pypi.org contains pypi.org.
  hosts.sort((a, b) => b.host.length - a.host.length)
  return hosts.find(({ host }) => text.includes(host))?.name
}

/**
 * publish-oidc's rule for a registry given as a URL: a path ending in `/legacy` is a PyPI-style
 * upload endpoint (Warehouse's legacy upload API), anything else an npm registry.
 */
export function ecosystemOfUrl(url: URL): 'npm' | 'pypi' {
  return url.pathname.replace(/\/+$/, '').endsWith('/legacy') ? 'pypi' : 'npm'
}

/** What publish-oidc's `registry:` input says, read from a workflow file before it runs. */
export type RegistrySpelling =
  | { kind: 'name'; name: RegistryName }
  | { kind: 'expression' }
  | { kind: 'url'; url: string; registry: RegistryName | undefined; ecosystem: 'npm' | 'pypi' }
  | { kind: 'invalid'; text: string }

/** Reads a `registry:` input as written; empty or missing is publish-oidc's default, npm. */
export function readRegistrySpelling(value: string | undefined): RegistrySpelling {
  const text = (value ?? '').trim()
  if (text === '') return { kind: 'name', name: 'npm' }
  if (isRegistryName(text)) return { kind: 'name', name: text }
  if (text.includes('${{')) return { kind: 'expression' }
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return { kind: 'invalid', text }
  }
  return {
    kind: 'url',
    url: text,
    registry: registryOfUrl(url.host),
    ecosystem: ecosystemOfUrl(url),
  }
}

/** Variables that hand an npm token to `npm publish` and the tools around it. */
const NPM_TOKEN_VARIABLES =
  /^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|NPM_CONFIG__AUTH(TOKEN)?|NPM_CONFIG_TOKEN)$/i
/** Variables that hand a PyPI token (or password) to twine, uv, poetry, hatch, flit, maturin, pdm. */
const PYPI_TOKEN_VARIABLES =
  /^(TWINE_PASSWORD|PYPI_API_TOKEN|PYPI_TOKEN|PYPI_PASSWORD|UV_PUBLISH_TOKEN|UV_PUBLISH_PASSWORD|POETRY_PYPI_TOKEN_\w+|POETRY_HTTP_BASIC_\w+_PASSWORD|HATCH_INDEX_AUTH|FLIT_PASSWORD|MATURIN_PYPI_TOKEN|MATURIN_PASSWORD|PDM_PUBLISH_PASSWORD)$/i

/** Whether an env variable's name is one that hands a token to a publish for that ecosystem. */
export function isRegistryTokenVariable(name: string, ecosystem: 'npm' | 'pypi'): boolean {
  return (ecosystem === 'npm' ? NPM_TOKEN_VARIABLES : PYPI_TOKEN_VARIABLES).test(name)
}

/** Env variable names that hand a registry token to a publishing tool. */
export function isTokenVariable(name: string): boolean {
  return isRegistryTokenVariable(name, 'npm') || isRegistryTokenVariable(name, 'pypi')
}

/** A token written into a script's npm configuration (`--//host/:_authToken=...`). */
export const INLINE_NPM_TOKEN = /_authToken/
