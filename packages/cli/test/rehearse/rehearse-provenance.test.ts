// npm provenance rehearsed in the shape real repositories use: a job with `environment:` and
// `id-token: write`, setup-node, and `npm publish --provenance` (or NPM_CONFIG_PROVENANCE=true) in
// a `run:` step, npm doing its own trusted-publishing exchange. The bundle is signed by the
// sandbox's Sigstore stand-in, verified by the sandbox's npm registry, and `npm audit signatures`
// (the real client) reports it; nothing reaches the public Sigstore.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RehearsalReport } from '../../src/rehearse/rehearsal.js'
import { rehearseJson } from './rehearse-support.js'

/** `acme/widget` with the npm package acme-widget at 1.1.0, tagged v1.0.0 before. */
function repository(workflow: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-provenance-'))
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' })
  git('init', '--quiet', '--initial-branch=main')
  git('remote', 'add', 'origin', 'https://github.com/acme/widget.git')
  const manifest = (version: string): void =>
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify(
        {
          name: 'acme-widget',
          version,
          repository: { type: 'git', url: 'git+https://github.com/acme/widget.git' },
        },
        null,
        2,
      ),
    )
  manifest('1.0.0')
  writeFileSync(join(dir, 'index.js'), 'export const widget = 1\n')
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true })
  writeFileSync(join(dir, '.github', 'workflows', 'release.yml'), workflow)
  const commit = (message: string): void => {
    git('add', '--all')
    git('-c', 'user.name=A', '-c', 'user.email=a@example.com', 'commit', '--quiet', '-m', message)
  }
  commit('feat: a widget')
  git('tag', 'v1.0.0')
  manifest('1.1.0')
  commit('feat: more widgets')
  return dir
}

/** An HTTP proxy on loopback that records every request and CONNECT, and forwards none. */
async function recordingProxy(): Promise<{ url: string; seen: string[]; server: Server }> {
  const seen: string[] = []
  const server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`)
    response.writeHead(403).end('the rehearsal test proxy forwards nothing')
  })
  server.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url}`)
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  return { url: `http://127.0.0.1:${port}`, seen, server }
}

/** The workflow: `publish` is the step that publishes, `env` the job's environment block. */
function workflow(publish: string, env = ''): string {
  return `name: release
on:
  workflow_dispatch:
permissions: {}
jobs:
  npm:
    runs-on: ubuntu-latest
    environment: npm
    permissions:
      contents: read
      id-token: write
${env}    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 24
          registry-url: https://registry.npmjs.org
      - run: ${publish}
      - name: Check the provenance as a user would
        run: |
          mkdir -p "$RUNNER_TEMP/consumer" && cd "$RUNNER_TEMP/consumer"
          npm init --yes > /dev/null
          npm install --no-audit --no-fund acme-widget@1.1.0
          npm audit signatures
`
}

/** Rehearses with every off-loopback request sent to a proxy that forwards nothing. */
async function rehearseBehindProxy(
  dir: string,
): Promise<{ code: number; report: RehearsalReport; seen: string[] }> {
  const proxy = await recordingProxy()
  const names = ['HTTPS_PROXY', 'HTTP_PROXY', 'https_proxy', 'http_proxy'] as const
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]))
  for (const name of names) process.env[name] = proxy.url
  try {
    const { code, report } = await rehearseJson([], { cwd: dir })
    return { code, report, seen: proxy.seen }
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    await new Promise((resolve) => proxy.server.close(resolve))
  }
}

describe('tokenless rehearse: npm provenance from run: steps, against the Sigstore stand-in', () => {
  it.each([
    ['npm publish --provenance', 'npm publish --provenance --access public', ''],
    [
      'NPM_CONFIG_PROVENANCE=true',
      'npm publish --access public',
      '    env:\n      NPM_CONFIG_PROVENANCE: true\n',
    ],
  ])(
    '%s: signed by the stand-in, verified by the sandbox registry, reported by npm audit signatures; nothing leaves loopback',
    async (_label, publish, env) => {
      const dir = repository(workflow(publish, env))
      const { code, report, seen } = await rehearseBehindProxy(dir)
      const jobs = report.attempts[report.attempts.length - 1]!.jobs
      const npmJob = jobs.find((candidate) => candidate.label === 'npm')!
      const publishLog = npmJob.steps[2]!.log.join('\n')
      const checkLog = npmJob.steps[3]!.log.join('\n')
      // No request left loopback: not to fulcio.sigstore.dev, rekor.sigstore.dev, Sigstore's
      // TUF CDN, nor the public npm registry.
      expect(seen).toEqual([])
      // npm's own words. Its transparency-log line is a link it always builds on
      // search.sigstore.dev, whatever Rekor logged the entry: a printed address, not a request.
      expect(publishLog).toContain(
        'npm notice publish Signed provenance statement with source and build information from GitHub Actions',
      )
      expect(publishLog).toMatch(
        /npm notice publish Provenance statement published to transparency log: https:\/\/search\.sigstore\.dev\/\?logIndex=\d+/,
      )
      expect(report.sandbox.Sigstore).toMatch(/^http:\/\/127\.0\.0\.1:\d+/)
      // The registry verified the bundle and serves it: the packument names it.
      expect(report.readBack.npm).toEqual([
        expect.objectContaining({
          name: 'acme-widget',
          published: ['1.1.0'],
          provenance: { '1.1.0': 'https://slsa.dev/provenance/v1' },
        }),
      ])
      // The real npm client checked it against the stand-in's trust root.
      expect(checkLog).toContain('1 package has a verified registry signature')
      expect(checkLog).toContain('1 package has a verified attestation')
      expect(report.verdict).toBe('PASSED: published acme-widget@1.1.0 (npm); no GitHub release.')
      expect(code).toBe(0)
    },
    240_000,
  )

  it('what npm refuses with provenance is refused before any upload, with what to change', async () => {
    const dir = repository(PRECONDITIONS)
    const { code, report, seen } = await rehearseBehindProxy(dir)
    const jobs = report.attempts[report.attempts.length - 1]!.jobs
    const log = (label: string): string =>
      jobs
        .find((candidate) => candidate.label === label)!
        .steps.flatMap((step) => step.log)
        .join('\n')
    expect(seen).toEqual([])
    expect(log('self-hosted')).toContain(
      '[tokenless rehearse] npm publish with provenance refused before any upload: this job runs on a self-hosted runner (RUNNER_ENVIRONMENT=self-hosted), and npm accepts provenance only from GitHub-hosted runners (on GitHub the registry answers E422 "Unsupported GitHub Actions runner environment"). Run the publishing job on a GitHub-hosted runner (runs-on: ubuntu-latest), or publish without provenance.',
    )
    expect(log('other-repository')).toContain(
      `[tokenless rehearse] npm publish with provenance refused before any upload: acme-widget: package.json's repository is git+https://github.com/acme/old-widget.git, but provenance ties the package to acme/widget, and npm refuses the publish when they differ (on GitHub the registry answers E422 "Failed to validate repository information"). Set "repository": { "type": "git", "url": "git+https://github.com/acme/widget.git" } in package.json.`,
    )
    // Without id-token: write, npm itself refuses before it uploads.
    expect(log('no-id-token')).toContain(
      'Provenance generation in GitHub Actions requires "write" access to the "id-token" permission',
    )
    expect(jobs.map((job) => [job.label, job.status])).toEqual([
      ['self-hosted', 'failure'],
      ['no-id-token', 'failure'],
      ['other-repository', 'failure'],
    ])
    expect(report.readBack.npm).toEqual([
      expect.objectContaining({ name: 'acme-widget', published: [], uploads: 0 }),
    ])
    expect(code).not.toBe(0)
  }, 240_000)
})

/** Three jobs, each publishing with provenance where npm's registry would refuse it. */
const PRECONDITIONS = `name: release
on:
  workflow_dispatch:
permissions: {}
jobs:
  self-hosted:
    runs-on: [self-hosted, linux]
    environment: npm
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 24
          registry-url: https://registry.npmjs.org
      - run: npm publish --provenance --access public
  no-id-token:
    runs-on: ubuntu-latest
    environment: npm
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 24
          registry-url: https://registry.npmjs.org
      - run: npm publish --provenance --access public
  other-repository:
    runs-on: ubuntu-latest
    environment: npm
    permissions:
      contents: read
      id-token: write
    env:
      NPM_CONFIG_PROVENANCE: true
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 24
          registry-url: https://registry.npmjs.org
      - run: npm pkg set repository.url=git+https://github.com/acme/old-widget.git
      - run: npm publish --access public
`
