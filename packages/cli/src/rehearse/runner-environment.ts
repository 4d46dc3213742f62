// The runner's side of a job, as pure functions: the `github` context, the runner variables
// (GITHUB_*, RUNNER_*) every step's process gets, and the expression contexts a step, a job's
// `env:` and its `outputs:` are evaluated with. No files, no processes: unit-tested as they are.
import { join, dirname } from 'node:path'
import { toValue, type Value } from '@tokenless/workflow'

/** What the run is about: the facts the `github` context and GITHUB_* are made of. */
export interface RunFacts {
  owner: string
  repo: string
  ref: string
  sha: string
  eventName: string
  eventPayload: Record<string, unknown>
  runId: string
  actor: string
  attempt: number
  /** The workflow's `name:`, or its path when it has none. */
  workflowName: string
  workflowPath: string
  githubUrl: string
  serverUrl: string
}

function refName(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '')
}

function refType(ref: string): 'tag' | 'branch' {
  return ref.startsWith('refs/tags/') ? 'tag' : 'branch'
}

function workflowRef(run: RunFacts): string {
  return `${run.owner}/${run.repo}/${run.workflowPath}@${run.ref}`
}

/** The `github` context of a job (`job` empty outside one). */
export function githubContext(run: RunFacts, job: string, token: string): Record<string, Value> {
  return {
    token,
    job,
    ref: run.ref,
    ref_name: refName(run.ref),
    ref_type: refType(run.ref),
    ref_protected: false,
    sha: run.sha,
    repository: `${run.owner}/${run.repo}`,
    repository_owner: run.owner,
    repository_owner_id: '1001',
    repository_id: '2002',
    repositoryUrl: `git://github.com/${run.owner}/${run.repo}.git`,
    run_id: run.runId,
    run_number: '1',
    run_attempt: String(run.attempt),
    retention_days: '90',
    actor: run.actor,
    triggering_actor: run.actor,
    workflow: run.workflowName,
    workflow_ref: workflowRef(run),
    workflow_sha: run.sha,
    event_name: run.eventName,
    event: toValue(run.eventPayload),
    server_url: run.serverUrl,
    api_url: run.githubUrl,
    graphql_url: `${run.githubUrl}/graphql`,
    head_ref: '',
    base_ref: '',
    action: '',
    action_path: '',
    workspace: '',
    secret_source: 'Actions',
  }
}

/** A job's folders on the runner. */
export interface JobFolders {
  workspace: string
  runnerTemp: string
  home: string
  toolCache: string
}

/** Variables of the machine a hosted runner passes on to its steps. */
export const RUNNER_PASS_THROUGH = [
  'LANG',
  'LC_ALL',
  'TMPDIR',
  'TERM',
  'PYENV_ROOT',
  'PYENV_VERSION',
]

/**
 * The variables every step of a job starts with: the machine's pass-through ones, its network
 * settings, then the runner's own (GITHUB_*, RUNNER_*).
 */
export function runnerVariables(input: {
  run: RunFacts
  job: string
  folders: JobFolders
  eventPath: string
  machine: Record<string, string | undefined>
  network: Record<string, string>
  /** The job's runs-on names a self-hosted runner: RUNNER_ENVIRONMENT says so, as on GitHub. */
  selfHosted?: boolean
}): Record<string, string> {
  const { run, folders } = input
  const variables: Record<string, string> = {}
  for (const name of RUNNER_PASS_THROUGH) {
    const value = input.machine[name]
    if (value !== undefined) variables[name] = value
  }
  return Object.assign(variables, input.network, {
    HOME: folders.home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTOR: run.actor,
    GITHUB_ACTOR_ID: '3003',
    GITHUB_API_URL: run.githubUrl,
    GITHUB_SERVER_URL: run.serverUrl,
    GITHUB_GRAPHQL_URL: `${run.githubUrl}/graphql`,
    GITHUB_REPOSITORY: `${run.owner}/${run.repo}`,
    GITHUB_REPOSITORY_OWNER: run.owner,
    GITHUB_REPOSITORY_OWNER_ID: '1001',
    GITHUB_REPOSITORY_ID: '2002',
    GITHUB_EVENT_NAME: run.eventName,
    GITHUB_EVENT_PATH: input.eventPath,
    GITHUB_WORKSPACE: folders.workspace,
    GITHUB_SHA: run.sha,
    GITHUB_REF: run.ref,
    GITHUB_REF_NAME: refName(run.ref),
    GITHUB_REF_TYPE: refType(run.ref),
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_RUN_ID: run.runId,
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: String(run.attempt),
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_WORKFLOW: run.workflowName,
    GITHUB_WORKFLOW_REF: workflowRef(run),
    GITHUB_WORKFLOW_SHA: run.sha,
    GITHUB_JOB: input.job,
    GITHUB_HEAD_REF: '',
    GITHUB_BASE_REF: '',
    GITHUB_TRIGGERING_ACTOR: run.actor,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'tokenless rehearsal',
    RUNNER_ENVIRONMENT: input.selfHosted === true ? 'self-hosted' : 'github-hosted',
    RUNNER_TEMP: folders.runnerTemp,
    RUNNER_TOOL_CACHE: folders.toolCache,
    RUNNER_WORKSPACE: dirname(folders.workspace),
    ImageOS: 'ubuntu24',
  })
}

/** The `runner` context. */
export function runnerContext(folders: JobFolders): Record<string, Value> {
  return {
    os: 'Linux',
    arch: 'X64',
    name: 'tokenless rehearsal',
    temp: folders.runnerTemp,
    tool_cache: folders.toolCache,
    environment: 'github-hosted',
    debug: '',
  }
}

/** A job's status as `job.status` and status functions see it. */
export type JobState = 'success' | 'failure' | 'cancelled'

export function jobState(failed: boolean, cancelled: boolean): JobState {
  return failed ? 'failure' : cancelled ? 'cancelled' : 'success'
}

/** What a job's contexts are made of, before a step adds its own. */
export interface JobContextParts {
  github: Record<string, Value>
  inputs: Record<string, Value>
  secrets: Record<string, Value>
  /** `needs`, `strategy`, `matrix` of the job (absent ones are empty). */
  placement: Record<string, Value>
}

function placed(parts: JobContextParts): Record<string, Value> {
  return {
    needs: parts.placement.needs ?? {},
    strategy: parts.placement.strategy ?? {},
    matrix: parts.placement.matrix ?? {},
  }
}

/** The contexts of a job's `env:` (after the workflow's `env:`). */
export function jobEnvContexts(
  parts: JobContextParts,
  workflowEnv: Record<string, string>,
): Record<string, Value> {
  return {
    github: parts.github,
    inputs: parts.inputs,
    vars: {},
    secrets: parts.secrets,
    ...placed(parts),
    env: workflowEnv,
  }
}

/** The contexts of a step's `if:` (no `secrets`, as on GitHub). */
export function stepConditionContexts(
  parts: JobContextParts,
  step: {
    env: Record<string, string>
    steps: Record<string, Value>
    state: JobState
    folders: JobFolders
  },
): Record<string, Value> {
  return {
    github: parts.github,
    env: step.env,
    vars: {},
    inputs: parts.inputs,
    ...placed(parts),
    steps: { ...step.steps },
    job: { status: step.state },
    runner: runnerContext(step.folders),
  }
}

/** The contexts of a step's `env:`, `with:`, `run:` and the rest: its `if:` ones and `secrets`. */
export function stepContexts(
  parts: JobContextParts,
  step: Parameters<typeof stepConditionContexts>[1],
): Record<string, Value> {
  return { ...stepConditionContexts(parts, step), secrets: parts.secrets }
}

/** The contexts of a job's `outputs:` and `environment.url`, once its steps are done. */
export function jobOutputContexts(
  parts: JobContextParts,
  job: { env: Record<string, string>; steps: Record<string, Value>; state: JobState },
): Record<string, Value> {
  return {
    github: parts.github,
    ...placed(parts),
    job: { status: job.state },
    runner: {},
    env: job.env,
    vars: {},
    secrets: parts.secrets,
    steps: job.steps,
    inputs: parts.inputs,
  }
}

/** A job's folders under `jobDir`. */
export function jobFolders(jobDir: string, repo: string, workDir: string): JobFolders {
  return {
    workspace: join(jobDir, 'work', repo),
    runnerTemp: join(jobDir, 'temp'),
    home: join(jobDir, 'home'),
    toolCache: join(workDir, 'toolcache'),
  }
}

/** The runner's files of one step (GITHUB_OUTPUT, GITHUB_ENV, ...). */
export interface StepFiles {
  output: string
  env: string
  path: string
  state: string
  summary: string
}

export function stepFiles(filesDir: string, index: number): StepFiles {
  return {
    output: join(filesDir, `set_output_${index}`),
    env: join(filesDir, `set_env_${index}`),
    path: join(filesDir, `add_path_${index}`),
    state: join(filesDir, `save_state_${index}`),
    summary: join(filesDir, `step_summary_${index}`),
  }
}

/**
 * A step's process environment: the runner's variables, then the workflow's, job's, GITHUB_ENV's
 * and step's `env` (which cannot override GITHUB_* and RUNNER_*), then PATH and the step's files.
 */
export function stepProcessEnv(input: {
  baseEnv: Record<string, string>
  env: Record<string, string>
  path: string
  files: StepFiles
  action: string
}): Record<string, string> {
  const { baseEnv, files } = input
  return {
    ...baseEnv,
    ...input.env,
    ...Object.fromEntries(
      Object.entries(baseEnv).filter(
        ([name]) => name.startsWith('GITHUB_') || name.startsWith('RUNNER_'),
      ),
    ),
    PATH: input.path,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ACTION: input.action,
  }
}

/**
 * The job's ~/.gitconfig: this repository's addresses on GitHub (https, with the job's token as
 * semantic-release writes it, ssh) are the sandbox's copy, so a push of tags or commits by a tool
 * that reads the URL from package.json, not from origin, lands in the sandbox too. So are its
 * addresses on the sandbox's web side (`serverUrl`, GITHUB_SERVER_URL): checkout's origin and the
 * API's clone_url, which the web side serves for fetches only.
 */
export function jobGitConfig(
  repository: string,
  gitDir: string,
  token: string,
  serverUrl: string,
): string {
  const { protocol, host, pathname } = new URL(serverUrl)
  const onServer = (auth: string): string =>
    `${protocol}//${auth}${host}${pathname.replace(/\/+$/, '')}/${repository}`
  const addresses = [
    `https://github.com/${repository}`,
    `https://x-access-token:${token}@github.com/${repository}`,
    `https://${token}@github.com/${repository}`,
    `git@github.com:${repository}`,
    `ssh://git@github.com/${repository}`,
    `git+https://github.com/${repository}`,
    `git+ssh://git@github.com/${repository}`,
    onServer(''),
    onServer(`x-access-token:${token}@`),
    onServer(`${token}@`),
  ]
  // git takes the longest match: `….git` first, so the sandbox's path never gets `.git` added.
  const lines = [`[url "${gitDir}"]`]
  for (const address of addresses) lines.push(`\tinsteadOf = ${address}.git`)
  for (const address of addresses) lines.push(`\tinsteadOf = ${address}`)
  return `${lines.join('\n')}\n`
}
