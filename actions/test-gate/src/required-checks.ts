import type { ActionContext } from '@tokenless/action-kit'
import { ConfigurationError, sleep } from '@tokenless/action-kit'
import { getCombinedStatus, listCheckRuns } from '@tokenless/github'
import { callGitHub, type GitHubAccess } from './github-access.js'

export const GATE_CHECK_NAME = 'tokenless/test-gate'

/** One required check as last seen: a check run or a commit status (context). */
export interface CheckState {
  name: string
  kind: 'check run' | 'status'
  /** `pending` while it runs; else its conclusion (check run) or state (status). */
  conclusion: string
  url: string | undefined
}

export interface RequiredChecksResult {
  checks: CheckState[]
  /** Checks that concluded anything but success. */
  failed: CheckState[]
  /** Checks still pending when wait-minutes ran out. */
  pending: CheckState[]
  waitedMinutes: number
}

export interface RequiredChecksOptions {
  names: string[] | 'all'
  ignore: string[]
  waitMinutes: number
}

const PERMISSION = 'checks: read'

async function lookAtChecks(
  ctx: ActionContext,
  access: GitHubAccess,
): Promise<Map<string, CheckState>> {
  const { client, repo, sha } = access
  const runs = await callGitHub(access, `list the check runs of ${sha}`, PERMISSION, () =>
    listCheckRuns(client, repo, sha),
  )
  const combined = await callGitHub(
    access,
    `read the commit status of ${sha}`,
    'statuses: read',
    () => getCombinedStatus(client, repo, sha),
  )
  const states = new Map<string, CheckState>()
  // Newest first: a re-run's check run replaces the old one of the same name.
  for (const run of [...runs].sort((a, b) => b.id - a.id)) {
    if (states.has(run.name)) continue
    states.set(run.name, {
      name: run.name,
      kind: 'check run',
      conclusion: run.status === 'completed' ? (run.conclusion ?? 'unknown') : 'pending',
      url: run.html_url ?? run.details_url ?? undefined,
    })
  }
  for (const status of combined.statuses) {
    if (states.has(status.context)) continue
    states.set(status.context, {
      name: status.context,
      kind: 'status',
      conclusion: status.state,
      url: status.target_url ?? undefined,
    })
  }
  ctx.log.debug(
    `Checks on ${sha}: ${[...states.values()].map((state) => `${state.name}=${state.conclusion}`).join(', ')}`,
  )
  return states
}

function selectChecks(
  states: Map<string, CheckState>,
  options: RequiredChecksOptions,
  ownNames: Set<string>,
): { selected: CheckState[]; missing: string[] } {
  if (options.names === 'all') {
    return {
      selected: [...states.values()].filter((state) => !ownNames.has(state.name)),
      missing: [],
    }
  }
  const selected: CheckState[] = []
  const missing: string[] = []
  for (const name of options.names) {
    const state = states.get(name)
    if (state === undefined) missing.push(name)
    else selected.push(state)
  }
  return { selected, missing }
}

/**
 * Waits until every required check on the sha has concluded, looking again with backoff
 * (10 s growing to 60 s; 50 ms to 500 ms against the sandbox) until wait-minutes ends.
 * A named check that never appears is an error that lists the names there are.
 */
export async function awaitRequiredChecks(
  ctx: ActionContext,
  access: GitHubAccess,
  options: RequiredChecksOptions,
): Promise<RequiredChecksResult> {
  const ownNames = new Set([GATE_CHECK_NAME, ...options.ignore])
  if (ctx.env.GITHUB_JOB) ownNames.add(ctx.env.GITHUB_JOB)
  const started = Date.now()
  const deadline = started + options.waitMinutes * 60_000
  let interval = access.loopback ? 50 : 10_000
  const maxInterval = access.loopback ? 500 : 60_000
  for (;;) {
    const states = await lookAtChecks(ctx, access)
    const { selected, missing } = selectChecks(states, options, ownNames)
    const pending = selected.filter((state) => state.conclusion === 'pending')
    const remaining = deadline - Date.now()
    if ((pending.length === 0 && missing.length === 0) || remaining <= 0) {
      if (missing.length > 0) {
        const existing = [...states.keys()].filter((name) => !ownNames.has(name)).sort()
        throw new ConfigurationError(
          `require-checks names ${missing.map((name) => `"${name}"`).join(', ')}, but ${access.sha.slice(0, 7)} has no check run or status by ${missing.length === 1 ? 'that name' : 'those names'}${options.waitMinutes > 0 ? ` after waiting ${options.waitMinutes} min` : ''}. The checks there are: ${existing.length > 0 ? existing.join(', ') : 'none'}. Use the check's name as shown on the commit (a job's name, not its id, when it has one).`,
          { input: 'require-checks' },
        )
      }
      if (options.names === 'all' && selected.length === 0) {
        ctx.log.warning(
          `require-checks: all found no check run or status on ${access.sha.slice(0, 7)} besides this gate's own, so there was nothing to wait for. Name the checks to require them even before they start.`,
        )
      }
      return {
        checks: selected,
        failed: selected.filter(
          (state) => state.conclusion !== 'success' && state.conclusion !== 'pending',
        ),
        pending,
        waitedMinutes: options.waitMinutes,
      }
    }
    const waiting = [
      ...pending.map((state) => `${state.name} (${state.kind}, pending)`),
      ...missing.map((name) => `${name} (not started)`),
    ]
    const delay = Math.min(interval, remaining)
    ctx.log.info(
      `Waiting for ${waiting.join(', ')}; looking again in ${Math.ceil(delay / 1000)} s.`,
    )
    await sleep(delay)
    interval = Math.min(Math.round(interval * 1.5), maxInterval)
  }
}
