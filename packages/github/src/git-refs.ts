import type { GitHubClient } from './client.js'
import { httpStatus } from './github-errors.js'
import type { RepoRef } from '@tokenless/platform'

export interface RemoteTag {
  /** The commit the tag points at (annotated tags dereferenced). */
  sha: string
  annotated: boolean
}

/** The commit of tag `tag` on GitHub, or undefined when GitHub has no such tag. */
export async function getTagCommit(
  client: GitHubClient,
  repo: RepoRef,
  tag: string,
): Promise<RemoteTag | undefined> {
  let object: { sha: string; type: string }
  try {
    const { data } = await client.rest.git.getRef({ ...repo, ref: `tags/${tag}` })
    object = data.object
  } catch (error) {
    if (httpStatus(error) === 404) return undefined
    throw error
  }
  let annotated = false
  for (let depth = 0; object.type === 'tag' && depth < 5; depth++) {
    const { data } = await client.rest.git.getTag({ ...repo, tag_sha: object.sha })
    object = data.object
    annotated = true
  }
  return { sha: object.sha, annotated }
}

/**
 * Creates the lightweight tag `tag` at `sha`. When the tag exists already (another run made it),
 * that is fine if it is at `sha`; at another commit it is returned for the caller to refuse.
 */
export async function createTagRef(
  client: GitHubClient,
  repo: RepoRef,
  tag: string,
  sha: string,
): Promise<{ created: boolean; existing?: RemoteTag }> {
  try {
    await client.rest.git.createRef({ ...repo, ref: `refs/tags/${tag}`, sha })
    return { created: true }
  } catch (error) {
    if (httpStatus(error) !== 422) throw error
    // 422 is both "Reference already exists" and "Object does not exist": tell them apart.
    const existing = await getTagCommit(client, repo, tag)
    if (existing) return { created: false, existing }
    throw error
  }
}
