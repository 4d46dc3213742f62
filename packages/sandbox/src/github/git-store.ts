import { createHash } from 'node:crypto'
import { git } from '@tokenless/git'

export interface GitPerson {
  name: string
  email: string
  /** ISO 8601 in UTC, e.g. `2024-05-01T12:00:00Z`. */
  date: string
}

export interface CommitInfo {
  sha: string
  tree: string
  parents: string[]
  author: GitPerson
  committer: GitPerson
  message: string
}

export type GitObjectType = 'commit' | 'tag' | 'tree' | 'blob'

export interface RefInfo {
  /** The full name, e.g. `refs/tags/v1.2.3`. */
  ref: string
  sha: string
  type: GitObjectType
}

export interface TagInfo {
  sha: string
  tag: string
  message: string
  object: { sha: string; type: GitObjectType }
  tagger: GitPerson
}

export interface WorkflowFile {
  path: string
  content: string
}

export type RefUpdate = 'updated' | 'missing' | 'not-fast-forward' | 'unknown-object'

/**
 * The git side of a sandbox repository: commits, refs and annotated tags. Either kept in memory
 * or read from and written to a real repository (`gitDir`), so a test can see with git what an
 * action did through the API.
 */
export interface GitStore {
  readonly kind: 'memory' | 'git'
  /** A branch, tag (peeled to its commit), `heads/x`, `refs/...` or sha, as the commit sha. */
  resolveCommit(rev: string): Promise<string | undefined>
  readCommit(sha: string): Promise<CommitInfo | undefined>
  objectType(sha: string): Promise<GitObjectType | undefined>
  /** Refs whose full name starts with `prefix` (`refs/tags/v1`), sorted by name. */
  listRefs(prefix: string): Promise<RefInfo[]>
  getRef(ref: string): Promise<RefInfo | undefined>
  /** False when the ref exists already. */
  createRef(ref: string, sha: string): Promise<boolean>
  updateRef(ref: string, sha: string, force: boolean): Promise<RefUpdate>
  /** False when there was no such ref. */
  deleteRef(ref: string): Promise<boolean>
  createTag(input: Omit<TagInfo, 'sha'>): Promise<TagInfo>
  readTag(sha: string): Promise<TagInfo | undefined>
  /** `.github/workflows/*.yml|yaml` on a branch. */
  workflowFiles(branch: string): Promise<WorkflowFile[]>
}

const SHA = /^[0-9a-f]{40}$/
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'

/** A git object id computed as git does: SHA-1 of `<type> <length>\0<content>`. */
function objectId(type: GitObjectType, content: string): string {
  const bytes = Buffer.from(content, 'utf8')
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${type} ${bytes.length}\0`), bytes]))
    .digest('hex')
}

function signature(person: GitPerson): string {
  return `${person.name} <${person.email}> ${Math.floor(Date.parse(person.date) / 1000)} +0000`
}

function tagContent(tag: Omit<TagInfo, 'sha'>): string {
  const message = tag.message.endsWith('\n') ? tag.message : `${tag.message}\n`
  return (
    `object ${tag.object.sha}\ntype ${tag.object.type}\ntag ${tag.tag}\n` +
    `tagger ${signature(tag.tagger)}\n\n${message}`
  )
}

/** Candidates GitHub tries for a ref-ish name, most specific first. */
function refCandidates(rev: string): string[] {
  if (rev.startsWith('refs/')) return [rev]
  if (/^(heads|tags)\//.test(rev)) return [`refs/${rev}`, `refs/heads/${rev}`, `refs/tags/${rev}`]
  return [`refs/heads/${rev}`, `refs/tags/${rev}`]
}

/** Commits, refs and tags in memory; any well-formed sha is accepted as a commit. */
export class MemoryGitStore implements GitStore {
  readonly kind = 'memory'
  private readonly commits = new Map<string, CommitInfo>()
  private readonly refs = new Map<string, string>()
  private readonly tags = new Map<string, TagInfo>()

  constructor(
    private readonly now: () => Date,
    initial: { branch: string; seed: string },
  ) {
    const sha = this.commit({ message: `Initial commit of ${initial.seed}`, parents: [] })
    this.refs.set(`refs/heads/${initial.branch}`, sha)
  }

  /** Records a commit made of a message and parents (no files) and returns its sha. */
  commit(input: { message: string; parents: string[]; author?: Omit<GitPerson, 'date'> }): string {
    // GitHub shows messages without git's trailing newline.
    const message = input.message.replace(/\n+$/, '')
    const date = isoSeconds(this.now())
    const person = {
      name: 'Sandbox User',
      email: 'sandbox-user@users.noreply.github.com',
      ...input.author,
      date,
    }
    const content =
      `tree ${EMPTY_TREE}\n` +
      input.parents.map((parent) => `parent ${parent}\n`).join('') +
      `author ${signature(person)}\ncommitter ${signature(person)}\n\n${message}\n`
    const sha = objectId('commit', content)
    this.commits.set(sha, {
      sha,
      tree: EMPTY_TREE,
      parents: input.parents,
      author: person,
      committer: person,
      message,
    })
    return sha
  }

  /** Commits on top of `branch` (creating the branch from nothing if needed) and moves it. */
  advance(branch: string, message: string): string {
    const ref = `refs/heads/${branch}`
    const parent = this.refs.get(ref)
    const sha = this.commit({ message, parents: parent === undefined ? [] : [parent] })
    this.refs.set(ref, sha)
    return sha
  }

  resolveCommit(rev: string): Promise<string | undefined> {
    for (const candidate of refCandidates(rev)) {
      const sha = this.refs.get(candidate)
      if (sha !== undefined) return Promise.resolve(this.peel(sha))
    }
    if (SHA.test(rev)) return Promise.resolve(this.peel(this.ensureCommit(rev)))
    if (/^[0-9a-f]{7,39}$/.test(rev)) {
      const found = [...this.commits.keys()].filter((sha) => sha.startsWith(rev))
      if (found.length === 1) return Promise.resolve(found[0])
    }
    return Promise.resolve(undefined)
  }

  readCommit(sha: string): Promise<CommitInfo | undefined> {
    return Promise.resolve(this.commits.get(sha))
  }

  objectType(sha: string): Promise<GitObjectType | undefined> {
    if (this.tags.has(sha)) return Promise.resolve('tag')
    if (SHA.test(sha)) return Promise.resolve('commit')
    return Promise.resolve(undefined)
  }

  listRefs(prefix: string): Promise<RefInfo[]> {
    const found = [...this.refs.entries()]
      .filter(([ref]) => ref.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([ref, sha]): RefInfo => ({ ref, sha, type: this.tags.has(sha) ? 'tag' : 'commit' }))
    return Promise.resolve(found)
  }

  async getRef(ref: string): Promise<RefInfo | undefined> {
    return (await this.listRefs(ref)).find((found) => found.ref === ref)
  }

  createRef(ref: string, sha: string): Promise<boolean> {
    if (this.refs.has(ref)) return Promise.resolve(false)
    if (!this.tags.has(sha)) this.ensureCommit(sha)
    this.refs.set(ref, sha)
    return Promise.resolve(true)
  }

  updateRef(ref: string, sha: string, force: boolean): Promise<RefUpdate> {
    const current = this.refs.get(ref)
    if (current === undefined) return Promise.resolve('missing')
    if (!this.tags.has(sha)) this.ensureCommit(sha)
    if (!force && current !== sha && !this.isAncestor(current, sha)) {
      return Promise.resolve('not-fast-forward')
    }
    this.refs.set(ref, sha)
    return Promise.resolve('updated')
  }

  deleteRef(ref: string): Promise<boolean> {
    return Promise.resolve(this.refs.delete(ref))
  }

  createTag(input: Omit<TagInfo, 'sha'>): Promise<TagInfo> {
    const sha = objectId('tag', tagContent(input))
    // As git stores it, and GitHub shows it: with a final newline.
    const message = input.message.endsWith('\n') ? input.message : `${input.message}\n`
    const tag = { ...input, message, sha }
    this.tags.set(sha, tag)
    return Promise.resolve(tag)
  }

  readTag(sha: string): Promise<TagInfo | undefined> {
    return Promise.resolve(this.tags.get(sha))
  }

  workflowFiles(): Promise<WorkflowFile[]> {
    return Promise.resolve([])
  }

  /** A sha nobody committed here stands for a commit made elsewhere: record one with no parents. */
  private ensureCommit(sha: string): string {
    if (!this.commits.has(sha) && !this.tags.has(sha)) {
      const date = isoSeconds(this.now())
      const person = { name: 'Sandbox User', email: 'sandbox-user@users.noreply.github.com', date }
      this.commits.set(sha, {
        sha,
        tree: EMPTY_TREE,
        parents: [],
        author: person,
        committer: person,
        message: `Commit ${sha.slice(0, 7)}`,
      })
    }
    return sha
  }

  private peel(sha: string): string {
    let current = sha
    for (let tag = this.tags.get(current); tag !== undefined; tag = this.tags.get(current)) {
      current = tag.object.sha
    }
    return current
  }

  private isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>()
    const queue = [descendant]
    for (let sha = queue.pop(); sha !== undefined; sha = queue.pop()) {
      if (sha === ancestor) return true
      if (seen.has(sha)) continue
      seen.add(sha)
      queue.push(...(this.commits.get(sha)?.parents ?? []))
    }
    return false
  }
}

const COMMIT_FORMAT = ['%H', '%T', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join(
  '%x00',
)

/** A real repository on disk, read and written with git. */
export class RealGitStore implements GitStore {
  readonly kind = 'git'

  constructor(readonly dir: string) {}

  async resolveCommit(rev: string): Promise<string | undefined> {
    const candidates = [...refCandidates(rev), ...(/^[0-9a-f]{7,40}$/.test(rev) ? [rev] : [])]
    for (const candidate of candidates) {
      const sha = await this.revParse(`${candidate}^{commit}`)
      if (sha !== undefined) return sha
    }
    return undefined
  }

  async readCommit(sha: string): Promise<CommitInfo | undefined> {
    if (!SHA.test(sha) || (await this.objectType(sha)) !== 'commit') return undefined
    const { stdout } = await this.run(['log', '-1', `--format=${COMMIT_FORMAT}`, sha, '--'])
    const [hash, tree, parents, an, ae, ad, cn, ce, cd, ...message] = stdout.split('\0')
    return {
      sha: hash ?? sha,
      tree: tree ?? EMPTY_TREE,
      parents: (parents ?? '').split(' ').filter((p) => p !== ''),
      author: { name: an ?? '', email: ae ?? '', date: isoSeconds(new Date(ad ?? 0)) },
      committer: { name: cn ?? '', email: ce ?? '', date: isoSeconds(new Date(cd ?? 0)) },
      message: message.join('\0').replace(/\n+$/, ''),
    }
  }

  async objectType(sha: string): Promise<GitObjectType | undefined> {
    if (!/^[0-9a-f]{4,40}$/.test(sha)) return undefined
    const result = await this.run(['cat-file', '-t', sha], true)
    const type = result.stdout.trim()
    return result.exitCode === 0 && isObjectType(type) ? type : undefined
  }

  async listRefs(prefix: string): Promise<RefInfo[]> {
    const { stdout } = await this.run([
      'for-each-ref',
      '--format=%(refname)%00%(objectname)%00%(objecttype)',
      refPattern(prefix),
    ])
    const refs: RefInfo[] = []
    for (const line of stdout.split('\n')) {
      const [ref, sha, type] = line.split('\0')
      if (ref === undefined || sha === undefined || !isObjectType(type ?? '')) continue
      if (ref.startsWith(prefix)) refs.push({ ref, sha, type: type as GitObjectType })
    }
    return refs.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0))
  }

  async getRef(ref: string): Promise<RefInfo | undefined> {
    return (await this.listRefs(ref)).find((found) => found.ref === ref)
  }

  async createRef(ref: string, sha: string): Promise<boolean> {
    // The zero old value makes git refuse atomically when the ref exists.
    const result = await this.run(['update-ref', ref, sha, '0'.repeat(40)], true)
    return result.exitCode === 0
  }

  async updateRef(ref: string, sha: string, force: boolean): Promise<RefUpdate> {
    const current = await this.getRef(ref)
    if (current === undefined) return 'missing'
    if ((await this.objectType(sha)) === undefined) return 'unknown-object'
    if (!force && current.sha !== sha) {
      const ancestor = await this.run(['merge-base', '--is-ancestor', current.sha, sha], true)
      if (ancestor.exitCode !== 0) return 'not-fast-forward'
    }
    const result = await this.run(['update-ref', ref, sha, current.sha], true)
    return result.exitCode === 0 ? 'updated' : 'not-fast-forward'
  }

  async deleteRef(ref: string): Promise<boolean> {
    const current = await this.getRef(ref)
    if (current === undefined) return false
    const result = await this.run(['update-ref', '-d', ref, current.sha], true)
    return result.exitCode === 0
  }

  async createTag(input: Omit<TagInfo, 'sha'>): Promise<TagInfo> {
    const { stdout } = await this.run(['mktag'], false, tagContent(input))
    const sha = stdout.trim()
    return (await this.readTag(sha)) ?? { ...input, sha }
  }

  async readTag(sha: string): Promise<TagInfo | undefined> {
    if (!SHA.test(sha) || (await this.objectType(sha)) !== 'tag') return undefined
    const { stdout } = await this.run(['cat-file', 'tag', sha])
    const [header = '', ...rest] = stdout.split('\n\n')
    const field = (name: string): string =>
      header
        .split('\n')
        .find((line) => line.startsWith(`${name} `))
        ?.slice(name.length + 1) ?? ''
    const tagger = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(field('tagger'))
    const type = field('type')
    return {
      sha,
      tag: field('tag'),
      message: rest.join('\n\n'),
      object: { sha: field('object'), type: isObjectType(type) ? type : 'commit' },
      tagger: {
        name: tagger?.[1] ?? '',
        email: tagger?.[2] ?? '',
        date: isoSeconds(new Date(Number(tagger?.[3] ?? 0) * 1000)),
      },
    }
  }

  async workflowFiles(branch: string): Promise<WorkflowFile[]> {
    const listed = await this.run(
      ['ls-tree', '-z', '--name-only', `refs/heads/${branch}`, '--', '.github/workflows/'],
      true,
    )
    if (listed.exitCode !== 0) return []
    const files: WorkflowFile[] = []
    for (const path of listed.stdout.split('\0').sort()) {
      if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) continue
      const { stdout } = await this.run(['show', `refs/heads/${branch}:${path}`])
      files.push({ path, content: stdout })
    }
    return files
  }

  /** The default branch as the repository's HEAD names it, when HEAD is a branch. */
  async headBranch(): Promise<string | undefined> {
    const result = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], true)
    const branch = result.stdout.trim()
    return result.exitCode === 0 && branch !== '' ? branch : undefined
  }

  private async revParse(rev: string): Promise<string | undefined> {
    const result = await this.run(
      ['rev-parse', '--verify', '--quiet', '--end-of-options', rev],
      true,
    )
    const sha = result.stdout.trim()
    return result.exitCode === 0 && SHA.test(sha) ? sha : undefined
  }

  private run(args: string[], allowFailure = false, input?: string) {
    return git(this.dir, args, { allowFailure, ...(input === undefined ? {} : { input }) })
  }
}

/** for-each-ref matches whole path components: list the folder that holds a partial name. */
function refPattern(prefix: string): string {
  const folder = prefix.slice(0, prefix.lastIndexOf('/'))
  return folder === '' ? 'refs' : folder
}

function isObjectType(type: string): type is GitObjectType {
  return type === 'commit' || type === 'tag' || type === 'tree' || type === 'blob'
}

/** An ISO 8601 timestamp to the second in UTC, as GitHub writes them. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
