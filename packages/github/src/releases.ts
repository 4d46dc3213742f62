import { createHash } from 'node:crypto'
import type { GitHubClient } from './client.js'
import { errorCodes, httpStatus } from './github-errors.js'
import type { RepoRef } from '@tokenless/action-kit'

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

export interface AssetFile {
  name: string
  data: Buffer
  contentType?: string
  label?: string
}

export type AssetAction = 'uploaded' | 'replaced' | 'unchanged'

export function sha256Digest(data: Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}

async function sameContent(
  client: GitHubClient,
  repo: RepoRef,
  asset: ReleaseAsset,
  file: AssetFile,
): Promise<boolean> {
  if (asset.size !== file.data.length) return false
  if (asset.digest) return asset.digest === sha256Digest(file.data)
  const { data } = await client.rest.repos.getReleaseAsset({
    ...repo,
    asset_id: asset.id,
    headers: { accept: 'application/octet-stream' },
  })
  return Buffer.from(data as unknown as ArrayBuffer).equals(file.data)
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
    const response = await client.request({
      method: 'POST',
      url: release.upload_url,
      name: file.name,
      ...(file.label ? { label: file.label } : {}),
      data: file.data,
      headers: {
        'content-type': file.contentType ?? 'application/octet-stream',
        'content-length': file.data.length,
      },
    })
    return { asset: response.data as ReleaseAsset, action }
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
