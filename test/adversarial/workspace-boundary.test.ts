// Every path input of every action stays inside the workspace (GITHUB_WORKSPACE): a path, a glob
// or a glob's match that leads out, directly or through a symbolic link, is refused with the
// input named, before anything is read there, and nothing is created, uploaded or published.
// A token sits in the environment (GITHUB_TOKEN, so /proc/self/environ holds it) and in the file
// outside that each case points at: it must appear in no output, summary or annotation.
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import {
  type GitHubSandbox,
  type JobClaims,
  type OidcIssuer,
  type PypiSandbox,
  startGitHubSandbox,
  startOidcIssuer,
  startPypiSandbox,
} from '@tokenless/sandbox'
import { writeDists } from '../../packages/sandbox/test/fixtures/pypi/dists.js'
import { GitFixture } from '../support/git-fixture.js'
import { type BundleRun, runBundle, runBundleAsync } from '../support/run-bundle.js'

const SECRET = 'ghs_BoundarySecret0123456789abcdefABCDEF'
const ENV = { GITHUB_TOKEN: SECRET }

/** A directory outside every workspace, holding the secret as a file, a report and a wheel. */
function outsideDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-outside-'))
  writeFileSync(join(dir, 'secret.txt'), `GITHUB_TOKEN=${SECRET}\n`)
  writeFileSync(
    join(dir, 'report.xml'),
    `<testsuite name="${SECRET}" tests="1"><testcase name="${SECRET}"/></testsuite>\n`,
  )
  writeFileSync(join(dir, 'CHANGELOG.md'), `# Changelog\n\n## [1.2.0]\n\n${SECRET}\n`)
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', version: SECRET }))
  writeFileSync(join(dir, 'VERSION'), `${SECRET}\n`)
  return dir
}

function expectNoSecret(run: BundleRun): void {
  for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
    expect(text).not.toContain(SECRET)
  }
}

/** Refused with the input and the path named, and the fix; the step fails with no outputs. */
function expectRefused(run: BundleRun, input: string, path: string, via = ''): void {
  expect(run.exitCode).toBe(1)
  const errors = run.annotations.filter((annotation) => annotation.level === 'error')
  const message = errors.map((error) => error.message).join('\n')
  expect(message).toContain(
    `Input ${input} names ${JSON.stringify(path)}, which is outside the workspace`,
  )
  expect(message).toContain('use a path inside it')
  expect(message).toContain(via)
  expectNoSecret(run)
}

const stops: Array<() => Promise<void>> = []
afterAll(async () => {
  for (const stop of stops) await stop()
})

describe('create-release keeps assets, notes and changelog inside the workspace', () => {
  interface World {
    repo: GitFixture
    outside: string
    sandbox: GitHubSandbox
    run: (inputs: Record<string, string>) => Promise<BundleRun>
  }

  async function world(): Promise<World> {
    const outside = outsideDir()
    const repo = GitFixture.create()
    repo.commit('feat: first', {
      'package.json': '{ "name": "widget", "version": "1.2.0" }\n',
      'CHANGELOG.md': '# Changelog\n\n## [1.2.0]\n\n- The widget.\n',
      'dist/widget-1.2.0.tgz': 'tarball bytes',
    })
    const sandbox = await startGitHubSandbox({
      repositories: [{ owner: 'acme', repo: 'widget', gitDir: repo.dir }],
    })
    stops.push(() => sandbox.stop())
    const run = (inputs: Record<string, string>) =>
      runBundleAsync('create-release', {
        workspace: repo.dir,
        inputs: { token: 'sandbox-token', tag: 'v1.2.0', sha: repo.head(), ...inputs },
        env: {
          ...ENV,
          GITHUB_API_URL: sandbox.url,
          GITHUB_SERVER_URL: sandbox.serverUrl,
          GITHUB_REPOSITORY: 'acme/widget',
        },
      })
    return { repo, outside, sandbox, run }
  }

  /** No release, no asset, no tag: GitHub was at most read. */
  function expectNothingCreated({ repo, sandbox }: World): void {
    expect(sandbox.state.releases('acme', 'widget')).toEqual([])
    expect(sandbox.requests.filter((request) => request.method !== 'GET')).toEqual([])
    expect(repo.git('tag', '--list')).toBe('')
  }

  it.each([
    ['/proc/self/environ', '/proc/self/environ'],
    ['/etc/*', '/etc'],
    ['../*', '..'],
  ])('refuses assets: %s', async (pattern, named) => {
    const w = await world()
    const result = await w.run({ notes: 'changelog', assets: pattern })
    expectRefused(result, 'assets', named)
    expectNothingCreated(w)
  })

  it('refuses assets: a relative path to a file outside (../../x)', async () => {
    const w = await world()
    const path = relative(w.repo.dir, join(w.outside, 'secret.txt'))
    const result = await w.run({ notes: 'changelog', assets: path })
    expectRefused(result, 'assets', path)
    expectNothingCreated(w)
  })

  it('refuses a glob match that is a symbolic link out, even among files inside', async () => {
    const w = await world()
    symlinkSync(join(w.outside, 'secret.txt'), join(w.repo.dir, 'dist', 'env.txt'))
    const result = await w.run({ notes: 'changelog', assets: 'dist/*' })
    expectRefused(result, 'assets', 'dist/env.txt', `through a symbolic link, to ${w.outside}`)
    expectNothingCreated(w)
  })

  it('refuses a glob through a linked directory, at its base and at its matches', async () => {
    const w = await world()
    symlinkSync(w.outside, join(w.repo.dir, 'linked'))
    const base = await w.run({ notes: 'changelog', assets: 'linked/*' })
    expectRefused(base, 'assets', 'linked', 'through a symbolic link')
    // node's glob lists a linked directory as a match of * (it descends into none): refused
    const match = await w.run({ notes: 'changelog', assets: '*' })
    expectRefused(match, 'assets', 'linked', 'through a symbolic link')
    expectNothingCreated(w)
  })

  it('takes a link that stays inside the workspace as the file it points at', async () => {
    const w = await world()
    symlinkSync(join(w.repo.dir, 'dist', 'widget-1.2.0.tgz'), join(w.repo.dir, 'widget.tgz'))
    const result = await w.run({ notes: 'changelog', assets: 'widget.tgz' })
    expect(result.exitCode).toBe(0)
    const [release] = w.sandbox.state.releases('acme', 'widget')
    expect(release?.assets.map((asset) => asset.name)).toEqual(['widget.tgz'])
  })

  it('refuses notes: /proc/self/environ before anything is sent to GitHub', async () => {
    const w = await world()
    const result = await w.run({ notes: '/proc/self/environ' })
    expectRefused(result, 'notes', '/proc/self/environ')
    expect(result.outputs.notes).toBeUndefined()
    expect(w.sandbox.requests).toEqual([])
    expectNothingCreated(w)
  })

  it('refuses a notes file that is a link out, and a changelog-file outside', async () => {
    const w = await world()
    symlinkSync(join(w.outside, 'secret.txt'), join(w.repo.dir, 'NOTES.md'))
    const link = await w.run({ notes: 'NOTES.md' })
    expectRefused(link, 'notes', 'NOTES.md', 'through a symbolic link')
    const changelog = relative(w.repo.dir, join(w.outside, 'CHANGELOG.md'))
    const out = await w.run({ notes: 'changelog', 'changelog-file': changelog })
    expectRefused(out, 'changelog-file', changelog)
    expectNothingCreated(w)
  })

  it('refuses a working-directory outside the workspace', async () => {
    const w = await world()
    const result = await w.run({ notes: 'changelog', 'working-directory': '..' })
    expectRefused(result, 'working-directory', '..')
    expectNothingCreated(w)
  })
})

describe('validate-tag reads no manifest or changelog outside the workspace', () => {
  function releasedRepo(files: Record<string, string> = {}): GitFixture {
    const repo = GitFixture.create()
    repo.commit('feat: first', {
      'package.json': '{ "name": "demo", "version": "1.2.0" }\n',
      ...files,
    })
    repo.tag('v1.2.0')
    return repo
  }

  function validate(repo: GitFixture, inputs: Record<string, string>): BundleRun {
    return runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { tag: 'v1.2.0', branches: 'main', ...inputs },
      env: { ...ENV, GITHUB_SHA: repo.head() },
    })
  }

  it.each([
    ['package.json', 'package.json'],
    ['leak.json#/version', 'leak.json'],
    ['VERSION:^(.*)$', 'VERSION'],
  ])('refuses manifests: %s when the file is a link out, before reading it', (spec, file) => {
    const outside = outsideDir()
    const repo = releasedRepo()
    const target = file === 'VERSION' ? 'VERSION' : 'package.json'
    const link = join(repo.dir, file)
    if (file === 'package.json') repo.git('rm', '-q', 'package.json')
    symlinkSync(join(outside, target), link)
    const result = validate(repo, { manifests: spec })
    expectRefused(result, 'manifests', file, `through a symbolic link, to ${join(outside, target)}`)
    expect(result.outputs).toEqual({})
  })

  it('refuses manifests naming /proc/self/environ or a path up and out', () => {
    const outside = outsideDir()
    const repo = releasedRepo()
    const environ = validate(repo, { manifests: '/proc/self/environ:GITHUB_TOKEN=(.*)' })
    expectRefused(environ, 'manifests', '/proc/self/environ')
    const up = relative(repo.dir, join(outside, 'package.json'))
    expectRefused(validate(repo, { manifests: up }), 'manifests', up)
  })

  it('refuses a directory entry that is a link out', () => {
    const outside = outsideDir()
    const repo = releasedRepo()
    symlinkSync(outside, join(repo.dir, 'pkg'))
    expectRefused(validate(repo, { manifests: 'pkg' }), 'manifests', 'pkg', 'symbolic link')
  })

  it('refuses a file that pyproject.toml names outside, at the setting that names it', () => {
    const outside = outsideDir()
    writeFileSync(join(outside, 'about.py'), `__version__ = "${SECRET}"\n`)
    const repo = GitFixture.create()
    const path = relative(repo.dir, join(outside, 'about.py'))
    repo.commit('feat: version from a file', {
      'pyproject.toml': `[project]\nname = "demo"\ndynamic = ["version"]\n\n[tool.hatch.version]\npath = "${path}"\n`,
    })
    repo.tag('v1.2.0')
    const result = validate(repo, { manifests: 'pyproject.toml' })
    expect(result.exitCode).toBe(1)
    const message = result.annotations.map((annotation) => annotation.message).join('\n')
    expect(message).toContain(`pyproject.toml:6`) // the line of the setting
    expect(message).toContain(`names ${path} in [tool.hatch.version].path`)
    expect(message).toContain('in [tool.hatch.version].path, which leads outside the workspace')
    expect(message).toContain('Point [tool.hatch.version].path at a file inside it.')
    expectNoSecret(result)
  })

  it('refuses a changelog that is a link out, and a working-directory outside', () => {
    const outside = outsideDir()
    const repo = releasedRepo()
    symlinkSync(join(outside, 'CHANGELOG.md'), join(repo.dir, 'CHANGELOG.md'))
    const changelog = validate(repo, { changelog: 'CHANGELOG.md' })
    expectRefused(changelog, 'changelog', 'CHANGELOG.md', 'through a symbolic link')
    expectRefused(validate(repo, { 'working-directory': '../..' }), 'working-directory', '../..')
  })
})

describe('test-gate reads no report outside the workspace', () => {
  function gate(workspace: string, inputs: Record<string, string>): BundleRun {
    return runBundle('test-gate', {
      workspace,
      inputs: { record: 'false', ...inputs },
      env: ENV,
    })
  }

  it('refuses a junit glob that leads out before any command runs', () => {
    const outside = outsideDir()
    const repo = GitFixture.create()
    const pattern = `${relative(repo.dir, outside)}/*.xml`
    const result = gate(repo.dir, { run: 'touch ran', junit: pattern })
    expectRefused(result, 'junit', relative(repo.dir, outside))
    const absolute = gate(repo.dir, { run: 'touch ran', junit: '/etc/*.xml' })
    expectRefused(absolute, 'junit', '/etc')
    expect(existsSync(join(repo.dir, 'ran'))).toBe(false)
  })

  it('refuses a report that is a link out, even when the tests passed', () => {
    const outside = outsideDir()
    const repo = GitFixture.create()
    mkdirSync(join(repo.dir, 'reports'))
    writeFileSync(
      join(repo.dir, 'reports', 'unit.xml'),
      '<testsuite name="unit" tests="1"><testcase name="works"/></testsuite>\n',
    )
    symlinkSync(join(outside, 'report.xml'), join(repo.dir, 'reports', 'other.xml'))
    const result = gate(repo.dir, { run: 'true', junit: 'reports/*.xml' })
    expectRefused(result, 'junit', 'reports/other.xml', 'through a symbolic link')
    expect(result.outputs.passed).not.toBe('true')
  })

  it('refuses a working-directory that is a link out', () => {
    const outside = outsideDir()
    const repo = GitFixture.create()
    symlinkSync(outside, join(repo.dir, 'tests'))
    const result = gate(repo.dir, { run: 'true', 'working-directory': 'tests' })
    expectRefused(result, 'working-directory', 'tests', 'through a symbolic link')
  })
})

describe('publish-oidc uploads nothing from outside the workspace', () => {
  const JOB: JobClaims = {
    repository: 'acme/widget',
    workflow: 'release.yml',
    ref: 'refs/tags/v1.2.0',
    environment: 'release',
  }
  let issuer: OidcIssuer
  beforeAll(async () => {
    issuer = await startOidcIssuer()
    stops.push(() => issuer.stop())
  })

  async function index(): Promise<PypiSandbox> {
    const sandbox = await startPypiSandbox({ issuer, name: 'pypi' })
    stops.push(() => sandbox.stop())
    sandbox.trustPublisher('demo-widget', {
      owner: 'acme',
      repository: 'widget',
      workflow: 'release.yml',
      environment: 'release',
    })
    return sandbox
  }

  async function uploaded(sandbox: PypiSandbox): Promise<boolean> {
    return (await fetch(`${sandbox.url}/pypi/demo-widget/json`)).ok
  }

  function publish(sandbox: PypiSandbox, workspace: string, packages: string) {
    const job = issuer.createJob(JOB)
    return runBundleAsync('publish-oidc', {
      workspace,
      inputs: { registry: sandbox.uploadUrl, 'require-gate': 'false', packages },
      env: {
        ...job.env,
        ...ENV,
        HOME: mkdtempSync(join(tmpdir(), 'tokenless-home-')),
      },
    })
  }

  it('refuses dists outside, by a relative glob or through a link', async () => {
    const sandbox = await index()
    const outside = outsideDir()
    await writeDists(join(outside, 'dist'), { name: 'demo-widget', version: '1.2.0' })
    const workspace = mkdtempSync(join(tmpdir(), 'tokenless-workspace-'))
    const pattern = `${relative(workspace, outside)}/dist/*`
    const up = await publish(sandbox, workspace, pattern)
    expectRefused(up, 'packages', `${relative(workspace, outside)}/dist`)
    mkdirSync(join(workspace, 'dist'))
    symlinkSync(join(outside, 'dist'), join(workspace, 'dist', 'more'))
    const linked = await publish(sandbox, workspace, 'dist/*')
    expectRefused(linked, 'packages', 'dist/more', 'through a symbolic link')
    expect(await uploaded(sandbox)).toBe(false)
  })
})
