import { type ActionContext, ConfigurationError, type RepoRef } from '@tokenless/action-kit'
import {
  createClientForAction,
  explainGitHubError,
  type GitHubClient,
  httpStatus,
  isLoopbackApi,
} from '@tokenless/github'

export interface GitHubAccess {
  client: GitHubClient
  repo: RepoRef
  sha: string
  /** The API is the sandbox on this machine: poll and retry without long waits. */
  loopback: boolean
}

export function connectGitHub(
  ctx: ActionContext,
  token: string,
  repo: RepoRef,
  sha: string,
): GitHubAccess {
  const baseUrl = ctx.env.GITHUB_API_URL
  const loopback = isLoopbackApi(baseUrl)
  const client = createClientForAction({ token, apiUrl: baseUrl, log: ctx.log })
  return { client, repo, sha, loopback }
}

/** Runs a GitHub call; a sha GitHub does not know and the fixable HTTP errors become ConfigurationErrors. */
export async function callGitHub<T>(
  access: GitHubAccess,
  action: string,
  permission: string,
  body: () => Promise<T>,
): Promise<T> {
  try {
    return await body()
  } catch (error) {
    const status = httpStatus(error)
    if (
      (status === 422 || status === 404) &&
      /No commit found/i.test(String((error as Error).message))
    ) {
      throw new ConfigurationError(
        `The commit ${access.sha} does not exist in ${access.repo.owner}/${access.repo.repo}. Pass the sha of a pushed commit (default: the event's GITHUB_SHA).`,
        { input: 'sha', cause: error },
      )
    }
    throw explainGitHubError(error, { action, permission })
  }
}
