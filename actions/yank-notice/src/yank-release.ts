import {
  type ActionContext,
  ConfigurationError,
  escapeMarkdown,
  GITHUB_LIMITS,
  markdownCell,
  markdownCode,
} from '@tokenless/action-kit'
import {
  createClientForAction,
  createIssue,
  explainGitHubError,
  findIssueByMarker,
  type GitHubClient,
  listReleases,
  type Release,
  updateIssue,
  updateRelease,
} from '@tokenless/github'
import {
  compareVersions,
  isPrerelease,
  parseTag,
  semverToPep440,
  validateVersion,
} from '@tokenless/versioning'
import type { PackageEntry, YankNoticeInputs } from './inputs.js'
import { deprecateCommand, runNpmDeprecate } from './npm-deprecate.js'
import { pypiManageUrl, readNpmState, readPypiState } from './registry-state.js'
import { type IssueFacts, renderIssue, type Step, stepDetail } from './tracking-issue.js'
import { type BannerFacts, isMarkedYanked, notesWithBanner, yankedName } from './yank-marks.js'

async function call<T>(action: string, permission: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body()
  } catch (error) {
    throw explainGitHubError(error, { action, permission })
  }
}
const CONTENTS = 'contents: write'
const ISSUES = 'issues: write'

interface VersionedRelease {
  release: Release
  version: string
}

interface RegistryPlan {
  entry: PackageEntry
  /** The version as this registry spells it (PEP 440 on PyPI). */
  version: string
  marked: string | undefined
}

/** The release's version under the scheme, or undefined for a tag that is not one. */
function versionOf(release: Release, inputs: YankNoticeInputs): string | undefined {
  try {
    const { version } = parseTag(release.tag_name, inputs.prefix)
    validateVersion(version, inputs.scheme)
    return version
  } catch {
    return undefined
  }
}

function highest(candidates: VersionedRelease[], inputs: YankNoticeInputs) {
  return [...candidates].sort((a, b) => compareVersions(b.version, a.version, inputs.scheme))[0]
}

function pypiVersion(version: string, inputs: YankNoticeInputs): string {
  return inputs.scheme === 'semver' ? semverToPep440(version) : version
}

/** What this run did and left to do: the checklist, the steps by hand, the npm failures. */
interface Progress {
  steps: Step[]
  pending: string[]
  failures: string[]
}

/** What was read and decided before anything is changed. */
interface YankPlan {
  release: Release
  replacement: VersionedRelease | undefined
  /** The highest good stable release: the one to be latest. */
  latestTarget: VersionedRelease | undefined
  /** The highest good stable release below the yanked version. */
  previousGood: VersionedRelease | undefined
  registries: RegistryPlan[]
}

export async function yankRelease(ctx: ActionContext, inputs: YankNoticeInputs): Promise<void> {
  const client: GitHubClient = createClientForAction({
    token: inputs.token,
    apiUrl: ctx.env.GITHUB_API_URL,
    log: ctx.log,
  })
  const { tag, version } = inputs
  // Everything is read and checked first: a mistake in the inputs changes nothing.
  const plan = await planYank(client, inputs)
  const progress: Progress = { steps: [], pending: [], failures: [] }
  const facts: BannerFacts = {
    version,
    reason: inputs.reason,
    date: ctx.now.toISOString().slice(0, 10),
    replacement:
      plan.replacement === undefined
        ? undefined
        : { version: plan.replacement.version, url: plan.replacement.release.html_url },
    previousGood: plan.previousGood?.version,
  }
  const marked = await markReleaseYanked(ctx, client, inputs, plan.release, facts, progress)
  const latestTag = await moveLatest(ctx, client, inputs, plan.latestTarget, progress)
  await recordRegistries(ctx, inputs, plan, progress)
  // The tracking issue, last, so that its checklist shows this run's outcome.
  const issueUrl = inputs.issue
    ? await writeTrackingIssue(ctx, client, inputs, {
        tag,
        version,
        releaseUrl: marked.html_url,
        reason: inputs.reason,
        facts,
        packages: plan.registries.map((item) => ({ ...item.entry, version: item.version })),
        steps: progress.steps,
      })
    : undefined

  ctx.setOutput('release-url', marked.html_url)
  ctx.setOutput('latest-tag', latestTag ?? '')
  ctx.setOutput('pending', JSON.stringify(progress.pending))
  writeSummary(ctx, tag, progress.steps, progress.pending, issueUrl)
  if (progress.failures.length > 0) {
    throw new Error(
      `Could not deprecate on npm: ${progress.failures.join('; ')}. Check that npm-deprecate-token may write these packages, then run this again.`,
    )
  }
}

/** Reads the releases and the registries, and refuses a draft, a missing tag, a bad replacement. */
async function planYank(client: GitHubClient, inputs: YankNoticeInputs): Promise<YankPlan> {
  const { tag, version, repository: repo } = inputs
  const where = `${repo.owner}/${repo.repo}`
  const releases = await call('list the releases', CONTENTS, () => listReleases(client, repo))
  const release = releases.find((item) => item.tag_name === tag && !item.draft)
  const versioned = releases
    .filter((item) => !item.draft)
    .flatMap((item) => {
      const itemVersion = versionOf(item, inputs)
      return itemVersion === undefined ? [] : [{ release: item, version: itemVersion }]
    })
  const bad = (item: Release) => item.id === release?.id || isMarkedYanked(item)
  const goodStable = versioned.filter(
    (item) =>
      !bad(item.release) && !item.release.prerelease && !isPrerelease(item.version, inputs.scheme),
  )
  if (release === undefined && releases.some((item) => item.tag_name === tag)) {
    throw new ConfigurationError(
      `The release ${tag} in ${where} is a draft: it was never published, so nothing was changed and no issue was opened. Delete the draft if the version is abandoned; if its packages did reach a registry, publish the release first, then run yank-notice again.`,
      { input: 'tag' },
    )
  }
  if (release === undefined) {
    const known = versioned.map((item) => item.release.tag_name).slice(0, 10)
    throw new ConfigurationError(
      `No GitHub release in ${where} has the tag ${tag}, so there is nothing to mark yanked. Check tag (or version and tag-prefix)${known.length > 0 ? `; releases there: ${known.join(', ')}` : '; the repository has no releases'}.`,
      { input: 'tag' },
    )
  }
  return {
    release,
    replacement: findReplacement(inputs, versioned, goodStable, where),
    latestTarget: highest(goodStable, inputs),
    previousGood: highest(
      goodStable.filter((item) => compareVersions(item.version, version, inputs.scheme) < 0),
      inputs,
    ),
    registries: await readRegistries(inputs),
  }
}

/** The replacement input's release: published, and not marked yanked itself. */
function findReplacement(
  inputs: YankNoticeInputs,
  versioned: VersionedRelease[],
  goodStable: VersionedRelease[],
  where: string,
): VersionedRelease | undefined {
  const wanted = inputs.replacement
  if (wanted === undefined) return undefined
  const replacement = versioned.find(
    (item) => compareVersions(item.version, wanted, inputs.scheme) === 0,
  )
  const choices = goodStable.map((item) => item.version).join(', ') || 'none'
  if (replacement === undefined) {
    throw new ConfigurationError(
      `Input replacement is ${wanted}, but no published GitHub release in ${where} has that version (tag ${inputs.prefix}${wanted}). Publish it first, or choose a published good release: ${choices}.`,
      { input: 'replacement' },
    )
  }
  if (isMarkedYanked(replacement.release)) {
    throw new ConfigurationError(
      `Input replacement is ${wanted}, but its release ${replacement.release.tag_name} is marked yanked itself. Choose a good release: ${choices}.`,
      { input: 'replacement' },
    )
  }
  return replacement
}

/** Whether each package is already deprecated (npm) or yanked (PyPI). */
async function readRegistries(inputs: YankNoticeInputs): Promise<RegistryPlan[]> {
  const { version } = inputs
  const plans: RegistryPlan[] = []
  for (const entry of inputs.packages) {
    if (entry.registry === 'npm') {
      const state = await readNpmState(inputs.npmRegistry, entry.name, version, inputs.replacement)
      plans.push({ entry, version, marked: state.marked })
    } else {
      const pyVersion = pypiVersion(version, inputs)
      const pyReplacement =
        inputs.replacement === undefined ? undefined : pypiVersion(inputs.replacement, inputs)
      const state = await readPypiState(inputs.pypiUrl, entry.name, pyVersion, pyReplacement)
      plans.push({ entry, version: pyVersion, marked: state.marked })
    }
  }
  return plans
}

/** Step 1, the release: banner and name, once. Returns the release as it now is. */
async function markReleaseYanked(
  ctx: ActionContext,
  client: GitHubClient,
  inputs: YankNoticeInputs,
  release: Release,
  facts: BannerFacts,
  progress: Progress,
): Promise<Release> {
  const { tag } = inputs
  const sourceUrl = release.html_url.replace(
    /\/releases\/tag\/[^/]*$/,
    `/tree/${encodeURIComponent(tag)}`,
  )
  const { body, cut } = notesWithBanner(release.body, facts, sourceUrl)
  const name = yankedName(release.name, tag)
  const label = `GitHub release ${tag} marked yanked`
  if (body === (release.body ?? '') && name === release.name) {
    progress.steps.push({ label, state: 'done', detail: name })
    return release
  }
  if (cut) {
    ctx.log.warning(
      `The notes of ${tag} were cut to keep the release within GitHub's limit of ${GITHUB_LIMITS.releaseBody} characters once the yank banner was added; the cut is marked in the notes, with a link to the tag's files.`,
    )
  }
  const marked = await call(`mark the release ${tag} as yanked`, CONTENTS, () =>
    updateRelease(client, inputs.repository, release.id, { body, name }),
  )
  progress.steps.push({ label, state: 'done now', detail: name })
  return marked
}

/** Step 2, latest: the highest good stable release. Returns its tag, if there is one. */
async function moveLatest(
  ctx: ActionContext,
  client: GitHubClient,
  inputs: YankNoticeInputs,
  target: VersionedRelease | undefined,
  progress: Progress,
): Promise<string | undefined> {
  const repo = inputs.repository
  const currentLatest = await call('read the latest release', CONTENTS, () =>
    latestReleaseId(client, repo),
  )
  if (target === undefined) {
    const message = `No good stable release remains in ${repo.owner}/${repo.repo} to become latest: a fixed release becomes latest when it is published.`
    ctx.log.warning(message)
    progress.steps.push({
      label: 'latest moved to a good release',
      state: 'pending',
      detail: message,
    })
    progress.pending.push(
      `GitHub: publish a fixed release of ${inputs.version}; it becomes latest.`,
    )
    return undefined
  }
  const latestTag = target.release.tag_name
  if (currentLatest !== target.release.id) {
    await call(`make ${latestTag} the latest release`, CONTENTS, () =>
      updateRelease(client, repo, target.release.id, { make_latest: 'true' }),
    )
    progress.steps.push({ label: `latest is ${latestTag}`, state: 'done now', detail: 'moved' })
  } else {
    progress.steps.push({ label: `latest is ${latestTag}`, state: 'done', detail: '' })
  }
  return latestTag
}

/** The deprecation message npm shows on one line: the reason's line breaks become spaces. */
function deprecationMessage(inputs: YankNoticeInputs, plan: YankPlan): string {
  const advice =
    plan.replacement !== undefined
      ? `Upgrade to ${plan.replacement.version}.`
      : plan.previousGood !== undefined
        ? `Use ${plan.previousGood.version} until a fix is out.`
        : 'Do not use it.'
  return `${inputs.version} is yanked: ${inputs.reason.replace(/\s+/g, ' ').trim()} ${advice}`
}

/** Step 3, the registries: npm deprecated (with a token) or the command to run; PyPI by hand. */
async function recordRegistries(
  ctx: ActionContext,
  inputs: YankNoticeInputs,
  plan: YankPlan,
  progress: Progress,
): Promise<void> {
  const message = deprecationMessage(inputs, plan)
  for (const registry of plan.registries) {
    if (registry.entry.registry === 'npm') {
      await deprecateOnNpm(ctx, inputs, registry, message, progress)
    } else {
      recordPypiYank(ctx, inputs, registry, progress)
    }
  }
}

async function deprecateOnNpm(
  ctx: ActionContext,
  inputs: YankNoticeInputs,
  plan: RegistryPlan,
  message: string,
  progress: Progress,
): Promise<void> {
  const { name } = plan.entry
  const label = `npm: deprecate ${name}@${plan.version}`
  const request = { name, version: plan.version, message, registry: inputs.npmRegistry }
  const command = deprecateCommand(request)
  if (plan.marked !== undefined) {
    progress.steps.push({ label, state: 'done', detail: `deprecated: "${plan.marked}"` })
    return
  }
  if (inputs.npmDeprecateToken === undefined) {
    ctx.log.notice(
      `${name}@${plan.version} is not deprecated on npm and no npm-deprecate-token was given. Run: ${command}`,
    )
    progress.steps.push({ label, state: 'pending', detail: 'run', command })
    progress.pending.push(`npm: ${command}`)
    return
  }
  const result = await runNpmDeprecate(ctx, request, inputs.npmDeprecateToken)
  const after = result.ok
    ? await readNpmState(inputs.npmRegistry, name, plan.version, undefined)
    : { marked: undefined }
  if (after.marked !== undefined) {
    progress.steps.push({ label, state: 'done now', detail: `deprecated: "${after.marked}"` })
    return
  }
  const why = result.ok
    ? `npm deprecate succeeded but ${inputs.npmRegistry} does not show ${plan.version} as deprecated yet`
    : `npm deprecate failed: ${result.detail}`
  progress.failures.push(`${name}@${plan.version}: ${why}`)
  progress.steps.push({ label, state: 'failed', detail: `${why}; by hand:`, command })
  progress.pending.push(`npm: ${command}`)
}

/** PyPI has no API to yank: found yanked, or a step by hand with the project's manage page. */
function recordPypiYank(
  ctx: ActionContext,
  inputs: YankNoticeInputs,
  plan: RegistryPlan,
  progress: Progress,
): void {
  const { name } = plan.entry
  const label = `PyPI: yank ${name} ${plan.version}`
  if (plan.marked !== undefined) {
    progress.steps.push({
      label,
      state: 'done',
      detail: plan.marked === '' ? 'yanked' : `yanked: "${plan.marked}"`,
    })
    return
  }
  const manage = pypiManageUrl(inputs.pypiUrl, name, plan.version)
  ctx.log.notice(
    `${name} ${plan.version} is not yanked on PyPI, which has no API for it. Yank it at ${manage} (reason: ${inputs.reason}), then run this again.`,
  )
  progress.steps.push({ label, state: 'pending', detail: `yank it by hand at ${manage}` })
  progress.pending.push(`PyPI: yank ${name} ${plan.version} at ${manage}`)
}

/** Step 4, the tracking issue: opened, updated, or found up to date. Returns its URL. */
async function writeTrackingIssue(
  ctx: ActionContext,
  client: GitHubClient,
  inputs: YankNoticeInputs,
  facts: IssueFacts,
): Promise<string> {
  const repo = inputs.repository
  const issue = renderIssue(facts)
  const found = await call('find the tracking issue', ISSUES, () =>
    findIssueByMarker(client, repo, issue.marker),
  )
  let issueUrl: string
  if (found === undefined) {
    const created = await call('open the tracking issue', ISSUES, () =>
      createIssue(client, repo, { title: issue.title, body: issue.body }),
    )
    issueUrl = created.html_url
    ctx.setOutput('issue-number', created.number)
    ctx.log.info(`Opened the tracking issue #${created.number}: ${created.html_url}`)
  } else {
    if (found.body !== issue.body || found.title !== issue.title) {
      await call(`update the tracking issue #${found.number}`, ISSUES, () =>
        updateIssue(client, repo, found.number, { title: issue.title, body: issue.body }),
      )
      ctx.log.info(`Updated the tracking issue #${found.number}: ${found.html_url}`)
    } else {
      ctx.log.info(`The tracking issue #${found.number} is up to date: ${found.html_url}`)
    }
    issueUrl = found.html_url
    ctx.setOutput('issue-number', found.number)
  }
  ctx.setOutput('issue-url', issueUrl)
  return issueUrl
}

async function latestReleaseId(client: GitHubClient, repo: YankNoticeInputs['repository']) {
  try {
    return (await client.rest.repos.getLatestRelease({ ...repo })).data.id
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined
    throw error
  }
}

function writeSummary(
  ctx: ActionContext,
  tag: string,
  steps: Step[],
  pending: string[],
  issueUrl: string | undefined,
): void {
  ctx.summary.heading(`yank-notice: ${escapeMarkdown(tag)}`)
  ctx.summary.table(
    ['Step', 'State', 'Detail'],
    steps.map((step) => [
      markdownCell(escapeMarkdown(step.label)),
      step.state,
      markdownCell(stepDetail(step)),
    ]),
  )
  if (issueUrl !== undefined) ctx.summary.paragraph(`Tracking issue: ${issueUrl}`)
  if (pending.length === 0) {
    ctx.summary.paragraph('Nothing is pending: every step is done.')
    ctx.log.info(`${tag} is marked yanked everywhere listed; nothing is pending.`)
  } else {
    ctx.summary.paragraph('Still to do by hand (run this action again afterwards to record it):')
    ctx.summary.list(pending.map(pendingMarkdown))
    ctx.log.info(`${tag}: ${pending.length} step(s) still to do by hand:`)
    for (const item of pending) ctx.log.info(`- ${item}`)
  }
}

/** A pending item for the summary: a command after `npm: ` as code, anything else escaped. */
function pendingMarkdown(item: string): string {
  return item.startsWith('npm: ') ? `npm: ${markdownCode(item.slice(5))}` : escapeMarkdown(item)
}
