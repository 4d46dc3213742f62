// softprops/action-gh-release: the release of tag_name created (or updated) on the sandbox's
// GitHub API with its inputs, the files' globs uploaded as assets, its outputs set.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
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

function bodyOf(ctx: StandInContext, inputs: Record<string, string>): string | undefined {
  const path = input(inputs, 'body_path')
  if (path !== '') {
    const file = resolve(ctx.workspace, path)
    if (existsSync(file)) return readFileSync(file, 'utf8')
    ctx.warn(`🤔 body_path ${path} was not found: the release body is left as it is.`)
  }
  return inputs.body === undefined || inputs.body === '' ? undefined : inputs.body
}

function flag(value: string | undefined): boolean | undefined {
  return value === undefined || value === '' ? undefined : truthy(value, false)
}

/** The release's fields as the action sends them (unset inputs left out). */
function releaseFields(
  ctx: StandInContext,
  inputs: Record<string, string>,
  tag: string,
  existing: Release | undefined,
): Record<string, unknown> {
  const body = bodyOf(ctx, inputs)
  const fields: Record<string, unknown> = { tag_name: tag }
  const name = input(inputs, 'name')
  fields.name = name !== '' ? name : (existing?.name ?? tag)
  if (body !== undefined)
    fields.body =
      existing !== undefined && truthy(inputs.append_body, false)
        ? `${existing.body ?? ''}\n${body}`
        : body
  const draft = flag(inputs.draft)
  const prerelease = flag(inputs.prerelease)
  if (draft !== undefined) fields.draft = draft
  if (prerelease !== undefined) fields.prerelease = prerelease
  const target = input(inputs, 'target_commitish')
  if (target !== '') fields.target_commitish = target
  const latest = input(inputs, 'make_latest')
  if (latest !== '') fields.make_latest = latest
  if (existing === undefined && truthy(inputs.generate_release_notes, false))
    fields.generate_release_notes = true
  const category = input(inputs, 'discussion_category_name')
  if (category !== '')
    ctx.note(`discussion_category_name ${category}: no discussion in the sandbox`)
  return fields
}

const ghRelease: StandIn = async (ctx, inputs) => {
  const tag = input(inputs, 'tag_name') || refTag(ctx)
  if (tag === '') return { ok: false, error: '⚠️ GitHub Releases requires a tag' }
  const cwd = resolve(ctx.workspace, input(inputs, 'working_directory') || '.')
  const { files, unmatched } = globFiles(listInput(inputs.files), cwd)
  for (const pattern of unmatched) {
    if (truthy(inputs.fail_on_unmatched_files, false))
      return { ok: false, error: `⚠️ Pattern '${pattern}' does not match any files.` }
    ctx.warn(`🤔 Pattern '${pattern}' does not match any files.`)
  }
  const api = new SandboxReleases(ctx, tokenInput(ctx, inputs.token), input(inputs, 'repository'))
  try {
    const existing = await api.byTag(tag)
    const fields = releaseFields(ctx, inputs, tag, existing)
    let release: Release
    if (existing === undefined) {
      ctx.log(`👩‍🏭 Creating new GitHub release for tag ${tag}...`)
      release = await api.create(fields)
    } else {
      ctx.log(`Updating release ${tag}...`)
      release = await api.update(existing.id, fields)
    }
    for (const file of files) {
      ctx.log(`⬆️ Uploading ${file.slice(cwd.length + 1)}...`)
      await api.upload(release, file, { replace: truthy(inputs.overwrite_files, true) })
    }
    release = await api.get(release.id)
    ctx.log(`🎉 Release ready at ${release.html_url}`)
    setOutput(ctx, 'url', release.html_url)
    setOutput(ctx, 'id', String(release.id))
    setOutput(ctx, 'upload_url', release.upload_url)
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

export const softpropsActionGhRelease: StandInEntry = {
  uses: 'softprops/action-gh-release',
  what: "releases on the sandbox's GitHub API",
  inputs: [
    'body',
    'body_path',
    'name',
    'tag_name',
    'draft',
    'prerelease',
    'preserve_order',
    'files',
    'working_directory',
    'overwrite_files',
    'fail_on_unmatched_files',
    'repository',
    'token',
    'target_commitish',
    'discussion_category_name',
    'generate_release_notes',
    'previous_tag',
    'append_body',
    'make_latest',
  ],
  outputs: ['url', 'id', 'upload_url', 'assets'],
  standIn: ghRelease,
}
