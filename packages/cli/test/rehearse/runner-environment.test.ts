import { describe, expect, it } from '@jest/globals'
import {
  githubContext,
  jobEnvContexts,
  jobFolders,
  jobGitConfig,
  jobOutputContexts,
  jobState,
  runnerVariables,
  stepConditionContexts,
  stepContexts,
  stepFiles,
  stepProcessEnv,
  type JobContextParts,
  type RunFacts,
} from '../../src/rehearse/runner-environment.js'

const run: RunFacts = {
  owner: 'acme',
  repo: 'widget',
  ref: 'refs/tags/v1.2.0',
  sha: 'a'.repeat(40),
  eventName: 'release',
  eventPayload: { release: { tag_name: 'v1.2.0' } },
  runId: '77',
  actor: 'octocat',
  attempt: 2,
  workflowName: 'Release',
  workflowPath: '.github/workflows/release.yml',
  githubUrl: 'http://127.0.0.1:1/api',
  serverUrl: 'http://127.0.0.1:1',
}
const folders = jobFolders('/w/jobs/1-publish-2', 'widget', '/w')

describe('githubContext', () => {
  it('describes the run, the ref and the job', () => {
    const github = githubContext(run, 'publish', 'ghs_x')
    expect(github).toMatchObject({
      token: 'ghs_x',
      job: 'publish',
      ref_name: 'v1.2.0',
      ref_type: 'tag',
      repository: 'acme/widget',
      run_attempt: '2',
      workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/tags/v1.2.0',
      event: { release: { tag_name: 'v1.2.0' } },
      graphql_url: 'http://127.0.0.1:1/api/graphql',
    })
  })

  it('calls a branch ref a branch', () => {
    const github = githubContext({ ...run, ref: 'refs/heads/main' }, '', '')
    expect([github.ref_name, github.ref_type]).toEqual(['main', 'branch'])
  })
})

describe('runnerVariables', () => {
  const variables = runnerVariables({
    run,
    job: 'publish',
    folders,
    eventPath: '/w/event.json',
    machine: { LANG: 'C.UTF-8', SECRET_OF_THE_MACHINE: 'x', PATH: '/bin' },
    network: { NODE_EXTRA_CA_CERTS: '/ca.pem' },
  })

  it('sets the runner variables a hosted runner sets', () => {
    expect(variables).toMatchObject({
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/widget',
      GITHUB_REF_NAME: 'v1.2.0',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_JOB: 'publish',
      GITHUB_EVENT_PATH: '/w/event.json',
      GITHUB_WORKSPACE: '/w/jobs/1-publish-2/work/widget',
      GITHUB_WORKFLOW: 'Release',
      GITHUB_WORKFLOW_REF: 'acme/widget/.github/workflows/release.yml@refs/tags/v1.2.0',
      RUNNER_TEMP: '/w/jobs/1-publish-2/temp',
      RUNNER_TOOL_CACHE: '/w/toolcache',
      RUNNER_WORKSPACE: '/w/jobs/1-publish-2/work',
      HOME: '/w/jobs/1-publish-2/home',
    })
  })

  it("passes on the machine's locale and network settings, nothing else of it", () => {
    expect(variables.LANG).toBe('C.UTF-8')
    expect(variables.NODE_EXTRA_CA_CERTS).toBe('/ca.pem')
    expect(variables.SECRET_OF_THE_MACHINE).toBeUndefined()
    expect(variables.PATH).toBeUndefined()
  })

  it('gives no OIDC request variables by itself', () => {
    expect(Object.keys(variables).filter((name) => name.startsWith('ACTIONS_ID_TOKEN'))).toEqual([])
  })
})

describe('jobGitConfig', () => {
  it("turns the repository's GitHub and web-side addresses into the sandbox's copy", () => {
    const config = jobGitConfig('acme/widget', '/w/origin.git', 'ghs_x', 'http://127.0.0.1:9/')
    const lines = config.split('\n')
    expect(lines[0]).toBe('[url "/w/origin.git"]')
    for (const address of [
      'https://github.com/acme/widget',
      'git@github.com:acme/widget',
      'http://127.0.0.1:9/acme/widget',
      'http://x-access-token:ghs_x@127.0.0.1:9/acme/widget',
      'http://ghs_x@127.0.0.1:9/acme/widget',
    ]) {
      expect(lines).toContain(`\tinsteadOf = ${address}.git`)
      expect(lines).toContain(`\tinsteadOf = ${address}`)
    }
    // `….git` first: git takes the longest match, and never adds `.git` to the copy's path.
    expect(lines.indexOf('\tinsteadOf = http://127.0.0.1:9/acme/widget.git')).toBeLessThan(
      lines.indexOf('\tinsteadOf = https://github.com/acme/widget'),
    )
  })
})

describe('stepProcessEnv', () => {
  const files = stepFiles('/t/_runner_file_commands', 3)

  it("lets env: override the machine's variables but not GITHUB_* or RUNNER_*", () => {
    const env = stepProcessEnv({
      baseEnv: { HOME: '/h', GITHUB_SHA: 'abc', RUNNER_TEMP: '/t' },
      env: { HOME: '/elsewhere', GITHUB_SHA: 'forged', RUNNER_TEMP: '/x', MINE: '1' },
      path: '/added:/bin',
      files,
      action: 'build',
    })
    expect(env).toMatchObject({
      HOME: '/elsewhere',
      GITHUB_SHA: 'abc',
      RUNNER_TEMP: '/t',
      MINE: '1',
      PATH: '/added:/bin',
      GITHUB_ACTION: 'build',
      GITHUB_OUTPUT: '/t/_runner_file_commands/set_output_3',
      GITHUB_ENV: '/t/_runner_file_commands/set_env_3',
      GITHUB_PATH: '/t/_runner_file_commands/add_path_3',
      GITHUB_STATE: '/t/_runner_file_commands/save_state_3',
      GITHUB_STEP_SUMMARY: '/t/_runner_file_commands/step_summary_3',
    })
  })
})

describe('expression contexts', () => {
  const parts: JobContextParts = {
    github: { job: 'publish' },
    inputs: { version: '1.2.0' },
    secrets: { GITHUB_TOKEN: 'ghs_x' },
    placement: { needs: { build: { result: 'success' } }, matrix: { python: '3.12' } },
  }
  const step = {
    env: { A: '1' },
    steps: { pack: { outcome: 'success' } },
    state: jobState(true, false),
    folders,
  }

  it("gives a step's if: every context but secrets", () => {
    const contexts = stepConditionContexts(parts, step)
    expect(Object.keys(contexts).sort()).toEqual([
      'env',
      'github',
      'inputs',
      'job',
      'matrix',
      'needs',
      'runner',
      'steps',
      'strategy',
      'vars',
    ])
    expect(contexts.job).toEqual({ status: 'failure' })
    expect(contexts.strategy).toEqual({})
    expect(contexts.runner).toMatchObject({ os: 'Linux', temp: '/w/jobs/1-publish-2/temp' })
  })

  it("gives a step's other keys secrets as well", () => {
    expect(stepContexts(parts, step).secrets).toEqual({ GITHUB_TOKEN: 'ghs_x' })
  })

  it("gives a job's env: the workflow's env and no steps", () => {
    const contexts = jobEnvContexts(parts, { W: 'w' })
    expect(contexts.env).toEqual({ W: 'w' })
    expect(contexts.steps).toBeUndefined()
    expect(contexts.needs).toEqual({ build: { result: 'success' } })
  })

  it("gives a job's outputs the steps and an empty runner", () => {
    const contexts = jobOutputContexts(parts, { env: {}, steps: step.steps, state: 'cancelled' })
    expect(contexts.steps).toEqual(step.steps)
    expect(contexts.runner).toEqual({})
    expect(contexts.job).toEqual({ status: 'cancelled' })
  })

  it('orders the job states: a failure before a cancellation', () => {
    expect([jobState(false, false), jobState(false, true), jobState(true, true)]).toEqual([
      'success',
      'cancelled',
      'failure',
    ])
  })
})
