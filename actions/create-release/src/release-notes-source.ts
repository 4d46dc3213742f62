import { readFile } from 'node:fs/promises'
import { relative } from 'node:path'
import { type ActionContext, ConfigurationError, resolveInWorkspace } from '@tokenless/action-kit'
import {
  findChangelogSection,
  generateReleaseNotes,
  listChangelogHeadings,
} from '@tokenless/changelog'
import {
  defaultBranch,
  ensureHistory,
  listAllTags,
  previousTag,
  resolveCommit,
  type TagRef,
} from '@tokenless/git'
import type { GitHubClient, RepoRef } from '@tokenless/github'
import { compareVersions, isPrerelease, parseTag, versionsEquivalent } from '@tokenless/versioning'
import type { CreateReleaseInputs } from './inputs.js'
import type { ReleaseIdentity } from './release-plan.js'

export interface ResolvedNotes {
  text: string
  /** For the summary: `CHANGELOG.md:12`, `14 commits since v1.2.2`, ... */
  source: string
}

async function readText(path: string, display: string, input: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    throw new ConfigurationError(
      `The notes file ${display} does not exist. Create it before this step, or choose notes: commits, changelog or github.`,
      { input },
    )
  }
}

async function changelogNotes(
  ctx: ActionContext,
  inputs: CreateReleaseInputs,
  identity: ReleaseIdentity,
  cwd: string,
): Promise<ResolvedNotes> {
  const path = resolveInWorkspace(ctx.workspace, inputs.changelogFile, {
    input: 'changelog-file',
    base: cwd,
  })
  const display = relative(ctx.workspace, path)
  const text = await readText(path, display, 'changelog-file')
  const section = findChangelogSection(text, identity.version, versionsEquivalent)
  if (section === undefined) {
    const found = listChangelogHeadings(text).flatMap((heading) =>
      heading.version ? [heading.version] : [],
    )
    throw new ConfigurationError(
      `${display} has no section for ${identity.version}; the versions it has headings for are: ${found.slice(0, 8).join(', ') || 'none'}. Add a "## [${identity.version}]" section, or choose notes: commits.`,
      { input: 'notes', location: { file: display, line: 1 } },
    )
  }
  return { text: section.body, source: `${display}:${section.heading.line}` }
}

/** The previous release tag: the input, else the highest lower version among the tags. */
export async function findPreviousTag(
  inputs: CreateReleaseInputs,
  identity: ReleaseIdentity,
  cwd: string,
): Promise<TagRef | undefined> {
  const tags = await listAllTags(cwd, { prefix: identity.prefix })
  if (inputs.previousTag !== undefined) {
    const named = tags.find((tag) => tag.name === inputs.previousTag)
    if (named === undefined) {
      throw new ConfigurationError(
        `Input previous-tag is ${inputs.previousTag}, but the repository has no such tag. Pass validate-tag's previous-tag output, or leave it out to find it by version.`,
        { input: 'previous-tag' },
      )
    }
    return named
  }
  const versioned = tags.flatMap((tag) => {
    try {
      const { version } = parseTag(tag.name, identity.prefix)
      compareVersions(version, identity.version, identity.scheme)
      return [{ ...tag, version }]
    } catch {
      return []
    }
  })
  return previousTag(
    versioned,
    identity.version,
    (tag) => tag.version,
    (a, b) => compareVersions(a, b, identity.scheme),
    {
      skipPrereleases: !identity.prerelease,
      isPrerelease: (version) => isPrerelease(version, identity.scheme),
    },
  )
}

async function commitNotes(
  ctx: ActionContext,
  inputs: CreateReleaseInputs,
  identity: ReleaseIdentity,
  cwd: string,
  target: string,
  repo: RepoRef,
): Promise<ResolvedNotes> {
  const previous = await findPreviousTag(inputs, identity, cwd)
  const to = (await resolveCommit(cwd, target)) ?? (await resolveCommit(cwd, 'HEAD'))
  if (to === undefined) {
    throw new ConfigurationError(
      `Commit notes need the repository's history, but ${cwd} has no commit ${target}. Check out the repository (actions/checkout) before create-release, or choose notes: github.`,
      { input: 'notes' },
    )
  }
  if (previous !== undefined) {
    const payload = ctx.event.payload as { repository?: { default_branch?: string } }
    const branch = payload.repository?.default_branch ?? (await defaultBranch(cwd)) ?? 'main'
    await ensureHistory(cwd, previous.sha, to, {
      refspecs: [
        `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
        `+refs/tags/${previous.name}:refs/tags/${previous.name}`,
      ],
    })
  }
  const notes = await generateReleaseNotes({
    cwd,
    from: previous?.sha,
    to,
    version: identity.version,
    currentTag: identity.tag,
    ...(previous ? { previousTag: previous.name } : {}),
    repository: { host: ctx.env.GITHUB_SERVER_URL ?? 'https://github.com', ...repo },
  })
  return {
    text: notes.markdown,
    source: `${notes.commits} commit(s) since ${previous?.name ?? 'the first commit'}`,
  }
}

async function githubNotes(
  client: GitHubClient,
  repo: RepoRef,
  inputs: CreateReleaseInputs,
  identity: ReleaseIdentity,
  cwd: string,
  target: string,
): Promise<ResolvedNotes> {
  const previous = inputs.previousTag ?? (await findPreviousTag(inputs, identity, cwd))?.name
  const { data } = await client.rest.repos.generateReleaseNotes({
    ...repo,
    tag_name: identity.tag,
    target_commitish: target,
    ...(previous ? { previous_tag_name: previous } : {}),
  })
  return {
    text: data.body,
    source: `GitHub's generated notes${previous ? ` since ${previous}` : ''}`,
  }
}

export async function resolveNotes(
  ctx: ActionContext,
  inputs: CreateReleaseInputs,
  identity: ReleaseIdentity,
  cwd: string,
  context: { client: GitHubClient; repo: RepoRef; target: string },
): Promise<ResolvedNotes> {
  switch (inputs.notes.kind) {
    case 'changelog':
      return changelogNotes(ctx, inputs, identity, cwd)
    case 'commits':
      return commitNotes(ctx, inputs, identity, cwd, context.target, context.repo)
    case 'github':
      return githubNotes(context.client, context.repo, inputs, identity, cwd, context.target)
    case 'file': {
      const path = resolveInWorkspace(ctx.workspace, inputs.notes.path, {
        input: 'notes',
        base: cwd,
      })
      const display = relative(ctx.workspace, path)
      return { text: await readText(path, display, 'notes'), source: display }
    }
  }
}
