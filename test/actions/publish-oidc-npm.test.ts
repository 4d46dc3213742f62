import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type GitHubSandbox,
  type JobClaims,
  type NpmSandbox,
  type OidcIssuer,
  startGitHubSandbox,
  startNpmSandbox,
  startOidcIssuer,
} from '@tokenless/sandbox'
import { type BundleRun, runBundleAsync } from '../support/run-bundle.js'

const RELEASE_JOB: JobClaims = {
  repository: 'acme/widget',
  workflow: 'release.yml',
  ref: 'refs/tags/v1.1.0',
  environment: 'release',
  repository_visibility: 'private',
}
const PUBLISHER = {
  owner: 'acme',
  repository: 'widget',
  workflow: 'release.yml',
  environment: 'release',
}

let issuer: OidcIssuer
let registry: NpmSandbox
const started: Array<{ stop(): Promise<void> }> = []

beforeAll(async () => {
  issuer = await startOidcIssuer()
  registry = await startNpmSandbox({ issuer })
  started.push(registry, issuer)
}, 60_000)
afterAll(async () => {
  for (const service of started) await service.stop()
})

let counter = 0
/** A fresh package name per test, so that tests sharing the registry do not meet. */
function uniqueName(base: string): string {
  counter++
  return base.startsWith('@')
    ? `${base}-${counter}-${process.pid}`
    : `${base}-${counter}-${process.pid}`
}

function packageDir(
  root: string,
  name: string,
  version: string,
  extra: Record<string, unknown> = {},
): string {
  const dir = join(root, name.replace(/[@/]/g, '_'))
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version, ...extra }, null, 2))
  writeFileSync(join(dir, 'index.js'), `module.exports = ${JSON.stringify(`${name}@${version}`)}\n`)
  return dir
}

/** A package already on the registry at 1.0.0 (first publish done by hand), trusted for the release job. */
async function existingPackage(base: string, publisher = PUBLISHER): Promise<string> {
  const name = uniqueName(base)
  const seedRoot = mkdtempSync(join(tmpdir(), 'tokenless-seed-'))
  await registry.seedPackage(packageDir(seedRoot, name, '1.0.0'))
  registry.trustPublisher(name, publisher)
  return name
}

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'tokenless-publish-'))
}

async function publish(
  dir: string,
  inputs: Record<string, string>,
  options: { claims?: JobClaims; env?: Record<string, string>; home?: string } = {},
): Promise<BundleRun> {
  const job = issuer.createJob(options.claims ?? RELEASE_JOB)
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'tokenless-home-'))
  const run = await runBundleAsync('publish-oidc', {
    workspace: dir,
    inputs: { registry: registry.url, provenance: 'false', 'require-gate': 'false', ...inputs },
    env: {
      ...job.env,
      HOME: home,
      // No retries of a failed PUT (npm waits 10 s between them): the tests inject failures.
      npm_config_fetch_retries: '0',
      ...options.env,
    },
  })
  // No token of any kind may reach the log, except in the runner's add-mask commands.
  for (const line of `${run.stdout}\n${run.stderr}\n${run.summary}`.split('\n')) {
    if (line.startsWith('::add-mask::')) continue
    expect(line).not.toMatch(/npm_[A-Za-z0-9]{36}/)
    expect(line).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/)
    expect(line).not.toContain(job.requestToken)
  }
  return run
}

async function served(name: string, version: string): Promise<{ integrity?: string } | undefined> {
  const response = await fetch(new URL(name.replace('/', '%2f'), registry.url))
  if (!response.ok) return undefined
  const packument = (await response.json()) as {
    versions?: Record<string, { dist?: { integrity?: string } }>
    'dist-tags'?: Record<string, string>
  }
  return packument.versions?.[version]?.dist
}

describe('publish-oidc to npm (bundle, real npm CLI, Verdaccio, sandbox issuer)', () => {
  it('publishes a package through OIDC, verifies it, and reports it', async () => {
    const name = await existingPackage('widget')
    const dir = workspace()
    packageDir(dir, name, '1.1.0')
    const result = await publish(dir, { packages: name, version: '1.1.0' })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toEqual({
      published: JSON.stringify([`${name}@1.1.0`]),
      skipped: '[]',
      failed: '[]',
    })
    expect((await served(name, '1.1.0'))?.integrity).toMatch(/^sha512-/)
    expect(result.summary).toContain('| environment | release |')
    expect(result.summary).toContain(
      'owner acme, repository widget, workflow release.yml, environment release',
    )
    expect(result.summary).toMatch(
      /✅ published \| dist-tag latest; served with matching integrity after/,
    )
  })

  it('publishes a scoped package and a prerelease to its own dist-tag', async () => {
    const name = await existingPackage('@acme/core')
    const dir = workspace()
    packageDir(dir, name, '2.0.0-rc.1')
    const result = await publish(dir, { packages: '*', version: '2.0.0-rc.1' })
    expect(result.exitCode).toBe(0)
    expect(result.summary).toContain('dist-tag rc')
    const packument = (await (
      await fetch(new URL(name.replace('/', '%2f'), registry.url))
    ).json()) as {
      'dist-tags': Record<string, string>
    }
    expect(packument['dist-tags']).toMatchObject({ latest: '1.0.0', rc: '2.0.0-rc.1' })
  })

  it('publishes tarballs made by npm pack, named by a glob', async () => {
    const names = [await existingPackage('tgz-a'), await existingPackage('tgz-b')]
    const dir = workspace()
    mkdirSync(join(dir, 'dist'))
    for (const name of names) {
      const source = packageDir(join(dir, 'src'), name, '1.1.0')
      execFileSync('npm', ['pack', '--pack-destination', join(dir, 'dist')], {
        cwd: source,
        stdio: 'ignore',
      })
    }
    const result = await publish(dir, { packages: 'dist/*.tgz', version: '1.1.0' })
    expect(result.exitCode).toBe(0)
    expect((JSON.parse(result.outputs.published ?? '[]') as string[]).sort()).toEqual(
      names.map((name) => `${name}@1.1.0`).sort(),
    )
    for (const name of names) expect((await served(name, '1.1.0'))?.integrity).toMatch(/^sha512-/)
  })

  it('refuses to put a prerelease on latest', async () => {
    const dir = workspace()
    packageDir(dir, 'whatever', '2.0.0-beta.1')
    const result = await publish(dir, { packages: 'whatever', 'dist-tag': 'latest' })
    expect(result.exitCode).toBe(1)
    expect(result.annotations[0]?.message).toBe(
      'dist-tag is latest, but 2.0.0-beta.1 is a prerelease: npm would make every plain "npm install" pick it. Leave dist-tag out (beta is used) or choose another tag.',
    )
  })

  it('publishes the public packages of a workspace, and a rerun after a partial failure completes the rest', async () => {
    const names = [
      await existingPackage('ws-a'),
      await existingPackage('ws-b'),
      await existingPackage('ws-c'),
      await existingPackage('ws-d'),
    ]
    const dir = workspace()
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }),
    )
    names.forEach((name, index) =>
      packageDir(join(dir, 'packages'), name, '1.1.0', index === 0 ? {} : {}),
    )
    packageDir(join(dir, 'packages'), 'internal-tool', '1.1.0', { private: true })
    const fault = registry.faults.add({
      method: 'PUT',
      path: new RegExp(names[2]!),
      status: 500,
      times: 1,
    })
    const first = await publish(dir, { version: '1.1.0' })
    expect(fault.applied).toBe(1)
    expect(first.exitCode).toBe(1)
    const published = JSON.parse(first.outputs.published ?? '[]') as string[]
    expect(published.sort()).toEqual(
      [names[0], names[1], names[3]].map((name) => `${name}@1.1.0`).sort(),
    )
    expect(first.outputs.failed).toBe(JSON.stringify([`${names[2]}@1.1.0`]))
    expect(first.annotations.at(-1)?.message).toMatch(
      /^1 of 4 package\(s\) failed to publish: .*[^.]\. A rerun publishes only what is missing\.$/,
    )
    const rerun = await publish(dir, { version: '1.1.0' })
    expect(rerun.exitCode).toBe(0)
    expect(rerun.outputs.published).toBe(JSON.stringify([`${names[2]}@1.1.0`]))
    expect((JSON.parse(rerun.outputs.skipped ?? '[]') as string[]).length).toBe(3)
  })

  it('says what the registry answered when it cannot list the versions, and publishes nothing', async () => {
    const name = await existingPackage('down')
    const dir = workspace()
    packageDir(dir, name, '1.1.0')
    const fault = registry.faults.add({
      method: 'GET',
      path: new RegExp(name.split('/').at(-1)!),
      status: 503,
      times: Infinity,
    })
    const result = await publish(dir, { packages: name })
    registry.faults.clear()
    // The read is retried (twice) before the registry is called down.
    expect(fault.applied).toBe(3)
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      `answered HTTP 503 when asked which versions of ${name} it has. Check that the registry input names an npm registry and that it is up, then rerun the job: what is already published is skipped.`,
    )
    expect(result.outputs.published ?? '[]').toBe('[]')
  })

  it('retries a version list the registry answered once with 503, then publishes', async () => {
    const name = await existingPackage('blip')
    const dir = workspace()
    packageDir(dir, name, '1.1.0')
    const fault = registry.faults.add({
      method: 'GET',
      path: new RegExp(name.split('/').at(-1)!),
      status: 503,
    })
    const result = await publish(dir, { packages: name })
    registry.faults.clear()
    expect(fault.applied).toBe(1)
    expect(result.exitCode).toBe(0)
    expect(result.outputs.published).toBe(JSON.stringify([`${name}@1.1.0`]))
  })

  it('skips the same version with the same content, and fails it with different content', async () => {
    const name = await existingPackage('same')
    const dir = workspace()
    packageDir(dir, name, '1.1.0')
    expect((await publish(dir, { packages: name })).exitCode).toBe(0)
    const again = await publish(dir, { packages: name })
    expect(again.exitCode).toBe(0)
    expect(again.outputs.skipped).toBe(JSON.stringify([`${name}@1.1.0`]))
    writeFileSync(join(dir, name, 'index.js'), 'module.exports = "changed"\n')
    const changed = await publish(dir, { packages: name })
    expect(changed.exitCode).toBe(1)
    expect(changed.outputs.failed).toBe(JSON.stringify([`${name}@1.1.0`]))
    expect(changed.summary).toMatch(
      /version 1\.1\.0 of .* is already published with different content \(registry sha512-.*, here sha512-.*\); publish a new version\./,
    )
  })

  it('explains a first publish: npm cannot create a package through OIDC', async () => {
    const dir = workspace()
    const name = uniqueName('brand-new')
    packageDir(dir, name, '1.0.0')
    const result = await publish(dir, { packages: name })
    expect(result.exitCode).toBe(1)
    expect(result.summary).toContain(
      `${registry.url} has no trusted publisher for ${name} ("OIDC token exchange error - package not found"). npm cannot create a package through OIDC: publish its first version once by hand (npm publish, with 2FA), then on the package's settings page add a trusted publisher for GitHub Actions with owner acme, repository widget, workflow release.yml, environment release.`,
    )
  })

  it.each([
    ['the workflow file name’s case', { ...PUBLISHER, workflow: 'Release.yml' }],
    ['.yaml against .yml', { ...PUBLISHER, workflow: 'release.yaml' }],
    ['the environment', { ...PUBLISHER, environment: 'production' }],
  ])('shows what this job presents when the publisher differs in %s', async (_what, publisher) => {
    const name = await existingPackage('mismatch', publisher)
    const dir = workspace()
    packageDir(dir, name, '1.1.0')
    const result = await publish(dir, { packages: name })
    expect(result.exitCode).toBe(1)
    expect(result.summary).toContain(
      `refused the OIDC token for ${name}: HTTP 403 ("OIDC permission denied for this action"). Its trusted publisher does not match this job, which presents owner acme, repository widget, workflow release.yml, environment release.`,
    )
    expect(await served(name, '1.1.0')).toBeUndefined()
  })

  it('passes provenance through to npm with a Sigstore token, and never gives npm a way to ask for one', async () => {
    const name = await existingPackage('provenance')
    const dir = workspace()
    packageDir(dir, name, '1.1.0', {
      repository: { type: 'git', url: 'git+https://github.com/acme/widget.git' },
    })
    // Tokens issued during a run: publish-oidc asks for two (claims, exchange), and with
    // provenance a third (audience sigstore) that it hands to npm: npm never gets the runner's
    // token request, so it mints none of its own.
    // A public repository: a private one is refused before npm runs (see the provenance tests).
    const claims = { ...RELEASE_JOB, repository_visibility: 'public' as const }
    const issuedDuring = async (provenance: string) => {
      const before = issuer.issued.length
      const run = await publish(dir, { packages: name, provenance }, { claims })
      return { run, issued: issuer.issued.length - before }
    }
    const on = await issuedDuring('true')
    expect(on.issued).toBe(3)
    // This sandbox registry runs without a Sigstore stand-in, so it reports no package
    // visibility: npm refuses, and publish-oidc says what to do.
    expect(on.run.exitCode).toBe(1)
    expect(on.run.summary).toContain(
      "npm publish failed: code EUSAGE Can't generate provenance for new or private package, you must set `access` to public. Provenance needs a public package from a public repository: set provenance: false for a private one.",
    )
    expect(await served(name, '1.1.0')).toBeUndefined()
    const off = await issuedDuring('false')
    expect(off.issued).toBe(2)
    expect(off.run.exitCode).toBe(0)
  })

  describe('refuses before uploading anything', () => {
    it('a package.json repository that provenance would contradict', async () => {
      const name = await existingPackage('repo-url')
      const dir = workspace()
      packageDir(dir, name, '1.1.0', { repository: 'github:acme/other' })
      const result = await publish(
        dir,
        { packages: name, provenance: 'true' },
        { claims: { ...RELEASE_JOB, repository_visibility: 'public' } },
      )
      expect(result.annotations[0]?.message).toBe(
        `${name} (${name}): package.json's repository is github:acme/other, but provenance ties the package to acme/widget, and npm refuses the publish when they differ. Set "repository": { "type": "git", "url": "git+https://github.com/acme/widget.git" }, or provenance: false.`,
      )
    })

    it.each([
      [
        'NODE_AUTH_TOKEN',
        { NODE_AUTH_TOKEN: 'XXXXX-XXXXX-XXXXX-XXXXX' },
        "the environment variable NODE_AUTH_TOKEN holds setup-node's placeholder token",
      ],
      ['NPM_TOKEN', { NPM_TOKEN: 'npm_static' }, 'the environment variable NPM_TOKEN is set'],
      [
        'TWINE_PASSWORD',
        { TWINE_PASSWORD: 'pypi-static' },
        'the environment variable TWINE_PASSWORD is set',
      ],
    ])('a static token in %s', async (_name, env, found) => {
      const name = await existingPackage('leak')
      const dir = workspace()
      packageDir(dir, name, '1.1.0')
      const result = await publish(dir, { packages: name }, { env })
      expect(result.exitCode).toBe(1)
      expect(result.annotations[0]?.message).toContain(
        `publish-oidc publishes through OIDC only and refuses to run with a long-lived registry token in reach: ${found}`,
      )
      expect(await served(name, '1.1.0')).toBeUndefined()
    })

    it('an _authToken in a project .npmrc and in the user .npmrc', async () => {
      const name = await existingPackage('npmrc')
      const dir = workspace()
      packageDir(dir, name, '1.1.0')
      writeFileSync(join(dir, '.npmrc'), '//registry.npmjs.org/:_authToken=${NODE_AUTH_TOKEN}\n')
      const home = mkdtempSync(join(tmpdir(), 'tokenless-home-'))
      writeFileSync(join(home, '.npmrc'), '//127.0.0.1/:_authToken=npm_old\n')
      const result = await publish(dir, { packages: name }, { home })
      expect(result.exitCode).toBe(1)
      expect(result.annotations[0]?.message).toContain(
        `${join(dir, '.npmrc')}:1 sets //registry.npmjs.org/:_authToken (the .npmrc that actions/setup-node writes for registry-url); ${join(home, '.npmrc')}:1 sets //127.0.0.1/:_authToken.`,
      )
      expect(await served(name, '1.1.0')).toBeUndefined()
    })

    it('a job without id-token: write', async () => {
      const dir = workspace()
      packageDir(dir, 'anything', '1.1.0')
      const result = await runBundleAsync('publish-oidc', {
        workspace: dir,
        inputs: { registry: registry.url, packages: 'anything', 'require-gate': 'false' },
        env: { HOME: mkdtempSync(join(tmpdir(), 'tokenless-home-')) },
      })
      expect(result.annotations[0]?.message).toBe(
        'This job cannot request an OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL is not set, which means the job lacks "permissions: id-token: write". Add to the publishing job: permissions: { id-token: write, contents: read } (and nothing else runs in that job).',
      )
    })

    it('a job outside the required environment, and a self-hosted runner', async () => {
      const name = await existingPackage('env')
      const dir = workspace()
      packageDir(dir, name, '1.1.0')
      const none = await publish(
        dir,
        { packages: name },
        { claims: { ...RELEASE_JOB, environment: undefined } },
      )
      expect(none.annotations[0]?.message).toMatch(/^The publishing job runs under no environment/)
      const selfHosted = await publish(
        dir,
        { packages: name },
        { claims: { ...RELEASE_JOB, runner_environment: 'self-hosted' } },
      )
      expect(selfHosted.annotations[0]?.message).toBe(
        'npm accepts trusted publishing only from GitHub-hosted runners, and this job runs on a self-hosted runner (runner_environment: self-hosted): npm would answer 422. Run the publishing job on a GitHub-hosted runner (runs-on: ubuntu-latest).',
      )
      expect(await served(name, '1.1.0')).toBeUndefined()
    })

    it('a package whose version is not the release’s', async () => {
      const dir = workspace()
      packageDir(dir, 'versioned', '1.0.9')
      const result = await publish(dir, { packages: 'versioned', version: '1.1.0' })
      expect(result.annotations[0]?.message).toBe(
        'versioned (versioned) has version 1.0.9, but this release is 1.1.0. Set the version in its package.json (validate-tag checks the manifests), or leave it out of packages.',
      )
    })

    it('a commit whose test gate failed', async () => {
      const github: GitHubSandbox = await startGitHubSandbox({
        repositories: [{ owner: 'acme', repo: 'widget' }],
      })
      started.push(github)
      const sha = 'c'.repeat(40)
      await fetch(`${github.url}/repos/acme/widget/check-runs`, {
        method: 'POST',
        headers: { authorization: 'token sandbox-token', 'content-type': 'application/json' },
        body: JSON.stringify({
          name: 'tokenless/test-gate',
          head_sha: sha,
          status: 'completed',
          conclusion: 'failure',
        }),
      })
      const name = await existingPackage('gated')
      const dir = workspace()
      packageDir(dir, name, '1.1.0')
      const result = await publish(
        dir,
        { packages: name, 'require-gate': 'auto', sha, token: 'sandbox-token' },
        { env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/widget' } },
      )
      expect(result.exitCode).toBe(1)
      expect(result.annotations[0]?.message).toMatch(
        /^The test gate on ccccccc is failure \(.*\): nothing is published for a commit whose tests did not pass\. Fix the tests and release again\.$/,
      )
      expect(await served(name, '1.1.0')).toBeUndefined()
    })
  })
})
