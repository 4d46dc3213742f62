import { stat } from 'node:fs/promises'
import { basename, relative } from 'node:path'
import { type ActionContext, ConfigurationError, globFilesInWorkspace } from '@tokenless/action-kit'
import type { AssetFile } from '@tokenless/github'
import { guessTagPrefix, isPrerelease, parseTag, type VersionScheme } from '@tokenless/versioning'
import type { CreateReleaseInputs } from './inputs.js'

/** GitHub's limits, as its 422 answers state them. */
export const MAX_NAME_LENGTH = 256
export const MAX_BODY_LENGTH = 125_000

export interface ReleaseIdentity {
  tag: string
  prefix: string
  version: string
  scheme: VersionScheme
  name: string
  prerelease: boolean
}

function tagFromEvent(ctx: ActionContext): string | undefined {
  const payload = ctx.event.payload as { release?: { tag_name?: unknown }; ref?: unknown }
  if (ctx.event.name === 'release' && typeof payload.release?.tag_name === 'string') {
    return payload.release.tag_name
  }
  const ref = typeof payload.ref === 'string' ? payload.ref : ctx.env.GITHUB_REF
  return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined
}

export function schemeOf(version: string): VersionScheme {
  try {
    isPrerelease(version, 'semver')
    return 'semver'
  } catch {
    return 'pep440'
  }
}

/** Tag, version, name and prerelease flag, from the inputs, else the event and the tag itself. */
export function releaseIdentity(ctx: ActionContext, inputs: CreateReleaseInputs): ReleaseIdentity {
  const tag = inputs.tag ?? tagFromEvent(ctx)
  if (tag === undefined) {
    throw new ConfigurationError(
      `No tag to release: the tag input is empty and the ${ctx.event.name ?? 'current'} event names none. Set tag (e.g. the tag output of validate-tag).`,
      { input: 'tag' },
    )
  }
  const prefix = guessTagPrefix(tag) ?? ''
  const version = inputs.version ?? parseTag(tag, prefix).version
  const scheme = schemeOf(version)
  const name = inputs.name ?? tag
  if (name.length > MAX_NAME_LENGTH) {
    throw new ConfigurationError(
      `Input name is ${name.length} characters long; GitHub allows at most ${MAX_NAME_LENGTH} for a release name. Shorten it (the notes can carry the rest).`,
      { input: 'name' },
    )
  }
  let prerelease = inputs.prerelease
  if (prerelease === undefined) {
    try {
      prerelease = isPrerelease(version, scheme)
    } catch {
      prerelease = false
    }
  }
  return { tag, prefix, version, scheme, name, prerelease }
}

/**
 * Every file the asset globs match, with its size: the bytes are read only while they are sent
 * (as a stream, reopened for a retry), so memory does not grow with the files. A glob matching
 * nothing is an error unless assets-required is false.
 */
export async function collectAssets(
  ctx: ActionContext,
  inputs: CreateReleaseInputs,
  cwd: string,
): Promise<AssetFile[]> {
  const files = new Map<string, string>()
  for (const pattern of inputs.assets) {
    const matched = await globFilesInWorkspace(ctx.workspace, pattern, { input: 'assets', cwd })
    if (matched.length === 0) {
      const message = `The assets glob ${pattern} matches no file in ${relative(ctx.workspace, cwd) || '.'}. Build the files before this step, fix the glob, or set assets-required: false.`
      if (inputs.assetsRequired) throw new ConfigurationError(message, { input: 'assets' })
      ctx.log.warning(message)
    }
    for (const file of matched) {
      const name = basename(file)
      const other = files.get(name)
      if (other !== undefined && other !== file) {
        throw new ConfigurationError(
          `Two assets would have the same name ${name}: ${relative(cwd, other)} and ${relative(cwd, file)}. A release's asset names are unique: narrow the globs or rename one.`,
          { input: 'assets' },
        )
      }
      files.set(name, file)
    }
  }
  return Promise.all(
    [...files.entries()].map(async ([name, file]) => ({
      name,
      path: file,
      size: (await stat(file)).size,
      contentType: contentTypeOf(name),
    })),
  )
}

const CONTENT_TYPES: Array<[RegExp, string]> = [
  [/\.(tgz|tar\.gz)$/, 'application/gzip'],
  [/\.(whl|zip)$/, 'application/zip'],
  [/\.json$/, 'application/json'],
  [/\.(txt|md|sha256|asc)$/, 'text/plain'],
]

function contentTypeOf(name: string): string {
  return CONTENT_TYPES.find(([pattern]) => pattern.test(name))?.[1] ?? 'application/octet-stream'
}

/** Notes over GitHub's limit end at a line break with a pointer to the full text. */
export function fitNotes(
  notes: string,
  fullNotesUrl: string,
): { body: string; truncated: boolean } {
  if (notes.length <= MAX_BODY_LENGTH) return { body: notes, truncated: false }
  const tail = `\n\n…\n\nThese notes were cut to GitHub's limit of ${MAX_BODY_LENGTH} characters: read them in full at ${fullNotesUrl}.\n`
  const cut = notes.lastIndexOf('\n', MAX_BODY_LENGTH - tail.length)
  return {
    body: notes.slice(0, cut > 0 ? cut : MAX_BODY_LENGTH - tail.length) + tail,
    truncated: true,
  }
}
