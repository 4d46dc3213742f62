import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  type ActionContext,
  ConfigurationError,
  escapeMarkdown,
  markdownCell,
} from '@tokenless/action-kit'
import {
  type AssetAction,
  type AssetFile,
  createClientForAction,
  createRelease,
  errorCodes,
  explainGitHubError,
  findReleaseByTag,
  getTagCommit,
  type GitHubClient,
  listReleaseAssets,
  listReleases,
  type Release,
  type RepoRef,
  updateRelease,
  uploadReleaseAsset,
} from '@tokenless/github'
import { compareVersions, parseTag } from '@tokenless/versioning'
import { parse as parseYaml } from 'yaml'
import type { CreateReleaseInputs } from './inputs.js'
import { fitNotes, MAX_BODY_LENGTH, type ReleaseIdentity } from './release-plan.js'
import { resolveNotes } from './release-notes-source.js'

type Outcome = 'created' | 'updated' | 'unchanged'

const PERMISSION = 'contents: write'

async function call<T>(action: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body()
  } catch (error) {
    throw explainGitHubError(error, { action, permission: PERMISSION })
  }
}

export async function publishRelease(
  ctx: ActionContext,
  inputs: CreateReleaseInputs,
  identity: ReleaseIdentity,
  cwd: string,
  assets: AssetFile[],
): Promise<void> {
  const repo = inputs.repository
  const client = createClientForAction({
    token: inputs.token,
    apiUrl: ctx.env.GITHUB_API_URL,
    log: ctx.log,
  })
  const { tag } = identity

  const remoteTag = await call(`read the tag ${tag}`, () => getTagCommit(client, repo, tag))
  if (remoteTag && inputs.sha !== undefined && remoteTag.sha !== inputs.sha) {
    throw new ConfigurationError(
      `Tag ${tag} already exists on GitHub at ${remoteTag.sha.slice(0, 7)}, but sha is ${inputs.sha.slice(0, 7)}. A published tag must not move: release the tagged commit, or choose a new version.`,
      { input: 'sha' },
    )
  }
  const target = remoteTag?.sha ?? inputs.sha
  if (target === undefined) {
    throw new ConfigurationError(
      `Tag ${tag} does not exist on GitHub and no sha was given to create it at. Pass validate-tag's sha output as sha, or push the tag first.`,
      { input: 'sha' },
    )
  }

  const notes = await resolveNotes(ctx, inputs, identity, cwd, { client, repo, target })
  const serverUrl = ctx.env.GITHUB_SERVER_URL ?? 'https://github.com'
  const fitted = fitNotes(
    notes.text,
    `${serverUrl}/${repo.owner}/${repo.repo}/blob/${tag}/${inputs.changelogFile}`,
  )
  if (fitted.truncated) {
    ctx.log.warning(
      `The notes were ${notes.text.length} characters, more than GitHub's limit of ${MAX_BODY_LENGTH}: the release shows the first part and links to the full text in ${inputs.changelogFile}. Shorten the changelog section, or pass shorter notes, to show them whole.`,
    )
  }

  const makeLatest = await call('list the releases', () =>
    latestDecision(client, repo, identity, inputs),
  )
  const fields = {
    name: identity.name,
    body: fitted.body,
    prerelease: identity.prerelease,
  }

  let release = await call(`find the release ${tag}`, () => findReleaseByTag(client, repo, tag))
  let outcome: Outcome = 'unchanged'
  if (release === undefined) {
    const made = await call(`create the release ${tag}`, () =>
      createOrJoin(client, repo, identity, target, fields, inputs.draftFirst, makeLatest),
    )
    release = made.release
    // Only the run whose release survives a race says it created it; the others joined it.
    outcome = made.created ? 'created' : 'unchanged'
    if (!made.created) {
      ctx.log.info(
        `Another run created the release ${tag} at the same time: this run joins it (id ${release.id}).`,
      )
      release = await joinedRelease(client, repo, release, fields, tag)
      if (release !== made.release) outcome = 'updated'
    }
  } else if (
    release.name !== fields.name ||
    (release.body ?? '') !== fields.body ||
    release.prerelease !== fields.prerelease
  ) {
    const id = release.id
    release = await call(`update the release ${tag}`, () => updateRelease(client, repo, id, fields))
    outcome = 'updated'
  }

  const current = release
  const existingAssets = await call('list the release assets', () =>
    listReleaseAssets(client, repo, current.id),
  )
  const uploaded: Array<{ name: string; size: number; action: AssetAction }> = []
  for (const file of assets) {
    const { action } = await call(`upload ${file.name} to the release ${tag}`, () =>
      uploadReleaseAsset(client, repo, current, file, existingAssets),
    )
    uploaded.push({ name: file.name, size: file.size, action })
    if (action !== 'unchanged' && outcome === 'unchanged') outcome = 'updated'
  }

  if (release.draft && inputs.draftFirst) {
    const id = release.id
    release = await call(`publish the release ${tag}`, () =>
      updateRelease(client, repo, id, { draft: false, make_latest: makeLatest }),
    )
    if (outcome === 'unchanged') outcome = 'updated'
  } else if (!release.draft && makeLatest === 'true') {
    const latest = await call('read the latest release', () => latestReleaseId(client, repo))
    if (latest !== release.id) {
      const id = release.id
      release = await call(`mark ${tag} as the latest release`, () =>
        updateRelease(client, repo, id, { make_latest: 'true' }),
      )
    }
  }

  ctx.setOutput('id', release.id)
  ctx.setOutput('url', release.html_url)
  ctx.setOutput('notes', release.body ?? '')
  ctx.setOutput('created', outcome === 'created')
  writeSummary(ctx, release, outcome, notes.source, makeLatest, uploaded)
  warnAboutGitHubToken(ctx, inputs.token)
}

/** `auto`: latest only for a stable release that is the highest version among published ones. */
async function latestDecision(
  client: GitHubClient,
  repo: RepoRef,
  identity: ReleaseIdentity,
  inputs: CreateReleaseInputs,
): Promise<'true' | 'false'> {
  if (inputs.makeLatest !== 'auto') return inputs.makeLatest
  if (identity.prerelease) return 'false'
  const published = (await listReleases(client, repo)).filter(
    (release) => !release.draft && !release.prerelease && release.tag_name !== identity.tag,
  )
  for (const release of published) {
    try {
      const { version } = parseTag(release.tag_name, identity.prefix)
      if (compareVersions(version, identity.version, identity.scheme) > 0) return 'false'
    } catch {
      // A release whose tag is not a version of this scheme does not compete.
    }
  }
  return 'true'
}

async function latestReleaseId(client: GitHubClient, repo: RepoRef): Promise<number | undefined> {
  try {
    return (await client.rest.repos.getLatestRelease({ ...repo })).data.id
  } catch {
    return undefined
  }
}

/** A joined release whose fields differ from this run's gets this run's fields. */
async function joinedRelease(
  client: GitHubClient,
  repo: RepoRef,
  release: Release,
  fields: { name: string; body: string; prerelease: boolean },
  tag: string,
): Promise<Release> {
  if (
    release.name === fields.name &&
    (release.body ?? '') === fields.body &&
    release.prerelease === fields.prerelease
  )
    return release
  const id = release.id
  return call(`update the release ${tag}`, () => updateRelease(client, repo, id, fields))
}

/**
 * Creates the release; when another run created one for the same tag at the same time, joins it
 * instead, so that the tag never has two releases: a published one wins, else the oldest draft,
 * and this run's own extra draft is deleted. `created` is true only for the run whose release
 * is the one that stays.
 */
async function createOrJoin(
  client: GitHubClient,
  repo: RepoRef,
  identity: ReleaseIdentity,
  target: string,
  fields: { name: string; body: string; prerelease: boolean },
  draftFirst: boolean,
  makeLatest: 'true' | 'false',
): Promise<{ release: Release; created: boolean }> {
  let mine: Release
  try {
    mine = await createRelease(client, repo, {
      tag_name: identity.tag,
      target_commitish: target,
      ...fields,
      draft: draftFirst,
      ...(draftFirst ? {} : { make_latest: makeLatest }),
    })
  } catch (error) {
    if (!errorCodes(error).includes('already_exists')) throw error
    const existing = await findReleaseByTag(client, repo, identity.tag)
    if (existing === undefined) throw error
    return { release: existing, created: false }
  }
  const same = (await listReleases(client, repo)).filter(
    (release) => release.tag_name === identity.tag,
  )
  const winner =
    same.find((release) => !release.draft) ?? same.sort((a, b) => a.id - b.id)[0] ?? mine
  if (winner.id === mine.id) return { release: mine, created: true }
  if (mine.draft) await client.rest.repos.deleteRelease({ ...repo, release_id: mine.id })
  return { release: winner, created: false }
}

function writeSummary(
  ctx: ActionContext,
  release: Release,
  outcome: Outcome,
  notesSource: string,
  makeLatest: string,
  assets: Array<{ name: string; size: number; action: AssetAction }>,
): void {
  // The name and the asset names are the user's text: shown as text, never as Markdown.
  ctx.summary.heading(`create-release: ${escapeMarkdown(release.tag_name)} ${outcome}`)
  ctx.summary.table(
    ['Release', 'State', 'Prerelease', 'Latest', 'Notes from'],
    [
      [
        markdownCell(`[${escapeMarkdown(release.name ?? release.tag_name)}](${release.html_url})`),
        release.draft ? 'draft' : 'published',
        release.prerelease ? 'yes' : 'no',
        makeLatest === 'true' ? 'yes' : 'no',
        notesSource,
      ],
    ],
  )
  if (assets.length > 0) {
    ctx.summary.table(
      ['Asset', 'Bytes', 'Action'],
      assets.map((asset) => [markdownCell(escapeMarkdown(asset.name)), asset.size, asset.action]),
    )
  }
  ctx.log.info(`Release ${release.tag_name} ${outcome}: ${release.html_url}`)
}

function releaseTriggered(workflow: unknown): boolean {
  if (typeof workflow !== 'object' || workflow === null) return false
  const on = (workflow as Record<string, unknown>).on ?? (workflow as Record<string, unknown>).true
  if (on === 'release') return true
  if (Array.isArray(on)) return on.includes('release')
  return typeof on === 'object' && on !== null && 'release' in on
}

/**
 * A release made with the job's GITHUB_TOKEN starts no workflow: say so when the repository has
 * workflows that wait for `release` events. GITHUB_TOKEN is an installation token (`ghs_`). The
 * running workflow is left out: it is already running, and is not waiting for this release
 * (the reference release.yml has `on: release` for releases that people publish).
 */
function warnAboutGitHubToken(ctx: ActionContext, token: string): void {
  if (!token.startsWith('ghs_')) return
  const dir = join(ctx.workspace, '.github', 'workflows')
  if (!existsSync(dir)) return
  const running = /\/\.github\/workflows\/([^@/]+)@/.exec(ctx.env.GITHUB_WORKFLOW_REF ?? '')?.[1]
  const waiting = readdirSync(dir)
    .filter((file) => /\.ya?ml$/.test(file) && file !== running)
    .filter((file) => {
      try {
        const text = readFileSync(join(dir, file), 'utf8')
        // A workflow that creates its release itself (as the reference release.yml, called or
        // dispatched) listens to `release` for releases people publish, not for this one.
        if (/\/actions\/create-release\b/.test(text)) return false
        return releaseTriggered(parseYaml(text))
      } catch {
        return false
      }
    })
  if (waiting.length === 0) return
  const message = `This release was made with the job's GITHUB_TOKEN, and GitHub starts no workflow for events made with it: ${waiting.map((file) => `.github/workflows/${file}`).join(', ')} (on: release) will not run. Publish from this workflow instead (a job with needs:), or create the release with a GitHub App token.`
  ctx.log.warning(message)
  ctx.summary.paragraph(`⚠️ ${message}`)
}
