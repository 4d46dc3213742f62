// What the repository tells beyond its packages: where it lives on GitHub, its default branch,
// its changelog, and the release workflows that publish with a registry token today.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultBranch, git } from '@tokenless/git'
import { githubRepositoryOf } from '../rehearse/repository-copy.js'

export interface Changelog {
  file: string
  format: 'keep-a-changelog' | 'conventional-changelog' | 'plain'
}

export interface TokenUse {
  /** The workflow file, relative to the root. */
  file: string
  line: number
  secret: string
}

const CHANGELOG_NAMES = ['CHANGELOG.md', 'CHANGES.md', 'HISTORY.md', 'NEWS.md']

/** Secrets that hold a registry credential: what trusted publishing replaces. */
const REGISTRY_SECRET =
  /^(?=.*(NPM|PYPI|TWINE|NODE_AUTH|REGISTRY|PUBLISH))(?=.*(TOKEN|PASSWORD|KEY|AUTH)).*$/i

/** `owner/repo` of the origin remote on GitHub, if it is one. */
export async function detectGitHubRepository(
  root: string,
): Promise<{ owner: string; repo: string } | undefined> {
  const { stdout, exitCode } = await git(root, ['remote', 'get-url', 'origin'], {
    allowFailure: true,
  })
  return exitCode === 0 ? githubRepositoryOf(stdout.trim()) : undefined
}

/** The default branch (origin's HEAD, else main or master, else the current branch). */
export async function detectDefaultBranch(root: string): Promise<string> {
  const known = await defaultBranch(root)
  if (known !== undefined) return known
  const { stdout } = await git(root, ['symbolic-ref', '-q', '--short', 'HEAD'], {
    allowFailure: true,
  })
  return stdout.trim() || 'main'
}

export function detectChangelog(root: string): Changelog | undefined {
  const file = CHANGELOG_NAMES.find((name) => existsSync(join(root, name)))
  if (file === undefined) return undefined
  const text = readFileSync(join(root, file), 'utf8')
  if (/keepachangelog\.com|^## \[Unreleased\]/im.test(text))
    return { file, format: 'keep-a-changelog' }
  if (/^#{1,3} \[?\d[^\]\n]*\]?\(https?:[^)]*compare/m.test(text))
    return { file, format: 'conventional-changelog' }
  return { file, format: 'plain' }
}

/** The workflows under .github/workflows, relative to the root, sorted. */
export function workflowFiles(root: string): string[] {
  const dir = join(root, '.github', 'workflows')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => `.github/workflows/${name}`)
}

/** Every `secrets.X` that holds a registry credential, in the repository's workflows. */
export function detectTokenUses(root: string): TokenUse[] {
  const uses: TokenUse[] = []
  for (const file of workflowFiles(root)) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n')
    for (const [index, text] of lines.entries()) {
      for (const match of text.matchAll(
        /secrets\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)|secrets\[\s*'([^']+)'\s*\]/g,
      )) {
        const secret = match[1] ?? match[2] ?? ''
        if (REGISTRY_SECRET.test(secret)) uses.push({ file, line: index + 1, secret })
      }
    }
  }
  return uses
}
