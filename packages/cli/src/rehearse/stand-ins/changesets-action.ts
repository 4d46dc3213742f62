// changesets/action: with changesets pending, `changeset version` (the repository's own CLI, else
// the same bumps and CHANGELOG entries done here) committed on changeset-release/<branch> and
// pushed to the sandbox's repository; with none, the publish script run (npm publishes go to the
// sandbox through the containment), then a tag and a GitHub release per published package.
// --release-pr decides instead of the pending changesets; the report says what the real one would do.
import { randomUUID } from 'node:crypto'
import { existsSync, globSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { GitHubApiError, SandboxReleases, tokenInput } from './sandbox-releases.js'
import {
  bumpVersion,
  changelogEntry,
  higher,
  npmPublishCount,
  npmPublishedSince,
  pushReleaseBranch,
  pushTag,
  readManifest,
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
import { runTool } from './tool-process.js'

interface Changeset {
  file: string
  releases: Array<{ name: string; type: Bump | 'none' }>
  summary: string
}

/** The pending changesets: .changeset/*.md but its README. */
export function readChangesets(cwd: string): Changeset[] {
  const dir = join(cwd, '.changeset')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file.toLowerCase() !== 'readme.md')
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8')
      const match = /^---\r?\n((?:.*\r?\n)*?)---(?:\r?\n|$)([\s\S]*)$/.exec(text)
      const releases = (match?.[1] ?? '').split('\n').flatMap((line) => {
        const release = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch|none)\s*$/.exec(line)
        return release === null ? [] : [{ name: release[1]!, type: release[2] as Bump | 'none' }]
      })
      return { file: join(dir, file), releases, summary: (match?.[2] ?? text).trim() }
    })
}

/** The packages of the project at `cwd`: its workspaces' (package.json `workspaces`), else its own. */
function packagesOf(cwd: string): Array<{ dir: string; name: string; version: string }> {
  const root = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as {
    workspaces?: string[] | { packages?: string[] }
  }
  const patterns = Array.isArray(root.workspaces)
    ? root.workspaces
    : (root.workspaces?.packages ?? [])
  const dirs =
    patterns.length === 0
      ? [cwd]
      : patterns.flatMap((pattern) =>
          globSync(`${pattern}/package.json`, { cwd }).map((file) => dirname(resolve(cwd, file))),
        )
  return dirs.flatMap((dir) => {
    const manifest = readManifest(dir)
    return manifest === undefined ? [] : [{ dir, ...manifest }]
  })
}

const HEADINGS: Record<Bump, string> = {
  major: 'Major Changes',
  minor: 'Minor Changes',
  patch: 'Patch Changes',
}

/** `changeset version` for the common case: each package bumped once, its CHANGELOG entry, changesets removed. */
function versionHere(ctx: StandInContext, cwd: string, changesets: Changeset[]): void {
  for (const pkg of packagesOf(cwd)) {
    let bump: Bump | undefined
    const lines: Record<Bump, string[]> = { major: [], minor: [], patch: [] }
    for (const changeset of changesets) {
      for (const release of changeset.releases) {
        if (release.name !== pkg.name || release.type === 'none') continue
        bump = higher(bump, release.type)
        lines[release.type].push(`- ${changeset.summary.replace(/\n/g, '\n  ')}`)
      }
    }
    if (bump === undefined) continue
    const version = bumpVersion(pkg.version, bump)
    const file = join(pkg.dir, 'package.json')
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    writeFileSync(file, `${JSON.stringify({ ...manifest, version }, null, 2)}\n`)
    const sections = (['major', 'minor', 'patch'] as const)
      .filter((type) => lines[type].length > 0)
      .map((type) => `### ${HEADINGS[type]}\n\n${lines[type].join('\n')}\n`)
    const changelog = join(pkg.dir, 'CHANGELOG.md')
    const earlier = existsSync(changelog)
      ? readFileSync(changelog, 'utf8').replace(/^# .*\n+/, '')
      : ''
    writeFileSync(changelog, `# ${pkg.name}\n\n## ${version}\n\n${sections.join('\n')}\n${earlier}`)
    ctx.log(`${pkg.name}: ${pkg.version} → ${version}`)
  }
  for (const changeset of changesets) rmSync(changeset.file)
}

/** A command as @actions/exec runs it: words (quotes kept together), no shell. */
export function commandWords(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map(
    (match) => match[1] ?? match[2] ?? match[3]!,
  )
}

async function runScript(
  ctx: StandInContext,
  cwd: string,
  script: string,
  env: Record<string, string>,
): Promise<{ exitCode: number; stdout: string }> {
  const [command, ...args] = commandWords(script)
  ctx.log(`[command]${script}`)
  return runTool(ctx, command!, args, { cwd, env: { ...ctx.env, ...env } })
}

async function version(
  ctx: StandInContext,
  inputs: Record<string, string>,
  cwd: string,
  changesets: Changeset[],
): Promise<void> {
  const base = input(inputs, 'pr-base-branch', 'branch') || ctx.ref.replace(/^refs\/heads\//, '')
  const branch = `changeset-release/${base}`
  const script = input(inputs, 'version-script', 'version')
  const cli = join(cwd, 'node_modules', '@changesets', 'cli', 'bin.js')
  if (script !== '') await runScript(ctx, cwd, script, {})
  else if (existsSync(cli)) await runTool(ctx, process.execPath, [cli, 'version'], { cwd })
  else versionHere(ctx, cwd, changesets)
  const title = input(inputs, 'pr-title', 'title') || 'Version Packages'
  await pushReleaseBranch(ctx, cwd, branch, input(inputs, 'commit-message', 'commit') || title)
  ctx.note(
    `changesets/action: pushed ${branch} to the sandbox's repository; the real action would open or update the pull request "${title}" from ${branch} into ${base} (the sandbox has no pull requests: pr-number is left empty)`,
  )
}

interface Published {
  name: string
  version: string
  dir: string
}

/** What the publish script published: the sandbox's npm uploads, and `changeset publish`'s own word. */
function publishedBy(
  cwd: string,
  names: string[],
  stdout: string,
  outputFile: string,
): Published[] {
  const said = [...stdout.matchAll(/New tag:\s+(\S+)@(\S+)/g)].map((match) => match[1]!)
  if (existsSync(outputFile)) {
    for (const line of readFileSync(outputFile, 'utf8').split('\n')) {
      const event = /"packageName"\s*:\s*"([^"]+)"/.exec(line)
      if (event !== null) said.push(event[1]!)
    }
  }
  const wanted = new Set([...names, ...said])
  return packagesOf(cwd).filter((pkg) => wanted.has(pkg.name))
}

async function publish(
  ctx: StandInContext,
  inputs: Record<string, string>,
  cwd: string,
  script: string,
): Promise<{ ok: boolean; error?: string }> {
  ctx.log('No changesets found. Attempting to publish any unpublished packages to npm')
  const createReleases = truthy(
    inputs['create-github-releases'] ?? inputs.createGithubReleases,
    true,
  )
  const pushTags = truthy(inputs['push-git-tags'], true)
  if (createReleases && !pushTags)
    return {
      ok: false,
      error:
        "The input 'create-github-releases' is set to true, but 'push-git-tags' is set to false. Creating GitHub releases requires pushing git tags. Please set 'push-git-tags' to true or set 'create-github-releases' to false.",
    }
  const token = tokenInput(ctx, inputs['github-token'])
  const outputFile = join(ctx.runnerTemp, `changesets-output-${randomUUID()}.ndjson`)
  const before = npmPublishCount(ctx)
  const run = await runScript(ctx, cwd, script, {
    GITHUB_TOKEN: token,
    CHANGESETS_OUTPUT: outputFile,
  })
  const published = publishedBy(cwd, npmPublishedSince(ctx, before), run.stdout, outputFile)
  const single = packagesOf(cwd).length === 1 && packagesOf(cwd)[0]!.dir === cwd
  const api = new SandboxReleases(ctx, token)
  const sha = (await runTool(ctx, 'git', ['rev-parse', 'HEAD'], { cwd, quiet: true })).stdout.trim()
  for (const pkg of published) {
    const tag = single ? `v${pkg.version}` : `${pkg.name}@${pkg.version}`
    if (pushTags) await pushTag(ctx, cwd, tag, sha)
    const changelog = join(pkg.dir, 'CHANGELOG.md')
    if (!createReleases || !existsSync(changelog)) continue
    const body = changelogEntry(readFileSync(changelog, 'utf8'), pkg.version)
    if (body === undefined)
      return { ok: false, error: `Could not find changelog entry for ${pkg.name}@${pkg.version}` }
    try {
      const release = await api.create({
        name: tag,
        tag_name: tag,
        body,
        prerelease: pkg.version.includes('-'),
      })
      ctx.log(`Created the GitHub release ${tag}: ${release.html_url}`)
    } catch (error) {
      if (error instanceof GitHubApiError) return { ok: false, error: error.message }
      throw error
    }
  }
  const list = published.map((pkg) => ({ name: pkg.name, version: pkg.version }))
  if (published.length > 0) {
    for (const name of ['published', 'published-packages', 'publishedPackages'])
      setOutput(ctx, name, name === 'published' ? 'true' : JSON.stringify(list))
  }
  ctx.note(
    `changesets/action: ran its publish script \`${script}\`: ${published.length === 0 ? 'nothing was published' : `published ${published.map((pkg) => `${pkg.name}@${pkg.version}`).join(', ')} on the sandbox`}`,
  )
  if (run.exitCode !== 0)
    return { ok: false, error: `Publish command exited with code ${run.exitCode}` }
  return { ok: true }
}

const changesets: StandIn = async (ctx, inputs) => {
  const cwd = resolve(ctx.workspace, input(inputs, 'cwd') || '.')
  if (!existsSync(join(cwd, 'package.json')))
    return { ok: false, error: `There is no package.json in ${cwd}: run actions/checkout first.` }
  const pending = readChangesets(cwd)
  const releasing = pending.filter((changeset) => changeset.releases.length > 0)
  const script = input(inputs, 'publish-script', 'publish')
  for (const name of ['published', 'has-changesets', 'hasChangesets'])
    setOutput(ctx, name, name === 'published' ? 'false' : String(pending.length > 0))
  for (const name of ['published-packages', 'publishedPackages']) setOutput(ctx, name, '[]')
  const state = releasePrState(
    ctx,
    'changesets/action',
    pending.length > 0 ? 'open' : 'merged',
    pending.length > 0
      ? `${pending.length} changeset(s) pending`
      : 'no changeset pending (the release pull request was merged)',
  )
  if (state === 'open') {
    if (pending.length === 0) {
      ctx.log('No changesets present: there is nothing to version.')
      ctx.note('changesets/action: no changeset pending, so no release pull request to open')
      return { ok: true }
    }
    if (releasing.length === 0) {
      ctx.log('All changesets are empty; not creating PR')
      return { ok: true }
    }
    await version(ctx, inputs, cwd, pending)
    return { ok: true }
  }
  if (script === '') {
    ctx.log(
      'No changesets present or were removed by merging release PR. Not publishing because no publish script found.',
    )
    ctx.note('changesets/action: no publish script (publish-script:), so nothing to publish')
    return { ok: true }
  }
  return publish(ctx, inputs, cwd, script)
}

export const changesetsAction: StandInEntry = {
  uses: 'changesets/action',
  what: "versions on a branch of the sandbox's repository, or runs the publish script against the sandbox",
  inputs: [
    'github-token',
    'publish-script',
    'version-script',
    'commit-message',
    'pr-title',
    'pr-draft',
    'pr-base-branch',
    'create-github-releases',
    'push-git-tags',
    'push-with-git-cli',
    'cwd',
  ],
  outputs: ['published', 'published-packages', 'has-changesets', 'pr-number'],
  earlierInputs: [
    'publish',
    'version',
    'commit',
    'title',
    'branch',
    'createGithubReleases',
    'setupGitUser',
    'commitMode',
    'prDraft',
  ],
  standIn: changesets,
}
