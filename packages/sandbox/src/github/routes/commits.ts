import { unprocessable } from '../api-error.js'
import type { CommitInfo } from '../git-store.js'
import type { CommitState, RepositoryRecord, StatusRecord } from '../records.js'
import {
  actorOf,
  optionalString,
  paginate,
  stringParam,
  type RouteContext,
  type RouteDefinition,
} from '../route-context.js'

/** The commit a ref-ish names (branch, tag, sha), or GitHub's 422 `No commit found for SHA`. */
export async function commitFor(context: RouteContext, rev: string): Promise<CommitInfo> {
  const sha = await context.repo.git.resolveCommit(rev)
  const commit = sha === undefined ? undefined : await context.repo.git.readCommit(sha)
  if (commit === undefined) throw unprocessable(`No commit found for SHA: ${rev}`)
  return commit
}

/** The newest status of each context for a commit, newest first. */
function latestStatuses(repo: RepositoryRecord, sha: string): StatusRecord[] {
  const seen = new Set<string>()
  return repo.statuses
    .filter((status) => status.sha === sha)
    .sort((a, b) => b.id - a.id)
    .filter((status) => {
      if (seen.has(status.context)) return false
      seen.add(status.context)
      return true
    })
}

/** GitHub's combined state: failure beats pending beats success; no status is pending. */
function combinedState(statuses: StatusRecord[]): CommitState {
  if (statuses.some((s) => s.state === 'error' || s.state === 'failure')) return 'failure'
  if (statuses.length === 0 || statuses.some((s) => s.state === 'pending')) return 'pending'
  return 'success'
}

const getCommit: RouteDefinition = {
  operationId: 'repos/get-commit',
  permission: ['contents', 'read'],
  async handle(context) {
    const commit = await commitFor(context, stringParam(context, 'ref'))
    return { status: 200, body: context.core.views.commit(context.repo, commit) }
  },
}

const getCombinedStatus: RouteDefinition = {
  operationId: 'repos/get-combined-status-for-ref',
  permission: ['statuses', 'read'],
  async handle(context) {
    const { repo, core } = context
    const commit = await commitFor(context, stringParam(context, 'ref'))
    const statuses = latestStatuses(repo, commit.sha)
    const api = core.views.repoApi(repo)
    return {
      status: 200,
      body: {
        state: combinedState(statuses),
        statuses: statuses.map((status) => core.views.simpleStatus(repo, status)),
        sha: commit.sha,
        total_count: statuses.length,
        repository: core.views.minimalRepository(repo),
        commit_url: `${api}/commits/${commit.sha}`,
        url: `${api}/commits/${commit.sha}/status`,
      },
    }
  },
}

const listStatuses: RouteDefinition = {
  operationId: 'repos/list-commit-statuses-for-ref',
  permission: ['statuses', 'read'],
  async handle(context) {
    const { repo, core } = context
    const commit = await commitFor(context, stringParam(context, 'ref'))
    const all = repo.statuses.filter((s) => s.sha === commit.sha).sort((a, b) => b.id - a.id)
    const { page, headers } = paginate(context, all)
    return { status: 200, body: page.map((status) => core.views.status(repo, status)), headers }
  },
}

const createStatus: RouteDefinition = {
  operationId: 'repos/create-commit-status',
  permission: ['statuses', 'write'],
  async handle(context) {
    const { body, core, repo } = context
    const commit = await commitFor(context, stringParam(context, 'sha'))
    const now = core.timestamp()
    const status: StatusRecord = {
      id: core.nextId('status'),
      sha: commit.sha,
      state: body.state as CommitState,
      targetUrl: optionalString(body.target_url) ?? null,
      description: optionalString(body.description) ?? null,
      context: optionalString(body.context) ?? 'default',
      creator: actorOf(context),
      createdAt: now,
      updatedAt: now,
    }
    repo.statuses.push(status)
    return { status: 201, body: core.views.status(repo, status) }
  },
}

export const commitRoutes: RouteDefinition[] = [
  getCommit,
  getCombinedStatus,
  listStatuses,
  createStatus,
]
