// One rehearsal from start to end: the repository (demo or a copy), the workflow, the sandbox and
// its registry state, the run (and the rerun of failed jobs), then the report read back.
import { existsSync, realpathSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { git } from '@tokenless/git'
import {
  inputDefinitions,
  parseWorkflow,
  resolveInputs,
  type Value,
  type Workflow,
  WorkflowError,
} from '@tokenless/workflow'
import {
  buildDemoRepository,
  DEMO_FOLDERS,
  demoFor,
  demoTags,
  demoWorkflowFiles,
} from './demo-repository.js'
import { doctorCheck, type DoctorSummary } from './doctor-check.js'
import { checkWorkflowExpressions } from './expression-check.js'
import { describeFault, parseFaultSpec, type ParsedFault } from './fault-specs.js'
import type { RehearseOptions } from './options.js'
import {
  calledWorkflowReader,
  findPackages,
  findPublishingJobs,
  registerTrustedPublishers,
  seedNpmPackages,
  type PackageFound,
  type RegisteredPublisher,
  type SeededVersion,
} from './publish-plan.js'
import {
  injectFaults,
  startRehearsalSandbox,
  startSandboxServices,
  type RehearsalSandbox,
} from './rehearsal-sandbox.js'
import { copyRepository, repositoryTopLevel } from './repository-copy.js'
import { readBack, type ReadBack } from './read-back.js'
import { findFaketime, formatDuration, RehearsalClock } from './rehearsal-clock.js'
import { versionDisagreements } from './version-agreement.js'
import type { JobRecord, RunListener } from './run-records.js'
import { Masker } from './runner-files.js'
import { findSuiteRoot, packagedGitHubDescription } from './suite-root.js'
import {
  placeYankedPackages,
  publishEarlierReleases,
  yankPackages,
  type YankPackage,
} from './yank-state.js'
import { mayPublishToNpm, writePublishShims } from './containment.js'
import { runnerDifferences } from './runner-differences.js'
import { FilterMismatch, triggerEvent } from './trigger-events.js'
import { resultOf, verdictOf, type RehearsalResult } from './verdict.js'
import { message, WorkflowRunner } from './workflow-runner.js'

export { verdictOf } from './verdict.js'

export interface AttemptReport {
  attempt: number
  result: 'success' | 'failure'
  jobs: JobRecord[]
  durationMs: number
}

export interface RehearsalReport {
  workflow: string
  event: string
  inputs: Record<string, Value>
  repository: string
  source: string
  ref: string
  sha: string
  sandbox: Record<string, string>
  trustedPublishers: RegisteredPublisher[]
  seeded: SeededVersion[]
  /** Releases on the GitHub stand-in before the run (a yank's or an older line's). */
  earlierReleases: string[]
  packages: PackageFound[]
  faults: Array<{ spec: string; description: string; matched: number; applied: number }>
  /** The workflow's concurrency group, with what a second run would do. */
  concurrency: string | undefined
  /** What `tokenless doctor` finds in the workflow: hazards one local run cannot show. */
  doctor: DoctorSummary
  attempts: AttemptReport[]
  readBack: ReadBack
  /** Versions published that no tag made in the run names: a version computed twice. */
  versionDisagreements: string[]
  notRehearsed: string[]
  /** Publish and release steps (or jobs that may publish) that did not run against the sandbox. */
  unrehearsedPublishes: string[]
  /** Where the rehearsal's runner differs from GitHub's, as met by this run. */
  differences: string[]
  notes: string[]
  result: RehearsalResult
  verdict: string
  timing: Record<string, number>
}

/** A problem that stops the rehearsal before any job runs: said as it is, exit code 1. */
export class RehearsalSetupError extends Error {
  override name = 'RehearsalSetupError'
}

interface Prepared {
  owner: string
  repo: string
  branch: string
  defaultBranch: string
  workflowPath: string
  source: string
  notes: string[]
  demoVersion: string | undefined
}

async function prepareRepository(
  options: RehearseOptions,
  cwd: string,
  suiteRoot: string,
  gitDir: string,
): Promise<Prepared> {
  if (options.repo !== undefined) checkRepoFolder(options.repo, resolve(cwd, options.repo))
  const here = await repositoryTopLevel(cwd).catch(() => cwd)
  const demo = options.repo === undefined && realpathSync(here) === realpathSync(suiteRoot)
  if (options.demo !== undefined && !demo) {
    throw new RehearsalSetupError(
      `--demo ${options.demo}: the demos are rehearsed in the tokenless repository (${suiteRoot}), and ${here} is another repository. Run it there, or leave --demo out to rehearse this one.`,
    )
  }
  if (demo && options.repository !== undefined) {
    throw new RehearsalSetupError(
      `--repository ${options.repository.owner}/${options.repository.repo} names the GitHub repository of a clone of yours; the demo is rehearsed as its own (tokenless-demo/hello-tokenless). Give it with --repo DIR.`,
    )
  }
  if (demo) {
    const workflowSource =
      options.workflow === undefined
        ? join(suiteRoot, 'workflows-examples', 'release.yml')
        : resolve(cwd, options.workflow)
    let workflows
    try {
      workflows = demoWorkflowFiles(workflowSource, suiteRoot)
    } catch (error) {
      throw new RehearsalSetupError(
        `Cannot read the workflow ${relative(cwd, workflowSource)}: ${message(error)}`,
      )
    }
    const demoName = options.demo ?? demoFor(workflows.map((file) => file.text).join('\n'))
    const demoDir = join(suiteRoot, DEMO_FOLDERS[demoName])
    const history = await buildDemoRepository(demoDir, gitDir, workflows)
    const [owner = 'tokenless-demo', repo = 'hello-tokenless'] = history.repository.split('/')
    const manifests = (await findPackages(gitDir, `refs/heads/${history.branch}`)).filter(
      (pkg) => pkg.version !== '',
    )
    const tags = demoTags(history)
    const branches = (history.branches ?? []).map((branch) => branch.name)
    return {
      owner,
      repo,
      branch: history.branch,
      defaultBranch: history.branch,
      workflowPath: workflows[0]?.path ?? '.github/workflows/release.yml',
      source: `the ${demoName} demo in ${DEMO_FOLDERS[demoName]}/ (a temp git repository with ${history.commits.length} commits on ${history.branch}${branches.length === 0 ? '' : ` and the branch${branches.length === 1 ? '' : 'es'} ${branches.join(', ')}`}, tagged ${tags.join(', ')}), with ${relative(suiteRoot, workflowSource)} as .github/workflows/${basename(workflowSource)}`,
      notes: [],
      demoVersion: manifests[0]?.version,
    }
  }
  const top = await repositoryTopLevel(resolve(cwd, options.repo ?? '.')).catch(
    (error: unknown) => {
      throw new RehearsalSetupError(message(error))
    },
  )
  const copied = await copyRepository(top, gitDir, options.repository).catch((error: unknown) => {
    throw new RehearsalSetupError(message(error))
  })
  let workflowPath: string
  if (options.workflow !== undefined) {
    const absolute = workflowFile(options.workflow, options.repo === undefined ? cwd : top, cwd)
    workflowPath = relative(top, absolute)
    if (workflowPath.startsWith('..')) {
      throw new RehearsalSetupError(
        `--workflow ${options.workflow} is outside the repository ${top}: give a workflow of that repository, e.g. .github/workflows/release.yml.`,
      )
    }
  } else {
    const listed = await git(
      gitDir,
      ['ls-tree', '--name-only', `refs/heads/${copied.branch}`, '.github/workflows/'],
      {
        allowFailure: true,
      },
    )
    const files = listed.stdout.split('\n').filter((file) => /\.ya?ml$/.test(file))
    const found = files.find((file) => /\/release\.ya?ml$/.test(file))
    if (found === undefined) {
      throw new RehearsalSetupError(
        files.length === 0
          ? `${top} has no workflow in .github/workflows/. Add the release workflow (see workflows-examples/release.yml), or name one with --workflow FILE.`
          : `${top} has no .github/workflows/release.yml; it has ${files.map((file) => basename(file)).join(', ')}. Name the release workflow with --workflow FILE.`,
      )
    }
    workflowPath = found
  }
  return {
    owner: copied.owner,
    repo: copied.repo,
    branch: copied.branch,
    defaultBranch: copied.defaultBranch,
    workflowPath,
    source: `a temp copy of ${top} (the working tree is only read)`,
    notes: copied.notes,
    demoVersion: undefined,
  }
}

/** `--repo DIR` that is not there, or is a file, said plainly before git is asked. */
function checkRepoFolder(given: string, absolute: string): void {
  if (!existsSync(absolute)) {
    throw new RehearsalSetupError(
      `--repo ${given} does not exist${given === absolute ? '' : ` (${absolute})`}. Give the path of a git repository (a clone of yours).`,
    )
  }
  if (!statSync(absolute).isDirectory()) {
    throw new RehearsalSetupError(
      `--repo ${given} is a file, not a folder. Give the path of a git repository (a clone of yours), e.g. --repo ${dirname(given) || '.'}.`,
    )
  }
}

/**
 * A relative --workflow is read in the repository (`--repo ../app --workflow
 * .github/workflows/publish.yml`), or, when it is not there, from the current directory.
 */
function workflowFile(workflow: string, base: string, cwd: string): string {
  if (isAbsolute(workflow)) return workflow
  const inRepository = resolve(base, workflow)
  if (existsSync(inRepository)) return inRepository
  const fromHere = resolve(cwd, workflow)
  return existsSync(fromHere) ? fromHere : inRepository
}

/** `--ref NAME`: the branch, else the tag, of that name in the repository. */
async function resolveRef(gitDir: string, name: string): Promise<{ ref: string; sha: string }> {
  for (const ref of name.startsWith('refs/')
    ? [name]
    : [`refs/heads/${name}`, `refs/tags/${name}`]) {
    const found = await git(gitDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
      allowFailure: true,
    })
    if (found.exitCode === 0) return { ref, sha: found.stdout.trim() }
  }
  const listed = await git(gitDir, ['for-each-ref', '--format=%(refname:short)', 'refs/heads/'])
  throw new RehearsalSetupError(
    `--ref ${name}: the repository has no branch or tag ${name}. Its branches: ${listed.stdout.trim().split('\n').join(', ')}.`,
  )
}

function eventsOf(workflow: Workflow): string[] {
  return Object.keys(workflow.on)
}

export interface RehearsalRun {
  options: RehearseOptions
  cwd: string
  listener: RunListener
}

export async function rehearse({ options, cwd, listener }: RehearsalRun): Promise<RehearsalReport> {
  const began = performance.now()
  const timing: Record<string, number> = {}
  const lap = (name: string, since: number): number => {
    const now = performance.now()
    timing[name] = now - since
    return now
  }
  // Faults are read first: a typo fails before anything starts.
  const faults: ParsedFault[] = options.faults.map(parseFaultSpec)
  const clock = runClock(options, findFaketime())
  const suiteRoot = findSuiteRoot()
  const workDir = await mkdtemp(join(tmpdir(), 'tokenless-rehearse-'))
  const githubDescription = packagedGitHubDescription(suiteRoot)
  let sandbox: RehearsalSandbox | undefined
  // The registries and the issuers read nothing from the repository: they start while it is made.
  const starting = startSandboxServices({ githubDescription, now: clock.now })
  try {
    const gitDir = join(workDir, 'origin.git')
    listener({ type: 'phase', name: 'repository', detail: 'preparing the repository' })
    const prepared = await prepareRepository(options, cwd, suiteRoot, gitDir)
    const notes = [...prepared.notes, ...clockNotes(options)]
    const start = await readStartingPoint(options, prepared, gitDir)
    let { sha, ref, workflow } = start
    const { shown } = start
    const doctor = await doctorCheck(gitDir, sha, prepared.workflowPath, join(workDir, 'doctor'))
    checkRunsOn(workflow, prepared.workflowPath, options.event)
    const { owner, repo } = prepared
    const event = await prepareEvent(options, prepared, gitDir, notes, { workflow, sha, ref })
    const { workflowPath, eventName, inputs, payload, releaseTag } = event
    workflow = event.workflow
    sha = event.sha
    ref = event.ref
    const previousTag = await previousTagOf(gitDir, sha, releaseTag ?? pushedTag(ref))
    let since = lap('repository', began)

    // What is published (npm: by any tool), and the registry state a first OIDC release needs.
    const reader = calledWorkflowReader(gitDir, sha, suiteRoot)
    const packages = await findPackages(gitDir, sha)
    const publishing = await findPublishingJobs(workflow, workflowPath, reader)
    const needsNpm = npmNeeded(publishing, faults, workflow, shown.stdout)
    listener({ type: 'phase', name: 'sandbox', detail: 'starting the sandbox' })
    sandbox = await startRehearsalSandbox(
      { owner, repo, gitDir, defaultBranch: prepared.defaultBranch, private: false },
      { npm: needsNpm, githubDescription, now: clock.now },
      starting,
    )
    since = lap('sandbox', since)
    // A yank, a release of an older line, or a release event finds the earlier releases published
    // on GitHub: published first, so that the maintainer's release is the newest.
    const yanked = yankPackages(workflow)
    const earlierReleases = await publishEarlier(sandbox, notes, {
      owner,
      repo,
      gitDir,
      ref,
      releaseTag,
      yanked: yanked !== undefined,
      defaultBranch: prepared.defaultBranch,
    })
    if (releaseTag !== undefined)
      payload.release = await releaseEventRelease(sandbox, { owner, repo, releaseTag, sha, notes })
    const publishers = registerTrustedPublishers(sandbox, {
      owner,
      repo,
      workflowFile: basename(workflowPath),
      packages,
      jobs: publishing,
      override: options.trustedPublisher,
    })
    const seeding = seedWhileJobsRun(sandbox, timing, (running) =>
      seedNpmPackages(running, gitDir, packages, previousTag, workDir, sha),
    )
    let seeded: SeededVersion[] | undefined
    if (yanked !== undefined && yanked.length > 0 && earlierReleases.length > 0) {
      // The yanked versions go to PyPI too, which does not wait: in order, before the jobs.
      seeded = await seeding
      await placeYanked(sandbox, notes, { workDir, packages: yanked, tags: earlierReleases })
    }
    since = lap('registries', since)
    const injected = injectFaults(sandbox, faults)
    const tagsBefore = await tagNames(sandbox, owner, repo)

    const masker = new Masker()
    const runner = new WorkflowRunner({
      suiteRoot,
      workDir: join(workDir, 'run'),
      owner,
      repo,
      gitDir,
      defaultBranch: prepared.defaultBranch,
      visibility: 'public',
      eventName,
      eventPayload: payload,
      ref,
      sha,
      workflow,
      workflowPath,
      inputs,
      sandbox,
      masker,
      listener,
      runId: String(Date.now()),
      actor: 'maintainer',
      shimDir: await writePublishShims(join(workDir, 'publish-shims'), sandbox),
      releasePr: options.releasePr,
      clock,
    })
    const attempts = await runAttempts(runner, options.rerunFailed, injected, listener)
    const result = attempts[attempts.length - 1]?.result ?? 'failure'
    since = lap('jobs', since)
    seeded ??= await seeding
    const back = await readBack(sandbox, { owner, repo, packages, seeded })
    lap('read back', since)
    timing.total = performance.now() - began
    for (const [name, ms] of Object.entries(sandbox.startMs)) timing[`start ${name}`] = ms

    return buildReport({
      prepared,
      options,
      inputs,
      owner,
      repo,
      ref,
      sha,
      sandbox,
      publishers,
      seeded,
      earlierReleases,
      packages,
      injected,
      runner,
      doctor,
      attempts,
      back,
      notes,
      result,
      timing,
      disagreements: versionDisagreements(tagsBefore, back),
    })
  } catch (error) {
    if (error instanceof WorkflowError) throw new RehearsalSetupError(error.message)
    throw error
  } finally {
    // Before the sandbox is complete, only the services started early are running.
    await (sandbox ?? starting).stop()
    await rm(workDir, { recursive: true, force: true })
  }
}

/**
 * npm's earlier versions, published while the first jobs run: the npm registry holds every
 * request until they are there, so no step sees it without them. Awaited after the jobs.
 */
function seedWhileJobsRun(
  sandbox: RehearsalSandbox,
  timing: Record<string, number>,
  seed: (sandbox: RehearsalSandbox) => Promise<SeededVersion[]>,
): Promise<SeededVersion[]> {
  const began = performance.now()
  const seeding = seed(sandbox).finally(() => {
    timing['seed npm'] = performance.now() - began
  })
  // A failure is thrown where it is awaited; npm answers 503 meanwhile.
  seeding.catch(() => undefined)
  sandbox.npm?.holdRequests(seeding)
  return seeding
}

/** The yanked packages' earlier versions, on the registries before the run, and a note. */
async function placeYanked(
  sandbox: RehearsalSandbox,
  notes: string[],
  at: { workDir: string; packages: YankPackage[]; tags: string[] },
): Promise<void> {
  await placeYankedPackages(sandbox, at)
  notes.push(
    `yank: ${at.packages.map((pkg) => `${pkg.registry}:${pkg.name}`).join(', ')} placed on the registries at ${at.tags.map((tag) => tag.slice(1)).join(', ')}`,
  )
}

/** Fails the rehearsal of an event the workflow does not run on. */
function checkRunsOn(workflow: Workflow, workflowPath: string, event: string): void {
  if (!eventsOf(workflow).includes(event)) {
    throw new RehearsalSetupError(
      `${workflowPath} does not run on ${event}: its on: lists ${eventsOf(workflow).join(', ') || 'nothing'}. Rehearse one of those with --event.`,
    )
  }
}

/** The release a person published, which fired the workflow: its payload, and a note. */
async function releaseEventRelease(
  sandbox: RehearsalSandbox,
  at: { owner: string; repo: string; releaseTag: string; sha: string; notes: string[] },
) {
  const release = await publishMaintainerRelease(sandbox, at.owner, at.repo, at.releaseTag)
  at.notes.push(
    `release event: ${at.releaseTag} was tagged at ${at.sha.slice(0, 7)} and published by a maintainer before the run`,
  )
  return release
}

/** The run's clock; moving it needs libfaketime, for the jobs' run: steps to see it. */
export function runClock(
  options: Pick<RehearseOptions, 'clock' | 'approvalWaitMs'>,
  faketime: string | undefined,
): RehearsalClock {
  const clock = new RehearsalClock(options.clock, options.approvalWaitMs, faketime)
  if (clock.moves && faketime === undefined) {
    throw new RehearsalSetupError(
      `${options.clock === undefined ? '--approval-wait' : '--clock'} moves the jobs' clock with libfaketime, which is not installed here: install it (apt-get install libfaketime on Debian and Ubuntu), or rehearse without it.`,
    )
  }
  return clock
}

/** Whether the rehearsal needs its npm registry (a Verdaccio process, the slowest to start). */
function npmNeeded(
  publishing: Array<{ registry: string }>,
  faults: ParsedFault[],
  workflow: Parameters<typeof mayPublishToNpm>[0],
  shown: string,
): boolean {
  return (
    publishing.some((job) => job.registry === 'npm') ||
    faults.some((fault) => fault.target === 'registry:npm') ||
    mayPublishToNpm(workflow) ||
    /yank-notice/.test(shown)
  )
}

async function tagNames(sandbox: RehearsalSandbox, owner: string, repo: string): Promise<string[]> {
  const refs = await sandbox.github.state.refs(owner, repo, 'refs/tags/')
  return refs.map((tag) => tag.ref.replace(/^refs\/tags\//, ''))
}

function clockNotes(options: RehearseOptions): string[] {
  const notes: string[] = []
  if (options.clock !== undefined) {
    notes.push(
      `clock: the run starts at ${options.clock.toISOString().replace(/\.000Z$/, 'Z')} (--clock): run: steps and JavaScript actions see it through libfaketime, and so do the OIDC tokens and the registries`,
    )
  }
  if (options.approvalWaitMs > 0) {
    notes.push(
      `approval wait: every job under an environment waits ${formatDuration(options.approvalWaitMs)} for its approval (--approval-wait, simulated), and the jobs after it see the later time`,
    )
  }
  return notes
}

/** The release a maintainer published in the sandbox, as the release event carries it. */
async function publishMaintainerRelease(
  sandbox: RehearsalSandbox,
  owner: string,
  repo: string,
  releaseTag: string,
): Promise<Record<string, unknown>> {
  const personal = 'rehearsal-maintainer-token'
  sandbox.github.tokens.register(personal, {
    kind: 'pat',
    login: 'maintainer',
    permissions: { contents: 'write' },
  })
  const response = await fetch(`${sandbox.github.url}/repos/${owner}/${repo}/releases`, {
    method: 'POST',
    headers: {
      authorization: `token ${personal}`,
      'content-type': 'application/json',
      accept: 'application/vnd.github+json',
    },
    body: JSON.stringify({
      tag_name: releaseTag,
      name: releaseTag,
      body: 'Published by a maintainer.',
    }),
  })
  const release = (await response.json()) as Record<string, unknown>
  if (!response.ok)
    throw new Error(
      `Could not create the release ${releaseTag} in the sandbox: ${JSON.stringify(release)}`,
    )
  return release
}

/** The event that starts the run: its payload and inputs, the tag a release event makes. */
async function prepareEvent(
  options: RehearseOptions,
  prepared: Awaited<ReturnType<typeof prepareRepository>>,
  gitDir: string,
  notes: string[],
  given0: { workflow: Workflow; sha: string; ref: string },
): Promise<PreparedEvent> {
  // The event's inputs, typed and checked as GitHub does before the run starts.
  const given = { ...options.inputs }
  let workflow = given0.workflow
  let workflowPath = prepared.workflowPath
  let sha = given0.sha
  let ref = given0.ref
  const { owner, repo } = prepared
  let eventName: string = options.event
  let inputs: Record<string, Value> = {}
  const repository = {
    full_name: `${owner}/${repo}`,
    name: repo,
    owner: { login: owner },
    default_branch: prepared.defaultBranch,
  }
  let payload: Record<string, unknown>
  let releaseTag: string | undefined
  if (
    options.event === 'push' ||
    options.event === 'schedule' ||
    options.event === 'workflow_run'
  ) {
    if (Object.keys(given).length > 0) {
      throw new RehearsalSetupError(
        `--input is for the inputs of workflow_dispatch and workflow_call; a ${options.event} event has none.`,
      )
    }
    const started = await triggerEvent(
      options.event,
      {
        workflow,
        workflowPath,
        gitDir,
        ref,
        sha,
        defaultBranch: prepared.defaultBranch,
        headRef: options.ref,
        conclusion: options.conclusion,
        repository,
      },
      notes,
    ).catch((error: unknown) => {
      throw error instanceof FilterMismatch ? new RehearsalSetupError(error.message) : error
    })
    return {
      workflow,
      workflowPath,
      sha: started.sha,
      ref: started.ref,
      eventName,
      inputs,
      payload: started.payload,
      releaseTag,
    }
  }
  if (options.event === 'release') {
    releaseTag =
      given.tag ?? (prepared.demoVersion === undefined ? undefined : `v${prepared.demoVersion}`)
    delete given.tag
    if (releaseTag === undefined) {
      const packages = await findPackages(gitDir, sha)
      const version = packages[0]?.version
      if (version === undefined || version === '') {
        throw new RehearsalSetupError(
          '--event release needs the tag of the release: give --input tag=v1.2.3.',
        )
      }
      releaseTag = `v${version}`
    }
    const existing = await git(
      gitDir,
      ['rev-parse', '--verify', '--quiet', `refs/tags/${releaseTag}^{commit}`],
      { allowFailure: true },
    )
    if (existing.exitCode === 0) sha = existing.stdout.trim()
    else await git(gitDir, ['update-ref', `refs/tags/${releaseTag}`, sha])
    ref = `refs/tags/${releaseTag}`
    payload = { action: 'published', repository, sender: { login: 'maintainer' } }
  } else {
    const event = options.event === 'workflow_call' ? 'workflow_call' : 'workflow_dispatch'
    const definitions = inputDefinitions(workflow, event)
    inputs = resolveInputs(definitions, given, prepared.workflowPath)
    payload = {
      inputs: { ...given },
      ref,
      repository,
      sender: { login: 'maintainer' },
      workflow: prepared.workflowPath,
    }
    if (options.event === 'workflow_call') {
      // Called by a workflow_dispatch workflow of the same repository, whose job grants what
      // the called jobs ask for: npm then trusts the caller's file, PyPI the called one.
      const callerPath = '.github/workflows/rehearsal-caller.yml'
      const withLines = Object.entries(given).map(
        ([name, value]) => `      ${name}: ${JSON.stringify(value)}`,
      )
      workflow = parseWorkflow(
        [
          'name: rehearsal-caller',
          'on: workflow_dispatch',
          'jobs:',
          '  call:',
          `    uses: ./${prepared.workflowPath}`,
          '    permissions: write-all',
          '    secrets: inherit',
          ...(withLines.length === 0 ? [] : ['    with:', ...withLines]),
        ].join('\n'),
        callerPath,
      )
      notes.push(
        `workflow_call: rehearsed as called by ${callerPath} (workflow_dispatch, permissions write-all), so npm's trusted publisher names rehearsal-caller.yml`,
      )
      workflowPath = callerPath
      eventName = 'workflow_dispatch'
      inputs = {}
    }
  }
  return { workflow, workflowPath, sha, ref, eventName, inputs, payload, releaseTag }
}

interface PreparedEvent {
  workflow: Workflow
  workflowPath: string
  sha: string
  ref: string
  eventName: string
  inputs: Record<string, Value>
  payload: Record<string, unknown>
  releaseTag: string | undefined
}

/** The report of a rehearsal that ran, with its verdict. */
function buildReport(run: {
  prepared: Awaited<ReturnType<typeof prepareRepository>>
  options: RehearseOptions
  inputs: Record<string, Value>
  owner: string
  repo: string
  ref: string
  sha: string
  sandbox: RehearsalSandbox
  publishers: RehearsalReport['trustedPublishers']
  seeded: RehearsalReport['seeded']
  earlierReleases: string[]
  packages: RehearsalReport['packages']
  injected: ReturnType<typeof injectFaults>
  runner: WorkflowRunner
  doctor: RehearsalReport['doctor']
  attempts: AttemptReport[]
  back: RehearsalReport['readBack']
  notes: string[]
  result: 'success' | 'failure'
  timing: Record<string, number>
  disagreements: string[]
}): RehearsalReport {
  const { prepared, options, inputs, owner, repo, ref, sha, sandbox, publishers, seeded } = run
  const { earlierReleases, packages, injected, runner, doctor, attempts, back, notes } = run
  const { result, timing } = run
  const report: RehearsalReport = {
    workflow: prepared.workflowPath,
    event: options.event,
    inputs,
    repository: `${owner}/${repo}`,
    source: prepared.source,
    ref,
    sha,
    sandbox: {
      'GitHub API': sandbox.github.url,
      'OIDC issuer': sandbox.issuer.url,
      ...(sandbox.npm === undefined ? {} : { 'npm registry': sandbox.npm.url }),
      PyPI: sandbox.pypi.url,
      TestPyPI: sandbox.testpypi.url,
      Sigstore: sandbox.sigstore.url,
    },
    trustedPublishers: publishers,
    seeded,
    earlierReleases,
    packages,
    faults: injected.map(({ fault, handle }) => ({
      spec: fault.text,
      description: describeFault(fault),
      matched: handle.matched,
      applied: handle.applied,
    })),
    concurrency: runner.concurrency,
    doctor,
    attempts,
    readBack: back,
    versionDisagreements: run.disagreements,
    notRehearsed: runner.unrehearsed,
    unrehearsedPublishes: runner.unrehearsedPublishes,
    differences: runnerDifferences(attempts[attempts.length - 1]?.jobs ?? []),
    notes,
    result: 'passed',
    verdict: '',
    timing,
  }
  report.result = resultOf(result, report)
  report.verdict = verdictOf(report)
  return report
}

/** The tag a push of `ref` pushes, if it is a tag. */
function pushedTag(ref: string): string | undefined {
  return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined
}

/** The tag before this release (the release's own excluded), if any. */
async function previousTagOf(
  gitDir: string,
  sha: string,
  releaseTag: string | undefined,
): Promise<string | undefined> {
  const previous = await git(
    gitDir,
    [
      'describe',
      '--tags',
      '--abbrev=0',
      ...(releaseTag === undefined ? [] : ['--exclude', releaseTag]),
      sha,
    ],
    { allowFailure: true },
  )
  return previous.exitCode === 0 ? previous.stdout.trim() : undefined
}

/**
 * A yank, a release of an older line, or a release event finds the earlier releases published on
 * GitHub: published first, so that the maintainer's release is the newest.
 */
async function publishEarlier(
  sandbox: RehearsalSandbox,
  notes: string[],
  at: {
    owner: string
    repo: string
    gitDir: string
    ref: string
    releaseTag: string | undefined
    yanked: boolean
    defaultBranch: string
  },
): Promise<string[]> {
  let earlierReleases: string[] = []
  if (at.yanked || at.ref !== `refs/heads/${at.defaultBranch}`) {
    earlierReleases = await publishEarlierReleases(sandbox, {
      owner: at.owner,
      repo: at.repo,
      gitDir: at.gitDir,
      except: at.releaseTag,
    })
    if (earlierReleases.length > 0) {
      notes.push(
        `the GitHub releases ${earlierReleases.join(', ')} were published before the run (${earlierReleases[earlierReleases.length - 1]} latest), as ${at.yanked ? 'a yank' : at.releaseTag !== undefined ? `the release event of ${at.releaseTag}` : `a run on ${at.ref.replace(/^refs\/heads\//, '')}`} finds them`,
      )
    }
  }
  return earlierReleases
}

/** The commit and ref the run starts from, and the workflow there, checked. */
async function readStartingPoint(
  options: RehearseOptions,
  prepared: Awaited<ReturnType<typeof prepareRepository>>,
  gitDir: string,
): Promise<{ sha: string; ref: string; workflow: Workflow; shown: { stdout: string } }> {
  let sha = (await git(gitDir, ['rev-parse', `refs/heads/${prepared.branch}`])).stdout.trim()
  let ref = `refs/heads/${prepared.branch}`
  if (options.ref !== undefined) {
    if (options.event === 'release') {
      throw new RehearsalSetupError(
        '--ref is for workflow_dispatch and workflow_call; a release event runs on its tag: give --input tag=v1.2.3.',
      )
    }
    if (options.event === 'schedule') {
      throw new RehearsalSetupError(
        `--ref: a schedule runs on the default branch (${prepared.defaultBranch}); leave --ref out.`,
      )
    }
    // workflow_run: --ref is the branch of the run it follows, read with the event.
    const chosen = await resolveRef(gitDir, options.ref)
    if (options.event !== 'workflow_run') {
      ref = chosen.ref
      sha = chosen.sha
    }
  }
  const shown = await git(gitDir, ['show', `${sha}:${prepared.workflowPath}`], {
    allowFailure: true,
  })
  if (shown.exitCode !== 0) {
    throw new RehearsalSetupError(
      `There is no ${prepared.workflowPath} in the repository at ${sha.slice(0, 7)}.`,
    )
  }
  const workflow = parseWorkflow(shown.stdout, prepared.workflowPath)
  checkWorkflowExpressions(workflow)
  return { sha, ref, workflow, shown }
}

/** Runs the workflow, and once more without the faults when it failed and a rerun is asked for. */
async function runAttempts(
  runner: WorkflowRunner,
  rerunFailed: boolean,
  injected: Array<{ handle: { remove(): void } }>,
  listener: RunListener,
): Promise<AttemptReport[]> {
  const attempts: AttemptReport[] = []
  let attemptStart = performance.now()
  let result = await runner.run(1)
  attempts.push({
    attempt: 1,
    result,
    jobs: [...runner.jobs],
    durationMs: performance.now() - attemptStart,
  })
  if (result === 'failure' && rerunFailed) {
    for (const { handle } of injected) handle.remove()
    listener({
      type: 'phase',
      name: 'rerun',
      detail: 'rerunning the failed jobs on the same sandbox state, without the faults',
    })
    attemptStart = performance.now()
    result = await runner.run(2)
    attempts.push({
      attempt: 2,
      result,
      jobs: [...runner.jobs],
      durationMs: performance.now() - attemptStart,
    })
  }
  return attempts
}
