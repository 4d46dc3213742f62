import { ApiError, notFound } from '../api-error.js'
import type { EnvironmentRecord } from '../records.js'
import { nodeId } from '../representations.js'
import { paginate, stringParam, type RouteContext, type RouteDefinition } from '../route-context.js'

const MAX_WAIT_TIMER = 43200

function findEnvironment(context: RouteContext): EnvironmentRecord {
  const environment = context.repo.environments.get(
    stringParam(context, 'environment_name').toLowerCase(),
  )
  if (environment === undefined) throw notFound()
  return environment
}

function reviewersOf(value: unknown): EnvironmentRecord['reviewers'] | undefined {
  if (value === null) return []
  if (!Array.isArray(value)) return undefined
  return value.map((item: unknown) => {
    const reviewer = (typeof item === 'object' && item !== null ? item : {}) as Record<
      string,
      unknown
    >
    return { type: reviewer.type === 'Team' ? 'Team' : 'User', id: Number(reviewer.id ?? 0) }
  })
}

const listEnvironments: RouteDefinition = {
  operationId: 'repos/get-all-environments',
  permission: ['actions', 'read'],
  handle(context) {
    const { repo, core } = context
    const all = [...repo.environments.values()].sort((a, b) =>
      a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1,
    )
    const { page, headers } = paginate(context, all)
    return {
      status: 200,
      body: {
        total_count: all.length,
        environments: page.map((e) => core.views.environment(repo, e)),
      },
      headers,
    }
  },
}

const getEnvironment: RouteDefinition = {
  operationId: 'repos/get-environment',
  permission: ['actions', 'read'],
  handle: (context) => ({
    status: 200,
    body: context.core.views.environment(context.repo, findEnvironment(context)),
  }),
}

const putEnvironment: RouteDefinition = {
  operationId: 'repos/create-or-update-environment',
  permission: ['administration', 'write'],
  handle(context) {
    const { body, core, repo } = context
    const name = stringParam(context, 'environment_name')
    const key = name.toLowerCase()
    const now = core.timestamp()
    const current: EnvironmentRecord = repo.environments.get(key) ?? {
      id: core.nextId('environment'),
      name,
      waitTimer: 0,
      preventSelfReview: false,
      reviewers: [],
      branchPolicy: null,
      branchPolicies: [],
      ruleIds: {
        waitTimer: core.nextId('rule'),
        reviewers: core.nextId('rule'),
        branchPolicy: core.nextId('rule'),
      },
      createdAt: now,
      updatedAt: now,
    }
    const waitTimer = typeof body.wait_timer === 'number' ? body.wait_timer : current.waitTimer
    if (waitTimer < 0 || waitTimer > MAX_WAIT_TIMER) {
      throw new ApiError(422, {
        message: `The wait timer must be between 0 and ${MAX_WAIT_TIMER} minutes.`,
      })
    }
    let branchPolicy = current.branchPolicy
    if (body.deployment_branch_policy !== undefined) {
      const policy = body.deployment_branch_policy as EnvironmentRecord['branchPolicy']
      if (policy !== null && policy.protected_branches === policy.custom_branch_policies) {
        throw new ApiError(422, {
          message: 'Exactly one of protected_branches or custom_branch_policies must be true.',
        })
      }
      branchPolicy = policy === null ? null : { ...policy }
    }
    const environment: EnvironmentRecord = {
      ...current,
      waitTimer,
      preventSelfReview:
        typeof body.prevent_self_review === 'boolean'
          ? body.prevent_self_review
          : current.preventSelfReview,
      reviewers: reviewersOf(body.reviewers) ?? current.reviewers,
      branchPolicy,
      updatedAt: now,
    }
    repo.environments.set(key, environment)
    return { status: 200, body: core.views.environment(repo, environment) }
  },
}

const listBranchPolicies: RouteDefinition = {
  operationId: 'repos/list-deployment-branch-policies',
  permission: ['actions', 'read'],
  handle(context) {
    const environment = findEnvironment(context)
    const { page, headers } = paginate(context, environment.branchPolicies)
    return {
      status: 200,
      body: {
        total_count: environment.branchPolicies.length,
        branch_policies: page.map((p) => ({
          ...p,
          node_id: nodeId('DeploymentBranchPolicy', p.id),
        })),
      },
      headers,
    }
  },
}

const createBranchPolicy: RouteDefinition = {
  operationId: 'repos/create-deployment-branch-policy',
  permission: ['administration', 'write'],
  handle(context) {
    const { body, core } = context
    const environment = findEnvironment(context)
    if (environment.branchPolicy?.custom_branch_policies !== true) throw notFound()
    const name = String(body.name)
    const type = body.type === 'tag' ? 'tag' : 'branch'
    const existing = environment.branchPolicies.find((p) => p.name === name && p.type === type)
    const url = `${core.views.repoApi(context.repo)}/environments/${encodeURIComponent(environment.name)}/deployment-branch-policies`
    if (existing !== undefined)
      return { status: 303, headers: { location: `${url}/${existing.id}` } }
    const policy = { id: core.nextId('rule'), name, type } as const
    environment.branchPolicies.push(policy)
    return {
      status: 200,
      body: { ...policy, node_id: nodeId('DeploymentBranchPolicy', policy.id) },
    }
  },
}

export const environmentRoutes: RouteDefinition[] = [
  listEnvironments,
  getEnvironment,
  putEnvironment,
  listBranchPolicies,
  createBranchPolicy,
]
