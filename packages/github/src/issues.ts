import type { RepoRef } from '@tokenless/platform'
import type { GitHubClient } from './client.js'

export type Issue = Awaited<ReturnType<GitHubClient['rest']['issues']['get']>>['data']
export type IssueComment = Awaited<ReturnType<GitHubClient['rest']['issues']['getComment']>>['data']

/**
 * The issue whose body starts with the line `marker` (an HTML comment such as
 * `<!-- tokenless:yank v1.2.3 -->`), open or closed, so that a rerun updates it instead of
 * opening another; pull requests excluded. The marker anywhere else in a body (quoted by someone,
 * or written into another issue from an input) does not count: only the action writes first lines.
 */
export async function findIssueByMarker(
  client: GitHubClient,
  repo: RepoRef,
  marker: string,
  options: { labels?: string[] } = {},
): Promise<Issue | undefined> {
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    state: 'all',
    per_page: 100,
    ...(options.labels?.length ? { labels: options.labels.join(',') } : {}),
  })
  return issues
    .filter((issue) => !issue.pull_request && startsWithLine(issue.body ?? '', marker))
    .sort((a, b) => a.number - b.number)[0]
}

export async function createIssue(
  client: GitHubClient,
  repo: RepoRef,
  fields: { title: string; body: string; labels?: string[] },
): Promise<Issue> {
  const { data } = await client.rest.issues.create({ ...repo, ...fields })
  return data
}

export async function updateIssue(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  fields: { title?: string; body?: string; state?: 'open' | 'closed'; labels?: string[] },
): Promise<Issue> {
  const { data } = await client.rest.issues.update({ ...repo, issue_number: number, ...fields })
  return data
}

export async function createIssueComment(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  body: string,
): Promise<IssueComment> {
  const { data } = await client.rest.issues.createComment({ ...repo, issue_number: number, body })
  return data
}

function startsWithLine(body: string, line: string): boolean {
  const text = body.replace(/\r\n/g, '\n')
  return text === line || text.startsWith(`${line}\n`)
}
