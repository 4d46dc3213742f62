import { ConfigurationError, httpRequest } from '@tokenless/action-kit'
import { escapePackageName } from '@tokenless/oidc'

/** What a registry says about the yanked version of one package. */
export interface RegistryVersionState {
  /** npm's `deprecated` message, or PyPI's yanked reason (`''` when yanked without one). */
  marked: string | undefined
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`
}

export function packumentUrl(registry: string, name: string): string {
  return new URL(escapePackageName(name), withSlash(registry)).toString()
}

async function readJson(url: string, what: string): Promise<{ status: number; data: unknown }> {
  let response
  try {
    response = await httpRequest(url, { headers: { accept: 'application/json' } })
  } catch (error) {
    throw new Error(
      `Could not read ${what} from ${url}: ${error instanceof Error ? error.message : String(error)}.`,
      { cause: error },
    )
  }
  if (response.status === 404) return { status: 404, data: undefined }
  if (!response.ok) {
    throw new Error(
      `Could not read ${what} from ${url}: ${response.status} ${response.statusText}.`,
    )
  }
  return { status: response.status, data: await response.json() }
}

/** The npm packument's state of `version`, after checking that it and the replacement exist. */
export async function readNpmState(
  registry: string,
  name: string,
  version: string,
  replacement: string | undefined,
): Promise<RegistryVersionState> {
  const { status, data } = await readJson(packumentUrl(registry, name), `npm package ${name}`)
  if (status === 404) {
    throw new ConfigurationError(
      `Input packages names npm:${name}, but ${registry} has no package ${name} (404). Check the name, or remove the line.`,
      { input: 'packages' },
    )
  }
  const versions = (data as { versions?: Record<string, { deprecated?: unknown }> }).versions ?? {}
  const entry = versions[version]
  if (entry === undefined) {
    throw new ConfigurationError(
      `npm package ${name} has no version ${version} on ${registry}: there is nothing to deprecate. Check the tag, or remove npm:${name} from packages.`,
      { input: 'packages' },
    )
  }
  if (replacement !== undefined && versions[replacement] === undefined) {
    throw new ConfigurationError(
      `Input replacement is ${replacement}, but npm package ${name} has no version ${replacement} on ${registry}. Publish it first, or choose a version that is published.`,
      { input: 'replacement' },
    )
  }
  const deprecated = entry.deprecated
  return { marked: typeof deprecated === 'string' && deprecated !== '' ? deprecated : undefined }
}

export function pypiManageUrl(pypiUrl: string, name: string, version: string): string {
  return `${withSlash(pypiUrl)}manage/project/${name}/release/${version}/`
}

/** PyPI's JSON API state of `version` (`yanked`), after checking it and the replacement exist. */
export async function readPypiState(
  pypiUrl: string,
  name: string,
  version: string,
  replacement: string | undefined,
): Promise<RegistryVersionState> {
  const base = withSlash(pypiUrl)
  const { status, data } = await readJson(
    `${base}pypi/${name}/${version}/json`,
    `PyPI project ${name}`,
  )
  if (status === 404) {
    const project = await readJson(`${base}pypi/${name}/json`, `PyPI project ${name}`)
    throw new ConfigurationError(
      project.status === 404
        ? `Input packages names pypi:${name}, but ${pypiUrl} has no project ${name} (404). Check the name, or remove the line.`
        : `PyPI project ${name} has no release ${version} on ${pypiUrl}: there is nothing to yank. Check the tag, or remove pypi:${name} from packages.`,
      { input: 'packages' },
    )
  }
  if (replacement !== undefined) {
    const other = await readJson(`${base}pypi/${name}/${replacement}/json`, `PyPI project ${name}`)
    if (other.status === 404) {
      throw new ConfigurationError(
        `Input replacement is ${replacement}, but PyPI project ${name} has no release ${replacement} on ${pypiUrl}. Publish it first, or choose a version that is published.`,
        { input: 'replacement' },
      )
    }
  }
  const info = (data as { info?: { yanked?: unknown; yanked_reason?: unknown } }).info ?? {}
  if (info.yanked !== true) return { marked: undefined }
  return { marked: typeof info.yanked_reason === 'string' ? info.yanked_reason : '' }
}
