import { statSync } from 'node:fs'
import {
  type ActionContext,
  ConfigurationError,
  globBase,
  isConfigurationError,
  resolveInWorkspace,
} from '@tokenless/action-kit'
import { type GateResult, renderGate, summarizeForCheckRun } from './gate-summary.js'
import type { GitHubAccess } from './github-access.js'
import { displayName } from './junit/failed-test.js'
import { parseInputs, type TestGateInputs } from './inputs.js'

/** The grace period between SIGTERM and SIGKILL of the commands' processes. */
const KILL_GRACE_MS = 10_000

function warnAboutOidc(ctx: ActionContext): void {
  if (!ctx.env.ACTIONS_ID_TOKEN_REQUEST_URL) return
  ctx.log.warning(
    'This job can mint OIDC tokens (it has "permissions: id-token: write"): the tests, and every dependency they install or run, could use it to publish as this repository. Run the tests in a job without id-token: write, and publish from a separate job that needs this one.',
    { title: 'Tests in a job that can publish' },
  )
}

function checkGitHubInputs(inputs: TestGateInputs, needs: string): { token: string; sha: string } {
  if (inputs.token === undefined) {
    throw new ConfigurationError(
      `Input token is empty, but ${needs} needs GitHub's API. Leave token out to use the job's GITHUB_TOKEN, or set record: false when there is nothing to record.`,
      { input: 'token' },
    )
  }
  if (inputs.repository === undefined) {
    throw new ConfigurationError(
      `No repository: GITHUB_REPOSITORY is not set and the repository input is empty, but ${needs} needs one. Set repository: owner/repo, or record: false for a local run.`,
      { input: 'repository' },
    )
  }
  if (inputs.sha === undefined || !/^[0-9a-f]{40}$/.test(inputs.sha)) {
    throw new ConfigurationError(
      inputs.sha === undefined
        ? `No sha: GITHUB_SHA is not set and the sha input is empty, but ${needs} needs the commit. Set sha to the full commit sha.`
        : `Input sha is "${inputs.sha}", which is not a full 40-character commit sha.`,
      { input: 'sha' },
    )
  }
  return { token: inputs.token, sha: inputs.sha }
}

export async function run(ctx: ActionContext): Promise<void> {
  const inputs = parseInputs(ctx)
  if (inputs.token !== undefined) ctx.setSecret(inputs.token)
  warnAboutOidc(ctx)
  const requiring = inputs.requireChecks === 'all' || inputs.requireChecks.length > 0
  if (inputs.run === undefined && inputs.junit.length === 0 && !requiring) {
    throw new ConfigurationError(
      'test-gate has nothing to judge: give run (the test commands), junit (the reports of tests run in an earlier step), or require-checks (checks that ran the tests elsewhere).',
    )
  }
  const cwd = resolveInWorkspace(ctx.workspace, inputs.workingDirectory, {
    input: 'working-directory',
  })
  // A report glob that leads out of the workspace is refused before any command runs.
  for (const pattern of inputs.junit) {
    resolveInWorkspace(ctx.workspace, globBase(pattern), { input: 'junit', base: cwd })
  }
  if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigurationError(
      `Input working-directory is "${inputs.workingDirectory}", which is not a directory in the workspace. Check out the repository first, or fix the path.`,
      { input: 'working-directory' },
    )
  }
  let access: GitHubAccess | undefined
  if (inputs.record || requiring) {
    const { token, sha } = checkGitHubInputs(
      inputs,
      inputs.record ? 'record: true' : 'require-checks',
    )
    // Each step loads when it is needed (measured on the bundle: static imports take a failing
    // start from 124 to 281 ms of CPU: octokit most of it, the JUnit reader and runner 19 ms).
    const { connectGitHub } = await import('./github-access.js')
    access = connectGitHub(
      ctx,
      token,
      inputs.repository as NonNullable<typeof inputs.repository>,
      sha,
    )
  }

  const result: GateResult = {
    reasons: [],
    junit: undefined,
    command: undefined,
    checks: undefined,
  }
  try {
    await judge(ctx, inputs, cwd, access, result)
  } catch (error) {
    if (!isConfigurationError(error)) throw error
    // A mistake found while judging still fails the gate: record it red, then report it.
    result.reasons.push(error.message)
    await finish(ctx, inputs, access, result)
    throw error
  }
  await finish(ctx, inputs, access, result)
  if (result.reasons.length > 0)
    throw new Error(`The test gate failed: ${result.reasons.join(' ')}`)
}

async function judge(
  ctx: ActionContext,
  inputs: TestGateInputs,
  cwd: string,
  access: GitHubAccess | undefined,
  result: GateResult,
): Promise<void> {
  // timeout-minutes bounds the tests and the reading of their reports together.
  const deadline = Date.now() + inputs.timeoutMinutes * 60_000
  const timeout = `${inputs.timeoutMinutes} min`
  if (inputs.run !== undefined) {
    const { runCommands } = await import('./run-commands.js')
    const started = Date.now()
    // The step's inputs (INPUT_TOKEN among them) are this action's, not the tests': leave them out.
    const env = Object.fromEntries(
      Object.entries(ctx.env).filter(([name]) => !name.startsWith('INPUT_')),
    )
    const outcome = await runCommands(inputs.run, {
      cwd,
      env,
      timeoutMs: deadline - Date.now(),
      graceMs: KILL_GRACE_MS,
      // A line in the log as it happens; the verdict below carries the one error annotation.
      onTimeout: () =>
        ctx.log.info(
          `The tests ran longer than timeout-minutes (${timeout}): stopping them and every process they started.`,
        ),
    })
    result.command = { ...outcome, seconds: (Date.now() - started) / 1000 }
    if (outcome.timedOut) {
      result.reasons.push(
        `The tests were stopped after ${timeout} (timeout-minutes), with every process they started. Make them faster, find the test that hangs, or raise timeout-minutes.`,
      )
    } else if (outcome.exitCode !== 0) {
      result.reasons.push(
        `The test commands exited with code ${outcome.exitCode}${outcome.signal ? ` (${outcome.signal})` : ''}.`,
      )
    }
  }
  if (inputs.junit.length > 0 && result.command?.timedOut) {
    ctx.log.info(
      `The JUnit reports were not read: timeout-minutes (${timeout}) ran out during the tests.`,
    )
  } else if (inputs.junit.length > 0) {
    const { readJUnitReports } = await import('./junit/junit-files.js')
    try {
      result.junit = await readJUnitReports(inputs.junit, cwd, ctx.workspace, {
        deadline,
        deadlineName: `timeout-minutes (${timeout})`,
      })
    } catch (error) {
      // The commands' own failure explains a missing or broken report: say both.
      if (!isConfigurationError(error) || result.reasons.length === 0) throw error
      ctx.log.error(error.message, { file: error.location?.file, line: error.location?.line })
      result.reasons.push(error.message)
    }
    const junit = result.junit
    if (junit !== undefined) {
      const failed = junit.failures + junit.errors
      if (failed > 0) {
        result.reasons.push(
          `${failed} of ${junit.tests} tests failed in the JUnit reports (${junit.failures} failures, ${junit.errors} errors)${result.command?.exitCode === 0 ? ', although the test commands exited 0' : ''}: ${junit.failed
            .slice(0, 3)
            .map((test) => displayName(test))
            .join('; ')}${failed > 3 ? '; …' : ''}.`,
        )
      }
      const executed = junit.tests - junit.skipped
      if (executed < inputs.minTests) {
        result.reasons.push(
          `The JUnit reports (${junit.reports.join(', ')}) show ${executed} executed test${executed === 1 ? '' : 's'} (${junit.tests} in all, ${junit.skipped} skipped), fewer than min-tests: ${inputs.minTests}. Check that the tests ran and that junit matches the reports they wrote, or set min-tests: 0 if no tests is right.`,
        )
      }
      for (const test of junit.failed.slice(0, 50)) {
        if (test.sourceFile === undefined) continue
        ctx.log.error(test.message, {
          title: `${test.outcome === 'error' ? 'Test error' : 'Test failed'}: ${displayName(test)}`,
          file: test.sourceFile,
          line: test.line,
        })
      }
    }
  }
  const requiring = inputs.requireChecks === 'all' || inputs.requireChecks.length > 0
  if (requiring && access !== undefined) {
    if (result.reasons.length > 0) {
      ctx.log.info('The gate has already failed: not waiting for require-checks.')
      return
    }
    const { awaitRequiredChecks } = await import('./required-checks.js')
    const checks = await awaitRequiredChecks(ctx, access, {
      names: inputs.requireChecks,
      ignore: inputs.ignoreChecks,
      waitMinutes: inputs.waitMinutes,
    })
    result.checks = checks
    if (checks.failed.length > 0) {
      result.reasons.push(
        `Required checks did not succeed on ${access.sha.slice(0, 7)}: ${checks.failed.map((check) => `${check.name} (${check.conclusion})`).join(', ')}.`,
      )
    }
    if (checks.pending.length > 0) {
      result.reasons.push(
        `Required checks were still pending on ${access.sha.slice(0, 7)} after ${inputs.waitMinutes} min (wait-minutes): ${checks.pending.map((check) => check.name).join(', ')}. Raise wait-minutes, or make this job need the jobs that run them.`,
      )
    }
  }
}

async function finish(
  ctx: ActionContext,
  inputs: TestGateInputs,
  access: GitHubAccess | undefined,
  result: GateResult,
): Promise<void> {
  const passed = result.reasons.length === 0
  const junit = result.junit
  ctx.setOutput('passed', passed)
  ctx.setOutput('tests', junit?.tests ?? 0)
  ctx.setOutput('failures', junit ? junit.failures + junit.errors : 0)
  ctx.setOutput('skipped', junit?.skipped ?? 0)
  let recorded: { id: number; url: string | undefined } | undefined
  if (inputs.record && access !== undefined) {
    const { recordGate } = await import('./gate-record.js')
    recorded = await recordGate(ctx, access, { passed, ...summarizeForCheckRun(result) })
  }
  ctx.setOutput('check-run-id', recorded?.id ?? '')
  renderGate(ctx.summary, result, { sha: access?.sha ?? inputs.sha, recorded })
}
