import { ApiError, notFound, unprocessable } from '../api-error.js'
import { isoSeconds } from '../git-store.js'
import type { CheckRunRecord, CheckStatus, CheckSuiteRecord, RepositoryRecord } from '../records.js'
import {
  numberParam,
  optionalString,
  paginate,
  stringParam,
  type RouteContext,
  type RouteDefinition,
} from '../route-context.js'
import type { SandboxApp } from '../tokens.js'
import { commitFor } from './commits.js'

/** Only apps (a GITHUB_TOKEN is GitHub Actions' app) write check runs; GitHub turns PATs away. */
function writingApp(context: RouteContext): SandboxApp {
  if (context.caller.app === undefined) {
    throw new ApiError(403, { message: 'You must authenticate via a GitHub App.' })
  }
  return context.caller.app
}

function dateOf(value: unknown): string | undefined {
  return typeof value === 'string' ? isoSeconds(new Date(value)) : undefined
}

/** Annotations a create or update adds (GitHub keeps appending them). */
function annotationsIn(output: unknown): number {
  if (typeof output !== 'object' || output === null) return 0
  const annotations = (output as { annotations?: unknown }).annotations
  return Array.isArray(annotations) ? annotations.length : 0
}

function outputFields(output: unknown): Partial<CheckRunRecord['output']> {
  if (typeof output !== 'object' || output === null) return {}
  const fields = output as Record<string, unknown>
  return {
    ...(typeof fields.title === 'string' ? { title: fields.title } : {}),
    ...(typeof fields.summary === 'string' ? { summary: fields.summary } : {}),
    ...(typeof fields.text === 'string' ? { text: fields.text } : {}),
  }
}

async function branchAt(repo: RepositoryRecord, sha: string): Promise<string | null> {
  const heads = await repo.git.listRefs('refs/heads/')
  return heads.find((head) => head.sha === sha)?.ref.slice('refs/heads/'.length) ?? null
}

async function suiteFor(
  context: RouteContext,
  sha: string,
  app: SandboxApp,
): Promise<CheckSuiteRecord> {
  const { repo, core } = context
  const existing = [...repo.checkSuites.values()].find(
    (s) => s.headSha === sha && s.app.id === app.id,
  )
  if (existing !== undefined) return existing
  const now = core.timestamp()
  const suite: CheckSuiteRecord = {
    id: core.nextId('checkSuite'),
    headSha: sha,
    headBranch: await branchAt(repo, sha),
    app,
    createdAt: now,
    updatedAt: now,
  }
  repo.checkSuites.set(suite.id, suite)
  return suite
}

/**
 * Status and conclusion after a write: a conclusion completes the run, as GitHub does; a
 * completed run needs one.
 */
function settle(run: CheckRunRecord, body: Record<string, unknown>, now: string): void {
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion
    run.status = 'completed'
  }
  if (run.status === 'completed' && run.conclusion === null) {
    throw unprocessable('Invalid request.\n\n"conclusion" wasn\'t supplied.')
  }
  if (run.status === 'completed') run.completedAt ??= now
  if (run.status === 'in_progress') run.startedAt ??= now
}

const createCheckRun: RouteDefinition = {
  operationId: 'checks/create',
  permission: ['checks', 'write'],
  async handle(context) {
    const { body, core, repo } = context
    const app = writingApp(context)
    const commit = await commitFor(context, String(body.head_sha))
    const now = core.timestamp()
    const run: CheckRunRecord = {
      id: core.nextId('checkRun'),
      suiteId: 0,
      name: String(body.name),
      headSha: commit.sha,
      status: (optionalString(body.status) ?? 'queued') as CheckStatus,
      conclusion: null,
      startedAt: dateOf(body.started_at) ?? now,
      completedAt: dateOf(body.completed_at) ?? null,
      detailsUrl: optionalString(body.details_url) ?? null,
      externalId: optionalString(body.external_id) ?? '',
      output: {
        title: null,
        summary: null,
        text: null,
        annotationsCount: 0,
        ...outputFields(body.output),
      },
      app,
    }
    run.output.annotationsCount = annotationsIn(body.output)
    settle(run, body, now)
    const suite = await suiteFor(context, commit.sha, app)
    run.suiteId = suite.id
    suite.updatedAt = now
    repo.checkRuns.set(run.id, run)
    return { status: 201, body: core.views.checkRun(repo, run) }
  },
}

function findRun(context: RouteContext): CheckRunRecord {
  const run = context.repo.checkRuns.get(numberParam(context, 'check_run_id'))
  if (run === undefined) throw notFound()
  return run
}

const getCheckRun: RouteDefinition = {
  operationId: 'checks/get',
  permission: ['checks', 'read'],
  handle: (context) => ({
    status: 200,
    body: context.core.views.checkRun(context.repo, findRun(context)),
  }),
}

const updateCheckRun: RouteDefinition = {
  operationId: 'checks/update',
  permission: ['checks', 'write'],
  handle(context) {
    const { body, core, repo } = context
    const app = writingApp(context)
    const current = findRun(context)
    if (current.app.id !== app.id)
      throw new ApiError(403, {
        message:
          'Invalid app_id `' +
          String(app.id) +
          '` - check run can only be modified by the GitHub App that created it.',
      })
    const now = core.timestamp()
    const run: CheckRunRecord = {
      ...current,
      name: optionalString(body.name) ?? current.name,
      detailsUrl: optionalString(body.details_url) ?? current.detailsUrl,
      externalId: optionalString(body.external_id) ?? current.externalId,
      startedAt: dateOf(body.started_at) ?? current.startedAt,
      completedAt: dateOf(body.completed_at) ?? current.completedAt,
      status: (optionalString(body.status) ?? current.status) as CheckStatus,
      output: {
        ...current.output,
        ...outputFields(body.output),
        annotationsCount: current.output.annotationsCount + annotationsIn(body.output),
      },
    }
    settle(run, body, now)
    repo.checkRuns.set(run.id, run)
    const suite = repo.checkSuites.get(run.suiteId)
    if (suite !== undefined) suite.updatedAt = now
    return { status: 200, body: core.views.checkRun(repo, run) }
  },
}

/** Runs filtered as GitHub's list endpoints do (`check_name`, `status`, `filter`, `app_id`). */
function filterRuns(context: RouteContext, runs: CheckRunRecord[]): CheckRunRecord[] {
  const { query } = context
  let found = runs.sort((a, b) => b.id - a.id)
  if (typeof query.check_name === 'string') found = found.filter((r) => r.name === query.check_name)
  if (typeof query.status === 'string') found = found.filter((r) => r.status === query.status)
  if (typeof query.app_id === 'number') found = found.filter((r) => r.app.id === query.app_id)
  if (query.filter !== 'all') {
    const seen = new Set<string>()
    found = found.filter((run) => {
      if (seen.has(run.name)) return false
      seen.add(run.name)
      return true
    })
  }
  return found
}

const listForRef: RouteDefinition = {
  operationId: 'checks/list-for-ref',
  permission: ['checks', 'read'],
  async handle(context) {
    const { repo, core } = context
    const commit = await commitFor(context, stringParam(context, 'ref'))
    const runs = filterRuns(
      context,
      [...repo.checkRuns.values()].filter((r) => r.headSha === commit.sha),
    )
    const { page, headers } = paginate(context, runs)
    return {
      status: 200,
      body: {
        total_count: runs.length,
        check_runs: page.map((run) => core.views.checkRun(repo, run)),
      },
      headers,
    }
  },
}

async function suiteView(context: RouteContext, suite: CheckSuiteRecord) {
  const { repo, core } = context
  const runs = [...repo.checkRuns.values()].filter((run) => run.suiteId === suite.id)
  const head = await commitFor(context, suite.headSha)
  return core.views.checkSuite(repo, suite, runs, head)
}

const listSuitesForRef: RouteDefinition = {
  operationId: 'checks/list-suites-for-ref',
  permission: ['checks', 'read'],
  async handle(context) {
    const { repo, query } = context
    const commit = await commitFor(context, stringParam(context, 'ref'))
    let suites = [...repo.checkSuites.values()].filter((s) => s.headSha === commit.sha)
    if (typeof query.app_id === 'number') suites = suites.filter((s) => s.app.id === query.app_id)
    if (typeof query.check_name === 'string') {
      const name = query.check_name
      suites = suites.filter((s) =>
        [...repo.checkRuns.values()].some((r) => r.suiteId === s.id && r.name === name),
      )
    }
    const { page, headers } = paginate(context, suites)
    const views = []
    for (const suite of page) views.push(await suiteView(context, suite))
    return { status: 200, body: { total_count: suites.length, check_suites: views }, headers }
  },
}

const getSuite: RouteDefinition = {
  operationId: 'checks/get-suite',
  permission: ['checks', 'read'],
  async handle(context) {
    const suite = context.repo.checkSuites.get(numberParam(context, 'check_suite_id'))
    if (suite === undefined) throw notFound()
    return { status: 200, body: await suiteView(context, suite) }
  },
}

export const checkRoutes: RouteDefinition[] = [
  createCheckRun,
  getCheckRun,
  updateCheckRun,
  listForRef,
  listSuitesForRef,
  getSuite,
]
