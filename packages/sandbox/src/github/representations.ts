import type { components } from '@octokit/openapi-types'
import type { CommitInfo, RefInfo, TagInfo } from './git-store.js'
import type {
  AssetRecord,
  CheckRunRecord,
  CheckSuiteRecord,
  CommentRecord,
  EnvironmentRecord,
  IssueRecord,
  LabelRecord,
  ReleaseRecord,
  RepositoryRecord,
  SandboxUser,
  StatusRecord,
} from './records.js'
import { GITHUB_ACTIONS_APP, type SandboxApp } from './tokens.js'

/** GitHub's schemas, as `@octokit/openapi-types` types them: the builders must produce them. */
export type Schemas = components['schemas']

export interface SandboxUrls {
  /** Like https://api.github.com. */
  api: string
  /** Like https://uploads.github.com. */
  uploads: string
  /** Like https://github.com. */
  server: string
}

const seg = encodeURIComponent

/** A ref or path shown in a URL: each segment encoded, the slashes kept. */
function path(value: string): string {
  return value.split('/').map(seg).join('/')
}

export function nodeId(type: string, id: number | string): string {
  return Buffer.from(`sandbox:${type}:${id}`).toString('base64url')
}

/** The owner of GitHub Actions' app, as GitHub shows it. */
const GITHUB_ORGANIZATION: SandboxUser = { login: 'github', id: 9919, type: 'Organization' }

/** The bot an app acts as: `github-actions[bot]` for a GITHUB_TOKEN. */
export function appBot(app: SandboxApp): SandboxUser {
  if (app.id === GITHUB_ACTIONS_APP.id) {
    return { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
  }
  return { login: `${app.slug}[bot]`, id: 100_000_000 + app.id, type: 'Bot' }
}

export class Representations {
  constructor(readonly urls: SandboxUrls) {}

  repoApi(repo: RepositoryRecord): string {
    return `${this.urls.api}/repos/${seg(repo.owner.login)}/${seg(repo.name)}`
  }

  repoWeb(repo: RepositoryRecord): string {
    return `${this.urls.server}/${seg(repo.owner.login)}/${seg(repo.name)}`
  }

  user(user: SandboxUser): Schemas['simple-user'] {
    const api = `${this.urls.api}/users/${seg(user.login)}`
    return {
      login: user.login,
      id: user.id,
      node_id: nodeId('User', user.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: `${this.urls.server}/${user.type === 'Bot' ? 'apps/' : ''}${seg(user.login.replace(/\[bot\]$/, ''))}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: user.type,
      site_admin: false,
      user_view_type: 'public',
    }
  }

  app(app: SandboxApp): NonNullable<Schemas['nullable-integration']> {
    const owner = app.id === GITHUB_ACTIONS_APP.id ? GITHUB_ORGANIZATION : SANDBOX_APPS_OWNER
    return {
      id: app.id,
      slug: app.slug,
      node_id: nodeId('App', app.id),
      client_id: `Iv1.sandbox${app.id}`,
      owner: this.user(owner),
      name: app.name,
      description: null,
      external_url: `${this.urls.server}/apps/${seg(app.slug)}`,
      html_url: `${this.urls.server}/apps/${seg(app.slug)}`,
      created_at: '2018-07-30T09:30:17Z',
      updated_at: '2024-04-10T20:33:16Z',
      permissions: { checks: 'write', contents: 'write', issues: 'write', metadata: 'read' },
      events: [],
    }
  }

  private repositoryUrls(repo: RepositoryRecord) {
    const api = this.repoApi(repo)
    const web = this.repoWeb(repo)
    return {
      id: repo.id,
      node_id: nodeId('Repository', repo.id),
      name: repo.name,
      full_name: repo.fullName,
      owner: this.user(repo.owner),
      private: repo.isPrivate,
      html_url: web,
      description: null,
      fork: false,
      url: api,
      archive_url: `${api}/{archive_format}{/ref}`,
      assignees_url: `${api}/assignees{/user}`,
      blobs_url: `${api}/git/blobs{/sha}`,
      branches_url: `${api}/branches{/branch}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      comments_url: `${api}/comments{/number}`,
      commits_url: `${api}/commits{/sha}`,
      compare_url: `${api}/compare/{base}...{head}`,
      contents_url: `${api}/contents/{+path}`,
      contributors_url: `${api}/contributors`,
      deployments_url: `${api}/deployments`,
      downloads_url: `${api}/downloads`,
      events_url: `${api}/events`,
      forks_url: `${api}/forks`,
      git_commits_url: `${api}/git/commits{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      git_url: `${web.replace(/^https?:/, 'git:')}.git`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      issue_events_url: `${api}/issues/events{/number}`,
      issues_url: `${api}/issues{/number}`,
      keys_url: `${api}/keys{/key_id}`,
      labels_url: `${api}/labels{/name}`,
      languages_url: `${api}/languages`,
      merges_url: `${api}/merges`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      pulls_url: `${api}/pulls{/number}`,
      releases_url: `${api}/releases{/id}`,
      ssh_url: `git@sandbox.invalid:${repo.fullName}.git`,
      stargazers_url: `${api}/stargazers`,
      statuses_url: `${api}/statuses/{sha}`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      tags_url: `${api}/tags`,
      teams_url: `${api}/teams`,
      trees_url: `${api}/git/trees{/sha}`,
      clone_url: `${web}.git`,
      mirror_url: null,
      hooks_url: `${api}/hooks`,
      svn_url: web,
      homepage: null,
      language: null,
    }
  }

  minimalRepository(repo: RepositoryRecord): Schemas['minimal-repository'] {
    return {
      ...this.repositoryUrls(repo),
      default_branch: repo.defaultBranch,
      visibility: repo.isPrivate ? 'private' : 'public',
      archived: false,
      disabled: false,
      pushed_at: repo.createdAt,
      created_at: repo.createdAt,
      updated_at: repo.createdAt,
    }
  }

  fullRepository(
    repo: RepositoryRecord,
    permissions: { admin: boolean; push: boolean; pull: boolean },
  ): Schemas['full-repository'] {
    return {
      ...this.repositoryUrls(repo),
      forks_count: 0,
      stargazers_count: 0,
      watchers_count: 0,
      size: 0,
      default_branch: repo.defaultBranch,
      open_issues_count: [...repo.issues.values()].filter((i) => i.state === 'open').length,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: repo.isPrivate ? 'private' : 'public',
      pushed_at: repo.createdAt,
      created_at: repo.createdAt,
      updated_at: repo.createdAt,
      permissions: { ...permissions, maintain: permissions.admin, triage: permissions.push },
      allow_forking: !repo.isPrivate,
      web_commit_signoff_required: false,
      subscribers_count: 0,
      network_count: 0,
      license: null,
      forks: 0,
      open_issues: [...repo.issues.values()].filter((i) => i.state === 'open').length,
      watchers: 0,
    }
  }

  releaseTagPath(release: ReleaseRecord): string {
    return release.draft ? `untagged-${release.untaggedId}` : seg(release.tagName)
  }

  asset(
    repo: RepositoryRecord,
    release: ReleaseRecord,
    asset: AssetRecord,
  ): Schemas['release-asset'] {
    return {
      url: `${this.repoApi(repo)}/releases/assets/${asset.id}`,
      browser_download_url: `${this.repoWeb(repo)}/releases/download/${this.releaseTagPath(release)}/${seg(asset.name)}`,
      id: asset.id,
      node_id: nodeId('ReleaseAsset', asset.id),
      name: asset.name,
      label: asset.label,
      state: 'uploaded',
      content_type: asset.contentType,
      size: asset.size,
      digest: asset.digest,
      download_count: asset.downloadCount,
      created_at: asset.createdAt,
      updated_at: asset.updatedAt,
      uploader: this.user(asset.uploader),
    }
  }

  release(repo: RepositoryRecord, release: ReleaseRecord): Schemas['release'] {
    const url = `${this.repoApi(repo)}/releases/${release.id}`
    const tag = path(release.tagName)
    return {
      url,
      html_url: `${this.repoWeb(repo)}/releases/tag/${this.releaseTagPath(release)}`,
      assets_url: `${url}/assets`,
      upload_url: `${this.urls.uploads}/repos/${seg(repo.owner.login)}/${seg(repo.name)}/releases/${release.id}/assets{?name,label}`,
      tarball_url: release.draft ? null : `${this.repoApi(repo)}/tarball/${tag}`,
      zipball_url: release.draft ? null : `${this.repoApi(repo)}/zipball/${tag}`,
      id: release.id,
      node_id: nodeId('Release', release.id),
      tag_name: release.tagName,
      target_commitish: release.targetCommitish,
      name: release.name,
      body: release.body,
      draft: release.draft,
      prerelease: release.prerelease,
      immutable: release.immutable,
      created_at: release.createdAt,
      published_at: release.publishedAt,
      updated_at: release.updatedAt,
      author: this.user(release.author),
      assets: release.assets.map((asset) => this.asset(repo, release, asset)),
    }
  }

  gitRef(repo: RepositoryRecord, ref: RefInfo): Schemas['git-ref'] {
    return {
      ref: ref.ref,
      node_id: nodeId('Ref', `${repo.id}:${ref.ref}`),
      url: `${this.repoApi(repo)}/git/${path(ref.ref)}`,
      object: {
        type: ref.type,
        sha: ref.sha,
        url: `${this.repoApi(repo)}/git/${ref.type === 'tag' ? 'tags' : ref.type === 'commit' ? 'commits' : `${ref.type}s`}/${ref.sha}`,
      },
    }
  }

  gitTag(repo: RepositoryRecord, tag: TagInfo): Schemas['git-tag'] {
    return {
      node_id: nodeId('Tag', tag.sha),
      tag: tag.tag,
      sha: tag.sha,
      url: `${this.repoApi(repo)}/git/tags/${tag.sha}`,
      message: tag.message,
      tagger: { date: tag.tagger.date, email: tag.tagger.email, name: tag.tagger.name },
      object: {
        sha: tag.object.sha,
        type: tag.object.type,
        url: `${this.repoApi(repo)}/git/${tag.object.type === 'tag' ? 'tags' : `${tag.object.type}s`}/${tag.object.sha}`,
      },
      verification: UNSIGNED,
    }
  }

  commit(repo: RepositoryRecord, commit: CommitInfo): Schemas['commit'] {
    const api = this.repoApi(repo)
    return {
      url: `${api}/commits/${commit.sha}`,
      sha: commit.sha,
      node_id: nodeId('Commit', commit.sha),
      html_url: `${this.repoWeb(repo)}/commit/${commit.sha}`,
      comments_url: `${api}/commits/${commit.sha}/comments`,
      commit: {
        url: `${api}/git/commits/${commit.sha}`,
        author: commit.author,
        committer: commit.committer,
        message: commit.message,
        comment_count: 0,
        tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
        verification: UNSIGNED,
      },
      // GitHub links commit authors to accounts by email; sandbox commits have none.
      author: {},
      committer: {},
      parents: commit.parents.map((sha) => ({
        sha,
        url: `${api}/commits/${sha}`,
        html_url: `${this.repoWeb(repo)}/commit/${sha}`,
      })),
    }
  }

  simpleCommit(commit: CommitInfo): Schemas['simple-commit'] {
    const person = (p: CommitInfo['author']) =>
      EMAIL.test(p.email) ? { name: p.name, email: p.email } : null
    return {
      id: commit.sha,
      tree_id: commit.tree,
      message: commit.message,
      timestamp: commit.committer.date,
      author: person(commit.author),
      committer: person(commit.committer),
    }
  }

  status(repo: RepositoryRecord, status: StatusRecord): Schemas['status'] {
    return {
      url: `${this.repoApi(repo)}/statuses/${status.sha}`,
      avatar_url: this.user(status.creator).avatar_url,
      id: status.id,
      node_id: nodeId('StatusContext', status.id),
      state: status.state,
      description: status.description,
      target_url: status.targetUrl,
      context: status.context,
      created_at: status.createdAt,
      updated_at: status.updatedAt,
      creator: this.user(status.creator),
    }
  }

  simpleStatus(repo: RepositoryRecord, status: StatusRecord): Schemas['simple-commit-status'] {
    const view: Partial<Schemas['status']> = this.status(repo, status)
    delete view.creator
    return view as Schemas['simple-commit-status']
  }

  checkRun(repo: RepositoryRecord, run: CheckRunRecord): Schemas['check-run'] {
    const api = this.repoApi(repo)
    return {
      id: run.id,
      head_sha: run.headSha,
      node_id: nodeId('CheckRun', run.id),
      external_id: run.externalId,
      url: `${api}/check-runs/${run.id}`,
      html_url: `${this.repoWeb(repo)}/runs/${run.id}`,
      details_url: run.detailsUrl ?? `${this.repoWeb(repo)}/runs/${run.id}`,
      status: run.status,
      conclusion: run.conclusion as Schemas['check-run']['conclusion'],
      started_at: run.startedAt,
      completed_at: run.completedAt,
      output: {
        title: run.output.title,
        summary: run.output.summary,
        text: run.output.text,
        annotations_count: run.output.annotationsCount,
        annotations_url: `${api}/check-runs/${run.id}/annotations`,
      },
      name: run.name,
      check_suite: { id: run.suiteId },
      app: this.app(run.app),
      pull_requests: [],
    }
  }

  checkSuite(
    repo: RepositoryRecord,
    suite: CheckSuiteRecord,
    runs: CheckRunRecord[],
    headCommit: CommitInfo,
  ): Schemas['check-suite'] {
    const { status, conclusion } = suiteOutcome(runs)
    return {
      id: suite.id,
      node_id: nodeId('CheckSuite', suite.id),
      head_branch: suite.headBranch,
      head_sha: suite.headSha,
      status: status as Schemas['check-suite']['status'],
      conclusion: conclusion as Schemas['check-suite']['conclusion'],
      url: `${this.repoApi(repo)}/check-suites/${suite.id}`,
      before: null,
      after: suite.headSha,
      pull_requests: [],
      app: this.app(suite.app),
      repository: this.minimalRepository(repo),
      created_at: suite.createdAt,
      updated_at: suite.updatedAt,
      head_commit: this.simpleCommit(headCommit),
      latest_check_runs_count: runs.length,
      check_runs_url: `${this.repoApi(repo)}/check-suites/${suite.id}/check-runs`,
      rerequestable: true,
      runs_rerequestable: true,
    }
  }

  label(repo: RepositoryRecord, label: LabelRecord): Schemas['label'] {
    return {
      id: label.id,
      node_id: nodeId('Label', label.id),
      url: `${this.repoApi(repo)}/labels/${seg(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: false,
    }
  }

  private reactions(url: string): Schemas['reaction-rollup'] {
    return {
      url: `${url}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      confused: 0,
      heart: 0,
      hooray: 0,
      eyes: 0,
      rocket: 0,
    }
  }

  issue(repo: RepositoryRecord, issue: IssueRecord): Schemas['issue'] {
    const url = `${this.repoApi(repo)}/issues/${issue.number}`
    const assignees = issue.assignees.map((login) => this.user(userByLogin(login)))
    const labels = issue.labels
      .map((name) => repo.labels.get(name.toLowerCase()))
      .filter((label) => label !== undefined)
      .map((label) => this.label(repo, label))
    return {
      id: issue.id,
      node_id: nodeId('Issue', issue.id),
      url,
      repository_url: this.repoApi(repo),
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${this.repoWeb(repo)}/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.stateReason,
      title: issue.title,
      body: issue.body,
      user: this.user(issue.user),
      labels,
      assignee: assignees[0] ?? null,
      assignees,
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: [...repo.comments.values()].filter((c) => c.issueNumber === issue.number).length,
      closed_at: issue.closedAt,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_by: issue.closedBy === null ? null : this.user(issue.closedBy),
      author_association: issue.user.login === repo.owner.login ? 'OWNER' : 'NONE',
      timeline_url: `${url}/timeline`,
      performed_via_github_app: issue.app === undefined ? null : this.app(issue.app),
      reactions: this.reactions(url),
    }
  }

  comment(repo: RepositoryRecord, comment: CommentRecord): Schemas['issue-comment'] {
    const url = `${this.repoApi(repo)}/issues/comments/${comment.id}`
    return {
      id: comment.id,
      node_id: nodeId('IssueComment', comment.id),
      url,
      body: comment.body,
      html_url: `${this.repoWeb(repo)}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
      user: this.user(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      issue_url: `${this.repoApi(repo)}/issues/${comment.issueNumber}`,
      author_association: comment.user.login === repo.owner.login ? 'OWNER' : 'NONE',
      performed_via_github_app: comment.app === undefined ? null : this.app(comment.app),
      reactions: this.reactions(url),
    }
  }

  environment(repo: RepositoryRecord, environment: EnvironmentRecord): Schemas['environment'] {
    const rules: Schemas['environment']['protection_rules'] = []
    if (environment.waitTimer > 0) {
      rules.push({
        id: environment.ruleIds.waitTimer,
        node_id: nodeId('WaitTimer', environment.ruleIds.waitTimer),
        type: 'wait_timer',
        wait_timer: environment.waitTimer,
      })
    }
    if (environment.reviewers.length > 0) {
      rules.push({
        id: environment.ruleIds.reviewers,
        node_id: nodeId('RequiredReviewers', environment.ruleIds.reviewers),
        prevent_self_review: environment.preventSelfReview,
        type: 'required_reviewers',
        reviewers: environment.reviewers.map((reviewer) => ({
          type: reviewer.type,
          reviewer:
            reviewer.type === 'User'
              ? this.user({ login: `user-${reviewer.id}`, id: reviewer.id, type: 'User' })
              : this.team(repo, reviewer.id),
        })),
      })
    }
    if (environment.branchPolicy !== null) {
      rules.push({
        id: environment.ruleIds.branchPolicy,
        node_id: nodeId('BranchPolicy', environment.ruleIds.branchPolicy),
        type: 'branch_policy',
      })
    }
    return {
      id: environment.id,
      node_id: nodeId('Environment', environment.id),
      name: environment.name,
      url: `${this.repoApi(repo)}/environments/${seg(environment.name)}`,
      html_url: `${this.repoWeb(repo)}/deployments/activity_log?environments_filter=${seg(environment.name)}`,
      created_at: environment.createdAt,
      updated_at: environment.updatedAt,
      protection_rules: rules,
      deployment_branch_policy: environment.branchPolicy,
    }
  }

  private team(repo: RepositoryRecord, id: number): Schemas['team'] {
    const api = `${this.urls.api}/organizations/${repo.owner.id}/team/${id}`
    return {
      id,
      node_id: nodeId('Team', id),
      name: `team-${id}`,
      slug: `team-${id}`,
      description: null,
      privacy: 'closed',
      notification_setting: 'notifications_enabled',
      permission: 'pull',
      url: api,
      html_url: `${this.urls.server}/orgs/${seg(repo.owner.login)}/teams/team-${id}`,
      members_url: `${api}/members{/member}`,
      repositories_url: `${api}/repos`,
      type: 'organization',
      parent: null,
    }
  }

  workflow(
    repo: RepositoryRecord,
    workflow: { id: number; name: string; path: string },
  ): Schemas['workflow'] {
    const file = workflow.path.split('/').at(-1) ?? workflow.path
    return {
      id: workflow.id,
      node_id: nodeId('Workflow', workflow.id),
      name: workflow.name,
      path: workflow.path,
      state: 'active',
      created_at: repo.createdAt,
      updated_at: repo.createdAt,
      url: `${this.repoApi(repo)}/actions/workflows/${workflow.id}`,
      html_url: `${this.repoWeb(repo)}/blob/${seg(repo.defaultBranch)}/${path(workflow.path)}`,
      badge_url: `${this.repoWeb(repo)}/workflows/${seg(file.replace(/\.ya?ml$/, ''))}/badge.svg`,
    }
  }
}

const UNSIGNED = {
  verified: false,
  reason: 'unsigned',
  payload: null,
  signature: null,
  verified_at: null,
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const SANDBOX_APPS_OWNER: SandboxUser = { login: 'sandbox-apps', id: 900000, type: 'Organization' }

/** A user known only by login (an assignee): a stable id from the name. */
export function userByLogin(login: string): SandboxUser {
  let hash = 0
  for (const char of login) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 50_000_000
  return { login, id: 10_000_000 + hash, type: login.endsWith('[bot]') ? 'Bot' : 'User' }
}

/** A check suite's status and conclusion from its runs, the worst conclusion winning. */
export function suiteOutcome(runs: CheckRunRecord[]): {
  status: string
  conclusion: string | null
} {
  if (runs.length === 0) return { status: 'queued', conclusion: null }
  if (runs.some((run) => run.status !== 'completed')) {
    return {
      status: runs.every((run) => run.status === 'queued') ? 'queued' : 'in_progress',
      conclusion: null,
    }
  }
  const conclusions = new Set(runs.map((run) => run.conclusion))
  for (const worst of ['action_required', 'cancelled', 'timed_out', 'failure', 'stale']) {
    if (conclusions.has(worst)) return { status: 'completed', conclusion: worst }
  }
  for (const next of ['success', 'neutral', 'skipped']) {
    if (conclusions.has(next)) return { status: 'completed', conclusion: next }
  }
  return { status: 'completed', conclusion: 'success' }
}
