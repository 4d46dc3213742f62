import { notFound, validationFailed } from '../api-error.js'
import type { CommentRecord, IssueRecord, LabelRecord, RepositoryRecord } from '../records.js'
import {
  actorOf,
  numberParam,
  paginate,
  textOf,
  type RouteContext,
  type RouteDefinition,
} from '../route-context.js'

const MAX_BODY = 65536

/** Label names from `labels: ["bug", {name: "docs"}]`. */
function labelNames(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined
  return value
    .map((label: unknown) =>
      typeof label === 'string'
        ? label
        : typeof label === 'object' && label !== null && 'name' in label
          ? String(label.name)
          : '',
    )
    .filter((name) => name !== '')
}

/** GitHub creates the labels an issue names that the repository does not have yet. */
function applyLabels(context: RouteContext, names: string[]): string[] {
  const { repo, core } = context
  const applied: string[] = []
  for (const name of names) {
    let label: LabelRecord | undefined = repo.labels.get(name.toLowerCase())
    if (label === undefined) {
      label = { id: core.nextId('label'), name, color: 'ededed', description: null }
      repo.labels.set(name.toLowerCase(), label)
    }
    if (!applied.includes(label.name)) applied.push(label.name)
  }
  return applied
}

function checkBody(resource: 'Issue' | 'IssueComment', body: string, required: boolean): void {
  if (required && body.trim() === '') {
    throw validationFailed([
      { resource, code: 'unprocessable', field: 'data', message: 'Body cannot be blank' },
    ])
  }
  if (body.length > MAX_BODY) {
    throw validationFailed([
      {
        resource,
        code: 'unprocessable',
        field: 'data',
        message: `Body is too long (maximum is ${MAX_BODY} characters)`,
      },
    ])
  }
}

function findIssue(context: RouteContext): IssueRecord {
  const issue = context.repo.issues.get(numberParam(context, 'issue_number'))
  if (issue === undefined) throw notFound()
  return issue
}

function titleOf(value: unknown): string {
  return textOf(value)
}

const createIssue: RouteDefinition = {
  operationId: 'issues/create',
  permission: ['issues', 'write'],
  handle(context) {
    const { body, core, repo } = context
    const title = titleOf(body.title)
    if (title.trim() === '') {
      throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }])
    }
    if (body.milestone !== undefined && body.milestone !== null) {
      throw validationFailed([
        {
          resource: 'Issue',
          code: 'invalid',
          field: 'milestone',
          message: 'milestone does not exist',
        },
      ])
    }
    const text = typeof body.body === 'string' ? body.body : null
    if (text !== null) checkBody('Issue', text, false)
    const now = core.timestamp()
    const assignees = Array.isArray(body.assignees) ? body.assignees.map(String) : []
    if (typeof body.assignee === 'string' && !assignees.includes(body.assignee))
      assignees.unshift(body.assignee)
    const issue: IssueRecord = {
      id: core.nextId('issue'),
      number: repo.nextIssueNumber,
      title,
      body: text,
      state: 'open',
      stateReason: null,
      labels: applyLabels(context, labelNames(body.labels) ?? []),
      assignees,
      user: actorOf(context),
      app: context.caller.app,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      closedBy: null,
    }
    repo.issues.set(issue.number, issue)
    return {
      status: 201,
      body: core.views.issue(repo, issue),
      headers: { location: `${core.views.repoApi(repo)}/issues/${issue.number}` },
    }
  },
}

const getIssue: RouteDefinition = {
  operationId: 'issues/get',
  permission: ['issues', 'read'],
  handle: (context) => ({
    status: 200,
    body: context.core.views.issue(context.repo, findIssue(context)),
  }),
}

const updateIssue: RouteDefinition = {
  operationId: 'issues/update',
  permission: ['issues', 'write'],
  handle(context) {
    const { body, core, repo } = context
    const current = findIssue(context)
    const now = core.timestamp()
    const issue: IssueRecord = { ...current, updatedAt: now }
    if (body.title !== undefined && body.title !== null) {
      issue.title = titleOf(body.title)
      if (issue.title.trim() === '') {
        throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }])
      }
    }
    if (body.body !== undefined) {
      issue.body = typeof body.body === 'string' ? body.body : null
      if (issue.body !== null) checkBody('Issue', issue.body, false)
    }
    const labels = labelNames(body.labels)
    if (labels !== undefined) issue.labels = applyLabels(context, labels)
    if (Array.isArray(body.assignees)) issue.assignees = body.assignees.map(String)
    if (body.state === 'closed' && current.state === 'open') {
      issue.state = 'closed'
      issue.closedAt = now
      issue.closedBy = actorOf(context)
      issue.stateReason = (body.state_reason as IssueRecord['stateReason']) ?? 'completed'
    } else if (body.state === 'open' && current.state === 'closed') {
      issue.state = 'open'
      issue.closedAt = null
      issue.closedBy = null
      issue.stateReason = 'reopened'
    } else if (typeof body.state_reason === 'string' && issue.state === 'closed') {
      issue.stateReason = body.state_reason as IssueRecord['stateReason']
    }
    repo.issues.set(issue.number, issue)
    return { status: 200, body: core.views.issue(repo, issue) }
  },
}

function sortIssues(
  issues: IssueRecord[],
  repo: RepositoryRecord,
  sort: unknown,
  direction: unknown,
): IssueRecord[] {
  const key = (issue: IssueRecord): string | number =>
    sort === 'updated'
      ? issue.updatedAt
      : sort === 'comments'
        ? [...repo.comments.values()].filter((c) => c.issueNumber === issue.number).length
        : issue.createdAt
  const sign = direction === 'asc' ? 1 : -1
  return issues.sort((a, b) => {
    const ka = key(a)
    const kb = key(b)
    return ka === kb ? sign * (a.number - b.number) : ka < kb ? -sign : sign
  })
}

const listIssues: RouteDefinition = {
  operationId: 'issues/list-for-repo',
  permission: ['issues', 'read'],
  handle(context) {
    const { query, repo, core } = context
    const state = typeof query.state === 'string' ? query.state : 'open'
    const wanted =
      typeof query.labels === 'string'
        ? query.labels
            .split(',')
            .map((l) => l.trim().toLowerCase())
            .filter((l) => l !== '')
        : []
    let issues = [...repo.issues.values()].filter(
      (issue) => state === 'all' || issue.state === state,
    )
    if (wanted.length > 0) {
      issues = issues.filter((issue) =>
        wanted.every((label) => issue.labels.some((l) => l.toLowerCase() === label)),
      )
    }
    if (typeof query.creator === 'string') {
      const creator = query.creator.toLowerCase()
      issues = issues.filter((issue) => issue.user.login.toLowerCase() === creator)
    }
    if (typeof query.since === 'string') {
      const since = query.since
      issues = issues.filter((issue) => Date.parse(issue.updatedAt) >= Date.parse(since))
    }
    const { page, headers } = paginate(
      context,
      sortIssues(issues, repo, query.sort, query.direction),
    )
    return { status: 200, body: page.map((issue) => core.views.issue(repo, issue)), headers }
  },
}

function findComment(context: RouteContext): CommentRecord {
  const comment = context.repo.comments.get(numberParam(context, 'comment_id'))
  if (comment === undefined) throw notFound()
  return comment
}

function commentsOf(repo: RepositoryRecord, issueNumber?: number): CommentRecord[] {
  return [...repo.comments.values()]
    .filter((c) => issueNumber === undefined || c.issueNumber === issueNumber)
    .sort((a, b) => a.id - b.id)
}

const listComments: RouteDefinition = {
  operationId: 'issues/list-comments',
  permission: ['issues', 'read'],
  handle(context) {
    const { repo, core } = context
    const issue = findIssue(context)
    const { page, headers } = paginate(context, commentsOf(repo, issue.number))
    return { status: 200, body: page.map((c) => core.views.comment(repo, c)), headers }
  },
}

const listCommentsForRepo: RouteDefinition = {
  operationId: 'issues/list-comments-for-repo',
  permission: ['issues', 'read'],
  handle(context) {
    const { repo, core } = context
    const { page, headers } = paginate(context, commentsOf(repo))
    return { status: 200, body: page.map((c) => core.views.comment(repo, c)), headers }
  },
}

const createComment: RouteDefinition = {
  operationId: 'issues/create-comment',
  permission: ['issues', 'write'],
  handle(context) {
    const { body, core, repo } = context
    const issue = findIssue(context)
    const text = String(body.body)
    checkBody('IssueComment', text, true)
    const now = core.timestamp()
    const comment: CommentRecord = {
      id: core.nextId('comment'),
      issueNumber: issue.number,
      body: text,
      user: actorOf(context),
      app: context.caller.app,
      createdAt: now,
      updatedAt: now,
    }
    repo.comments.set(comment.id, comment)
    return { status: 201, body: core.views.comment(repo, comment) }
  },
}

const getComment: RouteDefinition = {
  operationId: 'issues/get-comment',
  permission: ['issues', 'read'],
  handle: (context) => ({
    status: 200,
    body: context.core.views.comment(context.repo, findComment(context)),
  }),
}

const updateComment: RouteDefinition = {
  operationId: 'issues/update-comment',
  permission: ['issues', 'write'],
  handle(context) {
    const { body, core, repo } = context
    const current = findComment(context)
    const text = String(body.body)
    checkBody('IssueComment', text, true)
    const comment = { ...current, body: text, updatedAt: core.timestamp() }
    repo.comments.set(comment.id, comment)
    return { status: 200, body: core.views.comment(repo, comment) }
  },
}

const deleteComment: RouteDefinition = {
  operationId: 'issues/delete-comment',
  permission: ['issues', 'write'],
  handle(context) {
    context.repo.comments.delete(findComment(context).id)
    return { status: 204 }
  },
}

export const issueRoutes: RouteDefinition[] = [
  createIssue,
  getIssue,
  updateIssue,
  listIssues,
  listComments,
  listCommentsForRepo,
  createComment,
  getComment,
  updateComment,
  deleteComment,
]
