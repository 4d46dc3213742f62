import { createHash } from 'node:crypto'
import { call, removeTempDirs, sandbox, stopSandboxes, TestRepo, until } from './github-fixture.js'

afterEach(stopSandboxes)
afterAll(removeTempDirs)

const RELEASES = '/repos/octo/hello/releases'

describe('releases', () => {
  it('creates a release and reads it back by id, by tag, as latest and in the list', async () => {
    const s = await sandbox()
    const created = await call(s.url, 'POST', RELEASES, {
      body: { tag_name: 'v1.0.0', name: 'First', body: 'Notes' },
    })
    expect(created.status).toBe(201)
    expect(created.headers.get('location')).toBe(
      `${s.url}/repos/octo/hello/releases/${created.body.id}`,
    )
    expect(created.body).toMatchObject({
      tag_name: 'v1.0.0',
      target_commitish: 'main',
      name: 'First',
      body: 'Notes',
      draft: false,
      prerelease: false,
      immutable: false,
      assets: [],
      author: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: `${s.serverUrl}/octo/hello/releases/tag/v1.0.0`,
      upload_url: `${s.uploadsUrl}/repos/octo/hello/releases/${created.body.id}/assets{?name,label}`,
    })
    const id = created.body.id as number
    expect((await call(s.url, 'GET', `${RELEASES}/${id}`)).body.tag_name).toBe('v1.0.0')
    expect((await call(s.url, 'GET', `${RELEASES}/tags/v1.0.0`)).body.id).toBe(id)
    expect((await call(s.url, 'GET', `${RELEASES}/latest`)).body.id).toBe(id)
    expect((await call(s.url, 'GET', RELEASES)).list.map((r: { id: number }) => r.id)).toEqual([id])
    expect(s.state.releases('octo', 'hello').map((r) => r.tag_name)).toEqual(['v1.0.0'])
  })

  it('creates the tag at target_commitish when it publishes, and not for a draft', async () => {
    const s = await sandbox()
    const head = s.state.commit('octo', 'hello', { message: 'feat: more' })
    await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v0.9.0', draft: true } })
    expect(await s.state.refs('octo', 'hello', 'refs/tags/')).toEqual([])
    await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0', target_commitish: head } })
    expect(await s.state.refs('octo', 'hello', 'refs/tags/')).toEqual([
      { ref: 'refs/tags/v1.0.0', sha: head, type: 'commit' },
    ])
  })

  it('refuses to publish at a target_commitish that does not exist', async () => {
    const s = await sandbox()
    const answer = await call(s.url, 'POST', RELEASES, {
      body: { tag_name: 'v1.0.0', target_commitish: 'no-such-branch' },
    })
    expect(answer.status).toBe(422)
    expect(answer.body).toEqual({
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'invalid', field: 'target_commitish' }],
      documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
      status: '422',
    })
    expect(s.state.releases('octo', 'hello')).toEqual([])
  })

  it('answers 422 already_exists for a second published release with the same tag', async () => {
    const s = await sandbox()
    expect((await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0' } })).status).toBe(201)
    const second = await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0' } })
    expect(second.status).toBe(422)
    expect(second.body).toEqual({
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
      documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
      status: '422',
    })
    // A draft for the same tag is allowed, as on GitHub.
    expect(
      (await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0', draft: true } })).status,
    ).toBe(201)
  })

  it('rejects a tag name git would not accept', async () => {
    const s = await sandbox()
    const answer = await call(s.url, 'POST', RELEASES, { body: { tag_name: 'bad..tag' } })
    expect(answer.status).toBe(422)
    expect(answer.body.errors).toEqual([
      {
        resource: 'Release',
        code: 'custom',
        field: 'tag_name',
        message: 'tag_name is not a valid tag',
      },
    ])
  })

  it('hides drafts at /releases/tags/{tag} and from tokens that cannot push', async () => {
    const s = await sandbox()
    s.tokens.register('reader', { permissions: { contents: 'read' } })
    const draft = await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v2.0.0', draft: true } })
    expect(draft.body).toMatchObject({ draft: true, published_at: null, tarball_url: null })
    expect(draft.body.html_url).toMatch(/\/releases\/tag\/untagged-[0-9a-f]{20}$/)
    const byTag = await call(s.url, 'GET', `${RELEASES}/tags/v2.0.0`)
    expect(byTag.status).toBe(404)
    expect(byTag.body).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/releases/releases#get-a-release-by-tag-name',
      status: '404',
    })
    expect((await call(s.url, 'GET', RELEASES)).body).toHaveLength(1)
    expect((await call(s.url, 'GET', RELEASES, { token: 'reader' })).body).toEqual([])
    expect(
      (await call(s.url, 'GET', `${RELEASES}/${draft.body.id}`, { token: 'reader' })).status,
    ).toBe(404)
    expect((await call(s.url, 'GET', `${RELEASES}/${draft.body.id}`)).status).toBe(200)
  })

  it('publishes a draft with PATCH, creating its tag then', async () => {
    const s = await sandbox()
    const draft = await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.1.0', draft: true } })
    expect((await call(s.url, 'GET', `${RELEASES}/latest`)).status).toBe(404)
    const published = await call(s.url, 'PATCH', `${RELEASES}/${draft.body.id}`, {
      body: { draft: false },
    })
    expect(published.status).toBe(200)
    expect(published.body).toMatchObject({ draft: false, tag_name: 'v1.1.0' })
    expect(published.body.published_at).not.toBeNull()
    expect((await call(s.url, 'GET', `${RELEASES}/tags/v1.1.0`)).body.id).toBe(draft.body.id)
    expect((await call(s.url, 'GET', `${RELEASES}/latest`)).body.id).toBe(draft.body.id)
    expect((await s.state.refs('octo', 'hello', 'refs/tags/')).map((r) => r.ref)).toEqual([
      'refs/tags/v1.1.0',
    ])
  })

  it('refuses to publish a draft whose tag a published release already has', async () => {
    const s = await sandbox()
    await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0' } })
    const draft = await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0', draft: true } })
    const answer = await call(s.url, 'PATCH', `${RELEASES}/${draft.body.id}`, {
      body: { draft: false },
    })
    expect(answer.status).toBe(422)
    expect(answer.body.errors).toEqual([
      { resource: 'Release', code: 'already_exists', field: 'tag_name' },
    ])
  })

  it('follows make_latest true, false and legacy', async () => {
    const s = await sandbox()
    const one = (await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0' } })).body.id
    const two = (
      await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v2.0.0', make_latest: 'false' } })
    ).body.id
    expect((await call(s.url, 'GET', `${RELEASES}/latest`)).body.id).toBe(one)
    await call(s.url, 'PATCH', `${RELEASES}/${two}`, { body: { make_latest: 'true' } })
    expect((await call(s.url, 'GET', `${RELEASES}/latest`)).body.id).toBe(two)
    await call(s.url, 'PATCH', `${RELEASES}/${two}`, { body: { make_latest: 'false' } })
    expect((await call(s.url, 'GET', `${RELEASES}/latest`)).body.id).toBe(one)
    const pre = (
      await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v3.0.0-rc.1', prerelease: true } })
    ).body.id
    expect((await call(s.url, 'GET', `${RELEASES}/latest`)).body.id).toBe(one)
    await call(s.url, 'PATCH', `${RELEASES}/${one}`, { body: { make_latest: 'legacy' } })
    // Legacy: the newest published release that is not a prerelease.
    expect((await call(s.url, 'GET', `${RELEASES}/latest`)).body.id).toBe(two)
    expect(s.state.latestReleaseId('octo', 'hello')).toBe(two)
    expect(Number(pre)).toBeGreaterThan(Number(two))
  })

  it('updates fields, deletes, and moves latest off a deleted release', async () => {
    const s = await sandbox()
    const one = (await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0' } })).body.id
    const two = (await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v2.0.0' } })).body.id
    const renamed = await call(s.url, 'PATCH', `${RELEASES}/${two}`, {
      body: { name: 'Two', body: 'Changed' },
    })
    expect(renamed.body).toMatchObject({ name: 'Two', body: 'Changed' })
    expect((await call(s.url, 'DELETE', `${RELEASES}/${two}`)).status).toBe(204)
    expect((await call(s.url, 'GET', `${RELEASES}/${two}`)).status).toBe(404)
    expect((await call(s.url, 'GET', `${RELEASES}/latest`)).body.id).toBe(one)
    expect((await call(s.url, 'DELETE', `${RELEASES}/${two}`)).status).toBe(404)
    // The tag stays, as on GitHub.
    expect((await call(s.url, 'GET', '/repos/octo/hello/git/ref/tags/v2.0.0')).status).toBe(200)
  })

  it('paginates with per_page and page and a Link header', async () => {
    const s = await sandbox()
    for (const tag of ['v1', 'v2', 'v3', 'v4', 'v5'])
      await call(s.url, 'POST', RELEASES, { body: { tag_name: tag } })
    const first = await call(s.url, 'GET', `${RELEASES}?per_page=2`)
    expect(first.list.map((r: { tag_name: string }) => r.tag_name)).toEqual(['v5', 'v4'])
    expect(first.headers.get('link')).toBe(
      `<${s.url}${RELEASES}?per_page=2&page=2>; rel="next", <${s.url}${RELEASES}?per_page=2&page=3>; rel="last"`,
    )
    const last = await call(s.url, 'GET', `${RELEASES}?per_page=2&page=3`)
    expect(last.list.map((r: { tag_name: string }) => r.tag_name)).toEqual(['v1'])
    expect(last.headers.get('link')).toBe(
      `<${s.url}${RELEASES}?per_page=2&page=1>; rel="first", <${s.url}${RELEASES}?per_page=2&page=2>; rel="prev"`,
    )
    expect((await call(s.url, 'GET', RELEASES)).headers.get('link')).toBeNull()
  })

  it('generates deterministic notes from the tag names', async () => {
    const s = await sandbox()
    await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0' } })
    const notes = await call(s.url, 'POST', `${RELEASES}/generate-notes`, {
      body: { tag_name: 'v1.1.0' },
    })
    expect(notes.body).toEqual({
      name: 'v1.1.0',
      body: `**Full Changelog**: ${s.serverUrl}/octo/hello/compare/v1.0.0...v1.1.0`,
    })
    const first = await call(s.url, 'POST', `${RELEASES}/generate-notes`, {
      body: { tag_name: 'v0.1.0', previous_tag_name: 'v0.0.1' },
    })
    expect(first.body.body).toBe(
      `**Full Changelog**: ${s.serverUrl}/octo/hello/compare/v0.0.1...v0.1.0`,
    )
    const created = await call(s.url, 'POST', RELEASES, {
      body: { tag_name: 'v1.1.0', body: 'Intro', generate_release_notes: true },
    })
    expect(created.body).toMatchObject({
      name: 'v1.1.0',
      body: `Intro\n\n**Full Changelog**: ${s.serverUrl}/octo/hello/compare/v1.0.0...v1.1.0`,
    })
  })

  it('serializes two concurrent creates of the same tag: one release, one 422', async () => {
    const repo = await TestRepo.init()
    await repo.commit('feat: first')
    const s = await sandbox({ repositories: [{ owner: 'octo', repo: 'hello', gitDir: repo.dir }] })
    // The first call waits before it runs, so the second one starts while it is pending.
    s.faults.add({ method: 'POST', path: RELEASES, delayMs: 50 })
    const slow = call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0', name: 'slow' } })
    await until(() => s.requests.length === 1, 'the sandbox holds the first create')
    const answers = await Promise.all([
      slow,
      call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0', name: 'fast' } }),
    ])
    expect(answers.map((a) => a.status)).toEqual([422, 201])
    expect(s.state.releases('octo', 'hello').map((r) => r.name)).toEqual(['fast'])
    expect(await repo.run(['tag', '--list'])).toBe('v1.0.0')
  })

  it('lets exactly one of many simultaneous creates win', async () => {
    const s = await sandbox()
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        call(s.url, 'POST', RELEASES, { body: { tag_name: 'v9.9.9' } }),
      ),
    )
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1)
    expect(answers.filter((a) => a.status === 422)).toHaveLength(7)
    expect(s.state.releases('octo', 'hello')).toHaveLength(1)
  })
})

describe('release assets', () => {
  async function release(
    s: Awaited<ReturnType<typeof sandbox>>,
    body: Record<string, unknown> = { tag_name: 'v1.0.0' },
  ) {
    return (await call(s.url, 'POST', RELEASES, { body })).body as {
      id: number
      upload_url: string
    }
  }

  it('uploads to upload_url, lists, gets, downloads with a digest, and deletes', async () => {
    const s = await sandbox()
    const { id, upload_url } = await release(s)
    const bytes = Buffer.from('tarball bytes\n')
    const upload = upload_url.replace('{?name,label}', '?name=pkg-1.0.0.tgz&label=Package')
    const uploaded = await call('', 'POST', upload, {
      raw: bytes,
      headers: { 'content-type': 'application/gzip' },
    })
    expect(uploaded.status).toBe(201)
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
    expect(uploaded.body).toMatchObject({
      name: 'pkg-1.0.0.tgz',
      label: 'Package',
      content_type: 'application/gzip',
      size: bytes.length,
      digest,
      state: 'uploaded',
      download_count: 0,
      browser_download_url: `${s.serverUrl}/octo/hello/releases/download/v1.0.0/pkg-1.0.0.tgz`,
    })
    const assetId = uploaded.body.id as number
    expect(
      (await call(s.url, 'GET', `${RELEASES}/${id}/assets`)).list.map((a: { id: number }) => a.id),
    ).toEqual([assetId])
    expect((await call(s.url, 'GET', `${RELEASES}/${id}`)).body.assets[0].digest).toBe(digest)
    expect((await call(s.url, 'GET', `${RELEASES}/assets/${assetId}`)).body.name).toBe(
      'pkg-1.0.0.tgz',
    )

    const download = await fetch(uploaded.body.browser_download_url as string)
    expect(download.status).toBe(200)
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes)
    expect((await call(s.url, 'GET', `${RELEASES}/assets/${assetId}`)).body.download_count).toBe(1)
    expect(s.state.assetBytes('octo', 'hello', assetId)).toEqual(bytes)

    const redirect = await call(s.url, 'GET', `${RELEASES}/assets/${assetId}`, {
      headers: { accept: 'application/octet-stream' },
    })
    expect(redirect.status).toBe(302)
    expect(redirect.headers.get('location')).toBe(uploaded.body.browser_download_url)

    expect((await call(s.url, 'DELETE', `${RELEASES}/assets/${assetId}`)).status).toBe(204)
    expect((await call(s.url, 'GET', `${RELEASES}/assets/${assetId}`)).status).toBe(404)
    expect((await fetch(uploaded.body.browser_download_url as string)).status).toBe(404)
  })

  it('answers 422 already_exists for a second asset of the same name', async () => {
    const s = await sandbox()
    const { id } = await release(s)
    const path = `/repos/octo/hello/releases/${id}/assets?name=a.txt`
    expect((await call(s.uploadsUrl, 'POST', path, { raw: 'one' })).status).toBe(201)
    const again = await call(s.uploadsUrl, 'POST', path, { raw: 'two' })
    expect(again.status).toBe(422)
    expect(again.body).toEqual({
      message: 'Validation Failed',
      errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
      documentation_url: 'https://docs.github.com/rest',
      status: '422',
    })
  })

  it('renames special characters like GitHub and refuses a name with nothing left', async () => {
    const s = await sandbox()
    const { id } = await release(s)
    const base = `/repos/octo/hello/releases/${id}/assets`
    const renamed = await call(
      s.uploadsUrl,
      'POST',
      `${base}?name=${encodeURIComponent('my file (1).txt')}`,
      { raw: 'x' },
    )
    expect(renamed.body.name).toBe('my.file..1..txt')
    const empty = await call(s.uploadsUrl, 'POST', `${base}?name=...`, { raw: 'x' })
    expect(empty.status).toBe(422)
    expect(empty.body.message).toBe('Bad Content-Type or filename')
    const missing = await call(s.uploadsUrl, 'POST', base, { raw: 'x' })
    expect(missing.status).toBe(422)
    expect(missing.body.message).toBe('Invalid request.\n\n"name" wasn\'t supplied.')
  })

  it('serves uploads only on the uploads URL, as GitHub serves them on uploads.github.com', async () => {
    const s = await sandbox()
    const { id } = await release(s)
    const onApi = await call(s.url, 'POST', `/repos/octo/hello/releases/${id}/assets?name=a.txt`, {
      raw: 'x',
    })
    expect(onApi.status).toBe(404)
    expect(onApi.body.message).toBe('Not Found')
  })

  it('names a draft asset by untagged-<id> and serves it only with a token that can push', async () => {
    const s = await sandbox()
    const { id } = await release(s, { tag_name: 'v2.0.0', draft: true })
    const uploaded = await call(
      s.uploadsUrl,
      'POST',
      `/repos/octo/hello/releases/${id}/assets?name=a.txt`,
      { raw: 'draft' },
    )
    const url = uploaded.body.browser_download_url as string
    expect(url).toMatch(/\/releases\/download\/untagged-[0-9a-f]{20}\/a\.txt$/)
    const anonymous = await fetch(url)
    expect(anonymous.status).toBe(404)
    expect(await anonymous.text()).toBe('Not Found')
    const withToken = await fetch(url, { headers: { authorization: 'token sandbox-token' } })
    expect(await withToken.text()).toBe('draft')
  })
})

describe('immutable releases', () => {
  it('locks assets of published releases but not of drafts', async () => {
    const s = await sandbox({ immutableReleases: true })
    const draft = await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0', draft: true } })
    expect(draft.body.immutable).toBe(false)
    const assets = `/repos/octo/hello/releases/${draft.body.id}/assets`
    const asset = await call(s.uploadsUrl, 'POST', `${assets}?name=a.txt`, { raw: 'a' })
    expect(asset.status).toBe(201)
    const published = await call(s.url, 'PATCH', `${RELEASES}/${draft.body.id}`, {
      body: { draft: false },
    })
    expect(published.body.immutable).toBe(true)

    const upload = await call(s.uploadsUrl, 'POST', `${assets}?name=b.txt`, { raw: 'b' })
    expect(upload.status).toBe(422)
    expect(upload.body).toEqual({
      message: 'Cannot upload assets to an immutable release.',
      documentation_url: 'https://docs.github.com/rest',
      status: '422',
    })
    const remove = await call(s.url, 'DELETE', `${RELEASES}/assets/${asset.body.id}`)
    expect(remove.status).toBe(422)
    expect(remove.body.errors).toEqual([
      {
        resource: 'ReleaseAsset',
        code: 'custom',
        message: 'Cannot delete asset from an immutable release',
      },
    ])
  })

  it('lets only the title and notes change', async () => {
    const s = await sandbox({ immutableReleases: true })
    const { id } = (await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0' } })).body
    expect(
      (
        await call(s.url, 'PATCH', `${RELEASES}/${id}`, {
          body: { name: 'New', body: 'New notes' },
        })
      ).status,
    ).toBe(200)
    for (const [field, value] of [
      ['tag_name', 'v1.0.1'],
      ['target_commitish', 'other'],
      ['draft', true],
    ] as const) {
      const answer = await call(s.url, 'PATCH', `${RELEASES}/${id}`, { body: { [field]: value } })
      expect(answer.status).toBe(422)
      expect(answer.body.errors).toEqual([
        {
          resource: 'Release',
          code: 'custom',
          field,
          message: `${field} cannot be changed on an immutable release; only the title and notes can be modified`,
        },
      ])
    }
  })

  it('locks the tag against moving and deleting, and burns it after the release is deleted', async () => {
    const s = await sandbox({ immutableReleases: true })
    const { id } = (await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0' } })).body
    const other = s.state.commit('octo', 'hello', { message: 'feat: next' })
    const move = await call(s.url, 'PATCH', '/repos/octo/hello/git/refs/tags/v1.0.0', {
      body: { sha: other, force: true },
    })
    expect(move.status).toBe(422)
    expect(move.body.message).toBe(
      'Repository rule violations found\n\nCannot update this tag. The tag is permanently locked.\n\n',
    )
    const remove = await call(s.url, 'DELETE', '/repos/octo/hello/git/refs/tags/v1.0.0')
    expect(remove.status).toBe(422)
    expect(remove.body.message).toBe(
      'Repository rule violations found\n\nCannot delete this tag. The tag is permanently locked.\n\n',
    )
    expect((await call(s.url, 'DELETE', `${RELEASES}/${id}`)).status).toBe(204)
    // With the release gone the tag may go, but its name never comes back.
    expect((await call(s.url, 'DELETE', '/repos/octo/hello/git/refs/tags/v1.0.0')).status).toBe(204)
    const again = await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0' } })
    expect(again.status).toBe(422)
    expect(again.body.errors).toEqual([
      {
        resource: 'Release',
        code: 'custom',
        field: 'tag_name',
        message: 'tag_name was used by an immutable release',
      },
    ])
  })

  it('leaves releases mutable without the setting', async () => {
    const s = await sandbox()
    const { id } = (await call(s.url, 'POST', RELEASES, { body: { tag_name: 'v1.0.0' } })).body
    expect(
      (
        await call(s.uploadsUrl, 'POST', `/repos/octo/hello/releases/${id}/assets?name=late.txt`, {
          raw: 'x',
        })
      ).status,
    ).toBe(201)
    expect((await call(s.url, 'DELETE', '/repos/octo/hello/git/refs/tags/v1.0.0')).status).toBe(204)
  })
})
