// What the release-PR actions (changesets/action, googleapis/release-please-action) share: the
// decision between opening their pull request and publishing, the release branch pushed to the
// sandbox's repository, changelog entries, version bumps, and the npm publishes a script made.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { git } from '@tokenless/git'
import type { StandInContext } from './stand-in.js'

export type ReleasePrState = 'merged' | 'open'

/** The state the stand-in acts on: --release-pr when given, else what the repository says. */
export function releasePrState(
  ctx: StandInContext,
  action: string,
  fromRepository: ReleasePrState,
  why: string,
): ReleasePrState {
  const state = ctx.releasePr ?? fromRepository
  const real = fromRepository === 'merged' ? 'publish' : 'open or update its release pull request'
  if (ctx.releasePr === undefined) {
    ctx.note(`${action}: ${why}, so the real action would ${real}; rehearsed that way`)
  } else if (ctx.releasePr === fromRepository) {
    ctx.note(`${action}: ${why}, so the real action would ${real}; --release-pr ${state} agrees`)
  } else {
    ctx.note(
      `${action}: ${why}, so the real action would ${real}; rehearsed as --release-pr ${state} asks instead`,
    )
  }
  return state
}

export type Bump = 'major' | 'minor' | 'patch'

const ORDER: Record<Bump, number> = { patch: 0, minor: 1, major: 2 }

export function higher(a: Bump | undefined, b: Bump): Bump {
  return a === undefined || ORDER[b] > ORDER[a] ? b : a
}

/** `version` bumped (a prerelease suffix dropped). */
export function bumpVersion(version: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = version
    .replace(/[-+].*$/, '')
    .split('.')
    .map((part) => Number.parseInt(part, 10) || 0)
  if (bump === 'major') return `${major + 1}.0.0`
  if (bump === 'minor') return `${major}.${minor + 1}.0`
  return `${major}.${minor}.${patch + 1}`
}

/** The entry of `version` in a CHANGELOG.md (`## 1.2.0` or `## [1.2.0](...)`), without its heading. */
export function changelogEntry(text: string, version: string): string | undefined {
  const lines = text.split('\n')
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const start = lines.findIndex((line) =>
    new RegExp(`^#{1,3} \\[?v?${escaped}(?=[\\])\\s]|$)`).test(line),
  )
  if (start === -1) return undefined
  const level = /^#+/.exec(lines[start]!)![0].length
  let end = lines.findIndex(
    (line, index) => index > start && new RegExp(`^#{1,${level}} `).test(line),
  )
  if (end === -1) end = lines.length
  return lines
    .slice(start + 1, end)
    .join('\n')
    .trim()
}

/** A package.json's name and version, or undefined. */
export function readManifest(dir: string): { name: string; version: string } | undefined {
  const file = join(dir, 'package.json')
  if (!existsSync(file)) return undefined
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown }
  if (typeof manifest.name !== 'string') return undefined
  return {
    name: manifest.name,
    version: typeof manifest.version === 'string' ? manifest.version : '',
  }
}

const BOT = [
  '-c',
  'user.name=github-actions[bot]',
  '-c',
  'user.email=41898282+github-actions[bot]@users.noreply.github.com',
]

/**
 * Commits the workspace's changes on `branch` and force-pushes it to the sandbox's repository,
 * as both actions push their release branch; returns the commit.
 */
export async function pushReleaseBranch(
  ctx: StandInContext,
  cwd: string,
  branch: string,
  message: string,
): Promise<string> {
  await git(cwd, ['checkout', '--quiet', '-B', branch])
  await git(cwd, ['add', '--all'])
  await git(cwd, [...BOT, 'commit', '--quiet', '--allow-empty', '-m', message])
  const sha = (await git(cwd, ['rev-parse', 'HEAD'])).stdout.trim()
  await git(cwd, ['push', '--quiet', '--force', ctx.gitDir, `HEAD:refs/heads/${branch}`])
  ctx.log(`Pushed ${branch} (${sha.slice(0, 7)}) to ${ctx.repository}`)
  return sha
}

/** Pushes the tag `tag` at `sha` to the sandbox's repository (an annotated tag, as the CLIs make). */
export async function pushTag(
  ctx: StandInContext,
  cwd: string,
  tag: string,
  sha: string,
): Promise<boolean> {
  const exists = await git(ctx.gitDir, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], {
    allowFailure: true,
  })
  if (exists.exitCode === 0) {
    ctx.log(`Tag ${tag} already exists on ${ctx.repository}`)
    return false
  }
  await git(cwd, [...BOT, 'tag', '--force', '-a', tag, '-m', tag, sha])
  await git(cwd, ['push', '--quiet', ctx.gitDir, `refs/tags/${tag}`])
  ctx.log(`Pushed tag ${tag}`)
  return true
}

/** How many successful publishes the sandbox's npm registry has recorded so far. */
export function npmPublishCount(ctx: StandInContext): number {
  return npmPublishes(ctx).length
}

/** The package names of the successful npm publishes recorded after the first `since`. */
export function npmPublishedSince(ctx: StandInContext, since: number): string[] {
  return npmPublishes(ctx)
    .slice(since)
    .flatMap((request) => (request.packageName === undefined ? [] : [request.packageName]))
}

function npmPublishes(ctx: StandInContext): Array<{ packageName: string | undefined }> {
  return (ctx.sandbox.npm?.requests ?? []).filter(
    (request) =>
      request.action === 'publish' && request.status !== undefined && request.status < 300,
  )
}
