import type { RepoRef } from '@tokenless/platform'
import type { GitHubClient } from './client.js'

export type CheckRun = Awaited<ReturnType<GitHubClient['rest']['checks']['get']>>['data']
export type CombinedStatus = Awaited<
  ReturnType<GitHubClient['rest']['repos']['getCombinedStatusForRef']>
>['data']

export type CheckConclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required'

export interface CheckRunFields {
  name: string
  headSha: string
  status?: 'queued' | 'in_progress' | 'completed'
  conclusion?: CheckConclusion
  title?: string
  summary?: string
  text?: string
  detailsUrl?: string
}

/** Every check run on `ref`, optionally only those named `name` (paginated). */
export async function listCheckRuns(
  client: GitHubClient,
  repo: RepoRef,
  ref: string,
  name?: string,
): Promise<CheckRun[]> {
  return client.paginate(client.rest.checks.listForRef, {
    ...repo,
    ref,
    per_page: 100,
    ...(name ? { check_name: name } : {}),
  })
}

/** The newest check run named `name` on `ref`, if any. */
export async function findCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  ref: string,
  name: string,
): Promise<CheckRun | undefined> {
  const runs = await listCheckRuns(client, repo, ref, name)
  return runs.sort((a, b) => b.id - a.id)[0]
}

export async function createCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  fields: CheckRunFields,
): Promise<CheckRun> {
  const { data } = await client.rest.checks.create({
    ...repo,
    name: fields.name,
    head_sha: fields.headSha,
    status: fields.status ?? 'completed',
    ...(fields.conclusion ? { conclusion: fields.conclusion } : {}),
    ...(fields.detailsUrl ? { details_url: fields.detailsUrl } : {}),
    ...(fields.title
      ? {
          output: {
            title: fields.title,
            summary: fields.summary ?? '',
            ...(fields.text ? { text: fields.text } : {}),
          },
        }
      : {}),
  })
  return data
}

export async function getCombinedStatus(
  client: GitHubClient,
  repo: RepoRef,
  ref: string,
): Promise<CombinedStatus> {
  const { data } = await client.rest.repos.getCombinedStatusForRef({ ...repo, ref, per_page: 100 })
  return data
}
