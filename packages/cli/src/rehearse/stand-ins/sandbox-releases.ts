// GitHub releases on the sandbox's API, for the release stand-ins: find by tag (drafts too),
// create or update, upload assets. Requests carry the job's token, so permissions are GitHub's.
import { globSync, readFileSync, statSync } from 'node:fs'
import { basename, isAbsolute, resolve } from 'node:path'
import type { StandInContext } from './stand-in.js'

export interface Release {
  id: number
  tag_name: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  html_url: string
  upload_url: string
  tarball_url: string | null
  zipball_url: string | null
  assets: Array<{ id: number; name: string; browser_download_url: string }>
}

export class GitHubApiError extends Error {
  override name = 'GitHubApiError'
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`${what}: HTTP ${status} ${JSON.stringify(body)}`)
  }
}

export class SandboxReleases {
  readonly repository: string

  constructor(
    private readonly ctx: StandInContext,
    private readonly token: string,
    repository?: string,
  ) {
    this.repository = repository || ctx.repository
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const url = path.startsWith('http') ? path : `${this.ctx.sandbox.github.url}${path}`
    const response = await fetch(url, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `token ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    const parsed: unknown = text === '' ? undefined : JSON.parse(text)
    if (!response.ok) throw new GitHubApiError(response.status, parsed, `${method} ${path}`)
    return parsed as T
  }

  /** The release of `tag`, a draft included (as the release actions find theirs). */
  async byTag(tag: string): Promise<Release | undefined> {
    const releases = await this.request<Release[]>(
      'GET',
      `/repos/${this.repository}/releases?per_page=100`,
    )
    return releases.find((release) => release.tag_name === tag)
  }

  create(fields: Record<string, unknown>): Promise<Release> {
    return this.request<Release>('POST', `/repos/${this.repository}/releases`, fields)
  }

  update(id: number, fields: Record<string, unknown>): Promise<Release> {
    return this.request<Release>('PATCH', `/repos/${this.repository}/releases/${id}`, fields)
  }

  get(id: number): Promise<Release> {
    return this.request<Release>('GET', `/repos/${this.repository}/releases/${id}`)
  }

  deleteAsset(id: number): Promise<void> {
    return this.request<void>('DELETE', `/repos/${this.repository}/releases/assets/${id}`)
  }

  /** Uploads `file` to the release (at its upload_url), replacing an asset of that name when asked. */
  async upload(
    release: Release,
    file: string,
    options: { name?: string; replace: boolean; contentType?: string },
  ): Promise<Release['assets'][number]> {
    const name = options.name ?? basename(file)
    const existing = release.assets.find((asset) => asset.name === name)
    if (existing !== undefined && options.replace) await this.deleteAsset(existing.id)
    const url = `${release.upload_url.replace(/\{.*\}$/, '')}?name=${encodeURIComponent(name)}`
    const data = readFileSync(file)
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `token ${this.token}`,
        'content-type': options.contentType ?? 'application/octet-stream',
        'content-length': String(data.length),
      },
      body: data,
    })
    const parsed: unknown = await response.json()
    if (!response.ok) throw new GitHubApiError(response.status, parsed, `upload ${name}`)
    return parsed as Release['assets'][number]
  }
}

/** The files a list of globs names, from `cwd`; the patterns that matched nothing. */
export function globFiles(
  patterns: string[],
  cwd: string,
): { files: string[]; unmatched: string[] } {
  const files = new Set<string>()
  const unmatched: string[] = []
  for (const pattern of patterns) {
    const matches = /[*?[{]/.test(pattern)
      ? globSync(pattern, { cwd }).map((match) => resolve(cwd, match))
      : [isAbsolute(pattern) ? pattern : resolve(cwd, pattern)]
    const found = matches.filter((path) => {
      try {
        return statSync(path).isFile()
      } catch {
        return false
      }
    })
    if (found.length === 0) unmatched.push(pattern)
    for (const file of found) files.add(file)
  }
  return { files: [...files].sort(), unmatched }
}

/** A token input, else the job's GITHUB_TOKEN (the actions' default is `github.token`). */
export function tokenInput(ctx: StandInContext, value: string | undefined): string {
  const token = (value ?? '').trim()
  return token === '' ? ctx.githubToken : token
}

/** The tag a release action defaults to: the ref's, when the run is on a tag. */
export function refTag(ctx: StandInContext): string {
  const ref = ctx.env.GITHUB_REF ?? ctx.ref
  return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : ''
}
