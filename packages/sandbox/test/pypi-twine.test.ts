import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { blake2b256Hex } from '../src/pypi/blake2b.js'
import { writeDists } from './fixtures/pypi/dists.js'
import {
  releaseToken,
  RELEASE_PUBLISHER,
  setup,
  stopAll,
  twine,
  twineCommand,
  twineUpload,
  type JsonApiProject,
  type Setup,
} from './fixtures/pypi/harness.js'

afterEach(stopAll)

const WHEEL = 'acme_widget-1.2.0-py3-none-any.whl'
const SDIST = 'acme_widget-1.2.0.tar.gz'

async function published(s: Setup): Promise<JsonApiProject> {
  return (await (await fetch(`${s.pypi.url}/pypi/acme-widget/json`)).json()) as JsonApiProject
}

/** What twine prints for an HTTP error: rich indents the reason line under `ERROR`. */
function httpError(s: Setup, status: string, message: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(
    `ERROR +HTTPError: ${escape(status)} from ${escape(s.pypi.uploadUrl)}\\n +${escape(message)}\\n`,
  )
}

describe('twine', () => {
  it("is Debian's, and a machine without it fails the tests with the command that installs it", () => {
    expect(twineCommand()).toBe('/usr/bin/twine')
    expect(() => twineCommand('/nonexistent/bin/twine')).toThrow(
      "/nonexistent/bin/twine is not installed: the PyPI stand-in is tested against Debian's twine. Run `npm run setup` (it installs what the tests need with apt-get), then run the tests again.",
    )
  })
})

describe('twine upload with a token minted through trusted publishing', () => {
  it('uploads a wheel and an sdist', async () => {
    const s = await setup()
    s.pypi.trustPublisher('acme-widget', RELEASE_PUBLISHER)
    const token = await releaseToken(s)
    const files = await writeDists(join(s.dir, 'dist'), { name: 'acme-widget', version: '1.2.0' })
    const run = await twineUpload(s, token, files)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Uploading distributions to ${s.pypi.uploadUrl}`)
    expect(run.stdout).toContain(`Uploading ${WHEEL}`)
    expect(run.stdout).toContain(`Uploading ${SDIST}`)
    const json = await published(s)
    const files_ = json.releases?.['1.2.0'] ?? []
    expect(files_.map((f) => f.filename)).toEqual([WHEEL, SDIST])
    for (const path of files) {
      const data = await readFile(path)
      const file = files_.find((f) => f.filename === basename(path))!
      expect(file.digests.sha256).toBe(createHash('sha256').update(data).digest('hex'))
      expect(file.digests.md5).toBe(createHash('md5').update(data).digest('hex'))
    }
    expect(files_.map((f) => [f.packagetype, f.python_version])).toEqual([
      ['bdist_wheel', 'py3'],
      ['sdist', 'source'],
    ])
    expect(s.pypi.requests.filter((r) => r.route === '/legacy/')).toMatchObject([
      { status: 200, tokenKind: 'oidc', project: 'acme-widget', filename: WHEEL },
      { status: 200, tokenKind: 'oidc', project: 'acme-widget', filename: SDIST },
    ])
  })

  it('uploads the same files again without error: Warehouse answers 200 and keeps one copy', async () => {
    const s = await setup()
    s.pypi.trustPublisher('acme-widget', RELEASE_PUBLISHER)
    const files = await writeDists(join(s.dir, 'dist'), { name: 'acme-widget', version: '1.2.0' })
    expect((await twineUpload(s, await releaseToken(s), files)).code).toBe(0)
    const again = await twineUpload(s, await releaseToken(s), files)
    expect(again.code).toBe(0)
    expect(s.pypi.project('acme-widget')?.releases[0]?.files).toHaveLength(2)
  })

  it('fails on a rebuilt file under a name that exists, with Warehouse’s message', async () => {
    const s = await setup()
    s.pypi.trustPublisher('acme-widget', RELEASE_PUBLISHER)
    const first = await writeDists(join(s.dir, 'first'), { name: 'acme-widget', version: '1.2.0' })
    expect((await twineUpload(s, await releaseToken(s), first)).code).toBe(0)
    const rebuilt = await writeDists(join(s.dir, 'rebuilt'), {
      name: 'acme-widget',
      version: '1.2.0',
      code: '# rebuilt\n',
    })
    const wheel = await readFile(rebuilt[0]!)
    const run = await twineUpload(s, await releaseToken(s), rebuilt)
    expect(run.code).toBe(1)
    expect(run.output).toMatch(
      httpError(
        s,
        '400 Bad Request',
        `File already exists ('${WHEEL}', with blake2_256 hash '${blake2b256Hex(wheel)}'). See https://pypi.org/help/#file-name-reuse for more information.`,
      ),
    )
    expect(run.output).toContain(
      'Error during upload. Retry with the --verbose option for more details.',
    )
  })

  it('skips files that exist with --skip-existing and uploads the rest', async () => {
    const s = await setup()
    s.pypi.trustPublisher('acme-widget', RELEASE_PUBLISHER)
    const [wheel] = await writeDists(join(s.dir, 'first'), {
      name: 'acme-widget',
      version: '1.2.0',
    })
    expect((await twineUpload(s, await releaseToken(s), [wheel!])).code).toBe(0)
    const rebuilt = await writeDists(join(s.dir, 'rebuilt'), {
      name: 'acme-widget',
      version: '1.2.0',
      code: '# rebuilt\n',
    })
    const run = await twineUpload(s, await releaseToken(s), rebuilt, ['--skip-existing'])
    expect(run.code).toBe(0)
    expect(run.output).toContain(`Skipping ${WHEEL} because it appears to already exist`)
    expect(run.stdout).toContain(`Uploading ${SDIST}`)
    const files = (await published(s)).releases?.['1.2.0'] ?? []
    expect(files.map((f) => f.filename)).toEqual([WHEEL, SDIST])
  })

  it('creates the project of a pending publisher, then uploads to it', async () => {
    const s = await setup()
    s.pypi.trustPendingPublisher('acme-widget', RELEASE_PUBLISHER)
    const files = await writeDists(join(s.dir, 'dist'), { name: 'acme-widget', version: '1.2.0' })
    const run = await twineUpload(s, await releaseToken(s), files)
    expect(run.code).toBe(0)
    expect(s.pypi.project('acme-widget')?.releases.map((r) => r.version)).toEqual(['1.2.0'])
  })

  it('refuses a project the publisher does not publish', async () => {
    const s = await setup()
    s.pypi.trustPublisher('acme-widget', RELEASE_PUBLISHER)
    s.pypi.trustPublisher('other-widget', { ...RELEASE_PUBLISHER, workflow: 'other.yml' })
    const files = await writeDists(join(s.dir, 'dist'), { name: 'other-widget', version: '1.0.0' })
    const run = await twineUpload(s, await releaseToken(s), files)
    expect(run.code).toBe(1)
    expect(run.output).toMatch(
      httpError(
        s,
        '403 Forbidden',
        "Invalid API Token: OIDC scoped token is not valid for project 'other-widget'",
      ),
    )
  })

  it('refuses to create a project (a pending publisher named another one)', async () => {
    const s = await setup()
    s.pypi.trustPendingPublisher('acme-widgets', RELEASE_PUBLISHER)
    const files = await writeDists(join(s.dir, 'dist'), { name: 'acme-widget', version: '1.2.0' })
    const run = await twineUpload(s, await releaseToken(s), files)
    expect(run.code).toBe(1)
    expect(run.output).toMatch(
      httpError(
        s,
        '400 Bad Request',
        'Non-user identities cannot create new projects. This was probably caused by successfully ' +
          'using a pending publisher but specifying the project name incorrectly (either in the ' +
          "publisher or in your project's metadata). Please ensure that both match. " +
          'See: https://docs.pypi.org/trusted-publishers/troubleshooting/',
      ),
    )
  })

  it('refuses a minted token after its 15 minutes', async () => {
    let now = new Date()
    const s = await setup({ now: () => now })
    s.pypi.trustPublisher('acme-widget', RELEASE_PUBLISHER)
    const token = await releaseToken(s)
    now = new Date(now.getTime() + 900_000)
    const files = await writeDists(join(s.dir, 'dist'), { name: 'acme-widget', version: '1.2.0' })
    const run = await twineUpload(s, token, files)
    expect(run.code).toBe(1)
    expect(run.output).toMatch(httpError(s, '403 Forbidden', 'Invalid API Token: token is expired'))
  })

  it('refuses a token it does not know, and a user name with a password', async () => {
    const s = await setup()
    s.pypi.trustPublisher('acme-widget', RELEASE_PUBLISHER)
    const files = await writeDists(join(s.dir, 'dist'), { name: 'acme-widget', version: '1.2.0' })
    const unknown = await twineUpload(s, 'pypi-AgEIcHlwaS5vcmcunknown', files)
    expect(unknown.code).toBe(1)
    expect(unknown.output).toMatch(
      httpError(
        s,
        '403 Forbidden',
        'Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.',
      ),
    )
    // A password where the token goes is no token either.
    const password = await twineUpload(s, 'hunter2', files.slice(0, 1))
    expect(password.code).toBe(1)
    expect(password.output).toContain('Invalid or non-existent authentication information.')
    const user = await twine(s, [
      '--no-color',
      'upload',
      '--repository-url',
      s.pypi.uploadUrl,
      '-u',
      'maintainer',
      '-p',
      'hunter2',
      '--non-interactive',
      ...files.slice(0, 1),
    ])
    expect(user.code).toBe(1)
    expect(user.output).toMatch(
      httpError(
        s,
        '403 Forbidden',
        'Username/Password authentication is no longer supported. Migrate to API Tokens or ' +
          'Trusted Publishers instead. See https://pypi.org/help/#apitoken and https://pypi.org/help/#trusted-publishers',
      ),
    )
  })

  it('takes a registered API token as a baseline, scoped to its projects', async () => {
    const s = await setup()
    s.pypi.addApiToken('pypi-baseline-any')
    s.pypi.addApiToken('pypi-baseline-other', ['other-widget'])
    const files = await writeDists(join(s.dir, 'dist'), { name: 'acme-widget', version: '1.2.0' })
    const scoped = await twineUpload(s, 'pypi-baseline-other', files)
    expect(scoped.code).toBe(1)
    expect(scoped.output).toMatch(
      httpError(
        s,
        '403 Forbidden',
        "Invalid API Token: project-scoped token is not valid for project: 'acme-widget'",
      ),
    )
    const any = await twineUpload(s, 'pypi-baseline-any', files)
    expect(any.code).toBe(0)
    expect(s.pypi.requests.at(-1)).toMatchObject({ status: 200, tokenKind: 'api-token' })
    expect(() => s.pypi.addApiToken('not-a-pypi-token')).toThrow(
      'A PyPI API token starts with `pypi-`: PyPI refuses any other text.',
    )
  })
})

describe('twine against faults', () => {
  it('retries an upload that failed with 503 and succeeds', async () => {
    const s = await setup()
    s.pypi.trustPublisher('acme-widget', RELEASE_PUBLISHER)
    const fault = s.pypi.faults.add({ method: 'POST', path: '/legacy/', status: 503 })
    const files = await writeDists(join(s.dir, 'dist'), { name: 'acme-widget', version: '1.2.0' })
    const run = await twineUpload(s, await releaseToken(s), files)
    expect(run.code).toBe(0)
    expect(run.output).toContain(
      'Received "503: Service Unavailable"\n         Package upload appears to have failed. Retry 1 of 5.',
    )
    expect(fault).toMatchObject({ applied: 1, matched: 3 })
    expect(s.pypi.requests.filter((r) => r.route === '/legacy/').map((r) => r.status)).toEqual([
      503, 200, 200,
    ])
  })

  it('fails the second file when every attempt at it fails', async () => {
    const s = await setup()
    s.pypi.trustPublisher('acme-widget', RELEASE_PUBLISHER)
    s.pypi.faults.add({ method: 'POST', path: '/legacy/', status: 500, nth: 2, times: Infinity })
    const files = await writeDists(join(s.dir, 'dist'), { name: 'acme-widget', version: '1.2.0' })
    const run = await twineUpload(s, await releaseToken(s), files)
    expect(run.code).toBe(1)
    expect(run.output).toContain('Retry 5 of 5.')
    expect(run.output).toMatch(httpError(s, '500 Internal Server Error', 'Internal Server Error'))
    expect(s.pypi.project('acme-widget')?.releases[0]?.files.map((f) => f.filename)).toEqual([
      WHEEL,
    ])
  })

  it('reports a dropped connection', async () => {
    const s = await setup()
    s.pypi.trustPublisher('acme-widget', RELEASE_PUBLISHER)
    s.pypi.faults.add({ method: 'POST', path: '/legacy/', drop: true })
    const files = await writeDists(join(s.dir, 'dist'), { name: 'acme-widget', version: '1.2.0' })
    const run = await twineUpload(s, await releaseToken(s), files)
    expect(run.code).toBe(1)
    expect(run.output).toContain('ConnectionError')
    expect(s.pypi.requests.find((r) => r.dropped)).toMatchObject({ fault: true, status: undefined })
  })
})
