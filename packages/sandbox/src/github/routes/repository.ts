import { notFound } from '../api-error.js'
import type { RepositoryRecord } from '../records.js'
import {
  can,
  paginate,
  stringParam,
  type RouteContext,
  type RouteDefinition,
} from '../route-context.js'

const getRepository: RouteDefinition = {
  operationId: 'repos/get',
  permission: ['metadata', 'read'],
  handle(context) {
    const { caller, repo } = context
    const pull = !repo.isPrivate || can(caller, 'contents', 'read')
    return {
      status: 200,
      body: context.core.views.fullRepository(repo, {
        admin: caller.authenticated && can(caller, 'administration', 'write'),
        push: caller.authenticated && can(caller, 'contents', 'write'),
        pull,
      }),
    }
  },
}

/** A workflow's `name:` (top level), or its path when it has none, as GitHub shows it. */
function workflowName(path: string, content: string): string {
  const line = /^name:[ \t]*(.+?)[ \t]*$/m.exec(content)?.[1]
  if (line === undefined || line.startsWith('#')) return path
  const unquoted = /^(["'])(.*)\1$/.exec(line)?.[2] ?? line.replace(/\s+#.*$/, '')
  return unquoted === '' ? path : unquoted
}

/** Workflow ids stay the same for a path across calls and sandboxes. */
function workflowId(path: string): number {
  let hash = 7
  for (const char of path) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 10_000_000
  return 50_000_000 + hash
}

async function workflowsOf(repo: RepositoryRecord) {
  const files = await repo.git.workflowFiles(repo.defaultBranch)
  return files.map((file) => ({
    id: workflowId(file.path),
    name: workflowName(file.path, file.content),
    path: file.path,
  }))
}

const listWorkflows: RouteDefinition = {
  operationId: 'actions/list-repo-workflows',
  permission: ['actions', 'read'],
  async handle(context) {
    const { repo, core } = context
    const workflows = await workflowsOf(repo)
    const { page, headers } = paginate(context, workflows)
    return {
      status: 200,
      body: {
        total_count: workflows.length,
        workflows: page.map((w) => core.views.workflow(repo, w)),
      },
      headers,
    }
  },
}

const getWorkflow: RouteDefinition = {
  operationId: 'actions/get-workflow',
  permission: ['actions', 'read'],
  async handle(context: RouteContext) {
    const wanted = stringParam(context, 'workflow_id')
    const workflow = (await workflowsOf(context.repo)).find(
      (w) => String(w.id) === wanted || w.path.split('/').at(-1) === wanted,
    )
    if (workflow === undefined) throw notFound()
    return { status: 200, body: context.core.views.workflow(context.repo, workflow) }
  },
}

export const repositoryRoutes: RouteDefinition[] = [getRepository, listWorkflows, getWorkflow]
