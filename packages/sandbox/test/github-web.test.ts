import { git } from '@tokenless/git'
import { join } from 'node:path'
import {
  call,
  removeTempDirs,
  sandbox,
  stopSandboxes,
  tempDir,
  TestRepo,
} from './github-fixture.js'

afterEach(stopSandboxes)
afterAll(removeTempDirs)

/** @semantic-release/github's parse-github-url: owner and name from a repository URL's path. */
function parseGithubUrl(repositoryUrl: string): { owner?: string; repo?: string } {
  const match = /^\/(?<owner>[^/]+)?\/?(?<repo>.+?)(?:\.git)?$/.exec(
    new URL(repositoryUrl).pathname,
  )
  return { owner: match?.groups?.owner, repo: match?.groups?.repo }
}

/** git with no machine or user configuration, never prompting, never proxied. */
function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    NO_PROXY: '127.0.0.1',
    no_proxy: '127.0.0.1',
  }
}

describe('the web side (github.com beside api.github.com)', () => {
  it('has a port of its own, served from its root, as every web URL of the API says', async () => {
    const s = await sandbox()
    const web = new URL(s.serverUrl)
    expect(web.hostname).toBe('127.0.0.1')
    expect(web.port).not.toBe(new URL(s.url).port)
    expect(web.pathname).toBe('/')
    const repo = await call(s.url, 'GET', '/repos/octo/hello')
    expect(repo.body).toMatchObject({
      html_url: `${s.serverUrl}/octo/hello`,
      clone_url: `${s.serverUrl}/octo/hello.git`,
      svn_url: `${s.serverUrl}/octo/hello`,
      git_url: `git://127.0.0.1:${web.port}/octo/hello.git`,
    })
    for (const field of ['html_url', 'clone_url', 'svn_url', 'git_url'])
      expect(parseGithubUrl(String(repo.body[field]))).toEqual({ owner: 'octo', repo: 'hello' })
  })

  it('no longer answers the web side under /_web on the API port', async () => {
    const s = await sandbox()
    const old = await call(s.url, 'GET', '/_web/octo/hello/releases/download/v1/a.txt')
    expect(old.status).toBe(404)
    expect(old.body).toMatchObject({ message: 'Not Found' })
    expect(s.requests.at(-1)).toMatchObject({
      host: 'api',
      path: '/_web/octo/hello/releases/download/v1/a.txt',
    })
  })

  it('clones and fetches clone_url of a repository with a git directory', async () => {
    const repo = await TestRepo.init()
    const first = await repo.commit('feat: one', { path: 'a.txt', content: 'a\n' })
    const s = await sandbox({ repositories: [{ owner: 'octo', repo: 'hello', gitDir: repo.dir }] })
    const cloneUrl = String((await call(s.url, 'GET', '/repos/octo/hello')).body.clone_url)
    const dir = join(await tempDir(), 'clone')
    await git(process.cwd(), ['clone', '--quiet', cloneUrl, dir], { env: gitEnv() })
    expect((await git(dir, ['rev-parse', 'HEAD'])).stdout.trim()).toBe(first)
    const served = s.requests.filter((r) => r.host === 'server')
    expect(served[0]).toMatchObject({
      method: 'GET',
      path: '/octo/hello.git/info/refs?service=git-upload-pack',
      status: 200,
    })
    // Protocol v2: ls-refs, then fetch.
    expect(new Set(served.slice(1).map((r) => `${r.method} ${r.path} ${r.status}`))).toEqual(
      new Set(['POST /octo/hello.git/git-upload-pack 200']),
    )
    // A tag the API makes is there for the next fetch, without `.git` too.
    const created = await call(s.url, 'POST', '/repos/octo/hello/git/refs', {
      body: { ref: 'refs/tags/v1.0.0', sha: first },
    })
    expect(created.status).toBe(201)
    const listed = await git(dir, ['ls-remote', '--tags', `${s.serverUrl}/octo/hello`], {
      env: gitEnv(),
    })
    expect(listed.stdout.trim()).toBe(`${first}\trefs/tags/v1.0.0`)
  })

  it('asks for credentials for a private repository and refuses pushes', async () => {
    const repo = await TestRepo.init()
    const first = await repo.commit('feat: one')
    const s = await sandbox({
      repositories: [{ owner: 'octo', repo: 'secret', gitDir: repo.dir, private: true }],
    })
    const url = `${s.serverUrl}/octo/secret.git`
    const anonymous = await git(process.cwd(), ['ls-remote', url], {
      env: gitEnv(),
      allowFailure: true,
    })
    expect(anonymous.exitCode).not.toBe(0)
    const asked = await fetch(`${url}/info/refs?service=git-upload-pack`)
    expect(asked.status).toBe(401)
    expect(asked.headers.get('www-authenticate')).toBe('Basic realm="GitHub"')
    expect(await asked.text()).toBe('Authentication required\n')
    const basic = Buffer.from('x-access-token:sandbox-token').toString('base64')
    const withToken = await git(
      process.cwd(),
      ['-c', `http.extraHeader=Authorization: Basic ${basic}`, 'ls-remote', url, 'HEAD'],
      { env: gitEnv() },
    )
    expect(withToken.stdout.trim()).toBe(`${first}\tHEAD`)
    const push = await fetch(`${url}/info/refs?service=git-receive-pack`, {
      headers: { authorization: `Basic ${basic}` },
    })
    expect(push.status).toBe(403)
    expect(await push.text()).toBe(
      "The GitHub sandbox serves octo/secret for clones and fetches only: push through the API (git refs) or to the repository's git directory.\n",
    )
    s.tokens.register('reader-token', { kind: 'pat', permissions: { issues: 'read' } })
    const reader = Buffer.from('x:reader-token').toString('base64')
    const hidden = await fetch(`${url}/info/refs?service=git-upload-pack`, {
      headers: { authorization: `Basic ${reader}` },
    })
    expect([hidden.status, await hidden.text()]).toEqual([404, 'Repository not found.\n'])
  })

  it('says why a repository in memory cannot be cloned', async () => {
    const s = await sandbox()
    const answer = await fetch(`${s.serverUrl}/octo/hello.git/info/refs?service=git-upload-pack`)
    expect([answer.status, await answer.text()]).toEqual([
      404,
      'The GitHub sandbox repository octo/hello has no git directory (gitDir) to clone.\n',
    ])
    const missing = await fetch(`${s.serverUrl}/octo/nothing.git/info/refs?service=git-upload-pack`)
    expect([missing.status, await missing.text()]).toEqual([404, 'Repository not found.\n'])
  })

  it('stops both listeners', async () => {
    const s = await sandbox()
    await s.stop()
    await expect(fetch(`${s.url}/rate_limit`)).rejects.toThrow()
    await expect(fetch(`${s.serverUrl}/octo/hello`)).rejects.toThrow()
  })
})
