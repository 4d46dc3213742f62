import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type GitHubSandbox,
  type NpmSandbox,
  type OidcIssuer,
  type PypiSandbox,
  startGitHubSandbox,
  startNpmSandbox,
  startOidcIssuer,
  startPypiSandbox,
} from '@tokenless/sandbox'
import { buildSdist, buildWheel } from '../../packages/sandbox/test/fixtures/pypi/dists.js'
import { GitFixture } from '../support/git-fixture.js'
import { type BundleRun, linesLeaking, runBundleAsync } from '../support/run-bundle.js'

const TOKEN = 'sandbox-token'
const NPM_TOKEN = 'npm_DeprecateOnly0123456789abcdefghijkl'
const PYPI_SEED_TOKEN = 'pypi-seed-token-for-yank-tests'
const REASON = 'The 1.2.0 migration deletes user data on upgrade.'

let issuer: OidcIssuer
let npm: NpmSandbox
let pypi: PypiSandbox
const stops: Array<() => Promise<void>> = []

beforeAll(async () => {
  issuer = await startOidcIssuer()
  stops.push(() => issuer.stop())
  npm = await startNpmSandbox({ issuer, staticTokens: [NPM_TOKEN] })
  stops.push(() => npm.stop())
  pypi = await startPypiSandbox({ issuer })
  stops.push(() => pypi.stop())
  pypi.addApiToken(PYPI_SEED_TOKEN)
}, 60_000)
afterAll(async () => {
  for (const stop of stops.reverse()) await stop()
})

let counter = 0
function unique(base: string): string {
  counter++
  return `${base}-${counter}-${process.pid}`
}

/** Publishes `versions` of an npm package straight to the sandbox registry. */
async function seedNpm(base: string, versions: string[]): Promise<string> {
  const name = unique(base)
  const root = mkdtempSync(join(tmpdir(), 'tokenless-yank-npm-'))
  for (const version of versions) {
    const dir = join(root, version)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version }))
    writeFileSync(join(dir, 'index.js'), `module.exports = ${JSON.stringify(version)}\n`)
    await npm.seedPackage(dir)
  }
  return name
}

async function npmDeprecated(name: string, version: string): Promise<unknown> {
  const escaped = name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : name
  const response = await fetch(`${npm.url}${escaped}`)
  const packument = (await response.json()) as {
    versions: Record<string, { deprecated?: string }>
  }
  return packument.versions[version]?.deprecated
}

/** Uploads a wheel of each version to the PyPI sandbox, as twine would. */
async function seedPypi(base: string, versions: string[]): Promise<string> {
  const name = unique(base)
  for (const version of versions) {
    for (const dist of [buildWheel({ name, version }), buildSdist({ name, version })]) {
      const wheel = dist.filename.endsWith('.whl')
      const fields: Array<[string, string]> = [
        [':action', 'file_upload'],
        ['protocol_version', '1'],
        ['name', name],
        ['version', version],
        ['filetype', wheel ? 'bdist_wheel' : 'sdist'],
        ['pyversion', wheel ? 'py3' : 'source'],
        ['metadata_version', '2.1'],
        ['sha256_digest', createHash('sha256').update(dist.data).digest('hex')],
      ]
      const boundary = '----tokenless-yank-test'
      const parts: Buffer[] = fields.map((field) =>
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${field[0]}"\r\n\r\n${field[1]}\r\n`,
        ),
      )
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="content"; filename="${dist.filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        dist.data,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      )
      const response = await fetch(pypi.uploadUrl, {
        method: 'POST',
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          authorization: `Basic ${Buffer.from(`__token__:${PYPI_SEED_TOKEN}`).toString('base64')}`,
        },
        body: Buffer.concat(parts),
      })
      expect(response.status).toBe(200)
    }
  }
  return name
}

interface World {
  sandbox: GitHubSandbox
  run: (inputs: Record<string, string>) => Promise<BundleRun>
  release: (tag: string, extra?: Record<string, unknown>) => Promise<void>
  latestTag: () => Promise<string | undefined>
  writes: () => number
}

const sandboxes: GitHubSandbox[] = []
afterAll(async () => {
  await Promise.all(sandboxes.map((sandbox) => sandbox.stop()))
})

async function world(): Promise<World> {
  const repo = GitFixture.create()
  repo.commit('feat: first', { 'package.json': '{ "name": "widget", "version": "1.0.0" }\n' })
  const sandbox = await startGitHubSandbox({
    repositories: [{ owner: 'acme', repo: 'widget', gitDir: repo.dir }],
  })
  sandboxes.push(sandbox)
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${sandbox.url}/repos/acme/widget${path}`, {
      method,
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: response.status, data: (await response.json()) as Record<string, unknown> }
  }
  return {
    sandbox,
    run: (inputs) =>
      runBundleAsync('yank-notice', {
        workspace: repo.dir,
        inputs: {
          token: TOKEN,
          'npm-registry': npm.url,
          'pypi-url': pypi.url,
          ...inputs,
        },
        env: {
          GITHUB_API_URL: sandbox.url,
          GITHUB_SERVER_URL: sandbox.serverUrl,
          GITHUB_REPOSITORY: 'acme/widget',
        },
      }),
    async release(tag, extra = {}) {
      const sha = repo.commit(`chore: release ${tag}`)
      const created = await api('POST', '/releases', {
        tag_name: tag,
        target_commitish: sha,
        name: tag,
        body: `Notes of ${tag}.`,
        prerelease: tag.includes('-'),
        ...extra,
      })
      expect(created.status).toBe(201)
    },
    async latestTag() {
      const latest = await api('GET', '/releases/latest')
      return latest.status === 200 ? (latest.data.tag_name as string) : undefined
    },
    writes: () => sandbox.requests.filter((request) => request.method !== 'GET').length,
  }
}

/** A scoped npm name in Markdown text: `@scope/name` would mention a team, so it is broken. */
const mention = (name: string) => name.replace(/^@/, '@&#8203;')

const releaseOf = (sandbox: GitHubSandbox, tag: string) =>
  sandbox.state.releases('acme', 'widget').find((release) => release.tag_name === tag)
const issuesOf = (sandbox: GitHubSandbox) => sandbox.state.issues('acme', 'widget')

function expectClean(run: BundleRun): void {
  expect(run.stderr).toBe('')
  expect(linesLeaking(run, TOKEN)).toEqual([])
  expect(linesLeaking(run, NPM_TOKEN)).toEqual([])
}

describe('yank-notice (bundle, sandbox GitHub, npm and PyPI)', () => {
  it('marks the release once, moves latest, and keeps one tracking issue across reruns', async () => {
    const { sandbox, run, release, latestTag, writes } = await world()
    await release('v1.1.0')
    await release('v1.2.0')
    await release('v1.2.1', { make_latest: 'false' })
    expect(await latestTag()).toBe('v1.2.0')
    const inputs = { tag: 'v1.2.0', reason: REASON, replacement: '1.2.1' }
    const first = await run(inputs)
    expectClean(first)
    expect(first.exitCode).toBe(0)
    expect(first.stdout).toContain(`::add-mask::${TOKEN}`)
    const marked = releaseOf(sandbox, 'v1.2.0')
    expect(marked?.name).toBe('[YANKED] v1.2.0')
    const today = new Date().toISOString().slice(0, 10)
    expect(marked?.body).toBe(
      [
        '<!-- tokenless:yanked -->',
        '> [!CAUTION]',
        `> **1.2.0 was yanked on ${today}.** ${REASON}`,
        '>',
        `> Upgrade to [1.2.1](${releaseOf(sandbox, 'v1.2.1')?.html_url}). If you cannot upgrade yet, pin 1.1.0.`,
        '<!-- /tokenless:yanked -->',
        '',
        'Notes of v1.2.0.',
      ].join('\n'),
    )
    expect(await latestTag()).toBe('v1.2.1')
    expect(first.outputs['latest-tag']).toBe('v1.2.1')
    expect(first.outputs.pending).toBe('[]')
    const issues = issuesOf(sandbox)
    expect(issues).toHaveLength(1)
    expect(issues[0]?.title).toBe(`v1.2.0 is yanked: ${REASON}`)
    expect(issues[0]?.body).toContain('<!-- tokenless:yank-notice v1.2.0 -->')
    expect(issues[0]?.body).toContain(`### Impact\n\n${REASON}`)
    expect(issues[0]?.body).toContain(
      '### What to do\n\nUpgrade to 1.2.1. If you cannot upgrade yet, pin 1.1.0.',
    )
    expect(issues[0]?.body).toContain('- [x] GitHub release v1.2.0 marked yanked')
    expect(issues[0]?.body).toContain('- [x] latest is v1.2.1')
    expect(first.outputs['issue-number']).toBe(String(issues[0]?.number))
    expect(first.outputs['issue-url']).toBe(issues[0]?.html_url)
    expect(first.outputs['release-url']).toBe(marked?.html_url)
    expect(first.summary).toContain('## yank-notice: v1.2.0')
    expect(first.summary).toContain(
      '| GitHub release v1.2.0 marked yanked | done now | \\[YANKED\\] v1.2.0 |',
    )
    expect(first.summary).toContain('| latest is v1.2.1 | done now | moved |')
    expect(first.summary).toContain('Nothing is pending: every step is done.')
    expect(first.stdout).toContain(
      `Opened the tracking issue #${issues[0]?.number}: ${issues[0]?.html_url}`,
    )
    expect(first.stdout).toContain('v1.2.0 is marked yanked everywhere listed; nothing is pending.')

    const before = writes()
    const again = await run(inputs)
    expectClean(again)
    expect(again.exitCode).toBe(0)
    expect(writes()).toBe(before)
    expect(releaseOf(sandbox, 'v1.2.0')?.body).toBe(marked?.body)
    expect(releaseOf(sandbox, 'v1.2.0')?.name).toBe('[YANKED] v1.2.0')
    expect(issuesOf(sandbox)).toHaveLength(1)
    expect(again.stdout).toContain(`The tracking issue #${issues[0]?.number} is up to date`)
    expect(again.summary).toContain(
      '| GitHub release v1.2.0 marked yanked | done | \\[YANKED\\] v1.2.0 |',
    )
    expect(sandbox.contractViolations).toEqual([])
  })

  it('moves latest to the highest good stable release across the 1.x and 2.x lines', async () => {
    const { sandbox, run, release, latestTag, writes } = await world()
    await release('v1.4.2')
    await release('v2.0.0')
    await release('v1.4.3', { make_latest: 'false' })
    await release('v2.1.0-rc.1')
    expect(await latestTag()).toBe('v2.0.0')

    // Yanking a 1.x hotfix leaves latest on 2.0.0, untouched.
    const before = writes()
    const hotfix = await run({ tag: 'v1.4.3', reason: 'Breaks imports.' })
    expect(hotfix.exitCode).toBe(0)
    expect(hotfix.outputs['latest-tag']).toBe('v2.0.0')
    expect(hotfix.summary).toContain('| latest is v2.0.0 | done |  |')
    const releaseWrites = sandbox.requests
      .slice(before)
      .filter((request) => request.operationId === 'repos/update-release')
      .map((request) => request.path)
    expect(releaseWrites).toEqual([
      `/repos/acme/widget/releases/${releaseOf(sandbox, 'v1.4.3')?.id}`,
    ])

    // Yanking 2.0.0 then: not the prerelease, not the yanked 1.4.3, but 1.4.2.
    const major = await run({ version: '2.0.0', reason: 'Wrong build.' })
    expectClean(major)
    expect(major.exitCode).toBe(0)
    expect(await latestTag()).toBe('v1.4.2')
    expect(major.outputs['latest-tag']).toBe('v1.4.2')
    expect(issuesOf(sandbox)).toHaveLength(2)
    expect(issuesOf(sandbox)[1]?.body).toContain(
      '### What to do\n\nPin 1.4.2 until a fixed release is out.',
    )
    expect(releaseOf(sandbox, 'v2.1.0-rc.1')?.name).toBe('v2.1.0-rc.1')
  })

  it('warns when no good stable release remains to become latest', async () => {
    const { sandbox, run, release } = await world()
    await release('v1.0.0')
    const result = await run({ tag: 'v1.0.0', reason: 'Broken.', issue: 'false' })
    expect(result.exitCode).toBe(0)
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message:
          'No good stable release remains in acme/widget to become latest: a fixed release becomes latest when it is published.',
      }),
    )
    expect(JSON.parse(result.outputs.pending ?? '')).toEqual([
      'GitHub: publish a fixed release of 1.0.0; it becomes latest.',
    ])
    expect(result.outputs['issue-number']).toBeUndefined()
    expect(releaseOf(sandbox, 'v1.0.0')?.body).toContain(
      '> Do not use this version; a fixed release will follow.',
    )
  })

  it('prints the npm deprecate command without a token, and runs it with one', async () => {
    const { sandbox, run, release } = await world()
    const name = await seedNpm('@acme/widget', ['1.1.0', '1.2.0', '1.2.1'])
    await release('v1.1.0')
    await release('v1.2.0')
    await release('v1.2.1')
    const inputs = { tag: 'v1.2.0', reason: REASON, replacement: 'v1.2.1', packages: `npm:${name}` }
    const message = `1.2.0 is yanked: ${REASON} Upgrade to 1.2.1.`
    const command = `npm deprecate ${name}@1.2.0 '${message}' --registry ${npm.url}`

    const without = await run(inputs)
    expectClean(without)
    expect(without.exitCode).toBe(0)
    expect(without.annotations).toContainEqual({
      level: 'notice',
      properties: {},
      message: `${name}@1.2.0 is not deprecated on npm and no npm-deprecate-token was given. Run: ${command}`,
    })
    expect(JSON.parse(without.outputs.pending ?? '')).toEqual([`npm: ${command}`])
    expect(without.summary).toContain(
      `| npm: deprecate ${mention(name)}@1.2.0 | pending | run \`${command}\` |`,
    )
    expect(issuesOf(sandbox)[0]?.body).toContain(
      `- [ ] npm: deprecate ${mention(name)}@1.2.0 (pending: run \`${command}\`)`,
    )
    expect(issuesOf(sandbox)[0]?.body).toContain(`npm install ${name}@1.2.1`)
    expect(await npmDeprecated(name, '1.2.0')).toBeUndefined()

    const withToken = await run({ ...inputs, 'npm-deprecate-token': NPM_TOKEN })
    expectClean(withToken)
    expect(withToken.exitCode).toBe(0)
    expect(withToken.stdout).toContain(`::add-mask::${NPM_TOKEN}`)
    expect(await npmDeprecated(name, '1.2.0')).toBe(message)
    expect(await npmDeprecated(name, '1.2.1')).toBeUndefined()
    expect(withToken.summary).toContain(
      `| npm: deprecate ${mention(name)}@1.2.0 | done now | deprecated: "${message}" |`,
    )
    expect(withToken.outputs.pending).toBe('[]')
    expect(issuesOf(sandbox)).toHaveLength(1)
    expect(issuesOf(sandbox)[0]?.body).toContain(`- [x] npm: deprecate ${mention(name)}@1.2.0\n`)
    const deprecations = npm.requests.filter(
      (request) => request.method === 'PUT' && request.packageName === name,
    )
    expect(deprecations.map((request) => [request.tokenKind, request.status])).toEqual([
      ['static', 201],
    ])

    const third = await run(inputs)
    expect(third.exitCode).toBe(0)
    expect(third.summary).toContain(
      `| npm: deprecate ${mention(name)}@1.2.0 | done | deprecated: "${message}" |`,
    )
  })

  it('fails and says so when npm refuses the deprecate token, leaving the step pending', async () => {
    const { run, release } = await world()
    const name = await seedNpm('widget-refused', ['1.0.0', '1.0.1'])
    await release('v1.0.0')
    await release('v1.0.1')
    const result = await run({
      tag: 'v1.0.0',
      reason: 'Broken.',
      packages: `npm:${name}`,
      'npm-deprecate-token': 'npm_NotKnownToTheRegistry0123456789',
    })
    expect(linesLeaking(result, 'npm_NotKnownToTheRegistry0123456789')).toEqual([])
    expect(result.exitCode).toBe(1)
    expect(result.annotations.at(-1)?.message).toMatch(
      new RegExp(
        `^Could not deprecate on npm: ${name}@1\\.0\\.0: npm deprecate failed: .+\\. Check that npm-deprecate-token may write these packages, then run this again\\.$`,
      ),
    )
    expect(JSON.parse(result.outputs.pending ?? '')).toHaveLength(1)
    expect(await npmDeprecated(name, '1.0.0')).toBeUndefined()
  })

  it('links the PyPI manage page while not yanked, and records the yank once done', async () => {
    const { sandbox, run, release } = await world()
    const name = await seedPypi('acme-widget', ['1.2.0', '1.2.1'])
    await release('v1.2.0')
    await release('v1.2.1')
    const inputs = { tag: 'v1.2.0', reason: REASON, replacement: '1.2.1', packages: `pypi:${name}` }
    const manage = `${pypi.url}/manage/project/${name}/release/1.2.0/`

    const pending = await run(inputs)
    expectClean(pending)
    expect(pending.exitCode).toBe(0)
    expect(pending.annotations).toContainEqual({
      level: 'notice',
      properties: {},
      message: `${name} 1.2.0 is not yanked on PyPI, which has no API for it. Yank it at ${manage} (reason: ${REASON}), then run this again.`,
    })
    expect(JSON.parse(pending.outputs.pending ?? '')).toEqual([
      `PyPI: yank ${name} 1.2.0 at ${manage}`,
    ])
    expect(issuesOf(sandbox)[0]?.body).toContain(
      `- [ ] PyPI: yank ${name} 1.2.0 (pending: yank it by hand at ${manage})`,
    )
    expect(issuesOf(sandbox)[0]?.body).toContain(`pip install "${name}==1.2.1"`)
    expect(pending.summary).toContain(
      'Still to do by hand (run this action again afterwards to record it):',
    )

    expect(pending.stdout).toContain(`v1.2.0: 1 step(s) still to do by hand:\n- PyPI: yank ${name}`)

    pypi.yank(name, '1.2.0', 'Deletes data')
    const done = await run(inputs)
    expect(done.exitCode).toBe(0)
    expect(done.outputs.pending).toBe('[]')
    expect(done.stdout).toContain(`Updated the tracking issue #${issuesOf(sandbox)[0]?.number}`)
    expect(done.summary).toContain(`| PyPI: yank ${name} 1.2.0 | done | yanked: "Deletes data" |`)
    expect(issuesOf(sandbox)).toHaveLength(1)
    expect(issuesOf(sandbox)[0]?.body).toContain(`- [x] PyPI: yank ${name} 1.2.0\n`)

    pypi.unyank(name, '1.2.0')
    const undone = await run(inputs)
    expect(JSON.parse(undone.outputs.pending ?? '')).toHaveLength(1)
  })
})

describe('yank-notice bad input changes nothing', () => {
  let shared: World
  let npmName: string
  let pypiName: string
  beforeAll(async () => {
    shared = await world()
    await shared.release('v1.1.0')
    await shared.release('v1.2.0')
    await shared.release('v1.3.0', { name: '[YANKED] v1.3.0', make_latest: 'false' })
    await shared.release('v1.2.1', { make_latest: 'false' })
    npmName = await seedNpm('widget-bad', ['1.2.0'])
    pypiName = await seedPypi('widget-bad', ['1.2.0'])
  }, 60_000)

  const cases: Array<[string, () => Record<string, string>, () => string]> = [
    [
      'a tag with no release',
      () => ({ tag: 'v9.9.9', reason: 'x' }),
      () =>
        'No GitHub release in acme/widget has the tag v9.9.9, so there is nothing to mark yanked. Check tag (or version and tag-prefix); releases there: v1.2.1, v1.3.0, v1.2.0, v1.1.0.',
    ],
    [
      'a replacement that is not a release',
      () => ({ tag: 'v1.2.0', reason: 'x', replacement: '1.2.5' }),
      () =>
        'Input replacement is 1.2.5, but no published GitHub release in acme/widget has that version (tag v1.2.5). Publish it first, or choose a published good release: 1.2.1, 1.1.0.',
    ],
    [
      'a replacement that is yanked itself',
      () => ({ tag: 'v1.2.0', reason: 'x', replacement: '1.3.0' }),
      () =>
        'Input replacement is 1.3.0, but its release v1.3.0 is marked yanked itself. Choose a good release: 1.2.1, 1.1.0.',
    ],
    [
      'an unknown registry',
      () => ({ tag: 'v1.2.0', reason: 'x', packages: 'cargo:widget' }),
      () =>
        'Input packages has the line "cargo:widget", which names no registry. Write one package per line as npm:<name> or pypi:<name>, e.g. npm:@acme/widget or pypi:acme-widget.',
    ],
    [
      'an invalid npm name',
      () => ({ tag: 'v1.2.0', reason: 'x', packages: 'npm:Bad Name' }),
      () =>
        'Input packages has the line "npm:Bad Name", but "Bad Name" is not a valid npm package name. Write one package per line as npm:<name> or pypi:<name>, e.g. npm:@acme/widget or pypi:acme-widget.',
    ],
    [
      'an npm package that does not exist',
      () => ({ tag: 'v1.2.0', reason: 'x', packages: 'npm:no-such-widget-pkg' }),
      () =>
        `Input packages names npm:no-such-widget-pkg, but ${npm.url} has no package no-such-widget-pkg (404). Check the name, or remove the line.`,
    ],
    [
      'an npm package without the version',
      () => ({ tag: 'v1.3.0', reason: 'x', packages: `npm:${npmName}` }),
      () =>
        `npm package ${npmName} has no version 1.3.0 on ${npm.url}: there is nothing to deprecate. Check the tag, or remove npm:${npmName} from packages.`,
    ],
    [
      'a replacement missing on npm',
      () => ({ tag: 'v1.2.0', reason: 'x', replacement: '1.2.1', packages: `npm:${npmName}` }),
      () =>
        `Input replacement is 1.2.1, but npm package ${npmName} has no version 1.2.1 on ${npm.url}. Publish it first, or choose a version that is published.`,
    ],
    [
      'a PyPI project that does not exist',
      () => ({ tag: 'v1.2.0', reason: 'x', packages: 'pypi:no-such-widget-pkg' }),
      () =>
        `Input packages names pypi:no-such-widget-pkg, but ${pypi.url} has no project no-such-widget-pkg (404). Check the name, or remove the line.`,
    ],
    [
      'a PyPI project without the version',
      () => ({ tag: 'v1.1.0', reason: 'x', packages: `pypi:${pypiName}` }),
      () =>
        `PyPI project ${pypiName} has no release 1.1.0 on ${pypi.url}: there is nothing to yank. Check the tag, or remove pypi:${pypiName} from packages.`,
    ],
    [
      'a replacement missing on PyPI',
      () => ({ tag: 'v1.2.0', reason: 'x', replacement: '1.2.1', packages: `pypi:${pypiName}` }),
      () =>
        `Input replacement is 1.2.1, but PyPI project ${pypiName} has no release 1.2.1 on ${pypi.url}. Publish it first, or choose a version that is published.`,
    ],
    [
      'neither tag nor version',
      () => ({ reason: 'x' }),
      () =>
        'Neither tag nor version was given: set tag (e.g. v1.2.0) or version (e.g. 1.2.0) to the release to yank.',
    ],
    [
      'a version that disagrees with the tag',
      () => ({ tag: 'v1.2.0', version: '1.2.1', reason: 'x' }),
      () =>
        'Input version is 1.2.1 but the tag v1.2.0 says 1.2.0. Give one of them, or make them agree.',
    ],
    [
      'the yanked version as its own replacement',
      () => ({ tag: 'v1.2.0', reason: 'x', replacement: 'v1.2.0' }),
      () =>
        'Input replacement is 1.2.0, the version being yanked. Set replacement to the fixed version users should move to, or leave it out.',
    ],
    [
      'a replacement lower than the yanked version',
      () => ({ tag: 'v1.2.0', reason: 'x', replacement: 'v1.1.0' }),
      () =>
        'Input replacement is 1.1.0, which is lower than 1.2.0, the version being yanked: users cannot upgrade to it. Set replacement to a fixed version above 1.2.0, or leave it out: users are then told to pin the previous good release.',
    ],
    [
      'a reason longer than fits',
      () => ({ tag: 'v1.2.0', reason: 'x'.repeat(2001) }),
      () =>
        "Input reason has 2001 characters, more than the 2000 that fit in the banner, the tracking issue and npm's message. Say what is wrong in a few sentences and link to the details (an issue or an advisory).",
    ],
    [
      'no reason',
      () => ({ tag: 'v1.2.0' }),
      () =>
        'Input reason is required but was not given. Say what is wrong with the release, for its users.',
    ],
    [
      'a bad issue boolean',
      () => ({ tag: 'v1.2.0', reason: 'x', issue: 'yes' }),
      () => 'Input issue is "yes", which is not a boolean. Use true or false.',
    ],
    [
      'a bad registry URL',
      () => ({ tag: 'v1.2.0', reason: 'x', 'npm-registry': 'registry.npmjs.org' }),
      () =>
        'Input npm-registry is "registry.npmjs.org", which is not an http(s) URL. Leave it out for https://registry.npmjs.org/.',
    ],
  ]

  it.each(cases)('refuses %s', async (_label, inputs, message) => {
    const writes = shared.writes()
    const npmWrites = npm.requests.filter((request) => request.method !== 'GET').length
    const result = await shared.run({ 'npm-deprecate-token': NPM_TOKEN, ...inputs() })
    expect(result.exitCode).toBe(1)
    expect(result.annotations.map((annotation) => annotation.message)).toContain(message())
    expect(linesLeaking(result, NPM_TOKEN)).toEqual([])
    expect(shared.writes()).toBe(writes)
    expect(npm.requests.filter((request) => request.method !== 'GET').length).toBe(npmWrites)
    expect(issuesOf(shared.sandbox)).toEqual([])
    expect(releaseOf(shared.sandbox, 'v1.2.0')?.name).toBe('v1.2.0')
  })
})
