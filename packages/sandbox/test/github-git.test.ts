import { asList, call, removeTempDirs, sandbox, stopSandboxes, TestRepo } from './github-fixture.js'

afterEach(stopSandboxes)
afterAll(removeTempDirs)

const GIT = '/repos/octo/hello/git'

describe('git refs in memory', () => {
  it('creates, reads, lists, moves and deletes refs', async () => {
    const s = await sandbox()
    const base = (await s.state.refs('octo', 'hello', 'refs/heads/main'))[0]!.sha
    const next = s.state.commit('octo', 'hello', { message: 'feat: next' })
    const created = await call(s.url, 'POST', `${GIT}/refs`, {
      body: { ref: 'refs/tags/v1.0.0', sha: base },
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      ref: 'refs/tags/v1.0.0',
      url: `${s.url}/repos/octo/hello/git/refs/tags/v1.0.0`,
      object: { type: 'commit', sha: base, url: `${s.url}/repos/octo/hello/git/commits/${base}` },
    })
    await call(s.url, 'POST', `${GIT}/refs`, { body: { ref: 'refs/tags/v1.0.1', sha: next } })
    await call(s.url, 'POST', `${GIT}/refs`, { body: { ref: 'refs/tags/v2.0.0', sha: next } })
    expect((await call(s.url, 'GET', `${GIT}/ref/tags/v1.0.0`)).body.object.sha).toBe(base)
    const matching = await call(s.url, 'GET', `${GIT}/matching-refs/tags/v1`)
    expect(matching.list.map((r: { ref: string }) => r.ref)).toEqual([
      'refs/tags/v1.0.0',
      'refs/tags/v1.0.1',
    ])
    expect((await call(s.url, 'GET', `${GIT}/matching-refs/tags/v9`)).body).toEqual([])

    const moved = await call(s.url, 'PATCH', `${GIT}/refs/tags/v1.0.0`, { body: { sha: next } })
    expect(moved.status).toBe(200)
    expect(moved.body.object.sha).toBe(next)
    const back = await call(s.url, 'PATCH', `${GIT}/refs/tags/v1.0.0`, { body: { sha: base } })
    expect(back.status).toBe(422)
    expect(back.body.message).toBe('Update is not a fast forward')
    expect(
      (await call(s.url, 'PATCH', `${GIT}/refs/tags/v1.0.0`, { body: { sha: base, force: true } }))
        .status,
    ).toBe(200)

    expect((await call(s.url, 'DELETE', `${GIT}/refs/tags/v1.0.0`)).status).toBe(204)
    const gone = await call(s.url, 'GET', `${GIT}/ref/tags/v1.0.0`)
    expect(gone.status).toBe(404)
    expect(gone.body).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/git/refs#get-a-reference',
      status: '404',
    })
  })

  it('accepts a ref with slashes encoded (as octokit sends it) or raw', async () => {
    const s = await sandbox()
    const sha = (await s.state.refs('octo', 'hello', 'refs/heads/main'))[0]!.sha
    await call(s.url, 'POST', `${GIT}/refs`, { body: { ref: 'refs/heads/feature/x', sha } })
    expect((await call(s.url, 'GET', `${GIT}/ref/heads%2Ffeature%2Fx`)).body.ref).toBe(
      'refs/heads/feature/x',
    )
    expect((await call(s.url, 'GET', `${GIT}/ref/heads/feature/x`)).body.ref).toBe(
      'refs/heads/feature/x',
    )
  })

  it('answers GitHub’s messages for refs it cannot create, update or delete', async () => {
    const s = await sandbox()
    const sha = (await s.state.refs('octo', 'hello', 'refs/heads/main'))[0]!.sha
    const expectMessage = async (method: string, path: string, body: unknown, message: string) => {
      const answer = await call(s.url, method, path, { body })
      expect(answer.status).toBe(422)
      expect(answer.body.message).toBe(message)
    }
    await expectMessage(
      'POST',
      `${GIT}/refs`,
      { ref: 'tags/v1', sha },
      'Reference name must contain at least three slash-separated components.',
    )
    await expectMessage(
      'POST',
      `${GIT}/refs`,
      { ref: 'refs/v1', sha },
      'Reference name must contain at least three slash-separated components.',
    )
    await expectMessage(
      'POST',
      `${GIT}/refs`,
      { ref: 'refs/tags/a..b', sha },
      'refs/tags/a..b is not a valid ref name.',
    )
    await expectMessage(
      'POST',
      `${GIT}/refs`,
      { ref: 'refs/tags/v1', sha: 'abc' },
      'Object does not exist',
    )
    await call(s.url, 'POST', `${GIT}/refs`, { body: { ref: 'refs/tags/v1', sha } })
    await expectMessage(
      'POST',
      `${GIT}/refs`,
      { ref: 'refs/tags/v1', sha },
      'Reference already exists',
    )
    await expectMessage('PATCH', `${GIT}/refs/tags/nope`, { sha }, 'Reference does not exist')
    // The path names the ref without `refs/`: GitHub does not strip a second one.
    await expectMessage('PATCH', `${GIT}/refs/refs/tags/v1`, { sha }, 'Reference does not exist')
    await expectMessage('DELETE', `${GIT}/refs/tags/nope`, undefined, 'Reference does not exist')
  })

  it('creates and reads annotated tag objects with a git-computed sha', async () => {
    const s = await sandbox()
    const sha = (await s.state.refs('octo', 'hello', 'refs/heads/main'))[0]!.sha
    const tag = await call(s.url, 'POST', `${GIT}/tags`, {
      body: {
        tag: 'v1.0.0',
        message: 'Release v1.0.0',
        object: sha,
        type: 'commit',
        tagger: { name: 'Rel Bot', email: 'rel@example.test', date: '2024-05-01T12:00:00Z' },
      },
    })
    expect(tag.status).toBe(201)
    expect(tag.body).toMatchObject({
      tag: 'v1.0.0',
      message: 'Release v1.0.0\n',
      object: { sha, type: 'commit' },
      tagger: { name: 'Rel Bot', email: 'rel@example.test', date: '2024-05-01T12:00:00Z' },
      verification: { verified: false, reason: 'unsigned' },
    })
    expect(tag.body.sha).toMatch(/^[0-9a-f]{40}$/)
    expect((await call(s.url, 'GET', `${GIT}/tags/${tag.body.sha}`)).body).toEqual(tag.body)
    const ref = await call(s.url, 'POST', `${GIT}/refs`, {
      body: { ref: 'refs/tags/v1.0.0', sha: tag.body.sha },
    })
    expect(ref.body.object).toMatchObject({ type: 'tag', sha: tag.body.sha })
    // A tag peels to its commit.
    expect((await call(s.url, 'GET', '/repos/octo/hello/commits/v1.0.0')).body.sha).toBe(sha)
    expect((await call(s.url, 'GET', `${GIT}/tags/${'0'.repeat(40)}`)).status).toBe(404)
  })
})

describe('git refs backed by a real repository', () => {
  it('reads commits and refs from git and writes created refs into it', async () => {
    const repo = await TestRepo.init()
    const first = await repo.commit('feat: first', { path: 'a.txt', content: 'a\n' })
    const second = await repo.commit('fix: second\n\nWith a body.')
    await repo.run(['tag', 'v0.1.0', first])
    const s = await sandbox({ repositories: [{ owner: 'octo', repo: 'hello', gitDir: repo.dir }] })

    expect((await call(s.url, 'GET', '/repos/octo/hello')).body.default_branch).toBe('main')
    expect((await call(s.url, 'GET', `${GIT}/ref/tags/v0.1.0`)).body.object.sha).toBe(first)
    const commit = await call(s.url, 'GET', '/repos/octo/hello/commits/main')
    expect(commit.body).toMatchObject({
      sha: second,
      commit: {
        message: 'fix: second\n\nWith a body.',
        author: { name: 'Ada Author', email: 'ada@example.test', date: '2023-11-14T22:15:20Z' },
        committer: { name: 'Carl Committer', email: 'carl@example.test' },
      },
      parents: [{ sha: first }],
    })

    const created = await call(s.url, 'POST', `${GIT}/refs`, {
      body: { ref: 'refs/tags/v1.0.0', sha: second },
    })
    expect(created.status).toBe(201)
    expect(await repo.run(['rev-parse', 'refs/tags/v1.0.0'])).toBe(second)
    const missing = await call(s.url, 'POST', `${GIT}/refs`, {
      body: { ref: 'refs/tags/v2', sha: 'f'.repeat(40) },
    })
    expect(missing.status).toBe(422)
    expect(missing.body.message).toBe('Object does not exist')

    const release = await call(s.url, 'POST', '/repos/octo/hello/releases', {
      body: { tag_name: 'v1.1.0', target_commitish: first },
    })
    expect(release.status).toBe(201)
    expect(await repo.run(['rev-parse', 'refs/tags/v1.1.0'])).toBe(first)

    const tag = await call(s.url, 'POST', `${GIT}/tags`, {
      body: { tag: 'v2.0.0', message: 'Two', object: second, type: 'commit' },
    })
    expect(await repo.run(['cat-file', '-t', String(tag.body.sha)])).toBe('tag')
    expect((await call(s.url, 'GET', `${GIT}/tags/${tag.body.sha}`)).body).toMatchObject({
      tag: 'v2.0.0',
      message: 'Two\n',
      object: { sha: second },
    })

    await call(s.url, 'PATCH', `${GIT}/refs/tags/v1.0.0`, { body: { sha: first } }).then(
      (answer) => {
        expect(answer.body.message).toBe('Update is not a fast forward')
      },
    )
    expect(
      (await call(s.url, 'PATCH', `${GIT}/refs/tags/v1.0.0`, { body: { sha: first, force: true } }))
        .status,
    ).toBe(200)
    expect(await repo.run(['rev-parse', 'refs/tags/v1.0.0'])).toBe(first)
    expect((await call(s.url, 'DELETE', `${GIT}/refs/tags/v1.0.0`)).status).toBe(204)
    expect(await repo.run(['tag', '--list'])).toBe('v0.1.0\nv1.1.0')
    expect((await s.state.refs('octo', 'hello', 'refs/tags/')).map((r) => r.ref)).toEqual([
      'refs/tags/v0.1.0',
      'refs/tags/v1.1.0',
    ])
  })

  it('computes in memory the same tag object id git computes', async () => {
    const repo = await TestRepo.init()
    const sha = await repo.commit('feat: first')
    const onDisk = await sandbox({
      repositories: [{ owner: 'octo', repo: 'hello', gitDir: repo.dir }],
    })
    const inMemory = await sandbox()
    const body = {
      tag: 'v1.0.0',
      message: 'Release v1.0.0',
      object: sha,
      type: 'commit',
      tagger: { name: 'Rel Bot', email: 'rel@example.test', date: '2024-05-01T12:00:00Z' },
    }
    const real = await call(onDisk.url, 'POST', `${GIT}/tags`, { body })
    const memory = await call(inMemory.url, 'POST', `${GIT}/tags`, { body })
    expect(memory.body.sha).toBe(real.body.sha)
    const portless = (answer: { text: string }) => answer.text.replace(/127\.0\.0\.1:\d+/g, 'host')
    expect(portless(memory)).toBe(portless(real))
  })

  it('lists the workflows on the default branch', async () => {
    const repo = await TestRepo.init()
    await repo.commit('ci: workflows', {
      path: '.github/workflows/release.yml',
      content: "name: 'Release'\non: push\n",
    })
    await repo.commit('ci: more', { path: '.github/workflows/test.yaml', content: 'on: push\n' })
    await repo.commit('docs', { path: '.github/workflows/README.md', content: 'not a workflow\n' })
    const s = await sandbox({ repositories: [{ owner: 'octo', repo: 'hello', gitDir: repo.dir }] })
    const listed = await call(s.url, 'GET', '/repos/octo/hello/actions/workflows')
    expect(listed.body.total_count).toBe(2)
    expect(
      asList(listed.body.workflows).map((w: { name: string; path: string }) => [w.name, w.path]),
    ).toEqual([
      ['Release', '.github/workflows/release.yml'],
      ['.github/workflows/test.yaml', '.github/workflows/test.yaml'],
    ])
    const byFile = await call(s.url, 'GET', '/repos/octo/hello/actions/workflows/release.yml')
    expect(byFile.body.id).toBe(listed.body.workflows[0].id)
    expect(
      (await call(s.url, 'GET', `/repos/octo/hello/actions/workflows/${byFile.body.id as number}`))
        .body.path,
    ).toBe('.github/workflows/release.yml')
    expect((await call(s.url, 'GET', '/repos/octo/hello/actions/workflows/nope.yml')).status).toBe(
      404,
    )
  })

  it('takes the default branch from HEAD and refuses a directory that is not a repository', async () => {
    const repo = await TestRepo.init('trunk')
    await repo.commit('feat: first')
    const s = await sandbox({ repositories: [{ owner: 'octo', repo: 'hello', gitDir: repo.dir }] })
    expect((await call(s.url, 'GET', '/repos/octo/hello')).body.default_branch).toBe('trunk')
    expect(() => s.state.commit('octo', 'hello', { message: 'x' })).toThrow(
      `octo/hello is backed by the git repository at ${repo.dir}: commit there with git instead.`,
    )
    await expect(
      sandbox({ repositories: [{ owner: 'octo', repo: 'hello', gitDir: '/nonexistent/dir' }] }),
    ).rejects.toThrow(
      /^The sandbox repository octo\/hello has gitDir \/nonexistent\/dir, which git cannot use: /,
    )
  })
})

describe('commits and statuses', () => {
  it('combines statuses per context as GitHub does', async () => {
    const s = await sandbox()
    const sha = s.state.commit('octo', 'hello', { message: 'feat: x' })
    const empty = await call(s.url, 'GET', `/repos/octo/hello/commits/${sha}/status`)
    expect(empty.body).toMatchObject({ state: 'pending', total_count: 0, sha, statuses: [] })
    const created = await call(s.url, 'POST', `/repos/octo/hello/statuses/${sha}`, {
      body: {
        state: 'pending',
        context: 'ci/test',
        target_url: 'https://ci.example.test/1',
        description: 'Running',
      },
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      state: 'pending',
      context: 'ci/test',
      creator: { login: 'github-actions[bot]' },
    })
    await call(s.url, 'POST', `/repos/octo/hello/statuses/${sha}`, {
      body: { state: 'success', context: 'ci/test' },
    })
    await call(s.url, 'POST', `/repos/octo/hello/statuses/${sha}`, { body: { state: 'success' } })
    const green = await call(s.url, 'GET', '/repos/octo/hello/commits/main/status')
    expect(green.body.state).toBe('success')
    expect(
      asList(green.body.statuses).map((x: { context: string; state: string }) => [
        x.context,
        x.state,
      ]),
    ).toEqual([
      ['default', 'success'],
      ['ci/test', 'success'],
    ])
    await call(s.url, 'POST', `/repos/octo/hello/statuses/${sha}`, {
      body: { state: 'error', context: 'lint' },
    })
    expect((await call(s.url, 'GET', `/repos/octo/hello/commits/${sha}/status`)).body.state).toBe(
      'failure',
    )
    expect(
      (await call(s.url, 'GET', `/repos/octo/hello/commits/${sha}/statuses`)).body,
    ).toHaveLength(4)
    expect(s.state.statuses('octo', 'hello', sha)).toHaveLength(4)
  })

  it('answers 422 for a commit it cannot find', async () => {
    const s = await sandbox()
    const commit = await call(s.url, 'GET', '/repos/octo/hello/commits/no-such-branch')
    expect(commit.status).toBe(422)
    expect(commit.body).toEqual({
      message: 'No commit found for SHA: no-such-branch',
      documentation_url: 'https://docs.github.com/rest/commits/commits#get-a-commit',
      status: '422',
    })
    const status = await call(s.url, 'POST', '/repos/octo/hello/statuses/nope', {
      body: { state: 'success' },
    })
    expect(status.body.message).toBe('No commit found for SHA: nope')
  })

  it('reads a commit by branch, tag and sha', async () => {
    const s = await sandbox()
    const sha = s.state.commit('octo', 'hello', { message: 'feat: tip', branch: 'release/1.x' })
    await s.state.setRef('octo', 'hello', 'refs/tags/v1', sha)
    for (const ref of [
      'release/1.x',
      'release%2F1.x',
      'heads/release/1.x',
      'v1',
      sha,
      sha.slice(0, 10),
    ]) {
      const answer = await call(s.url, 'GET', `/repos/octo/hello/commits/${ref}`)
      expect(answer.body.sha).toBe(sha)
      expect(answer.body.commit.message).toBe('feat: tip')
    }
    // A ref with slashes may span segments even before another segment, as GitHub routes it.
    await call(s.url, 'POST', `/repos/octo/hello/statuses/${sha}`, { body: { state: 'success' } })
    expect(
      (await call(s.url, 'GET', '/repos/octo/hello/commits/release/1.x/status')).body.state,
    ).toBe('success')
  })
})
