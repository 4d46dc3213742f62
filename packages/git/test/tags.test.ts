import { ConfigurationError } from '@tokenless/action-kit'
import { git, GitError, listTags, resolveRemoteTag, resolveTag } from '../src/index.js'
import { rejection, removeRepos, shallowClone, TestRepo } from './git-fixture.js'

afterAll(removeRepos)

describe('local tags', () => {
  let repo: TestRepo
  let first: string
  let second: string
  let side: string

  beforeAll(async () => {
    repo = await TestRepo.init()
    first = await repo.commit('feat: first')
    await repo.tag('v1.0.0', { annotated: true })
    await repo.tag('@acme/core@1.2.3')
    await repo.tag('@acme/core-utils@1.0.0', { annotated: true })
    second = await repo.commit('fix: second')
    await repo.tag('v1.0.1')
    await repo.tag('release/v1.0.1', { annotated: true })
    await repo.tag('@acme/core@1.3.0', { annotated: true })
    await repo.tag('nested', { target: 'v1.0.0', annotated: true })
    await repo.checkout(['-b', 'side', first])
    side = await repo.commit('feat: on a side branch')
    await repo.tag('v2.0.0-side')
    await repo.checkout(['main'])
    const blob = (await repo.run(['hash-object', '-w', '--stdin'], 'not a commit\n')).stdout.trim()
    await repo.tag('on-a-blob', { target: blob })
  })

  it('lists lightweight and annotated tags with the commits they point at', async () => {
    const tags = await listTags(repo.dir)
    const byName = new Map(tags.map((tag) => [tag.name, tag]))
    expect([...byName.keys()].sort()).toEqual(
      [
        '@acme/core-utils@1.0.0',
        '@acme/core@1.2.3',
        '@acme/core@1.3.0',
        'nested',
        'release/v1.0.1',
        'v1.0.0',
        'v1.0.1',
        'v2.0.0-side',
      ].sort(),
    )
    expect(byName.get('v1.0.1')).toEqual({ name: 'v1.0.1', sha: second, annotated: false })
    const annotated = byName.get('v1.0.0')!
    expect(annotated).toMatchObject({ name: 'v1.0.0', sha: first, annotated: true })
    expect(annotated.tagObject).toBe(await repo.text(['rev-parse', 'v1.0.0']))
    expect(annotated.tagObject).not.toBe(first)
    expect(byName.get('@acme/core@1.2.3')).toEqual({
      name: '@acme/core@1.2.3',
      sha: first,
      annotated: false,
    })
    expect(byName.get('release/v1.0.1')).toMatchObject({ sha: second, annotated: true })
    expect(byName.get('v2.0.0-side')?.sha).toBe(side)
  })

  it('follows a tag of a tag to its commit', async () => {
    const tags = await listTags(repo.dir, { prefix: 'nested' })
    expect(tags).toEqual([
      {
        name: 'nested',
        sha: first,
        annotated: true,
        tagObject: await repo.text(['rev-parse', 'nested']),
      },
    ])
  })

  it('filters by a literal prefix', async () => {
    const tags = await listTags(repo.dir, { prefix: '@acme/core@' })
    expect(tags.map((tag) => tag.name)).toEqual(['@acme/core@1.2.3', '@acme/core@1.3.0'])
    expect(await listTags(repo.dir, { prefix: 'v*' })).toEqual([])
  })

  it('resolves one tag by name or full ref, and only that exact tag', async () => {
    expect(await resolveTag(repo.dir, 'v1.0.0')).toMatchObject({ sha: first, annotated: true })
    expect(await resolveTag(repo.dir, 'refs/tags/@acme/core@1.2.3')).toEqual({
      name: '@acme/core@1.2.3',
      sha: first,
      annotated: false,
    })
    expect(await resolveTag(repo.dir, 'release')).toBeUndefined()
    expect(await resolveTag(repo.dir, 'v9.9.9')).toBeUndefined()
    expect(await resolveTag(repo.dir, '')).toBeUndefined()
  })

  it('refuses a tag that points at something other than a commit', async () => {
    const blob = await repo.text(['rev-parse', 'on-a-blob'])
    const error = await rejection(resolveTag(repo.dir, 'on-a-blob'))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).input).toBe('tag')
    expect(error.message).toBe(
      `The tag on-a-blob in ${repo.dir} points at a blob (${blob}), not a commit. ` +
        'A release tag must point at a commit: re-create it with `git tag -f on-a-blob <commit>`.',
    )
  })

  it('lists 10,000 tags with one git call, quickly', async () => {
    const big = await TestRepo.init()
    const lines = [
      'commit refs/heads/main',
      'mark :1',
      'committer A <a@x> 1700000000 +0000',
      'data 2',
      'c1',
    ]
    for (let index = 0; index < 10_000; index++) {
      if (index % 2 === 0) {
        lines.push(`reset refs/tags/v1.0.${index}`, 'from :1', '')
      } else {
        const message = `release ${index}`
        lines.push(
          `tag v1.0.${index}`,
          'from :1',
          'tagger A <a@x> 1700000000 +0000',
          `data ${message.length}`,
          message,
        )
      }
    }
    await git(big.dir, ['fast-import', '--quiet'], {
      input: lines.join('\n') + '\n',
      env: big.env(),
    })
    const head = await big.text(['rev-parse', 'main'])

    const tags = await listTags(big.dir, { prefix: 'v1.0.' })

    expect(tags).toHaveLength(10_000)
    expect(tags.every((tag) => tag.sha === head)).toBe(true)
    expect(tags.filter((tag) => tag.annotated)).toHaveLength(5_000)
  })
})

describe('remote tags', () => {
  let origin: TestRepo
  let clone: TestRepo
  let first: string

  beforeAll(async () => {
    origin = await TestRepo.init()
    first = await origin.commit('feat: first')
    await origin.tag('v1.0.0', { annotated: true })
    await origin.tag('@acme/core@1.0.0')
    await origin.commit('fix: later')
    clone = await shallowClone(origin, ['--depth', '1'])
    // Published after the clone: only the remote knows it.
    await origin.tag('v1.0.0-late', { target: first, annotated: true })
  })

  it('reads an annotated tag through its peeled line', async () => {
    expect(await resolveRemoteTag(clone.dir, 'v1.0.0-late')).toEqual({
      name: 'v1.0.0-late',
      sha: first,
      annotated: true,
      tagObject: await origin.text(['rev-parse', 'v1.0.0-late']),
    })
    expect(await resolveTag(clone.dir, 'v1.0.0-late')).toBeUndefined()
  })

  it('reads a lightweight tag with slashes and @', async () => {
    expect(await resolveRemoteTag(clone.dir, 'refs/tags/@acme/core@1.0.0', 'origin')).toEqual({
      name: '@acme/core@1.0.0',
      sha: first,
      annotated: false,
    })
  })

  it('returns undefined for a tag the remote does not have, or a remote that is not configured', async () => {
    expect(await resolveRemoteTag(clone.dir, 'v9.9.9')).toBeUndefined()
    expect(await resolveRemoteTag(clone.dir, 'v1.0')).toBeUndefined()
    expect(await resolveRemoteTag(clone.dir, 'v1.0.0', 'upstream')).toBeUndefined()
    expect(await resolveRemoteTag(origin.dir, 'v1.0.0')).toBeUndefined()
  })

  it('throws a GitError when the remote cannot be reached', async () => {
    await clone.run(['remote', 'add', 'gone', `file://${origin.dir}-gone`])
    const error = await rejection(resolveRemoteTag(clone.dir, 'v1.0.0', 'gone'))
    expect(error).toBeInstanceOf(GitError)
    expect((error as GitError).command).toBe(
      'git ls-remote --tags gone refs/tags/v1.0.0 refs/tags/v1.0.0^{}',
    )
  })

  it('refuses a remote name that git would read as an option', async () => {
    const error = await rejection(
      resolveRemoteTag(clone.dir, 'v1.0.0', '--upload-pack=touch /tmp/x'),
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      '"--upload-pack=touch /tmp/x" is not a usable git remote name: it is empty, starts with "-" or ' +
        'contains whitespace. Use the name of a configured remote, such as origin.',
    )
  })
})
