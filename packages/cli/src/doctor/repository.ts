// Finds the workflows under PATH, reads them, and follows what they use inside the repository:
// composite actions (`uses: ./path` or `$/path`, expanded into the job's steps) and reusable
// workflows (`uses: ./.github/workflows/x.yml`, read and linked to the calling job).
import {
  findActionFile,
  isSelfRepositoryRef,
  localPath,
  parseYamlSource,
  readActionMetadata,
  readSourceStep,
  readSourceWorkflow,
  type CompositeAction,
  type SourceFile,
  type SourceInput,
  type SourceJob,
  type SourceStep,
  type SourceWorkflow,
} from '@tokenless/workflow'
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { RELEASE_IT_DEFAULTS, setRepositoryFiles } from './step-kinds.js'
import type { ReleaseItSettings, RepositoryFiles } from './step-kinds.js'

export interface Repository {
  root: string
  /** Every file read (workflows asked for, followed workflows, composite actions). */
  files: SourceFile[]
  workflows: SourceWorkflow[]
  actions: CompositeAction[]
  /** A local `uses:` that names nothing in the repository. */
  missing: {
    step: SourceStep | undefined
    job: SourceJob | undefined
    ref: string
    notReusable?: boolean
  }[]
  /** `scripts` of the root package.json: `npm run release` may be `changeset publish`. */
  packageScripts: Record<string, string>
  /** release-it's settings (package.json `release-it`, or .release-it.json): whether it publishes. */
  releaseIt: ReleaseItSettings
  /** cibuildwheel's settings (pyproject.toml, cibuildwheel.toml) name a `test-command`. */
  cibuildwheelTests?: boolean
  /** Names this repository may go by in `owner/<name>/path@ref`: its folder's and package.json's. */
  selfNames: Set<string>
  /** The repository's files as the scripts a step runs are read from (never outside the root). */
  scriptFiles: RepositoryFiles
}

const SCRIPT_LIMIT = 256 * 1024

/** Reads files under `root` only: a path (or symbolic link) leading outside it reads as absent. */
export function repositoryFiles(root: string): RepositoryFiles {
  const cache = new Map<string, string | undefined>()
  const listed = new Map<string, string[] | undefined>()
  let realRoot: string | undefined
  return {
    list(dir: string): string[] | undefined {
      if (listed.has(dir)) return listed.get(dir)
      let names: string[] | undefined
      try {
        realRoot ??= realpathSync(root)
        const real = realpathSync(resolve(root, dir))
        if ((real === realRoot || real.startsWith(realRoot + sep)) && statSync(real).isDirectory())
          names = readdirSync(real).sort()
      } catch {
        names = undefined
      }
      listed.set(dir, names)
      return names
    },
    read(path: string): string | undefined {
      if (cache.has(path)) return cache.get(path)
      let text: string | undefined
      try {
        // Most paths asked for are absent (a word that looks like a script): no exception then.
        const stat = statSync(resolve(root, path), { throwIfNoEntry: false })
        realRoot ??= realpathSync(root)
        const real =
          stat?.isFile() && stat.size <= SCRIPT_LIMIT && realpathSync(resolve(root, path))
        if (real && real.startsWith(realRoot + sep)) text = readFileSync(real, 'utf8')
      } catch {
        text = undefined
      }
      cache.set(path, text)
      return text
    },
  }
}

export class DoctorUsageError extends Error {}

const YAML_FILE = /\.ya?ml$/

/** The workflow files PATH names and the repository root they belong to; `shown` is PATH as typed. */
export function discoverWorkflows(path: string, shown = path): { root: string; files: string[] } {
  const target = resolve(path)
  if (!existsSync(target)) throw new DoctorUsageError(`${shown} does not exist.`)
  if (statSync(target).isFile()) {
    if (!YAML_FILE.test(target))
      throw new DoctorUsageError(`${shown} is not a YAML file (.yml or .yaml).`)
    return { root: repositoryRoot(dirname(target)), files: [target] }
  }
  const workflowsDir = join(target, '.github', 'workflows')
  const dir = existsSync(workflowsDir) ? workflowsDir : target
  const files = readdirSync(dir)
    .filter((name) => YAML_FILE.test(name))
    .sort()
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile())
  if (files.length === 0) {
    throw new DoctorUsageError(
      `no workflows in ${shown}: looked for .yml and .yaml files in ${join(shown, '.github', 'workflows')} and in ${shown} itself. Give a repository, a folder of workflows, or a workflow file.`,
    )
  }
  return { root: dir === workflowsDir ? target : repositoryRoot(target), files }
}

/** The nearest folder up from `dir` with a .github or .git, else `dir`. */
function repositoryRoot(dir: string): string {
  const parts = dir.split(sep)
  const github = parts.lastIndexOf('.github')
  if (github > 0 && parts[github + 1] === 'workflows')
    return parts.slice(0, github).join(sep) || sep
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, '.github')) || existsSync(join(current, '.git'))) return current
    if (dirname(current) === current) return dir
  }
}

/**
 * Reads the repository's workflows; `texts` (absolute path to text) stands in for files on disk,
 * so that a fix can be checked before it is written.
 */
export function loadRepository(
  root: string,
  paths: string[],
  texts: ReadonlyMap<string, string> = new Map(),
): Repository {
  const manifest = readManifest(root)
  const repository: Repository = {
    root,
    files: [],
    workflows: [],
    actions: [],
    missing: [],
    packageScripts: manifest.scripts,
    releaseIt: readReleaseItSettings(root, manifest.releaseIt),
    cibuildwheelTests: readsCibuildwheelTests(root),
    scriptFiles: repositoryFiles(root),
    selfNames: new Set(
      [basename(root), manifest.name?.replace(/^@[^/]+\//, '')]
        .filter((name): name is string => Boolean(name))
        .map((name) => name.toLowerCase()),
    ),
  }
  const workflowsByPath = new Map<string, SourceWorkflow[]>()
  const actionsByPath = new Map<string, CompositeAction | undefined>()

  const readSource = (path: string): SourceFile => {
    const rel = relative(root, path).split(sep).join('/') || basename(path)
    const file = parseYamlSource(path, rel, texts.get(path) ?? readFileSync(path, 'utf8'))
    repository.files.push(file)
    return file
  }

  const loadAction = (ref: string, folder: string): CompositeAction | undefined => {
    const dir = resolve(root, folder)
    if (actionsByPath.has(dir)) return actionsByPath.get(dir)
    actionsByPath.set(dir, undefined)
    const metadata = readActionMetadata(dir, root)
    if (!metadata) return undefined
    repository.files.push(metadata.file)
    const node = metadata.node
    if (!node || metadata.using !== 'composite') return undefined
    const action: CompositeAction = {
      file: metadata.file,
      node,
      ref,
      steps: [],
      inputs: metadata.inputs.map(({ name, node: input }): SourceInput => ({
        name,
        type: undefined,
        node: input,
      })),
    }
    actionsByPath.set(dir, action)
    repository.actions.push(action)
    action.steps = metadata.steps.map((step) => readSourceStep(step, undefined, action))
    for (const step of action.steps) expandLocalAction(step, undefined)
    return action
  }

  /** A step that uses `./x` or `$/x`: note the action, or that it is missing. */
  const expandLocalAction = (
    step: SourceStep,
    job: SourceJob | undefined,
  ): CompositeAction | undefined => {
    const ref = step.uses
    const path = localPath(ref)
    if (ref === undefined || path === undefined) return undefined
    const action = loadAction(ref.replace(/\/+$/, ''), path)
    if (
      !action &&
      !existsSync(resolve(root, path)) &&
      (isSelfRepositoryRef(ref) || !checksOutElsewhere(job))
    )
      repository.missing.push({ step, job, ref })
    return action
  }

  const loadWorkflows = (path: string): SourceWorkflow[] => {
    const known = workflowsByPath.get(path)
    if (known) return known
    const workflows: SourceWorkflow[] = []
    workflowsByPath.set(path, workflows)
    const file = readSource(path)
    setRepositoryFiles(file, repository.scriptFiles)
    for (const document of file.documents) {
      const workflow = readSourceWorkflow(file, document)
      if (workflow) workflows.push(workflow)
    }
    repository.workflows.push(...workflows)
    for (const workflow of workflows) {
      for (const job of workflow.jobs) {
        job.steps = job.steps.flatMap((step) => [step, ...stepsOfAction(step, job, new Set())])
        const uses = job.uses?.str()?.trim()
        const path = localPath(uses?.split('@')[0])
        if (uses !== undefined && path !== undefined) {
          const called = resolve(root, path)
          if (existsSync(called) && statSync(called).isFile()) {
            job.called = loadWorkflows(called)[0]
            if (job.called && !job.called.events.has('workflow_call'))
              repository.missing.push({ step: undefined, job, ref: uses, notReusable: true })
          } else repository.missing.push({ step: undefined, job, ref: uses })
        }
      }
    }
    return workflows
  }

  /** The steps of the local composite action `step` uses, as steps of `job` (nested ones too). */
  const stepsOfAction = (
    step: SourceStep,
    job: SourceJob,
    seen: Set<CompositeAction>,
  ): SourceStep[] => {
    const action = expandLocalAction(step, job)
    if (!action || seen.has(action)) return []
    seen.add(action)
    return action.steps.flatMap((inner) => {
      const expanded: SourceStep = { ...inner, job, via: step.via ?? step }
      return [
        expanded,
        ...stepsOfAction(inner, job, seen).map((deep) => ({ ...deep, via: step.via ?? step })),
      ]
    })
  }

  for (const path of paths) loadWorkflows(path)
  return repository
}

/** A job that checks out another repository or into a sub-folder: `./x` may not be ours. */
function checksOutElsewhere(job: SourceJob | undefined): boolean {
  return (
    job?.steps.some(
      (step) =>
        step.uses?.startsWith('actions/checkout') &&
        (step.with?.get('repository') !== undefined || step.with?.get('path') !== undefined),
    ) ?? false
  )
}

interface Manifest {
  name: string | undefined
  scripts: Record<string, string>
  releaseIt: unknown
}

function readManifest(root: string): Manifest {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      name?: unknown
      scripts?: Record<string, unknown>
      'release-it'?: unknown
    }
    const scripts: Record<string, string> = {}
    for (const [name, value] of Object.entries(manifest.scripts ?? {}))
      if (typeof value === 'string') scripts[name] = value
    return {
      name: typeof manifest.name === 'string' ? manifest.name : undefined,
      scripts,
      releaseIt: manifest['release-it'],
    }
  } catch {
    return { name: undefined, scripts: {}, releaseIt: undefined }
  }
}

/** release-it's settings from .release-it.json or package.json; its defaults for anything else. */
function readReleaseItSettings(root: string, fromManifest: unknown): ReleaseItSettings {
  let config = fromManifest
  try {
    config = JSON.parse(readFileSync(join(root, '.release-it.json'), 'utf8')) as unknown
  } catch {
    // no .release-it.json (or not JSON): package.json's settings, if any
  }
  const section = (name: string): unknown =>
    typeof config === 'object' && config !== null
      ? (config as Record<string, unknown>)[name]
      : undefined
  const setting = (name: string, key: string, fallback: boolean): boolean => {
    const value = section(name)
    if (value === false) return false
    if (typeof value !== 'object' || value === null) return fallback
    const own = (value as Record<string, unknown>)[key]
    return typeof own === 'boolean' ? own : fallback
  }
  return {
    npmPublish: setting('npm', 'publish', RELEASE_IT_DEFAULTS.npmPublish),
    gitTag: setting('git', 'tag', RELEASE_IT_DEFAULTS.gitTag),
    githubRelease: setting('github', 'release', RELEASE_IT_DEFAULTS.githubRelease),
  }
}

/**
 * Whether `owner/name/path@ref` is an action or workflow of this very repository: `name` is the
 * repository's (its folder's or package.json's name) and `path` is here.
 */
export function isOwnAction(repository: Repository, uses: string): boolean {
  const [owner, name, ...path] = uses.split('@')[0]!.split('/')
  if (!owner || !name || !repository.selfNames.has(name.toLowerCase())) return false
  const target = join(repository.root, ...path)
  if (path.join('/').startsWith('.github/workflows/')) return existsSync(target)
  return findActionFile(target) !== undefined
}

/** Whether cibuildwheel's settings name a test command (it then runs the tests of each wheel). */
function readsCibuildwheelTests(root: string): boolean {
  for (const name of ['pyproject.toml', 'cibuildwheel.toml']) {
    const path = join(root, name)
    if (!existsSync(path)) continue
    const text = readFileSync(path, 'utf8')
    const section =
      /^\[tool\.cibuildwheel[^\]]*\]([\s\S]*?)(?=^\[(?!tool\.cibuildwheel)|(?![\s\S]))/m
    const found = name === 'pyproject.toml' ? section.exec(text)?.[1] : text
    if (found !== undefined && /^\s*test-command\s*=/m.test(found)) return true
  }
  return false
}
