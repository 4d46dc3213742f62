// The step shape the tables read: plain text, whatever workflow model it came from. Positions
// are not needed here: a finding names the text to point at (`needle`), and the caller keeps
// the step it converted.
import { contextReferences } from '@tokenless/workflow'

export interface PlainStep {
  uses?: string | undefined
  run?: string | undefined
  /** The step's `with:` inputs that are scalars, as written. */
  with?: Readonly<Record<string, string>> | undefined
  /** The env in effect for the step: workflow, job and step layers merged (later wins). */
  env?: Readonly<Record<string, string>> | undefined
  name?: string | undefined
  id?: string | undefined
  /** The folder a `run:` starts in (`working-directory`, or the job's or workflow's default). */
  workingDirectory?: string | undefined
}

/** What release-it does when the command line does not say: its settings in the repository. */
export interface ReleaseItSettings {
  npmPublish: boolean
  gitTag: boolean
  githubRelease: boolean
}

/** release-it's own defaults: it publishes and tags, and makes no GitHub Release. */
export const RELEASE_IT_DEFAULTS: ReleaseItSettings = {
  npmPublish: true,
  gitTag: true,
  githubRelease: false,
}

/** What a step is read with: its job, and the repository's settings that tools read. */
export interface StepContext {
  /** The steps of the step's job, in order (the step among them); just the step when unknown. */
  jobSteps: readonly PlainStep[]
  /** The root package.json's scripts, so that `npm run release` is read as what it runs. */
  scripts: Readonly<Record<string, string>>
  releaseIt: ReleaseItSettings
  /** cibuildwheel's settings in the repository name a `test-command`: it runs the tests. */
  cibuildwheelTests?: boolean
  /** The repository's files, to follow the scripts a step calls (`./scripts/release.sh`). */
  files?: RepositoryFiles | undefined
}

/** Reads a file of the repository: undefined when absent, too large, or outside the repository. */
export interface RepositoryFiles {
  read(path: string): string | undefined
  /** The names in a folder of the repository ('' for the root); undefined when there is none. */
  list?(dir: string): string[] | undefined
}

export function stepContext(step: PlainStep, partial: Partial<StepContext> = {}): StepContext {
  return {
    jobSteps: partial.jobSteps ?? [step],
    scripts: partial.scripts ?? {},
    releaseIt: partial.releaseIt ?? RELEASE_IT_DEFAULTS,
    cibuildwheelTests: partial.cibuildwheelTests ?? false,
    files: partial.files,
  }
}

/**
 * The repository path (`.github/actions/setup`) of a local `uses:`: `./path` (in the checked-out
 * workspace) or `$/path` (this repository at the running commit); undefined for anything else.
 */
export function localPath(uses: string | undefined): string | undefined {
  const match = /^(\.|\$)\/(.*)$/.exec(uses ?? '')
  return match ? match[2]!.replace(/\/+$/, '') || '.' : undefined
}

/** `owner/repo/path` of a step's action, lower-cased, no ref; '' for none (and for local ones). */
export function actionName(uses: string | undefined): string {
  if (!uses || localPath(uses) !== undefined || uses.startsWith('docker://')) return ''
  return uses.split('@')[0]!.toLowerCase()
}

export function stepInput(step: PlainStep, name: string): string | undefined {
  return step.with?.[name]
}

/** The first of `names` set in the step's env. */
export function envValue(step: PlainStep, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = step.env?.[name]
    if (value !== undefined) return value
  }
  return undefined
}

/**
 * The context paths read by the `${{ }}` expressions of a value (`secrets.NPM_TOKEN`), enough to
 * tell which credential a value names: the workflow layer's one reader of context references,
 * on the parsed expression (string literals and function names are never paths).
 */
export function credentialPaths(value: string): string[] {
  return contextReferences(value)
}

/** A value that is GitHub's own per-run token (fine for GitHub itself, not a registry token). */
export function isGithubToken(value: string): boolean {
  const paths = credentialPaths(value)
  return (
    paths.length > 0 &&
    paths.every((path) => /^secrets\.GITHUB_TOKEN$/i.test(path) || path === 'github.token')
  )
}

/** The credential a token value gives GitHub: none or GITHUB_TOKEN is `github-token`. */
export function tokenOfValue(value: string | undefined): 'github-token' | 'other' {
  if (value === undefined || value.trim() === '') return 'github-token'
  return isGithubToken(value) ? 'github-token' : 'other'
}
