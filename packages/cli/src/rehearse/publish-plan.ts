// What the workflow publishes, where from, and the registry state a first OIDC release needs:
// the packages in the repository, the jobs that run publish-oidc, and the trusted publishers
// that match them (or those `--trusted-publisher` asks for).
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { git } from '@tokenless/git'
import {
  publishesOf,
  readRegistrySpelling,
  REGISTRY_NAMES,
  stepContext,
} from '@tokenless/release-tools'
import type { PlainStep, RegistryName } from '@tokenless/release-tools'
import { parse as parseToml } from 'smol-toml'
import { parseWorkflow, type Job, type Workflow } from '@tokenless/workflow'
import type { PublisherOverride } from './options.js'
import type { RehearsalSandbox } from './rehearsal-sandbox.js'

export type { RegistryName } from '@tokenless/release-tools'

export interface PackageFound {
  registry: 'npm' | 'pypi'
  name: string
  version: string
  /** The manifest's path in the repository. */
  manifest: string
}

export interface PublishingJob {
  registry: RegistryName
  /** The workflow file holding the job, relative to its repository. */
  file: string
  /** Whether that file is in the rehearsed repository (PyPI requires it). */
  local: boolean
  job: string
  environment: string | undefined
}

export interface RegisteredPublisher {
  registry: RegistryName
  name: string
  owner: string
  repository: string
  workflow: string
  environment: string | undefined
  /** Where each field came from: the workflow, or --trusted-publisher. */
  overridden: boolean
}

export interface SeededVersion {
  registry: 'npm'
  name: string
  version: string
  from: string
}

const execFileAsync = promisify(execFile)

const SUITE_REUSABLE = /^[^/]+\/tokenless\/(\.github\/workflows\/[^@]+)@/

/**
 * The registries a publish-oidc `registry:` input can name before the run: all three for an
 * expression; for a URL, the public registry it names or, for another host, the sandbox
 * registry of its kind.
 */
function registriesOf(raw: unknown): RegistryName[] {
  const value =
    raw === undefined || raw === null
      ? undefined
      : typeof raw === 'string'
        ? raw
        : JSON.stringify(raw)
  const spelled = readRegistrySpelling(value)
  if (spelled.kind === 'name') return [spelled.name]
  if (spelled.kind === 'expression') return [...REGISTRY_NAMES]
  if (spelled.kind === 'url') return [spelled.registry ?? spelled.ecosystem]
  return ['npm']
}

/**
 * The registries a step publishes to by trusted publishing, as the publisher table knows it:
 * tokenless's publish-oidc (its `registry:`), and pypa/gh-action-pypi-publish with no password
 * (its `repository-url`; the stand-in uploads any other index to the sandbox's PyPI).
 */
function trustedPublishRegistries(step: {
  uses?: string | undefined
  with: Record<string, unknown>
}): RegistryName[] {
  if (step.uses === undefined) return []
  const written = Object.fromEntries(
    Object.entries(step.with).flatMap(([key, value]) =>
      typeof value === 'string' ? [[key, value]] : [],
    ),
  )
  const plain: PlainStep = { uses: step.uses, with: written }
  const found = publishesOf(plain, stepContext(plain))
  if (found.some((each) => each.publishOidc)) return registriesOf(step.with.registry)
  return found
    .filter((each) => each.tool === 'pypa/gh-action-pypi-publish' && !each.usesToken)
    .map((each) => (each.registry === 'testpypi' ? 'testpypi' : 'pypi'))
}

/**
 * The jobs that publish by trusted publishing (publish-oidc, pypa's action), in the workflow and in the reusable workflows it calls
 * (`readCalled` returns a called workflow's text and path, or undefined).
 */
export async function findPublishingJobs(
  workflow: Workflow,
  file: string,
  readCalled: (uses: string) => Promise<{ text: string; path: string; local: boolean } | undefined>,
  local = true,
  seen = new Set<string>(),
): Promise<PublishingJob[]> {
  const found: PublishingJob[] = []
  for (const job of workflow.jobs) {
    if (job.uses !== undefined) {
      const called = await readCalled(job.uses).catch(() => undefined)
      if (called === undefined || seen.has(called.path)) continue
      seen.add(called.path)
      let inner: Workflow
      try {
        inner = parseWorkflow(called.text, called.path)
      } catch {
        continue
      }
      found.push(...(await findPublishingJobs(inner, called.path, readCalled, called.local, seen)))
      continue
    }
    for (const step of job.steps) {
      const registries =
        step.uses === undefined
          ? runPublishRegistries(step.run)
          : [...trustedPublishRegistries(step), ...runPublishRegistries(changesetsScript(step))]
      for (const registry of registries) {
        found.push({ registry, file, local, job: job.id, environment: environmentOf(job) })
      }
    }
  }
  return found
}

/** changesets/action's publish command (`publish-script:`, `publish:` in v1): a script it runs. */
export function changesetsScript(step: {
  uses?: string | undefined
  with: Record<string, unknown>
}): string | undefined {
  if (!/^changesets\/action@/.test(step.uses ?? '')) return undefined
  const script = step.with['publish-script'] ?? step.with.publish
  if (typeof script !== 'string') return undefined
  // `changeset publish` runs npm publish for each package.
  return script.replace(/\bchangeset\s+publish\b/, 'npm publish')
}

/** The registries a `run:` script publishes to (`npm publish`, `twine upload`), by the publisher table. */
function runPublishRegistries(run: string | undefined): RegistryName[] {
  if (run === undefined) return []
  const plain: PlainStep = { run }
  const found = publishesOf(plain, stepContext(plain)).map((publish) => publish.registry)
  return [...new Set(found)].filter((registry): registry is RegistryName => registry !== 'other')
}

function environmentOf(job: Job): string | undefined {
  const name = job.environment?.name
  return name === undefined || name.includes('${{') ? undefined : name
}

/**
 * The publishable packages tracked in the repository at `sha`: package.json and pyproject.toml
 * ([project], or [tool.poetry]).
 */
export async function findPackages(gitDir: string, sha: string): Promise<PackageFound[]> {
  const listed = await git(gitDir, ['ls-tree', '-r', '--name-only', sha])
  const packages: PackageFound[] = []
  for (const path of listed.stdout.split('\n')) {
    if (path.includes('node_modules/')) continue
    const base = path.split('/').pop()
    if (base !== 'package.json' && base !== 'pyproject.toml') continue
    const text = (await git(gitDir, ['show', `${sha}:${path}`])).stdout
    try {
      if (base === 'package.json') {
        const manifest = JSON.parse(text) as {
          name?: unknown
          version?: unknown
          private?: unknown
        }
        if (manifest.private === true || typeof manifest.name !== 'string') continue
        packages.push({
          registry: 'npm',
          name: manifest.name,
          version: typeof manifest.version === 'string' ? manifest.version : '',
          manifest: path,
        })
      } else {
        type Named = { name?: unknown; version?: unknown }
        const data = parseToml(text) as { project?: Named; tool?: { poetry?: Named } }
        // Poetry before 2.0 names the project in [tool.poetry] alone.
        const project = data.project?.name !== undefined ? data.project : data.tool?.poetry
        if (typeof project?.name !== 'string') continue
        packages.push({
          registry: 'pypi',
          name: project.name,
          version: typeof project.version === 'string' ? project.version : '',
          manifest: path,
        })
      }
    } catch {
      continue
    }
  }
  return packages
}

/**
 * Registers a trusted publisher for every package on each registry the workflow publishes to:
 * the repository, the workflow file npm or PyPI will see in the token, and the publishing job's
 * environment; `override` replaces any of those fields.
 */
export function registerTrustedPublishers(
  sandbox: RehearsalSandbox,
  options: {
    owner: string
    repo: string
    workflowFile: string
    packages: PackageFound[]
    jobs: PublishingJob[]
    override: PublisherOverride | undefined
  },
): RegisteredPublisher[] {
  const registered: RegisteredPublisher[] = []
  const registries = new Set(options.jobs.map((job) => job.registry))
  for (const registry of registries) {
    const job = options.jobs.find((candidate) => candidate.registry === registry)
    const kind = registry === 'npm' ? 'npm' : 'pypi'
    for (const pkg of options.packages.filter((candidate) => candidate.registry === kind)) {
      // npm names the calling workflow's file; PyPI the file that holds the publishing job.
      const workflowFile =
        registry === 'npm' || job === undefined || !job.local
          ? options.workflowFile
          : (job.file.split('/').pop() ?? options.workflowFile)
      const override = options.override ?? {}
      const publisher: RegisteredPublisher = {
        registry,
        name: pkg.name,
        owner: override.owner ?? options.owner,
        repository: override.repository ?? options.repo,
        workflow: override.workflow ?? workflowFile,
        environment:
          override.environment !== undefined
            ? override.environment === ''
              ? undefined
              : override.environment
            : job?.environment,
        overridden: options.override !== undefined,
      }
      const fields = {
        owner: publisher.owner,
        repository: publisher.repository,
        workflow: publisher.workflow,
        ...(publisher.environment === undefined ? {} : { environment: publisher.environment }),
      }
      if (registry === 'npm') sandbox.npm?.trustPublisher(pkg.name, fields)
      else (registry === 'pypi' ? sandbox.pypi : sandbox.testpypi).trustPublisher(pkg.name, fields)
      registered.push(publisher)
    }
  }
  return registered
}

/**
 * The release tags an npm package is seeded from, oldest first: its own last tag
 * (`<name>@<version>` in a monorepo), else the previous release tag; and, when the run is on an
 * older line (a hotfix branch), the newest release tag too, so that `latest` is where users
 * find it.
 */
async function seedTags(
  gitDir: string,
  pkg: PackageFound,
  sha: string,
  previousTag: string | undefined,
): Promise<string[]> {
  const own = await git(
    gitDir,
    ['describe', '--tags', '--abbrev=0', '--match', `${pkg.name}@*`, sha],
    { allowFailure: true },
  )
  if (own.exitCode === 0) return [own.stdout.trim()]
  if (previousTag === undefined) return []
  const prefix = /^(.*?)\d/.exec(previousTag)?.[1] ?? ''
  const listed = await git(gitDir, ['tag', '--list', `${prefix}[0-9]*`, '--sort=-v:refname'])
  const newest = listed.stdout
    .split('\n')
    .map((tag) => tag.trim())
    .find((tag) => /^\d+\.\d+\.\d+$/.test(tag.slice(prefix.length)))
  if (newest === undefined || newest === previousTag) return [previousTag]
  const ancestor = await git(gitDir, ['merge-base', '--is-ancestor', newest, sha], {
    allowFailure: true,
  })
  return ancestor.exitCode === 0 ? [previousTag] : [previousTag, newest]
}

/**
 * npm cannot take a first publish through OIDC: each npm package is seeded with its version at
 * its previous release tag (the package as it was there), or a placeholder 0.0.0 without one.
 */
export async function seedNpmPackages(
  sandbox: RehearsalSandbox,
  gitDir: string,
  packages: PackageFound[],
  previousTag: string | undefined,
  workDir: string,
  sha: string,
): Promise<SeededVersion[]> {
  const npm = sandbox.npm
  if (npm === undefined) return []
  const seeded: SeededVersion[] = []
  const seedOne = async (pkg: PackageFound, tag: string | undefined): Promise<void> => {
    const dir = await mkdtemp(join(workDir, 'seed-'))
    try {
      const folder = pkg.manifest.includes('/') ? pkg.manifest.replace(/\/package\.json$/, '') : '.'
      let from = 'a placeholder (no earlier release tag)'
      let extracted = false
      if (tag !== undefined) {
        const archive = await git(
          gitDir,
          ['archive', '--format=tar', '-o', join(dir, 'seed.tar'), tag, '--', folder],
          { allowFailure: true },
        )
        if (archive.exitCode === 0) {
          await execFileAsync('tar', ['-xf', 'seed.tar'], { cwd: dir })
          const manifest = JSON.parse(
            await readFile(join(dir, folder, 'package.json'), 'utf8'),
          ) as {
            name?: string
          }
          extracted = manifest.name === pkg.name
          from = `the package at ${tag}`
        }
      }
      let source = join(dir, folder)
      if (!extracted) {
        source = join(dir, 'placeholder')
        await mkdir(source, { recursive: true })
        await writeFile(
          join(source, 'package.json'),
          JSON.stringify({ name: pkg.name, version: '0.0.0' }),
        )
        if (tag !== undefined) from = `a placeholder (the package is not at ${tag})`
      }
      const result = await npm.seedPackage(source)
      seeded.push({ registry: 'npm', name: result.name, version: result.version, from })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
  await Promise.all(
    packages
      .filter((pkg) => pkg.registry === 'npm')
      .map(async (pkg) => {
        const tags = await seedTags(gitDir, pkg, sha, previousTag)
        if (tags.length === 0) await seedOne(pkg, undefined)
        // In order: the last one seeded holds latest.
        for (const tag of tags) await seedOne(pkg, tag)
      }),
  )
  return seeded
}

/** The workflow text of a `uses:` for the static scan, from the repository or this checkout. */
export function calledWorkflowReader(
  gitDir: string,
  sha: string,
  suiteRoot: string,
): (uses: string) => Promise<{ text: string; path: string; local: boolean } | undefined> {
  return async (uses) => {
    if (uses.startsWith('./')) {
      const path = uses.slice(2)
      const shown = await git(gitDir, ['show', `${sha}:${path}`], { allowFailure: true })
      return shown.exitCode === 0 ? { text: shown.stdout, path, local: true } : undefined
    }
    const remote = SUITE_REUSABLE.exec(uses)
    if (remote?.[1] === undefined) return undefined
    try {
      return {
        text: await readFile(join(suiteRoot, remote[1]), 'utf8'),
        path: remote[1],
        local: false,
      }
    } catch {
      return undefined
    }
  }
}
