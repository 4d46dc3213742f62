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
import { renderIssue, type Step, stepDetail } from './tracking-issue.js'
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

export async function yankRelease(ctx: ActionContext, inputs: YankNoticeInputs): Promise<void> {
  const repo = inputs.repository
  const client: GitHubClient = createClientForAction({
    token: inputs.token,
    apiUrl: ctx.env.GITHUB_API_URL,
    log: ctx.log,
  })
  const { tag, version } = inputs
  const where = `${repo.owner}/${repo.repo}`

  // Everything is read and checked first: a mistake in the inputs changes nothing.
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
  let replacement: VersionedRelease | undefined
  if (inputs.replacement !== undefined) {
    const wanted = inputs.replacement
    replacement = versioned.find(
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
  }
  const latestTarget = highest(goodStable, inputs)
  const previousGood = highest(
    goodStable.filter((item) => compareVersions(item.version, version, inputs.scheme) < 0),
    inputs,
  )
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

  const steps: Step[] = []
  const pending: string[] = []
  const failures: string[] = []
  const facts: BannerFacts = {
    version,
    reason: inputs.reason,
    date: ctx.now.toISOString().slice(0, 10),
    replacement:
      replacement === undefined
        ? undefined
        : { version: replacement.version, url: replacement.release.html_url },
    previousGood: previousGood?.version,
  }

  // 1. The release: banner and name, once.
  const sourceUrl = release.html_url.replace(
    /\/releases\/tag\/[^/]*$/,
    `/tree/${encodeURIComponent(tag)}`,
  )
  const { body, cut } = notesWithBanner(release.body, facts, sourceUrl)
  const name = yankedName(release.name, tag)
  let marked = release
  if (body !== (release.body ?? '') || name !== release.name) {
    if (cut) {
      ctx.log.warning(
        `The notes of ${tag} were cut to keep the release within GitHub's limit of ${GITHUB_LIMITS.releaseBody} characters once the yank banner was added; the cut is marked in the notes, with a link to the tag's files.`,
      )
    }
    marked = await call(`mark the release ${tag} as yanked`, CONTENTS, () =>
      updateRelease(client, repo, release.id, { body, name }),
    )
    steps.push({ label: `GitHub release ${tag} marked yanked`, state: 'done now', detail: name })
  } else {
    steps.push({ label: `GitHub release ${tag} marked yanked`, state: 'done', detail: name })
  }

  // 2. latest: the highest good stable release.
  const currentLatest = await call('read the latest release', CONTENTS, () =>
    latestReleaseId(client, repo),
  )
  let latestTag: string | undefined
  if (latestTarget !== undefined) {
    latestTag = latestTarget.release.tag_name
    if (currentLatest !== latestTarget.release.id) {
      await call(`make ${latestTag} the latest release`, CONTENTS, () =>
        updateRelease(client, repo, latestTarget.release.id, { make_latest: 'true' }),
      )
      steps.push({ label: `latest is ${latestTag}`, state: 'done now', detail: 'moved' })
    } else {
      steps.push({ label: `latest is ${latestTag}`, state: 'done', detail: '' })
    }
  } else {
    const message = `No good stable release remains in ${where} to become latest: a fixed release becomes latest when it is published.`
    ctx.log.warning(message)
    steps.push({ label: 'latest moved to a good release', state: 'pending', detail: message })
    pending.push(`GitHub: publish a fixed release of ${version}; it becomes latest.`)
  }

  // 3. The registries.
  // npm shows the message on one line: the reason's line breaks become spaces.
  const message = `${version} is yanked: ${inputs.reason.replace(/\s+/g, ' ').trim()} ${
    replacement === undefined
      ? previousGood === undefined
        ? 'Do not use it.'
        : `Use ${previousGood.version} until a fix is out.`
      : `Upgrade to ${replacement.version}.`
  }`
  for (const plan of plans) {
    const { entry } = plan
    if (entry.registry === 'npm') {
      const label = `npm: deprecate ${entry.name}@${plan.version}`
      const request = {
        name: entry.name,
        version: plan.version,
        message,
        registry: inputs.npmRegistry,
      }
      const command = deprecateCommand(request)
      if (plan.marked !== undefined) {
        steps.push({ label, state: 'done', detail: `deprecated: "${plan.marked}"` })
      } else if (inputs.npmDeprecateToken === undefined) {
        ctx.log.notice(
          `${entry.name}@${plan.version} is not deprecated on npm and no npm-deprecate-token was given. Run: ${command}`,
        )
        steps.push({ label, state: 'pending', detail: 'run', command })
        pending.push(`npm: ${command}`)
      } else {
        const result = await runNpmDeprecate(ctx, request, inputs.npmDeprecateToken)
        const after = result.ok
          ? await readNpmState(inputs.npmRegistry, entry.name, plan.version, undefined)
          : { marked: undefined }
        if (after.marked !== undefined) {
          steps.push({ label, state: 'done now', detail: `deprecated: "${after.marked}"` })
        } else {
          const why = result.ok
            ? `npm deprecate succeeded but ${inputs.npmRegistry} does not show ${plan.version} as deprecated yet`
            : `npm deprecate failed: ${result.detail}`
          failures.push(`${entry.name}@${plan.version}: ${why}`)
          steps.push({ label, state: 'failed', detail: `${why}; by hand:`, command })
          pending.push(`npm: ${command}`)
        }
      }
    } else {
      const label = `PyPI: yank ${entry.name} ${plan.version}`
      const manage = pypiManageUrl(inputs.pypiUrl, entry.name, plan.version)
      if (plan.marked !== undefined) {
        steps.push({
          label,
          state: 'done',
          detail: plan.marked === '' ? 'yanked' : `yanked: "${plan.marked}"`,
        })
      } else {
        ctx.log.notice(
          `${entry.name} ${plan.version} is not yanked on PyPI, which has no API for it. Yank it at ${manage} (reason: ${inputs.reason}), then run this again.`,
        )
        steps.push({ label, state: 'pending', detail: `yank it by hand at ${manage}` })
        pending.push(`PyPI: yank ${entry.name} ${plan.version} at ${manage}`)
      }
    }
  }

  // 4. The tracking issue, last, so that its checklist shows this run's outcome.
  let issueUrl: string | undefined
  if (inputs.issue) {
    const issue = renderIssue({
      tag,
      version,
      releaseUrl: marked.html_url,
      reason: inputs.reason,
      facts,
      packages: plans.map((plan) => ({ ...plan.entry, version: plan.version })),
      steps,
    })
    const found = await call('find the tracking issue', ISSUES, () =>
      findIssueByMarker(client, repo, issue.marker),
    )
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
  }

  ctx.setOutput('release-url', marked.html_url)
  ctx.setOutput('latest-tag', latestTag ?? '')
  ctx.setOutput('pending', JSON.stringify(pending))
  writeSummary(ctx, tag, steps, pending, issueUrl)
  if (failures.length > 0) {
    throw new Error(
      `Could not deprecate on npm: ${failures.join('; ')}. Check that npm-deprecate-token may write these packages, then run this again.`,
    )
  }
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
