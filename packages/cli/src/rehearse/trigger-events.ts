// The events release workflows run on besides a dispatch: a push of a branch or tag (its
// `branches`, `tags` and `paths` filters checked as GitHub checks them), a schedule, and a
// workflow_run that follows another workflow. Each gives the payload GitHub sends, or says
// plainly why the workflow would not run.
import { git } from '@tokenless/git'
import type { Workflow } from '@tokenless/workflow'

/** A filter pattern of `on:` (`v*`, `releases/**`, `!docs/**`) as a regular expression. */
export function filterPattern(pattern: string): RegExp {
  let source = ''
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index] ?? ''
    if (char === '*' && pattern[index + 1] === '*') {
      source += '.*'
      index++
    } else if (char === '*') source += '[^/]*'
    else if (char === '?' || char === '+') source += char
    else if (char === '[') {
      const end = pattern.indexOf(']', index)
      if (end < 0) source += '\\['
      else {
        source += pattern.slice(index, end + 1)
        index = end
      }
    } else source += char.replace(/[.^${}()|\\/]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

/** Whether `value` passes a list of patterns: the last pattern that matches decides (`!` excludes). */
export function passesFilter(patterns: readonly string[], value: string): boolean {
  let passes = false
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!')
    if (filterPattern(negated ? pattern.slice(1) : pattern).test(value)) passes = !negated
  }
  return passes
}

function list(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined
  return (Array.isArray(value) ? value : [value]).map(String)
}

/** The `on.<event>` settings of a workflow, as a record (an event listed bare has none). */
function eventSettings(workflow: Workflow, event: string): Record<string, unknown> {
  const settings = (workflow.on as Record<string, unknown>)[event]
  return typeof settings === 'object' && settings !== null && !Array.isArray(settings)
    ? (settings as Record<string, unknown>)
    : {}
}

/**
 * Why a push of `ref` with `changed` files would not run the workflow, or undefined when it runs:
 * branch filters for a branch, tag filters for a tag (a push of the other kind does not run a
 * workflow that filters only one kind), and paths filters (not checked for tags, as on GitHub).
 */
export function pushFilterMismatch(
  workflow: Workflow,
  ref: string,
  changed: readonly string[],
): string | undefined {
  const on = eventSettings(workflow, 'push')
  const isTag = ref.startsWith('refs/tags/')
  const name = ref.replace(/^refs\/(heads|tags)\//, '')
  const branches = list(on.branches)
  const branchesIgnore = list(on['branches-ignore'])
  const tags = list(on.tags)
  const tagsIgnore = list(on['tags-ignore'])
  const kind = isTag ? 'tag' : 'branch'
  const [only, ignore] = isTag ? [tags, tagsIgnore] : [branches, branchesIgnore]
  const otherFiltered = isTag
    ? branches !== undefined || branchesIgnore !== undefined
    : tags !== undefined || tagsIgnore !== undefined
  if (only === undefined && ignore === undefined && otherFiltered) {
    return `on.push filters ${isTag ? 'branches' : 'tags'} only, so a push of the ${kind} ${name} does not run it`
  }
  if (only !== undefined && !passesFilter(only, name))
    return `the ${kind} ${name} does not match on.push.${isTag ? 'tags' : 'branches'} (${only.join(', ')})`
  if (ignore !== undefined && passesFilter(ignore, name))
    return `the ${kind} ${name} matches on.push.${isTag ? 'tags' : 'branches'}-ignore (${ignore.join(', ')})`
  if (isTag) return undefined
  const paths = list(on.paths)
  const pathsIgnore = list(on['paths-ignore'])
  if (paths !== undefined && !changed.some((file) => passesFilter(paths, file)))
    return `no file the push changes (${changed.join(', ') || 'none'}) matches on.push.paths (${paths.join(', ')})`
  if (pathsIgnore !== undefined && changed.every((file) => passesFilter(pathsIgnore, file)))
    return `every file the push changes (${changed.join(', ') || 'none'}) matches on.push.paths-ignore (${pathsIgnore.join(', ')})`
  return undefined
}

/** The first cron of `on.schedule` (the model keeps it as `{ cron: [...] }`), as the payload names it. */
export function scheduleCron(workflow: Workflow): string | undefined {
  const cron = list(eventSettings(workflow, 'schedule').cron)
  return cron?.[0]
}

/** What `on.workflow_run` asks for: the workflows it follows, and whether `branch` passes its filters. */
export function workflowRunTrigger(
  workflow: Workflow,
  branch: string,
): { workflows: string[]; action: 'completed' | 'requested'; mismatch: string | undefined } {
  const on = eventSettings(workflow, 'workflow_run')
  const workflows = list(on.workflows) ?? []
  const types = list(on.types) ?? ['completed', 'requested']
  const action = types.includes('completed') ? 'completed' : 'requested'
  const branches = list(on.branches)
  const branchesIgnore = list(on['branches-ignore'])
  let mismatch: string | undefined
  if (branches !== undefined && !passesFilter(branches, branch))
    mismatch = `the branch ${branch} of the run it follows does not match on.workflow_run.branches (${branches.join(', ')})`
  else if (branchesIgnore !== undefined && passesFilter(branchesIgnore, branch))
    mismatch = `the branch ${branch} of the run it follows matches on.workflow_run.branches-ignore (${branchesIgnore.join(', ')})`
  return { workflows, action, mismatch }
}

/** The payload and ref of a push, schedule or workflow_run event, checked against its filters. */
export async function triggerEvent(
  event: 'push' | 'schedule' | 'workflow_run',
  given: {
    workflow: Workflow
    workflowPath: string
    gitDir: string
    ref: string
    sha: string
    defaultBranch: string
    /** --ref for workflow_run: the branch of the run it follows. */
    headRef: string | undefined
    conclusion: string | undefined
    repository: Record<string, unknown>
  },
  notes: string[],
): Promise<{ payload: Record<string, unknown>; ref: string; sha: string }> {
  const { workflow, gitDir, ref, sha } = given
  const sender = { login: 'maintainer' }
  if (event === 'push') {
    const parent = await git(gitDir, ['rev-parse', '--verify', '--quiet', `${sha}^`], {
      allowFailure: true,
    })
    const before = parent.exitCode === 0 ? parent.stdout.trim() : '0'.repeat(40)
    const changed =
      parent.exitCode === 0
        ? (await git(gitDir, ['diff', '--name-only', before, sha])).stdout
            .split('\n')
            .filter((file) => file !== '')
        : []
    const mismatch = pushFilterMismatch(workflow, ref, changed)
    if (mismatch !== undefined) {
      throw new FilterMismatch(
        `${given.workflowPath} would not run on this push: ${mismatch}. Rehearse a push it runs on with --ref (a branch, or refs/tags/NAME for a tag).`,
      )
    }
    const head = (await git(gitDir, ['log', '-1', '--format=%s%n%an%n%ae%n%cI', sha])).stdout
    const [message = '', name = '', email = '', timestamp = ''] = head.split('\n')
    const commit = { id: sha, message, timestamp, author: { name, email }, distinct: true }
    notes.push(
      `push event: ${ref} at ${sha.slice(0, 7)}${ref.startsWith('refs/tags/') ? ' (a new tag)' : `, changing ${changed.length} file(s) since ${before.slice(0, 7)}`}`,
    )
    const payload = {
      ref,
      before: ref.startsWith('refs/tags/') ? '0'.repeat(40) : before,
      after: sha,
      created: ref.startsWith('refs/tags/'),
      deleted: false,
      forced: false,
      base_ref: null,
      commits: ref.startsWith('refs/tags/') ? [] : [commit],
      head_commit: commit,
      pusher: { name: 'maintainer' },
      repository: given.repository,
      sender,
    }
    return { payload, ref, sha }
  }
  // A schedule and a workflow_run run on the default branch's last commit.
  const mainRef = `refs/heads/${given.defaultBranch}`
  const mainSha = (await git(gitDir, ['rev-parse', mainRef])).stdout.trim()
  if (event === 'schedule') {
    const cron = scheduleCron(workflow) ?? ''
    notes.push(`schedule event: cron ${cron}, on ${given.defaultBranch} (schedules run there)`)
    return {
      payload: { schedule: cron, repository: given.repository, sender },
      ref: mainRef,
      sha: mainSha,
    }
  }
  const headRef = given.headRef ?? given.defaultBranch
  const headSha = (
    await git(gitDir, [
      'rev-parse',
      `${headRef.startsWith('refs/') ? headRef : `refs/heads/${headRef}`}^{commit}`,
    ])
  ).stdout.trim()
  const branch = headRef.replace(/^refs\/heads\//, '')
  const trigger = workflowRunTrigger(workflow, branch)
  if (trigger.mismatch !== undefined) {
    throw new FilterMismatch(
      `${given.workflowPath} would not run after that run: ${trigger.mismatch}. Name the branch of the run it follows with --ref.`,
    )
  }
  const conclusion = trigger.action === 'completed' ? (given.conclusion ?? 'success') : null
  const followed = trigger.workflows[0] ?? 'CI'
  notes.push(
    `workflow_run event: "${followed}" ${trigger.action} on ${branch} at ${headSha.slice(0, 7)}${conclusion === null ? '' : ` with conclusion ${conclusion}`}; this workflow runs on ${given.defaultBranch}`,
  )
  const payload = {
    action: trigger.action,
    workflow_run: {
      id: 9001,
      name: followed,
      event: 'push',
      status: trigger.action === 'completed' ? 'completed' : 'queued',
      conclusion,
      head_branch: branch,
      head_sha: headSha,
      run_number: 1,
      run_attempt: 1,
      html_url: `https://github.com/${String(given.repository.full_name)}/actions/runs/9001`,
      repository: given.repository,
      head_repository: given.repository,
    },
    workflow: { name: followed },
    repository: given.repository,
    sender,
  }
  return { payload, ref: mainRef, sha: mainSha }
}

/** A push or workflow_run the workflow's filters would not run on: said as it is, exit code 1. */
export class FilterMismatch extends Error {
  override name = 'FilterMismatch'
}
