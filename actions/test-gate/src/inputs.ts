import {
  type ActionContext,
  booleanInput,
  ConfigurationError,
  integerInput,
  listInput,
  multilineInput,
  optionalInput,
  repositoryInput,
  type RepoRef,
} from '@tokenless/action-kit'

export interface TestGateInputs {
  /** The commands, as one bash script; undefined when the tests ran in an earlier step. */
  run: string | undefined
  workingDirectory: string
  timeoutMinutes: number
  junit: string[]
  minTests: number
  /** Check names that must succeed; `'all'` for every check on the commit. */
  requireChecks: string[] | 'all'
  /** Checks that `all` leaves out, besides this gate's own and the job's. */
  ignoreChecks: string[]
  waitMinutes: number
  sha: string | undefined
  record: boolean
  repository: RepoRef | undefined
  token: string | undefined
}

/**
 * The most minutes a wait may last: 7 days. No job runs longer (GitHub stops a job after 6 hours
 * on its own runners, 5 days on self-hosted ones), and it keeps every timer far below the 2^31 ms
 * (24.8 days) past which Node fires a timer at once.
 */
export const MAX_MINUTES = 7 * 24 * 60

/** A number of minutes; fractions allowed (0.5 = 30 s), as the runner's own timeout-minutes. */
function minutesInput(ctx: ActionContext, name: string, defaultValue: number): number {
  const value = optionalInput(ctx, name)
  if (value === undefined) return defaultValue
  if (!/^\d+(\.\d+)?$/.test(value)) {
    throw new ConfigurationError(
      `Input ${name} is "${value}", which is not a number of minutes (e.g. 30 or 0.5).`,
      { input: name },
    )
  }
  const minutes = Number(value)
  if (minutes > MAX_MINUTES) {
    throw new ConfigurationError(
      `Input ${name} is ${value} minutes, more than ${MAX_MINUTES} (7 days), longer than any job runs (GitHub stops one after 360 minutes on its runners, 5 days on self-hosted ones). Give at most ${MAX_MINUTES}.`,
      { input: name },
    )
  }
  return minutes
}

export function parseInputs(ctx: ActionContext): TestGateInputs {
  const script = ctx.getInput('run')
  const checks = listInput(ctx, 'require-checks')
  const repository = repositoryInput(ctx, false)
  const timeoutMinutes = minutesInput(ctx, 'timeout-minutes', 60)
  if (timeoutMinutes <= 0) {
    throw new ConfigurationError(
      'Input timeout-minutes is 0: the commands would be stopped before they start. Give a number of minutes above 0.',
      { input: 'timeout-minutes' },
    )
  }
  return {
    run: script.trim() === '' ? undefined : script,
    workingDirectory: optionalInput(ctx, 'working-directory') ?? '.',
    timeoutMinutes,
    junit: multilineInput(ctx, 'junit'),
    minTests: integerInput(ctx, 'min-tests', { defaultValue: 1, min: 0 }),
    requireChecks: checks.length === 1 && checks[0]?.toLowerCase() === 'all' ? 'all' : checks,
    ignoreChecks: listInput(ctx, 'ignore-checks'),
    waitMinutes: minutesInput(ctx, 'wait-minutes', 30),
    sha: optionalInput(ctx, 'sha') ?? (ctx.env.GITHUB_SHA || undefined),
    record: booleanInput(ctx, 'record', true),
    repository,
    token: optionalInput(ctx, 'token'),
  }
}
