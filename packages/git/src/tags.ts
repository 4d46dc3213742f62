import { git } from './git-command.js'
import { checkRemoteName, hasRemote } from './remotes.js'
import { GitRepositoryError } from './git-repository-error.js'

export interface TagRef {
  /** The tag's name without `refs/tags/`, e.g. `v1.2.3` or `@acme/core@1.2.3`. */
  name: string
  /** The commit the tag points at; annotated tags are dereferenced (nested ones too). */
  sha: string
  annotated: boolean
  /** The tag object's own id, for annotated tags. */
  tagObject?: string
}

const TAG_FORMAT = [
  '%(refname)',
  '%(objecttype)',
  '%(objectname)',
  '%(*objecttype)',
  '%(*objectname)',
].join('%00')

interface RawTag {
  name: string
  type: string
  object: string
  peeledType: string
  peeled: string
}

/**
 * Every local tag whose name starts with `prefix` (literally: no glob), in refname order, with one
 * `git for-each-ref` call. Tags that do not lead to a commit (a tag on a tree or a blob) are left
 * out. A tag of a tag is followed to its commit with one more git call for all such tags.
 */
export async function listTags(cwd: string, options: { prefix?: string } = {}): Promise<TagRef[]> {
  const prefix = options.prefix ?? ''
  const raw = (await readTags(cwd, 'refs/tags')).filter((tag) => tag.name.startsWith(prefix))
  const tags: TagRef[] = []
  for (const ref of await toTagRefs(cwd, raw)) {
    if (ref.sha === undefined) continue
    tags.push({ name: ref.name, sha: ref.sha, annotated: ref.annotated, ...tagObjectOf(ref) })
  }
  return tags
}

/** The local tag `tag` (`v1.2.3` or `refs/tags/v1.2.3`), or undefined when there is none. */
export async function resolveTag(cwd: string, tag: string): Promise<TagRef | undefined> {
  const name = tag.replace(/^refs\/tags\//, '')
  if (name === '') return undefined
  // for-each-ref also matches `refs/tags/<name>/...`: keep only the exact ref.
  const raw = (await readTags(cwd, `refs/tags/${name}`)).filter((found) => found.name === name)
  const [ref] = await toTagRefs(cwd, raw)
  if (ref === undefined) return undefined
  if (ref.sha === undefined) {
    throw new GitRepositoryError(
      'TL_GIT_TAG_NOT_COMMIT',
      `The tag ${name} in ${cwd} points at a ${ref.targetType} (${ref.target}), not a commit. ` +
        `A release tag must point at a commit: re-create it with \`git tag -f ${name} <commit>\`.`,
      { input: 'tag' },
    )
  }
  return { name: ref.name, sha: ref.sha, annotated: ref.annotated, ...tagObjectOf(ref) }
}

/**
 * The tag `tag` as the remote `remote` (default `origin`) has it, from `git ls-remote`: `sha` is
 * the peeled (`^{}`) commit for an annotated tag. Returns undefined when the remote has no such
 * tag, and also when the repository has no remote of that name (a local-only repository, e.g. a
 * rehearsal): there is nowhere the tag could be published. An unreachable remote throws.
 *
 * git does not report the type of a remote object: a tag on a tree has the tree's id as `sha`.
 */
export async function resolveRemoteTag(
  cwd: string,
  tag: string,
  remote = 'origin',
): Promise<TagRef | undefined> {
  checkRemoteName(remote)
  const name = tag.replace(/^refs\/tags\//, '')
  if (name === '' || !(await hasRemote(cwd, remote))) return undefined
  const ref = `refs/tags/${name}`
  // ls-remote matches patterns against the end of the name, and `ref` alone omits the `^{}` line.
  const { stdout } = await git(cwd, ['ls-remote', '--tags', remote, ref, `${ref}^{}`])
  let direct: string | undefined
  let peeled: string | undefined
  for (const line of stdout.split('\n')) {
    const [sha, refname] = line.split('\t')
    if (sha === undefined || refname === undefined) continue
    if (refname === ref) direct = sha
    else if (refname === `${ref}^{}`) peeled = sha
  }
  if (direct === undefined) return undefined
  if (peeled === undefined) return { name, sha: direct, annotated: false }
  return { name, sha: peeled, annotated: true, tagObject: direct }
}

async function readTags(cwd: string, pattern: string): Promise<RawTag[]> {
  const { stdout } = await git(cwd, ['for-each-ref', `--format=${TAG_FORMAT}`, pattern])
  const tags: RawTag[] = []
  for (const line of stdout.split('\n')) {
    const [refname, type, object, peeledType, peeled] = line.split('\0')
    if (refname === undefined || type === undefined || object === undefined) continue
    tags.push({
      name: refname.slice('refs/tags/'.length),
      type,
      object,
      peeledType: peeledType ?? '',
      peeled: peeled ?? '',
    })
  }
  return tags
}

interface PartialTagRef {
  name: string
  sha: string | undefined
  annotated: boolean
  tagObject: string | undefined
  /** What the tag finally points at, when it is not a commit. */
  targetType: string
  target: string
}

async function toTagRefs(cwd: string, raw: RawTag[]): Promise<PartialTagRef[]> {
  // `%(*objectname)` peels one level only (git < 2.45): a tag of a tag needs another look.
  const nested = raw.filter((tag) => tag.type === 'tag' && tag.peeledType === 'tag')
  const peeledNested = await peelToCommits(
    cwd,
    nested.map((tag) => tag.peeled),
  )
  return raw.map((tag) => {
    if (tag.type !== 'tag') {
      return {
        name: tag.name,
        sha: tag.type === 'commit' ? tag.object : undefined,
        annotated: false,
        tagObject: undefined,
        targetType: tag.type,
        target: tag.object,
      }
    }
    const sha =
      tag.peeledType === 'commit'
        ? tag.peeled
        : tag.peeledType === 'tag'
          ? peeledNested.get(tag.peeled)
          : undefined
    return {
      name: tag.name,
      sha,
      annotated: true,
      tagObject: tag.object,
      targetType: tag.peeledType === 'tag' ? 'tag that does not lead to a commit' : tag.peeledType,
      target: tag.peeled,
    }
  })
}

/** Maps each object to the commit it peels to, with one `git cat-file --batch-check`. */
async function peelToCommits(cwd: string, objects: string[]): Promise<Map<string, string>> {
  const peeled = new Map<string, string>()
  if (objects.length === 0) return peeled
  const args = ['cat-file', '--batch-check=%(objectname) %(objecttype)']
  const input = objects.map((object) => `${object}^{commit}\n`).join('')
  const { stdout } = await git(cwd, args, { input })
  const lines = stdout.split('\n')
  objects.forEach((object, index) => {
    const [sha, type] = (lines[index] ?? '').split(' ')
    if (type === 'commit' && sha !== undefined) peeled.set(object, sha)
  })
  return peeled
}

function tagObjectOf(ref: PartialTagRef): { tagObject?: string } {
  return ref.tagObject === undefined ? {} : { tagObject: ref.tagObject }
}

/**
 * The tags a release must consider: the local ones and, when the repository has the remote, the
 * remote's (one `git ls-remote`): actions/checkout's default depth-1 clone fetches no tags, yet
 * the previous release tag and an existing tag of the same name live on the remote. A tag both
 * have is taken from the local repository.
 */
export async function listAllTags(
  cwd: string,
  options: { prefix?: string; remote?: string } = {},
): Promise<TagRef[]> {
  const remote = options.remote ?? 'origin'
  checkRemoteName(remote)
  const local = await listTags(cwd, { prefix: options.prefix })
  if (!(await hasRemote(cwd, remote))) return local
  const { stdout } = await git(cwd, ['ls-remote', '--tags', remote])
  const direct = new Map<string, string>()
  const peeled = new Map<string, string>()
  for (const line of stdout.split('\n')) {
    const [sha, refname] = line.split('\t')
    if (sha === undefined || !refname?.startsWith('refs/tags/')) continue
    const name = refname.slice('refs/tags/'.length)
    if (name.endsWith('^{}')) peeled.set(name.slice(0, -3), sha)
    else direct.set(name, sha)
  }
  const byName = new Map(local.map((tag) => [tag.name, tag]))
  for (const [name, object] of direct) {
    if (byName.has(name) || !name.startsWith(options.prefix ?? '')) continue
    const commit = peeled.get(name)
    byName.set(
      name,
      commit === undefined
        ? { name, sha: object, annotated: false }
        : { name, sha: commit, annotated: true, tagObject: object },
    )
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}
