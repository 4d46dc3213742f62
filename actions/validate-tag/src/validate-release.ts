import { readFile } from 'node:fs/promises'
import { relative, resolve } from 'node:path'
import {
  type ActionContext,
  ConfigurationError,
  excerpt,
  resolveInWorkspace,
} from '@tokenless/action-kit'
import { findChangelogSection, listChangelogHeadings, recommendBump } from '@tokenless/changelog'
import {
  branchesContaining,
  commitsInRange,
  defaultBranch,
  ensureHistory,
  git,
  listAllTags,
  previousTag,
  resolveCommit,
  type TagRef,
} from '@tokenless/git'
import { detectManifests, findWorkspacePackage, readManifestVersion } from '@tokenless/manifests'
import {
  compareVersions,
  computeCalver,
  formatTag,
  isPrerelease,
  npmDistTag,
  packageNameFromPrefix,
  parseTag,
  releaseType,
  semverToPep440,
  normalizePep440,
  validateVersion,
  versionsEquivalent,
  type VersionScheme,
} from '@tokenless/versioning'
import type { ValidateTagInputs } from './inputs.js'
import { checkManifest, describeMismatch, type ManifestCheck } from './manifest-check.js'
import type { RequestedTarget } from './release-target.js'

interface RuleResult {
  rule: string
  result: 'pass' | 'fail' | 'warn' | 'skipped'
  detail: string
}

/** What the checks found; failures are collected so that one run reports all of them. */
class Findings {
  readonly rules: RuleResult[] = []
  readonly problems: ConfigurationError[] = []
  /** The allowed branches found to hold the release commit. */
  branches: string[] = []

  pass(rule: string, detail: string): void {
    this.rules.push({ rule, result: 'pass', detail })
  }

  skip(rule: string, detail: string): void {
    this.rules.push({ rule, result: 'skipped', detail })
  }

  warn(rule: string, detail: string): void {
    this.rules.push({ rule, result: 'warn', detail })
  }

  fail(rule: string, error: ConfigurationError): void {
    this.rules.push({ rule, result: 'fail', detail: error.message })
    this.problems.push(error)
  }
}

function short(sha: string): string {
  return sha.slice(0, 7)
}

function versionOfTag(tag: TagRef, prefix: string, scheme: VersionScheme): string | undefined {
  try {
    const { version } = parseTag(tag.name, prefix)
    validateVersion(version, scheme === 'calver' ? 'pep440' : scheme)
    return version
  } catch {
    return undefined
  }
}

function pep440OrEmpty(version: string, scheme: VersionScheme): string {
  try {
    return scheme === 'semver' ? semverToPep440(version) : normalizePep440(version)
  } catch {
    return ''
  }
}

/** Every check of a release whose tag or version is known (or is computed here, for CalVer). */
export async function validateRelease(
  ctx: ActionContext,
  inputs: ValidateTagInputs,
  cwd: string,
  requested: RequestedTarget | undefined,
): Promise<void> {
  const findings = new Findings()
  const tags = await listAllTags(cwd, { prefix: inputs.tagPrefix })
  const versioned = tags.flatMap((tag) => {
    const version = versionOfTag(tag, inputs.tagPrefix, inputs.scheme)
    return version === undefined ? [] : [{ ...tag, version }]
  })
  const target =
    requested ??
    (inputs.scheme === 'calver'
      ? calverTarget(ctx, inputs, versioned)
      : await manifestTarget(ctx, inputs, cwd))
  findings.pass(
    'version',
    `${target.version} is a valid ${inputs.scheme} version (from the ${target.source})`,
  )
  const prerelease = isPrerelease(target.version, inputs.scheme)
  if (prerelease && !inputs.allowPrerelease) {
    throw new ConfigurationError(
      `${target.version} is a prerelease, and allow-prerelease is false. Release a stable version, or set allow-prerelease: true.`,
      { input: 'allow-prerelease' },
    )
  }

  const existing = tags.find((tag) => tag.name === target.tag)
  const sha = await releaseCommit(ctx, inputs, cwd, existing)
  if (existing && existing.sha !== sha) {
    findings.fail(
      'tag commit',
      new ConfigurationError(
        `Tag ${target.tag} already exists at ${short(existing.sha)}, but this run releases ${short(sha)}. A published tag must not move: release from the tagged commit (check out ${target.tag}), or choose a new version.`,
        { input: 'tag' },
      ),
    )
  } else {
    findings.pass(
      'tag commit',
      existing
        ? `${target.tag} is at ${short(sha)}`
        : `${target.tag} does not exist yet; it will be created at ${short(sha)}`,
    )
  }

  await checkBranches(ctx, inputs, cwd, sha, target, findings)
  const manifests = await checkManifests(ctx, inputs, cwd, sha, target, findings)
  checkRegistryRules(target, manifests, findings)
  if (inputs.changelog !== undefined) await checkChangelog(ctx, inputs, cwd, target, findings)

  const previous = previousTag(
    versioned,
    target.version,
    (tag) => tag.version,
    (a, b) => compareVersions(a, b, inputs.scheme),
    {
      skipPrereleases: !prerelease,
      isPrerelease: (version) => isPrerelease(version, inputs.scheme),
    },
  )
  const type = releaseType(previous?.version, target.version, inputs.scheme)
  await checkBump(inputs, cwd, sha, target, previous, type, findings)

  writeSummary(ctx, target, sha, manifests, findings, previous?.name)
  if (findings.problems.length > 0) throw combine(ctx, findings.problems)

  ctx.setOutput('version', target.version)
  ctx.setOutput('tag', target.tag)
  ctx.setOutput('sha', sha)
  ctx.setOutput('prerelease', prerelease)
  ctx.setOutput('npm-dist-tag', npmDistTag(target.version))
  ctx.setOutput('pep440-version', pep440OrEmpty(target.version, inputs.scheme))
  ctx.setOutput('previous-tag', previous?.name ?? '')
  ctx.setOutput('release-type', type)
  ctx.setOutput('tag-exists', existing !== undefined)
  ctx.log.info(`Release ${target.tag} (${target.version}) at ${sha}: every check passed.`)
}

function calverTarget(
  ctx: ActionContext,
  inputs: ValidateTagInputs,
  versioned: Array<{ version: string }>,
): RequestedTarget {
  const version = computeCalver({
    format: inputs.calverFormat,
    date: ctx.now,
    existing: versioned.map((tag) => tag.version),
  })
  return { tag: formatTag(inputs.tagPrefix, version), version, source: 'computed (CalVer)' }
}

async function releaseCommit(
  ctx: ActionContext,
  inputs: ValidateTagInputs,
  cwd: string,
  existing: TagRef | undefined,
): Promise<string> {
  const [rev, origin] =
    inputs.sha !== undefined
      ? [inputs.sha, 'input sha']
      : ctx.env.GITHUB_SHA
        ? [ctx.env.GITHUB_SHA, 'GITHUB_SHA']
        : existing
          ? [existing.sha, `tag ${existing.name}`]
          : ['HEAD', 'HEAD']
  const sha = await resolveCommit(cwd, rev)
  if (sha === undefined) {
    throw new ConfigurationError(
      `The commit to release, ${rev} (${origin}), is not in the repository at ${cwd}. Check out the repository first (actions/checkout), or set sha to a commit that exists.`,
      { input: 'sha' },
    )
  }
  return sha
}

async function checkBranches(
  ctx: ActionContext,
  inputs: ValidateTagInputs,
  cwd: string,
  sha: string,
  target: RequestedTarget,
  findings: Findings,
): Promise<void> {
  const branches = inputs.branches.length > 0 ? inputs.branches : [await mainBranch(ctx, cwd)]
  const { matched, deepened } = await branchesContaining(cwd, sha, branches)
  findings.branches = matched
  const fetched = deepened ? ' (history fetched to decide)' : ''
  if (matched.length > 0) {
    findings.pass('branch', `${short(sha)} is on ${matched.join(', ')}${fetched}`)
    return
  }
  findings.fail(
    'branch',
    new ConfigurationError(
      `Commit ${short(sha)} of ${target.tag} is not on ${branches.join(', ')}${fetched}. Releasing it would publish a version whose sources no allowed branch has (a phantom version). Merge the release commit into ${branches[0] ?? 'the release branch'} first, or add its branch to the branches input (e.g. hotfix/*).`,
      { input: 'branches' },
    ),
  )
}

/**
 * What the registries refuse although the version is valid: npm drops semver build metadata
 * (1.2.3+a is published as 1.2.3, so 1.2.3+b can never follow), PyPI refuses PEP 440 local
 * versions (1.2.3+local) on upload. The manifests say which registry the release goes to.
 */
function checkRegistryRules(
  target: RequestedTarget,
  manifests: ManifestCheck[],
  findings: Findings,
): void {
  const plus = target.version.indexOf('+')
  if (plus === -1) return
  const label = target.version.slice(plus + 1)
  const published = target.version.slice(0, plus)
  const kinds = new Set(manifests.map((check) => check.manifest.kind))
  const npm = kinds.has('npm')
  const pypi = kinds.has('python') || kinds.has('python-module')
  if (npm) {
    findings.fail(
      'registries',
      new ConfigurationError(
        `${target.tag} has build metadata (+${label}), which npm drops: package.json would be published as ${published}, and no other ${published}+... could follow it (npm refuses the same version twice). Release ${published}, or make the label a prerelease (${published}-${label}).`,
        { input: 'tag' },
      ),
    )
  }
  if (pypi) {
    findings.fail(
      'registries',
      new ConfigurationError(
        `${target.tag} is a PEP 440 local version (+${label}), which PyPI refuses on upload ("Can't use PEP 440 local versions"). Release ${published}: local versions are for builds that are never uploaded.`,
        { input: 'tag' },
      ),
    )
  }
  if (!npm && !pypi) {
    findings.warn(
      'registries',
      `${target.tag} has build metadata (+${label}): npm would publish it as ${published}, and PyPI refuses it as a local version. If this release goes to either registry, release ${published} instead.`,
    )
  }
}

/** The repository's default branch: from the event, else from the clone. */
async function mainBranch(ctx: ActionContext, cwd: string): Promise<string> {
  const repository = ctx.event.payload.repository as { default_branch?: unknown } | undefined
  if (typeof repository?.default_branch === 'string') return repository.default_branch
  const branch = await defaultBranch(cwd)
  if (branch !== undefined) return branch
  throw new ConfigurationError(
    "The repository's default branch is unknown here (no event names it, and the clone has no origin/HEAD, main or master). Set the branches input, e.g. branches: main.",
    { input: 'branches' },
  )
}

/** `manifests: none`: no file carries the version (it is stamped at build time). */
function manifestsNone(inputs: ValidateTagInputs): boolean {
  return inputs.manifests.length === 1 && inputs.manifests[0]?.toLowerCase() === 'none'
}

/**
 * A dispatch that names no version releases the version of the first manifest (the others are
 * then checked against it like any release).
 */
async function manifestTarget(
  ctx: ActionContext,
  inputs: ValidateTagInputs,
  cwd: string,
): Promise<RequestedTarget> {
  const none = manifestsNone(inputs)
  const specs = none ? [] : await manifestSpecs(ctx, inputs, cwd)
  const first = specs[0]
  if (first === undefined) {
    throw new ConfigurationError(
      `The workflow_dispatch event names no version, the version input is empty, and no manifest carries one${none ? ' (manifests: none)' : ''}. Enter the version when you run the workflow (e.g. 1.2.3), set the version input, or list the files that carry it in the manifests input.`,
      { input: 'version' },
    )
  }
  const prefix = relative(ctx.workspace, cwd)
  const manifest = await withWorkspacePath(prefix, () =>
    readManifestVersion(first, { cwd, workspace: ctx.workspace }),
  )
  const file = prefix ? `${prefix}/${manifest.file}` : manifest.file
  try {
    validateVersion(manifest.version, inputs.scheme, { calverFormat: inputs.calverFormat })
  } catch (error) {
    throw new ConfigurationError(
      `No version was given, and the version in ${file} (${excerpt(manifest.version)}) is not a valid ${inputs.scheme} version: ${error instanceof Error ? error.message : String(error)}`,
      { location: { file, line: manifest.line }, input: 'version' },
    )
  }
  return {
    tag: formatTag(inputs.tagPrefix, manifest.version),
    version: manifest.version,
    source: 'manifests',
  }
}

async function manifestSpecs(
  ctx: ActionContext,
  inputs: ValidateTagInputs,
  cwd: string,
): Promise<string[]> {
  if (inputs.manifests.length > 0) return inputs.manifests
  const packageName = packageNameFromPrefix(inputs.tagPrefix)
  if (packageName !== undefined) {
    const dir = await findWorkspacePackage(cwd, packageName, ctx.workspace)
    if (dir !== undefined) return [`${dir}/package.json`]
  }
  return detectManifests(cwd)
}

async function checkManifests(
  ctx: ActionContext,
  inputs: ValidateTagInputs,
  cwd: string,
  sha: string,
  target: RequestedTarget,
  findings: Findings,
): Promise<ManifestCheck[]> {
  if (manifestsNone(inputs)) {
    findings.skip('manifests', 'manifests: none (the version is stamped at build time)')
    return []
  }
  const specs = await manifestSpecs(ctx, inputs, cwd)
  if (specs.length === 0) {
    findings.warn(
      'manifests',
      `No package.json, pyproject.toml or Cargo.toml in ${relative(ctx.workspace, cwd) || '.'}; nothing to compare. List the files that carry the version in the manifests input.`,
    )
    return []
  }
  const prefix = relative(ctx.workspace, cwd)
  const checks: ManifestCheck[] = []
  for (const spec of specs) {
    const manifest = await withWorkspacePath(prefix, () =>
      readManifestVersion(spec, { cwd, workspace: ctx.workspace }),
    )
    if (prefix) manifest.file = `${prefix}/${manifest.file}`
    const check = checkManifest(manifest, target.version)
    checks.push(check)
    if (check.matches) continue
    findings.fail(
      'manifests',
      new ConfigurationError(describeMismatch(check, target.tag, target.version), {
        location: { file: manifest.file, line: manifest.line },
        title: 'Version mismatch',
      }),
    )
  }
  await checkWorkingTree(cwd, sha, checks, findings)
  if (checks.every((check) => check.matches)) {
    findings.pass('manifests', `${checks.length} manifest(s) carry ${target.version}`)
  }
  return checks
}

/**
 * Manifests are read from the working tree: it must hold the release commit's versions, or the
 * check would pass on files that are not the ones released.
 */
async function checkWorkingTree(
  cwd: string,
  sha: string,
  checks: ManifestCheck[],
  findings: Findings,
): Promise<void> {
  const root = await git(cwd, ['rev-parse', '--show-toplevel'])
  const files = checks.map((check) => resolve(cwd, check.manifest.file))
  const diff = await git(cwd, ['diff', '--quiet', sha, '--', ...files], { allowFailure: true })
  if (diff.exitCode === 0) return
  const head = (await resolveCommit(cwd, 'HEAD')) ?? 'no commit'
  const changed = (await git(cwd, ['diff', '--name-only', sha, '--', ...files])).stdout
    .split('\n')
    .filter(Boolean)
    .map((file) => relative(cwd, resolve(root.stdout.trim(), file)))
  findings.fail(
    'working tree',
    new ConfigurationError(
      `${changed.join(', ')} in the working tree differ from the release commit ${short(sha)} (the checkout is at ${short(head)}), so the versions read here are not the ones being released. Check out the commit being released before validate-tag (actions/checkout with ref: the tag or sha).`,
      { input: 'sha' },
    ),
  )
}

/** Errors from a manifest name its file relative to the working directory: make it the workspace's. */
async function withWorkspacePath<T>(prefix: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (prefix && error instanceof ConfigurationError && error.location) {
      error.location.file = `${prefix}/${error.location.file}`
    }
    throw error
  }
}

async function checkChangelog(
  ctx: ActionContext,
  inputs: ValidateTagInputs,
  cwd: string,
  target: RequestedTarget,
  findings: Findings,
): Promise<void> {
  const file = inputs.changelog ?? 'CHANGELOG.md'
  const path = resolveInWorkspace(ctx.workspace, file, { input: 'changelog', base: cwd })
  const display = relative(ctx.workspace, path)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    findings.fail(
      'changelog',
      new ConfigurationError(
        `The changelog ${display} does not exist. Create it with a section for ${target.version}, or remove the changelog input.`,
        { input: 'changelog' },
      ),
    )
    return
  }
  const section = findChangelogSection(text, target.version, versionsEquivalent)
  if (section === undefined) {
    const found = listChangelogHeadings(text)
      .flatMap((heading) => (heading.version ? [heading.version] : []))
      .slice(0, 8)
    findings.fail(
      'changelog',
      new ConfigurationError(
        `${display} has no section for ${target.version}; the versions it has headings for are: ${found.length > 0 ? found.join(', ') : 'none'}. Add a heading such as "## [${target.version}] - ${ctx.now.toISOString().slice(0, 10)}" with the release's changes.`,
        { location: { file: display, line: 1 }, title: 'Changelog section missing' },
      ),
    )
    return
  }
  if (section.body.trim() === '') {
    findings.warn(
      'changelog',
      `${display}:${section.heading.line} has a heading for ${target.version} but no text under it.`,
    )
    return
  }
  findings.pass(
    'changelog',
    `${display}:${section.heading.line} has a section for ${target.version}`,
  )
}

const BUMP_ORDER = { patch: 1, minor: 2, major: 3 } as const

async function checkBump(
  inputs: ValidateTagInputs,
  cwd: string,
  sha: string,
  target: RequestedTarget,
  previous: (TagRef & { version: string }) | undefined,
  type: string,
  findings: Findings,
): Promise<void> {
  if (inputs.bumpCheck === 'off') return findings.skip('bump', 'bump-check is off')
  if (inputs.scheme === 'calver') return findings.skip('bump', 'CalVer versions carry no bump')
  if (previous === undefined) return findings.skip('bump', 'first release: no previous tag')
  await ensureHistory(cwd, previous.sha, sha, {
    refspecs: [
      ...findings.branches.map((branch) => `+refs/heads/${branch}:refs/remotes/origin/${branch}`),
      `+refs/tags/${previous.name}:refs/tags/${previous.name}`,
    ],
  })
  const commits = await commitsInRange(cwd, previous.sha, sha)
  const major = Number(target.version.split('.')[0])
  const { bump, reasons } = recommendBump(commits, { preMajor: major === 0 })
  const actual = type === 'prerelease' ? undefined : (type as keyof typeof BUMP_ORDER)
  if (bump === undefined || actual === undefined || BUMP_ORDER[actual] >= BUMP_ORDER[bump]) {
    return findings.pass(
      'bump',
      `${type} release; ${commits.length} commit(s) since ${previous.name} call for ${bump ?? 'no particular bump'}`,
    )
  }
  const why = reasons
    .filter((reason) => reason.bump === bump)
    .slice(0, 3)
    .map((reason) => `${reason.commit} (${reason.why})`)
    .join('; ')
  const message = `${target.tag} is a ${actual} release, but the commits since ${previous.name} call for a ${bump} bump: ${why}. Release the next ${bump} version instead, or set bump-check: off.`
  if (inputs.bumpCheck === 'error')
    findings.fail('bump', new ConfigurationError(message, { input: 'bump-check' }))
  else findings.warn('bump', message)
}

function writeSummary(
  ctx: ActionContext,
  target: RequestedTarget,
  sha: string,
  manifests: ManifestCheck[],
  findings: Findings,
  previousTagName: string | undefined,
): void {
  const ok = findings.problems.length === 0
  ctx.summary.heading(
    `validate-tag: ${target.tag} ${ok ? 'is ready to release' : 'cannot be released'}`,
  )
  ctx.summary.table(
    ['Version', 'Tag', 'Commit', 'Previous tag', 'From'],
    [[target.version, target.tag, short(sha), previousTagName ?? '(none)', target.source]],
  )
  if (manifests.length > 0) {
    ctx.summary.table(
      ['Manifest', 'Version', 'Matches'],
      manifests.map((check) => [
        `${check.manifest.file}:${check.manifest.line}`,
        excerpt(check.manifest.version),
        check.matches
          ? `yes${check.note ? ` (${check.note})` : ''}`
          : `no: expected ${excerpt(check.expected)}`,
      ]),
    )
  }
  const icon = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skipped: '➖ skipped' }
  ctx.summary.table(
    ['Check', 'Result', 'Detail'],
    findings.rules.map((rule) => [rule.rule, icon[rule.result], rule.detail]),
  )
  for (const rule of findings.rules) if (rule.result === 'warn') ctx.log.warning(rule.detail)
}

function combine(ctx: ActionContext, problems: ConfigurationError[]): ConfigurationError {
  if (problems.length === 1 && problems[0]) return problems[0]
  for (const problem of problems) {
    const location = problem.location
    ctx.log.error(problem.message, {
      file: location?.file,
      line: location?.line,
      title: problem.title,
    })
  }
  return new ConfigurationError(
    `${problems.length} problems stop this release (each is reported above): ${problems.map((problem) => problem.message).join(' | ')}`,
  )
}
