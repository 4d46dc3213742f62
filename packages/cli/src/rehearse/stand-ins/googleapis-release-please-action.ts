// googleapis/release-please-action: reads the repository as GitHub has it (a clone of the
// sandbox's copy at the run's commit). A version not tagged yet means its release PR was merged:
// the GitHub release (and so the tag) is created on the sandbox's API, with the outputs
// release_created, tag_name, version... (path-prefixed for manifest paths other than `.`).
// Otherwise the next version is computed from the conventional commits since the last tag and
// the release branch pushed. --release-pr decides instead; the report says what the real one would do.
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { git } from '@tokenless/git'
import { parse as parseToml } from 'smol-toml'
import { GitHubApiError, SandboxReleases, tokenInput } from './sandbox-releases.js'
import {
  bumpVersion,
  changelogEntry,
  higher,
  pushReleaseBranch,
  releasePrState,
  type Bump,
} from './release-pr.js'
import {
  input,
  setOutput,
  truthy,
  type StandIn,
  type StandInContext,
  type StandInEntry,
} from './stand-in.js'

interface Component {
  /** `.` for the root. */
  path: string
  releaseType: string
  /** In the tag (`widget-v1.2.0`) for paths other than `.` or when asked. */
  component: string | undefined
  version: string
  tag: string
}

function versionOf(dir: string, releaseType: string): string {
  if (releaseType === 'python' && existsSync(join(dir, 'pyproject.toml'))) {
    const project = (
      parseToml(readFileSync(join(dir, 'pyproject.toml'), 'utf8')) as {
        project?: { version?: unknown }
      }
    ).project
    return typeof project?.version === 'string' ? project.version : ''
  }
  if (existsSync(join(dir, 'package.json'))) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      version?: unknown
    }
    if (typeof manifest.version === 'string') return manifest.version
  }
  const file = join(dir, 'version.txt')
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : ''
}

function nameOf(dir: string, path: string): string {
  const file = join(dir, 'package.json')
  if (existsSync(file)) {
    const name = (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name
    if (typeof name === 'string') return name.replace(/^@[^/]+\//, '')
  }
  return path.split('/').pop() ?? path
}

/** The components release-please manages: the manifest config's packages, else `path` with `release-type`. */
function componentsOf(root: string, inputs: Record<string, string>): Component[] {
  const configFile = join(root, input(inputs, 'config-file') || 'release-please-config.json')
  const manifestFile = join(root, input(inputs, 'manifest-file') || '.release-please-manifest.json')
  const withTag = truthy(inputs['include-component-in-tag'], false)
  const make = (path: string, releaseType: string, version: string, named?: string): Component => {
    const dir = join(root, path)
    const component = path !== '.' || withTag ? (named ?? nameOf(dir, path)) : undefined
    return {
      path,
      releaseType,
      component,
      version,
      tag: `${component === undefined ? '' : `${component}-`}v${version}`,
    }
  }
  if (existsSync(configFile)) {
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as {
      'release-type'?: string
      packages?: Record<
        string,
        { 'release-type'?: string; component?: string; 'package-name'?: string }
      >
    }
    const versions = existsSync(manifestFile)
      ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>)
      : {}
    return Object.entries(config.packages ?? { '.': {} }).map(([path, settings]) => {
      const type = settings['release-type'] ?? config['release-type'] ?? 'node'
      const version = versions[path] ?? versionOf(join(root, path), type)
      return make(path, type, version, settings.component ?? settings['package-name'])
    })
  }
  const path = input(inputs, 'path') || '.'
  const type = input(inputs, 'release-type') || 'simple'
  return [make(path, type, versionOf(join(root, path), type))]
}

async function tagged(ctx: StandInContext, tag: string): Promise<boolean> {
  const found = await git(ctx.gitDir, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], {
    allowFailure: true,
  })
  return found.exitCode === 0
}

function pathOutput(ctx: StandInContext, path: string, key: string, value: string): void {
  setOutput(ctx, path === '.' ? key : `${path}--${key}`, value)
}

async function createReleases(
  ctx: StandInContext,
  inputs: Record<string, string>,
  root: string,
  untagged: Component[],
): Promise<{ ok: boolean; error?: string }> {
  const api = new SandboxReleases(ctx, tokenInput(ctx, inputs.token))
  const paths: string[] = []
  for (const item of untagged) {
    const changelog = join(root, item.path, 'CHANGELOG.md')
    const body = existsSync(changelog)
      ? (changelogEntry(readFileSync(changelog, 'utf8'), item.version) ?? '')
      : ''
    const name = `${item.component === undefined ? '' : `${item.component}: `}v${item.version}`
    try {
      const release = await api.create({
        tag_name: item.tag,
        target_commitish: ctx.sha,
        name,
        body,
        prerelease: item.version.includes('-'),
      })
      ctx.log(`Created release: ${release.html_url}`)
      const [major = '', minor = '', patch = ''] = item.version.replace(/[-+].*$/, '').split('.')
      const outputs: Record<string, string> = {
        release_created: 'true',
        id: String(release.id),
        name,
        tag_name: item.tag,
        sha: ctx.sha,
        body,
        html_url: release.html_url,
        draft: 'false',
        upload_url: release.upload_url,
        path: item.path,
        version: item.version,
        major,
        minor,
        patch,
      }
      for (const [key, value] of Object.entries(outputs)) pathOutput(ctx, item.path, key, value)
      paths.push(item.path)
    } catch (error) {
      if (error instanceof GitHubApiError)
        return { ok: false, error: `release-please failed: ${error.message}` }
      throw error
    }
  }
  setOutput(ctx, 'releases_created', String(paths.length > 0))
  setOutput(ctx, 'paths_released', JSON.stringify(paths))
  ctx.note(
    `googleapis/release-please-action: created the GitHub release(s) ${untagged.map((item) => item.tag).join(', ') || '(none)'} on the sandbox's API`,
  )
  return { ok: true }
}

/** The bump the conventional commits since `since` (a tag, or the start) call for. */
async function bumpSince(
  ctx: StandInContext,
  since: string | undefined,
): Promise<Bump | undefined> {
  const range = since === undefined ? ctx.sha : `${since}..${ctx.sha}`
  const log = await git(ctx.gitDir, ['log', '--format=%B%x00', range])
  let bump: Bump | undefined
  for (const message of log.stdout.split('\0')) {
    const header = message.trim().split('\n')[0] ?? ''
    if (/^\w+(\(.*\))?!:/.test(header) || /BREAKING[ -]CHANGE:/.test(message))
      bump = higher(bump, 'major')
    else if (/^feat(\(.*\))?:/.test(header)) bump = higher(bump, 'minor')
    else if (/^(fix|perf|deps)(\(.*\))?:/.test(header)) bump = higher(bump, 'patch')
  }
  return bump
}

async function releasePullRequest(
  ctx: StandInContext,
  inputs: Record<string, string>,
  root: string,
  items: Component[],
): Promise<void> {
  const base = input(inputs, 'target-branch') || ctx.ref.replace(/^refs\/heads\//, '')
  const branch = `release-please--branches--${base}`
  const planned: string[] = []
  const manifest: Record<string, string> = {}
  for (const item of items) {
    const since = (await tagged(ctx, item.tag)) ? item.tag : undefined
    const bump = await bumpSince(ctx, since)
    if (bump === undefined) continue
    const version = bumpVersion(item.version, bump)
    manifest[item.path] = version
    const dir = join(root, item.path)
    const packageFile = join(dir, 'package.json')
    if (existsSync(packageFile)) {
      const text = JSON.parse(readFileSync(packageFile, 'utf8')) as Record<string, unknown>
      writeFileSync(packageFile, `${JSON.stringify({ ...text, version }, null, 2)}\n`)
    }
    const changelog = join(dir, 'CHANGELOG.md')
    const earlier = existsSync(changelog)
      ? readFileSync(changelog, 'utf8').replace(/^# Changelog\n+/, '')
      : ''
    writeFileSync(changelog, `# Changelog\n\n## ${version}\n\n${earlier}`)
    planned.push(`${item.component === undefined ? '' : `${item.component} `}${version}`)
  }
  if (planned.length === 0) {
    ctx.log('No user facing commits found since the last release - skipping')
    ctx.note(
      'googleapis/release-please-action: no releasable commit since the last release: no pull request',
    )
    return
  }
  const manifestFile = join(root, input(inputs, 'manifest-file') || '.release-please-manifest.json')
  if (existsSync(manifestFile)) {
    const current = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>
    writeFileSync(manifestFile, `${JSON.stringify({ ...current, ...manifest }, null, 2)}\n`)
  }
  const title = `chore(${base}): release ${planned.join(', ')}`
  await pushReleaseBranch(ctx, root, branch, title)
  setOutput(ctx, 'prs_created', 'false')
  ctx.note(
    `googleapis/release-please-action: pushed ${branch} to the sandbox's repository; the real action would open or update the pull request "${title}" into ${base} (the sandbox has no pull requests: prs_created is false)`,
  )
}

const releasePlease: StandIn = async (ctx, inputs) => {
  const root = join(ctx.runnerTemp, `release-please-${randomUUID()}`)
  await git(ctx.runnerTemp, ['clone', '--quiet', '--no-checkout', ctx.gitDir, root])
  await git(root, ['checkout', '--quiet', ctx.sha])
  const items = componentsOf(root, inputs).filter((item) => item.version !== '')
  if (items.length === 0)
    return {
      ok: false,
      error: `release-please failed: no version found for ${input(inputs, 'path') || '.'} (release-type ${input(inputs, 'release-type') || 'simple'}): give release-type, or a release-please-config.json and its manifest.`,
    }
  const untagged: Component[] = []
  for (const item of items) if (!(await tagged(ctx, item.tag))) untagged.push(item)
  setOutput(ctx, 'releases_created', 'false')
  setOutput(ctx, 'prs_created', 'false')
  const state = releasePrState(
    ctx,
    'googleapis/release-please-action',
    untagged.length > 0 ? 'merged' : 'open',
    untagged.length > 0
      ? `${untagged.map((item) => item.tag).join(', ')} not tagged yet (its release pull request was merged)`
      : `every version is tagged (${items.map((item) => item.tag).join(', ')})`,
  )
  if (state === 'merged' && !truthy(inputs['skip-github-release'], false)) {
    const created = await createReleases(ctx, inputs, root, untagged.length > 0 ? untagged : [])
    if (!created.ok || untagged.length > 0) return created
  }
  if (state === 'open' && !truthy(inputs['skip-github-pull-request'], false))
    await releasePullRequest(ctx, inputs, root, items)
  return { ok: true }
}

export const googleapisReleasePleaseAction: StandInEntry = {
  uses: 'googleapis/release-please-action',
  // Its first home: GitHub redirects the old name, and workflows written then still use it.
  aliases: ['GoogleCloudPlatform/release-please-action'],
  what: "creates the releases on the sandbox's GitHub API, or pushes the release branch to its repository",
  inputs: [
    'token',
    'release-type',
    'path',
    'target-branch',
    'config-file',
    'manifest-file',
    'repo-url',
    'github-api-url',
    'github-graphql-url',
    'fork',
    'include-component-in-tag',
    'proxy-server',
    'skip-github-release',
    'skip-github-pull-request',
    'changelog-host',
  ],
  outputs: [],
  earlierInputs: [
    'command',
    'package-name',
    'default-branch',
    'bump-minor-pre-major',
    'monorepo-tags',
  ],
  standIn: releasePlease,
}
