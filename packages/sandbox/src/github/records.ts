import type { GitStore } from './git-store.js'
import type { SandboxApp } from './tokens.js'

/** Someone who acts on GitHub: a user, a bot (an app acting), or an organization (an owner). */
export interface SandboxUser {
  login: string
  id: number
  type: 'User' | 'Bot' | 'Organization'
}

export interface AssetRecord {
  id: number
  name: string
  label: string | null
  contentType: string
  /** The uploaded bytes, kept on disk (in the sandbox's directory), never in memory. */
  file: string
  size: number
  /** `sha256:<hex>`, as GitHub reports it. */
  digest: string
  downloadCount: number
  createdAt: string
  updatedAt: string
  uploader: SandboxUser
}

export interface ReleaseRecord {
  id: number
  tagName: string
  targetCommitish: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  createdAt: string
  publishedAt: string | null
  updatedAt: string
  author: SandboxUser
  assets: AssetRecord[]
  /** Names a draft in its URLs (`releases/tag/untagged-<this>`), as GitHub does. */
  untaggedId: string
  /** Published while the repository had immutable releases: assets and tag are locked. */
  immutable: boolean
}

export type CommitState = 'error' | 'failure' | 'pending' | 'success'

export interface StatusRecord {
  id: number
  sha: string
  state: CommitState
  targetUrl: string | null
  description: string | null
  context: string
  creator: SandboxUser
  createdAt: string
  updatedAt: string
}

export interface CheckSuiteRecord {
  id: number
  headSha: string
  headBranch: string | null
  app: SandboxApp
  createdAt: string
  updatedAt: string
}

export type CheckStatus =
  'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'

export interface CheckRunRecord {
  id: number
  suiteId: number
  name: string
  headSha: string
  status: CheckStatus
  conclusion: string | null
  startedAt: string | null
  completedAt: string | null
  detailsUrl: string | null
  externalId: string | null
  output: {
    title: string | null
    summary: string | null
    text: string | null
    annotationsCount: number
  }
  app: SandboxApp
}

export interface LabelRecord {
  id: number
  name: string
  color: string
  description: string | null
}

export interface IssueRecord {
  id: number
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  stateReason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null
  labels: string[]
  assignees: string[]
  user: SandboxUser
  app: SandboxApp | undefined
  createdAt: string
  updatedAt: string
  closedAt: string | null
  closedBy: SandboxUser | null
}

export interface CommentRecord {
  id: number
  issueNumber: number
  body: string
  user: SandboxUser
  app: SandboxApp | undefined
  createdAt: string
  updatedAt: string
}

export interface EnvironmentRecord {
  id: number
  name: string
  waitTimer: number
  preventSelfReview: boolean
  reviewers: Array<{ type: 'User' | 'Team'; id: number }>
  branchPolicy: { protected_branches: boolean; custom_branch_policies: boolean } | null
  branchPolicies: Array<{ id: number; name: string; type: 'branch' | 'tag' }>
  /** Ids of the protection rules GitHub shows for the settings above. */
  ruleIds: { waitTimer: number; reviewers: number; branchPolicy: number }
  createdAt: string
  updatedAt: string
}

/** Serializes the writes to one repository, so check-then-write handlers cannot interleave. */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve()

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task)
    this.tail = result.catch(() => undefined)
    return result
  }
}

/** One sandbox repository and everything GitHub keeps for it. */
export class RepositoryRecord {
  readonly releases = new Map<number, ReleaseRecord>()
  /** The release `/releases/latest` answers with. */
  latestReleaseId: number | undefined
  /** Tags of immutable releases that were deleted: GitHub never lets them be reused. */
  readonly burnedTags = new Set<string>()
  readonly statuses: StatusRecord[] = []
  readonly checkSuites = new Map<number, CheckSuiteRecord>()
  readonly checkRuns = new Map<number, CheckRunRecord>()
  readonly labels = new Map<string, LabelRecord>()
  readonly issues = new Map<number, IssueRecord>()
  readonly comments = new Map<number, CommentRecord>()
  readonly environments = new Map<string, EnvironmentRecord>()
  readonly writes = new WriteQueue()

  constructor(
    readonly owner: SandboxUser,
    readonly name: string,
    readonly id: number,
    public defaultBranch: string,
    readonly isPrivate: boolean,
    readonly git: GitStore,
    readonly createdAt: string,
  ) {}

  get fullName(): string {
    return `${this.owner.login}/${this.name}`
  }

  /** The next issue number (issues and pull requests share the sequence). */
  get nextIssueNumber(): number {
    return Math.max(0, ...this.issues.keys()) + 1
  }
}
