import { type ActionContext, ConfigurationError } from '@tokenless/action-kit'
import type { PublishInputs } from './inputs.js'

export const GATE_CHECK_NAME = 'tokenless/test-gate'

/**
 * require-gate: a tokenless/test-gate check run on the commit must have concluded success.
 * `auto` requires it only when one exists; `true` requires that it exists.
 */
export async function checkTestGate(ctx: ActionContext, inputs: PublishInputs): Promise<string> {
  if (inputs.requireGate === 'false') return 'not required (require-gate: false)'
  const required = inputs.requireGate === 'true'
  const missing = !inputs.sha
    ? 'no sha'
    : !inputs.repository
      ? 'no GITHUB_REPOSITORY'
      : !inputs.token
        ? 'no token'
        : ''
  if (missing) {
    if (required) {
      throw new ConfigurationError(
        `require-gate is true, but the test gate cannot be read: ${missing}. Pass sha and token (the job's GITHUB_TOKEN with checks: read).`,
        { input: 'require-gate' },
      )
    }
    return `not checked (${missing})`
  }
  const { createClientForAction, findCheckRun, httpStatus } = await import('@tokenless/github')
  const client = createClientForAction({
    token: inputs.token ?? '',
    apiUrl: ctx.env.GITHUB_API_URL,
    log: ctx.log,
  })
  const sha = inputs.sha ?? ''
  let run
  try {
    run = await findCheckRun(client, inputs.repository!, sha, GATE_CHECK_NAME)
  } catch (error) {
    if (httpStatus(error) !== 403 || required) {
      const why = httpStatus(error) === 403 ? 'the token lacks checks: read' : String(error)
      throw new ConfigurationError(
        `Could not read the ${GATE_CHECK_NAME} check run on ${sha.slice(0, 7)}: ${why}. Add "checks: read" to the publishing job's permissions.`,
        { input: 'require-gate' },
      )
    }
    ctx.log.warning(
      `The ${GATE_CHECK_NAME} check run on ${sha.slice(0, 7)} could not be read (the token lacks checks: read), so the test gate was not enforced. Add "checks: read" to the publishing job's permissions.`,
    )
    return 'not checked (no checks: read)'
  }
  if (run === undefined) {
    if (required) {
      throw new ConfigurationError(
        `require-gate is true, but ${sha.slice(0, 7)} has no ${GATE_CHECK_NAME} check run: the tests did not run (or did not record) on this exact commit. Run test-gate on it first.`,
        { input: 'require-gate' },
      )
    }
    return `no ${GATE_CHECK_NAME} check run on ${sha.slice(0, 7)}`
  }
  if (run.conclusion !== 'success') {
    throw new ConfigurationError(
      `The test gate on ${sha.slice(0, 7)} is ${run.conclusion ?? run.status} (${run.html_url ?? GATE_CHECK_NAME}): nothing is published for a commit whose tests did not pass. Fix the tests and release again.`,
      { input: 'require-gate' },
    )
  }
  return `${GATE_CHECK_NAME} passed on ${sha.slice(0, 7)}`
}
