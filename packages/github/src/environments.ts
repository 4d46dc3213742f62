import type { RepoRef } from '@tokenless/platform'
import type { GitHubClient } from './client.js'
import { httpStatus } from './github-errors.js'

export type Environment = Awaited<
  ReturnType<GitHubClient['rest']['repos']['getEnvironment']>
>['data']

/** The environment and its protection rules, or undefined when the repository has none of that name. */
export async function getEnvironment(
  client: GitHubClient,
  repo: RepoRef,
  name: string,
): Promise<Environment | undefined> {
  try {
    const { data } = await client.rest.repos.getEnvironment({ ...repo, environment_name: name })
    return data
  } catch (error) {
    if (httpStatus(error) === 404) return undefined
    throw error
  }
}

/** Whether a deployment to the environment waits for a person: required reviewers are set. */
export function hasRequiredReviewers(environment: Environment): boolean {
  return (environment.protection_rules ?? []).some(
    (rule) =>
      rule.type === 'required_reviewers' &&
      'reviewers' in rule &&
      (rule.reviewers?.length ?? 0) > 0,
  )
}
