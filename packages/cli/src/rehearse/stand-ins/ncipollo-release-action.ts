// ncipollo/release-action: the release of `tag` created, or with allowUpdates updated, on the
// sandbox's GitHub API; `artifacts` uploaded (replaced by default); its outputs set.
import { existsSync, readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import {
  globFiles,
  GitHubApiError,
  refTag,
  SandboxReleases,
  tokenInput,
  type Release,
} from './sandbox-releases.js'
import {
  input,
  listInput,
  setOutput,
  truthy,
  type StandIn,
  type StandInContext,
  type StandInEntry,
} from './stand-in.js'

function fieldsOf(
  ctx: StandInContext,
  inputs: Record<string, string>,
  tag: string,
  updating: boolean,
): Record<string, unknown> {
  const fields: Record<string, unknown> = { tag_name: tag }
  const omit = (name: string): boolean =>
    truthy(inputs[`omit${name}`], false) ||
    (updating && truthy(inputs[`omit${name}DuringUpdate`], false))
  const bodyFile = input(inputs, 'bodyFile')
  const body =
    bodyFile !== '' && existsSync(resolve(ctx.workspace, bodyFile))
      ? readFileSync(resolve(ctx.workspace, bodyFile), 'utf8')
      : inputs.body
  if (!omit('Body') && body !== undefined && body !== '') fields.body = body
  if (!omit('Name')) fields.name = input(inputs, 'name') || tag
  if (!(updating && truthy(inputs.omitDraftDuringUpdate, false)))
    fields.draft = truthy(inputs.draft, false)
  if (!(updating && truthy(inputs.omitPrereleaseDuringUpdate, false)))
    fields.prerelease = truthy(inputs.prerelease, false)
  const commit = input(inputs, 'commit')
  if (commit !== '') fields.target_commitish = commit
  const latest = input(inputs, 'makeLatest')
  if (latest !== '') fields.make_latest = latest
  if (!updating && truthy(inputs.generateReleaseNotes, false)) fields.generate_release_notes = true
  return fields
}

async function uploadArtifacts(
  ctx: StandInContext,
  api: SandboxReleases,
  release: Release,
  inputs: Record<string, string>,
): Promise<string | undefined> {
  const patterns = listInput(input(inputs, 'artifacts', 'artifact'))
  const { files, unmatched } = globFiles(patterns, ctx.workspace)
  for (const pattern of unmatched) {
    const message = `Artifact pattern :${pattern} did not match any files`
    if (truthy(inputs.artifactErrorsFailBuild, false)) return message
    ctx.warn(message)
  }
  if (truthy(inputs.removeArtifacts, false))
    for (const asset of release.assets) await api.deleteAsset(asset.id)
  const contentType = input(inputs, 'artifactContentType') || undefined
  for (const file of files) {
    ctx.log(`Uploading artifact ${basename(file)}`)
    await api.upload(release, file, {
      replace: truthy(inputs.replacesArtifacts, true),
      ...(contentType === undefined ? {} : { contentType }),
    })
  }
  return undefined
}

const releaseAction: StandIn = async (ctx, inputs) => {
  const tag = input(inputs, 'tag') || refTag(ctx)
  if (tag === '') return { ok: false, error: 'No tag found in ref or input!' }
  const owner = input(inputs, 'owner')
  const repo = input(inputs, 'repo')
  const repository =
    owner !== '' || repo !== ''
      ? `${owner || ctx.repository.split('/')[0]}/${repo || ctx.repository.split('/')[1]}`
      : undefined
  const api = new SandboxReleases(ctx, tokenInput(ctx, inputs.token), repository)
  try {
    const existing = await api.byTag(tag)
    if (existing !== undefined && truthy(inputs.skipIfReleaseExists, false)) {
      ctx.log(`Skipping: a release for ${tag} exists (skipIfReleaseExists)`)
      return { ok: true }
    }
    let release: Release
    if (existing !== undefined && truthy(inputs.allowUpdates, false)) {
      if (truthy(inputs.updateOnlyUnreleased, false) && !existing.draft && !existing.prerelease)
        return {
          ok: false,
          error: `Tried to update "${existing.name ?? tag}" which is neither a draft or prerelease. (updateOnlyUnreleased is on)`,
        }
      release = await api.update(existing.id, fieldsOf(ctx, inputs, tag, true))
    } else {
      release = await api.create(fieldsOf(ctx, inputs, tag, false))
    }
    const failed = await uploadArtifacts(ctx, api, release, inputs)
    if (failed !== undefined) return { ok: false, error: failed }
    release = await api.get(release.id)
    setOutput(ctx, 'id', String(release.id))
    setOutput(ctx, 'html_url', release.html_url)
    setOutput(ctx, 'upload_url', release.upload_url)
    setOutput(ctx, 'tarball_url', release.tarball_url ?? '')
    setOutput(ctx, 'zipball_url', release.zipball_url ?? '')
    setOutput(ctx, 'assets', JSON.stringify(release.assets))
    ctx.note(
      `release ${tag} ${existing === undefined ? 'created' : 'updated'} on the sandbox's GitHub API with ${release.assets.length} asset(s)`,
    )
    return { ok: true }
  } catch (error) {
    if (error instanceof GitHubApiError) return { ok: false, error: error.message }
    throw error
  }
}

export const ncipolloReleaseAction: StandInEntry = {
  uses: 'ncipollo/release-action',
  what: "releases on the sandbox's GitHub API",
  inputs: [
    'allowUpdates',
    'artifactErrorsFailBuild',
    'artifact',
    'artifacts',
    'artifactContentType',
    'body',
    'bodyFile',
    'commit',
    'discussionCategory',
    'draft',
    'generateReleaseNotes',
    'generateReleaseNotesPreviousTag',
    'immutableCreate',
    'makeLatest',
    'name',
    'omitBody',
    'omitBodyDuringUpdate',
    'omitDraftDuringUpdate',
    'omitName',
    'omitNameDuringUpdate',
    'omitPrereleaseDuringUpdate',
    'owner',
    'prerelease',
    'removeArtifacts',
    'replacesArtifacts',
    'repo',
    'skipIfReleaseExists',
    'tag',
    'token',
    'updateOnlyUnreleased',
  ],
  outputs: ['id', 'html_url', 'upload_url', 'tarball_url', 'zipball_url', 'assets'],
  standIn: releaseAction,
}
