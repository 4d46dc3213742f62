import { rmSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import {
  ApiError,
  GENERIC_DOCUMENTATION_URL,
  notFound,
  unprocessable,
  validationFailed,
} from '../api-error.js'
import type { AssetRecord, ReleaseRecord, RepositoryRecord } from '../records.js'
import {
  actorOf,
  can,
  isValidRefName,
  numberParam,
  optionalString,
  paginate,
  stringParam,
  textOf,
  type RouteContext,
  type RouteDefinition,
  type RouteResult,
} from '../route-context.js'

type MakeLatest = 'true' | 'false' | 'legacy'

/** Drafts are visible only to callers that can push, as on GitHub. */
function canSeeDrafts(context: RouteContext): boolean {
  return can(context.caller, 'contents', 'write')
}

function visibleRelease(context: RouteContext, id: number): ReleaseRecord {
  const release = context.repo.releases.get(id)
  if (release === undefined || (release.draft && !canSeeDrafts(context))) throw notFound()
  return release
}

function json(context: RouteContext, release: ReleaseRecord, status = 200): RouteResult {
  return { status, body: context.core.views.release(context.repo, release) }
}

/** Releases newest first, as GitHub lists them. */
function sortedReleases(repo: RepositoryRecord): ReleaseRecord[] {
  return [...repo.releases.values()].sort((a, b) =>
    a.createdAt === b.createdAt ? b.id - a.id : a.createdAt < b.createdAt ? 1 : -1,
  )
}

function publishedWithTag(
  repo: RepositoryRecord,
  tag: string,
  except?: number,
): ReleaseRecord | undefined {
  return [...repo.releases.values()].find((r) => !r.draft && r.tagName === tag && r.id !== except)
}

/** A tag a published immutable release holds: it can be neither moved nor deleted. */
export function lockingRelease(repo: RepositoryRecord, ref: string): ReleaseRecord | undefined {
  if (!ref.startsWith('refs/tags/')) return undefined
  const tag = ref.slice('refs/tags/'.length)
  return [...repo.releases.values()].find((r) => r.immutable && !r.draft && r.tagName === tag)
}

function checkTagName(tag: string): void {
  if (tag === '' || !isValidRefName(`refs/tags/${tag}`)) {
    throw validationFailed([
      {
        resource: 'Release',
        code: 'custom',
        field: 'tag_name',
        message: 'tag_name is not a valid tag',
      },
    ])
  }
}

function checkPublishable(context: RouteContext, tag: string, except?: number): void {
  if (context.core.immutableReleases && context.repo.burnedTags.has(tag)) {
    throw validationFailed([
      {
        resource: 'Release',
        code: 'custom',
        field: 'tag_name',
        message: 'tag_name was used by an immutable release',
      },
    ])
  }
  if (publishedWithTag(context.repo, tag, except) !== undefined) {
    throw validationFailed([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }])
  }
}

/** Publishing creates a missing tag at `target_commitish`, as GitHub does; a draft does not. */
async function ensureTag(context: RouteContext, release: ReleaseRecord): Promise<void> {
  const repo = context.repo
  const ref = `refs/tags/${release.tagName}`
  if ((await repo.git.getRef(ref)) !== undefined) return
  const sha = await repo.git.resolveCommit(release.targetCommitish)
  if (sha === undefined) {
    throw validationFailed([{ resource: 'Release', code: 'invalid', field: 'target_commitish' }])
  }
  await repo.git.createRef(ref, sha)
}

/** The latest release by GitHub's legacy rule: the newest published non-prerelease. */
function legacyLatest(repo: RepositoryRecord, except?: number): number | undefined {
  return sortedReleases(repo).find((r) => !r.draft && !r.prerelease && r.id !== except)?.id
}

function applyMakeLatest(
  repo: RepositoryRecord,
  release: ReleaseRecord,
  makeLatest: MakeLatest | undefined,
): void {
  const eligible = !release.draft && !release.prerelease
  if (!eligible) {
    if (repo.latestReleaseId === release.id) repo.latestReleaseId = legacyLatest(repo, release.id)
    return
  }
  if (makeLatest === undefined) return
  if (makeLatest === 'true') repo.latestReleaseId = release.id
  else if (makeLatest === 'legacy') repo.latestReleaseId = legacyLatest(repo)
  else if (repo.latestReleaseId === release.id)
    repo.latestReleaseId = legacyLatest(repo, release.id)
}

function makeLatestOf(body: Record<string, unknown>): MakeLatest | undefined {
  const value = body.make_latest
  return value === 'true' || value === 'false' || value === 'legacy' ? value : undefined
}

/** GitHub's notes when nothing but tags is known: a compare link, deterministic. */
function generatedNotes(
  context: RouteContext,
  tag: string,
  previous: string | undefined,
): { name: string; body: string } {
  const web = context.core.views.repoWeb(context.repo)
  const range =
    previous === undefined
      ? `${web}/commits/${encodeURIComponent(tag)}`
      : `${web}/compare/${encodeURIComponent(previous)}...${encodeURIComponent(tag)}`
  return { name: tag, body: `**Full Changelog**: ${range}` }
}

function previousTag(repo: RepositoryRecord, tag: string): string | undefined {
  return sortedReleases(repo).find((r) => !r.draft && !r.prerelease && r.tagName !== tag)?.tagName
}

/** GitHub's immutable-release refusal for a field other than the title and the notes. */
function immutableField(field: string): ApiError {
  return validationFailed([
    {
      resource: 'Release',
      code: 'custom',
      field,
      message: `${field} cannot be changed on an immutable release; only the title and notes can be modified`,
    },
  ])
}

const listReleases: RouteDefinition = {
  operationId: 'repos/list-releases',
  permission: ['contents', 'read'],
  handle(context) {
    const drafts = canSeeDrafts(context)
    const releases = sortedReleases(context.repo).filter((r) => drafts || !r.draft)
    const { page, headers } = paginate(context, releases)
    return {
      status: 200,
      body: page.map((release) => context.core.views.release(context.repo, release)),
      headers,
    }
  },
}

const getRelease: RouteDefinition = {
  operationId: 'repos/get-release',
  permission: ['contents', 'read'],
  handle: (context) => json(context, visibleRelease(context, numberParam(context, 'release_id'))),
}

const getReleaseByTag: RouteDefinition = {
  operationId: 'repos/get-release-by-tag',
  permission: ['contents', 'read'],
  handle(context) {
    // Drafts have no tag yet: GitHub never finds them by tag, whoever asks.
    const release = publishedWithTag(context.repo, stringParam(context, 'tag'))
    if (release === undefined) throw notFound()
    return json(context, release)
  },
}

const getLatestRelease: RouteDefinition = {
  operationId: 'repos/get-latest-release',
  permission: ['contents', 'read'],
  handle(context) {
    const id = context.repo.latestReleaseId
    const release = id === undefined ? undefined : context.repo.releases.get(id)
    if (release === undefined || release.draft || release.prerelease) throw notFound()
    return json(context, release)
  },
}

const createRelease: RouteDefinition = {
  operationId: 'repos/create-release',
  permission: ['contents', 'write'],
  async handle(context) {
    const { body, repo, core } = context
    const tag = String(body.tag_name)
    const draft = body.draft === true
    checkTagName(tag)
    if (!draft) checkPublishable(context, tag)
    const now = core.timestamp()
    const generate = body.generate_release_notes === true
    const notes = generate ? generatedNotes(context, tag, previousTag(repo, tag)) : undefined
    const givenBody = optionalString(body.body)
    const release: ReleaseRecord = {
      id: core.nextId('release'),
      tagName: tag,
      targetCommitish: optionalString(body.target_commitish) ?? repo.defaultBranch,
      name: optionalString(body.name) ?? notes?.name ?? null,
      body:
        notes === undefined
          ? (givenBody ?? null)
          : [givenBody, notes.body].filter((s) => s !== undefined).join('\n\n'),
      draft,
      prerelease: body.prerelease === true,
      createdAt: now,
      publishedAt: draft ? null : now,
      updatedAt: now,
      author: actorOf(context),
      assets: [],
      untaggedId: randomBytes(10).toString('hex'),
      immutable: !draft && core.immutableReleases,
    }
    if (!draft) await ensureTag(context, release)
    repo.releases.set(release.id, release)
    applyMakeLatest(repo, release, draft ? undefined : (makeLatestOf(body) ?? 'true'))
    const result = json(context, release, 201)
    return {
      ...result,
      headers: { location: `${core.views.repoApi(repo)}/releases/${release.id}` },
    }
  },
}

const updateRelease: RouteDefinition = {
  operationId: 'repos/update-release',
  permission: ['contents', 'write'],
  async handle(context) {
    const { body, repo, core } = context
    const release = visibleRelease(context, numberParam(context, 'release_id'))
    const tag = optionalString(body.tag_name) ?? release.tagName
    const target = optionalString(body.target_commitish) ?? release.targetCommitish
    const draft = typeof body.draft === 'boolean' ? body.draft : release.draft
    if (release.immutable) {
      if (tag !== release.tagName) throw immutableField('tag_name')
      if (target !== release.targetCommitish) throw immutableField('target_commitish')
      if (draft) throw immutableField('draft')
    }
    checkTagName(tag)
    const publishing = release.draft && !draft
    if (!draft && (publishing || tag !== release.tagName))
      checkPublishable(context, tag, release.id)
    const updated: ReleaseRecord = {
      ...release,
      tagName: tag,
      targetCommitish: target,
      name: body.name === undefined ? release.name : (optionalString(body.name) ?? null),
      body: body.body === undefined ? release.body : (optionalString(body.body) ?? null),
      draft,
      prerelease: typeof body.prerelease === 'boolean' ? body.prerelease : release.prerelease,
      updatedAt: core.timestamp(),
    }
    if (publishing) {
      updated.publishedAt = core.timestamp()
      updated.immutable = core.immutableReleases
    }
    if (!release.draft && draft) updated.publishedAt = null
    if (!draft) await ensureTag(context, updated)
    repo.releases.set(release.id, updated)
    applyMakeLatest(repo, updated, makeLatestOf(body) ?? (publishing ? 'true' : undefined))
    return json(context, updated)
  },
}

const deleteRelease: RouteDefinition = {
  operationId: 'repos/delete-release',
  permission: ['contents', 'write'],
  handle(context) {
    const { repo } = context
    const release = visibleRelease(context, numberParam(context, 'release_id'))
    repo.releases.delete(release.id)
    for (const asset of release.assets) rmSync(asset.file, { force: true })
    if (release.immutable) repo.burnedTags.add(release.tagName)
    if (repo.latestReleaseId === release.id) repo.latestReleaseId = legacyLatest(repo)
    return { status: 204 }
  },
}

const generateReleaseNotes: RouteDefinition = {
  operationId: 'repos/generate-release-notes',
  permission: ['contents', 'write'],
  handle(context) {
    const tag = String(context.body.tag_name)
    const previous =
      optionalString(context.body.previous_tag_name) ?? previousTag(context.repo, tag)
    return { status: 200, body: generatedNotes(context, tag, previous) }
  },
}

function findAsset(
  context: RouteContext,
  id: number,
): { release: ReleaseRecord; asset: AssetRecord } {
  for (const release of context.repo.releases.values()) {
    const asset = release.assets.find((a) => a.id === id)
    if (asset === undefined) continue
    if (release.draft && !canSeeDrafts(context)) break
    return { release, asset }
  }
  throw notFound()
}

const listReleaseAssets: RouteDefinition = {
  operationId: 'repos/list-release-assets',
  permission: ['contents', 'read'],
  handle(context) {
    const release = visibleRelease(context, numberParam(context, 'release_id'))
    const { page, headers } = paginate(context, release.assets)
    return {
      status: 200,
      body: page.map((asset) => context.core.views.asset(context.repo, release, asset)),
      headers,
    }
  },
}

const getReleaseAsset: RouteDefinition = {
  operationId: 'repos/get-release-asset',
  permission: ['contents', 'read'],
  handle(context) {
    const { release, asset } = findAsset(context, numberParam(context, 'asset_id'))
    const view = context.core.views.asset(context.repo, release, asset)
    // With `Accept: application/octet-stream` GitHub redirects to the file.
    if (String(context.headers.accept ?? '').includes('application/octet-stream')) {
      return { status: 302, headers: { location: view.browser_download_url } }
    }
    return { status: 200, body: view }
  },
}

const deleteReleaseAsset: RouteDefinition = {
  operationId: 'repos/delete-release-asset',
  permission: ['contents', 'write'],
  handle(context) {
    const { release, asset } = findAsset(context, numberParam(context, 'asset_id'))
    if (release.immutable) {
      throw validationFailed([
        {
          resource: 'ReleaseAsset',
          code: 'custom',
          message: 'Cannot delete asset from an immutable release',
        },
      ])
    }
    release.assets = release.assets.filter((a) => a.id !== asset.id)
    rmSync(asset.file, { force: true })
    return { status: 204 }
  },
}

/**
 * GitHub renames uploads: characters other than letters, digits, `-`, `_`, `.`, `+` and `@`
 * become `.`, and leading or trailing periods go.
 */
export function normalizeAssetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+@-]/g, '.').replace(/^\.+|\.+$/g, '')
}

const uploadReleaseAsset: RouteDefinition = {
  operationId: 'repos/upload-release-asset',
  permission: ['contents', 'write'],
  handle(context) {
    const { core } = context
    const release = visibleRelease(context, numberParam(context, 'release_id'))
    if (release.immutable) {
      throw new ApiError(422, {
        message: 'Cannot upload assets to an immutable release.',
        documentation_url: GENERIC_DOCUMENTATION_URL,
      })
    }
    const name = normalizeAssetName(textOf(context.query.name))
    if (name === '')
      throw unprocessable('Bad Content-Type or filename', {
        documentationUrl: GENERIC_DOCUMENTATION_URL,
      })
    if (release.assets.some((asset) => asset.name === name)) {
      throw validationFailed(
        [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
        { documentationUrl: GENERIC_DOCUMENTATION_URL },
      )
    }
    const upload = context.upload
    if (upload === undefined) throw new Error('An upload route ran without the uploaded body.')
    upload.kept = true
    const now = core.timestamp()
    const asset: AssetRecord = {
      id: core.nextId('asset'),
      name,
      label: optionalString(context.query.label) ?? null,
      contentType: String(context.headers['content-type'] ?? 'application/octet-stream'),
      file: upload.file,
      size: upload.size,
      digest: upload.digest,
      downloadCount: 0,
      createdAt: now,
      updatedAt: now,
      uploader: actorOf(context),
    }
    release.assets.push(asset)
    return { status: 201, body: core.views.asset(context.repo, release, asset) }
  },
}

export const releaseRoutes: RouteDefinition[] = [
  listReleases,
  getRelease,
  getReleaseByTag,
  getLatestRelease,
  createRelease,
  updateRelease,
  deleteRelease,
  generateReleaseNotes,
  listReleaseAssets,
  getReleaseAsset,
  deleteReleaseAsset,
  uploadReleaseAsset,
]

/**
 * The asset a `browser_download_url` names: `<tag>/<name>` of a published release, or
 * `untagged-<id>/<name>` of a draft (visible only to callers that can push).
 */
export function findDownload(
  repo: RepositoryRecord,
  tagPath: string,
  name: string,
  canPush: boolean,
): AssetRecord | undefined {
  for (const release of repo.releases.values()) {
    const matches = release.draft
      ? canPush && tagPath === `untagged-${release.untaggedId}`
      : release.tagName === tagPath
    if (!matches) continue
    const asset = release.assets.find((a) => a.name === name)
    if (asset !== undefined) return asset
  }
  return undefined
}
