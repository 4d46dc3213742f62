import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import type { ClientRequest, IncomingHttpHeaders } from 'node:http'
import { clientSettings, type GitHubClient } from './client.js'
import { decideRetry } from './request-retry.js'
import { errorCodes, httpStatus } from './github-errors.js'
import type { RepoRef } from '@tokenless/platform'

export type Release = Awaited<ReturnType<GitHubClient['rest']['repos']['getRelease']>>['data']
export type ReleaseAsset = Awaited<
  ReturnType<GitHubClient['rest']['repos']['getReleaseAsset']>
>['data']

export interface ReleaseFields {
  tag_name?: string
  target_commitish?: string
  name?: string
  body?: string
  draft?: boolean
  prerelease?: boolean
  make_latest?: 'true' | 'false' | 'legacy'
}

/** Every release of the repository, drafts included (for a token that can see them), newest first. */
export async function listReleases(client: GitHubClient, repo: RepoRef): Promise<Release[]> {
  return client.paginate(client.rest.repos.listReleases, { ...repo, per_page: 100 })
}

/**
 * The release for `tag`, a draft included: GitHub's by-tag route only finds published releases,
 * so a miss there is followed by a look through the list for a draft with that tag (the oldest,
 * when runs left several).
 */
export async function findReleaseByTag(
  client: GitHubClient,
  repo: RepoRef,
  tag: string,
): Promise<Release | undefined> {
  try {
    const { data } = await client.rest.repos.getReleaseByTag({ ...repo, tag })
    return data
  } catch (error) {
    if (httpStatus(error) !== 404) throw error
  }
  const drafts = (await listReleases(client, repo)).filter(
    (release) => release.tag_name === tag && release.draft,
  )
  return drafts.sort((a, b) => a.id - b.id)[0]
}

export async function createRelease(
  client: GitHubClient,
  repo: RepoRef,
  fields: ReleaseFields & { tag_name: string },
): Promise<Release> {
  const { data } = await client.rest.repos.createRelease({ ...repo, ...fields })
  return data
}

export async function updateRelease(
  client: GitHubClient,
  repo: RepoRef,
  id: number,
  fields: ReleaseFields,
): Promise<Release> {
  const { data } = await client.rest.repos.updateRelease({ ...repo, release_id: id, ...fields })
  return data
}

export async function listReleaseAssets(
  client: GitHubClient,
  repo: RepoRef,
  releaseId: number,
): Promise<ReleaseAsset[]> {
  return client.paginate(client.rest.repos.listReleaseAssets, {
    ...repo,
    release_id: releaseId,
    per_page: 100,
  })
}

/** A file to upload: read from disk as it is sent, never held in memory whole. */
export interface AssetFile {
  name: string
  /** The file's path. */
  path: string
  /** Its size in bytes (from stat): sent as Content-Length, as GitHub requires. */
  size: number
  contentType?: string
  label?: string
}

export type AssetAction = 'uploaded' | 'replaced' | 'unchanged'

export function sha256Digest(data: Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}

/** The sha256 of a stream of bytes, read chunk by chunk, as GitHub writes an asset's digest. */
export async function sha256OfStream(stream: AsyncIterable<Uint8Array>): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of stream) hash.update(chunk)
  return `sha256:${hash.digest('hex')}`
}

export function sha256OfFile(path: string): Promise<string> {
  return sha256OfStream(createReadStream(path))
}

async function sameContent(
  client: GitHubClient,
  repo: RepoRef,
  asset: ReleaseAsset,
  file: AssetFile,
): Promise<boolean> {
  if (asset.size !== file.size) return false
  const local = await sha256OfFile(file.path)
  if (asset.digest) return asset.digest === local
  // An asset without a digest (older ones): download it as a stream and hash that.
  const { data } = await client.rest.repos.getReleaseAsset({
    ...repo,
    asset_id: asset.id,
    headers: { accept: 'application/octet-stream' },
    request: { parseSuccessResponseBody: false },
  })
  return (await sha256OfStream(data as unknown as AsyncIterable<Uint8Array>)) === local
}

interface UploadAnswer {
  status: number
  headers: IncomingHttpHeaders
  data: unknown
}

/** One POST of the file over node:http, read from disk as the socket takes it. */
async function postFile(url: URL, file: AssetFile, headers: Record<string, string>) {
  const { request } =
    url.protocol === 'https:' ? await import('node:https') : await import('node:http')
  return new Promise<UploadAnswer>((resolve, reject) => {
    const call = request(url, { method: 'POST', headers }, (response) => {
      const chunks: Buffer[] = []
      let size = 0
      response.on('data', (chunk: Buffer) => {
        size += chunk.length
        // An answer is one asset's JSON: more than 1 MiB is not GitHub's answer.
        if (size <= 1024 * 1024) chunks.push(chunk)
      })
      response.on('error', reject)
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let data: unknown = text
        try {
          data = JSON.parse(text)
        } catch {
          // Not JSON: kept as text for the message.
        }
        resolve({ status: response.statusCode ?? 0, headers: response.headers, data })
      })
    })
    call.on('error', reject)
    sendFileBody(call, file.path).catch((error: unknown) => call.destroy(error as Error))
  })
}

/**
 * Writes the file into the request through one reused 1 MiB buffer, each chunk only once the
 * last one has left for the socket: memory stays flat (a piped stream allocates a new chunk per
 * read and leaves them to the garbage collector, which let a 1 GiB upload reach 160 MB).
 */
async function sendFileBody(call: ClientRequest, path: string): Promise<void> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024)
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      await new Promise<void>((resolve, reject) =>
        call.write(buffer.subarray(0, bytesRead), (error) => (error ? reject(error) : resolve())),
      )
    }
    call.end()
  } finally {
    await handle.close()
  }
}

/**
 * Sends the file's bytes to the release's upload URL as a stream with its Content-Length, over
 * node:http with the socket's backpressure: memory stays constant whatever the size (undici's
 * fetch, under octokit, buffered a 1 GiB body whole). Retried like every other call, each attempt
 * opening the file again; a failure is an error shaped like octokit's (status, response).
 */
async function sendAsset(
  client: GitHubClient,
  release: Release,
  file: AssetFile,
): Promise<ReleaseAsset> {
  const settings = clientSettings.get(client)
  const policy = settings?.retryPolicy ?? { retries: 3, baseMs: 1000, maxRetryAfterSeconds: 120 }
  const { token } = (await client.auth()) as { token?: string }
  const url = new URL(release.upload_url.replace(/\{\?[^}]*\}$/, ''))
  url.searchParams.set('name', file.name)
  if (file.label) url.searchParams.set('label', file.label)
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'user-agent': settings?.userAgent ?? 'tokenless',
    'content-type': file.contentType ?? 'application/octet-stream',
    'content-length': String(file.size),
    ...(token ? { authorization: `token ${token}` } : {}),
  }
  const where = { method: 'POST', url: `${url.origin}${url.pathname}` }
  for (let attempt = 0; ; attempt++) {
    let failure: unknown
    try {
      const answer = await postFile(url, file, headers)
      if (answer.status >= 200 && answer.status < 300) return answer.data as ReleaseAsset
      const said = (answer.data as { message?: unknown } | undefined)?.message
      failure = Object.assign(
        new Error(typeof said === 'string' ? said : `HTTP ${answer.status}`),
        { status: answer.status, response: { headers: answer.headers, data: answer.data } },
      )
    } catch (error) {
      failure = error
    }
    const decision = decideRetry(failure, attempt, policy, where)
    if (decision === undefined) throw failure
    settings?.retryLog(decision.message)
    if (decision.waitMs === undefined) throw failure
    await new Promise((resolve) => setTimeout(resolve, decision.waitMs))
  }
}

/**
 * Uploads `file` to the release unless an asset of that name with the same bytes is there
 * already; an asset of that name with other bytes is replaced. A concurrent upload of the same
 * name (422 already_exists) is compared like an existing one.
 */
export async function uploadReleaseAsset(
  client: GitHubClient,
  repo: RepoRef,
  release: Release,
  file: AssetFile,
  existing?: ReleaseAsset[],
): Promise<{ asset: ReleaseAsset; action: AssetAction }> {
  const assets = existing ?? (await listReleaseAssets(client, repo, release.id))
  const current = assets.find((asset) => asset.name === file.name)
  let action: AssetAction = 'uploaded'
  if (current) {
    if (await sameContent(client, repo, current, file))
      return { asset: current, action: 'unchanged' }
    await client.rest.repos.deleteReleaseAsset({ ...repo, asset_id: current.id })
    action = 'replaced'
  }
  try {
    return { asset: await sendAsset(client, release, file), action }
  } catch (error) {
    if (!errorCodes(error).includes('already_exists')) throw error
    const raced = (await listReleaseAssets(client, repo, release.id)).find(
      (asset) => asset.name === file.name,
    )
    if (raced && (await sameContent(client, repo, raced, file))) {
      return { asset: raced, action: 'unchanged' }
    }
    throw error
  }
}
