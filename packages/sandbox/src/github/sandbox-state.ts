import { readFileSync } from 'node:fs'
import { MemoryGitStore, RealGitStore, type GitStore, type RefInfo } from './git-store.js'
import { RepositoryRecord } from './records.js'
import { userByLogin, type Schemas } from './representations.js'
import type { SandboxCore } from './route-context.js'

export interface SandboxRepositoryOptions {
  owner: string
  repo: string
  /** Default: the branch HEAD names in `gitDir`, else `main`. */
  defaultBranch?: string
  /**
   * A real repository (its work tree or git dir) whose commits and refs the API serves; refs the
   * API creates are written into it with `git update-ref`. Without it, git data lives in memory.
   */
  gitDir?: string
  /** Default: false (a public repository). */
  private?: boolean
}

/**
 * What the sandbox holds, read back as GitHub's API would show it (drafts included), plus the
 * setup calls tests need. Every accessor throws for a repository the sandbox does not have.
 */
export class GitHubSandboxState {
  constructor(private readonly core: SandboxCore) {}

  /** Adds a repository (for a test that needs one the sandbox did not start with). */
  async addRepository(options: SandboxRepositoryOptions): Promise<void> {
    const key = `${options.owner}/${options.repo}`.toLowerCase()
    if (this.core.repositories.has(key)) {
      throw new Error(`The sandbox already has the repository ${options.owner}/${options.repo}.`)
    }
    let defaultBranch = options.defaultBranch
    let store: GitStore
    if (options.gitDir === undefined) {
      defaultBranch ??= 'main'
      store = new MemoryGitStore(this.core.now, {
        branch: defaultBranch,
        seed: `${options.owner}/${options.repo}`,
      })
    } else {
      const real = new RealGitStore(options.gitDir)
      store = real
      let head: string | undefined
      try {
        head = await real.headBranch()
      } catch (error) {
        throw new Error(
          `The sandbox repository ${options.owner}/${options.repo} has gitDir ${options.gitDir}, which git cannot use: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        )
      }
      defaultBranch ??= head ?? 'main'
    }
    const record = new RepositoryRecord(
      userByLogin(options.owner),
      options.repo,
      this.core.nextId('repository'),
      defaultBranch,
      options.private === true,
      store,
      this.core.timestamp(),
    )
    this.core.repositories.set(key, record)
  }

  releases(owner: string, repo: string): Schemas['release'][] {
    const record = this.repository(owner, repo)
    return [...record.releases.values()]
      .sort((a, b) => a.id - b.id)
      .map((release) => this.core.views.release(record, release))
  }

  /** The bytes of an uploaded asset. */
  assetBytes(owner: string, repo: string, assetId: number): Buffer | undefined {
    for (const release of this.repository(owner, repo).releases.values()) {
      const asset = release.assets.find((a) => a.id === assetId)
      if (asset !== undefined) return readFileSync(asset.file)
    }
    return undefined
  }

  /** The release `/releases/latest` answers with, if any. */
  latestReleaseId(owner: string, repo: string): number | undefined {
    return this.repository(owner, repo).latestReleaseId
  }

  issues(owner: string, repo: string): Schemas['issue'][] {
    const record = this.repository(owner, repo)
    return [...record.issues.values()]
      .sort((a, b) => a.number - b.number)
      .map((issue) => this.core.views.issue(record, issue))
  }

  comments(owner: string, repo: string, issueNumber?: number): Schemas['issue-comment'][] {
    const record = this.repository(owner, repo)
    return [...record.comments.values()]
      .filter((c) => issueNumber === undefined || c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id)
      .map((comment) => this.core.views.comment(record, comment))
  }

  checkRuns(owner: string, repo: string): Schemas['check-run'][] {
    const record = this.repository(owner, repo)
    return [...record.checkRuns.values()]
      .sort((a, b) => a.id - b.id)
      .map((run) => this.core.views.checkRun(record, run))
  }

  statuses(owner: string, repo: string, sha?: string): Schemas['status'][] {
    const record = this.repository(owner, repo)
    return record.statuses
      .filter((status) => sha === undefined || status.sha === sha)
      .map((status) => this.core.views.status(record, status))
  }

  environments(owner: string, repo: string): Schemas['environment'][] {
    const record = this.repository(owner, repo)
    return [...record.environments.values()].map((e) => this.core.views.environment(record, e))
  }

  /** Refs whose full name starts with `prefix` (default every ref), from memory or from git. */
  refs(owner: string, repo: string, prefix = 'refs/'): Promise<RefInfo[]> {
    return this.repository(owner, repo).git.listRefs(prefix)
  }

  /**
   * Sets a ref directly (setup, not an API call): for a `gitDir` repository with git, so the
   * object must exist there.
   */
  async setRef(owner: string, repo: string, ref: string, sha: string): Promise<void> {
    const record = this.repository(owner, repo)
    if (!(await record.git.createRef(ref, sha))) await record.git.updateRef(ref, sha, true)
  }

  /**
   * Adds a commit to a branch of an in-memory repository and returns its sha. For a `gitDir`
   * repository, commit with git instead.
   */
  commit(owner: string, repo: string, options: { message: string; branch?: string }): string {
    const record = this.repository(owner, repo)
    const store = record.git
    if (!(store instanceof MemoryGitStore)) {
      throw new Error(
        `${record.fullName} is backed by the git repository at ${(store as RealGitStore).dir}: commit there with git instead.`,
      )
    }
    return store.advance(options.branch ?? record.defaultBranch, options.message)
  }

  private repository(owner: string, repo: string): RepositoryRecord {
    const record = this.core.repository(owner, repo)
    if (record === undefined) {
      const known = [...this.core.repositories.values()].map((r) => r.fullName).join(', ')
      throw new Error(
        `The sandbox has no repository ${owner}/${repo} (it has: ${known === '' ? 'none' : known}).`,
      )
    }
    return record
  }
}
