// Release workflows shaped like the ones people have (not the suite's): `npm publish` and
// `twine upload` in run: steps naming the public registries, a job calling another repository's
// reusable workflow, an action the rehearsal cannot run and what that leaves behind, a macOS job,
// a tool GitHub's image has and this machine lacks. Nothing may be written off the machine, and no
// run that skipped a publish may say PASSED.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RehearsalReport } from '../../src/rehearse/rehearsal.js'
import { rehearseJson, runRehearse } from './rehearse-support.js'

/** A repository `acme/widget` with an npm package at 1.1.0 to release, tagged v1.0.0 before (and v1.1.0 with `tagRelease`). */
function repository(workflow: string, tagRelease = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-real-shapes-'))
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' })
  git('init', '--quiet', '--initial-branch=main')
  git('remote', 'add', 'origin', 'https://github.com/acme/widget.git')
  const manifest = (version: string): void =>
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'acme-widget', version, repository: 'github:acme/widget' }, null, 2),
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
  if (tagRelease) git('tag', 'v1.1.0')
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

function job(report: RehearsalReport, label: string) {
  const jobs = report.attempts[report.attempts.length - 1]!.jobs
  const found = jobs.find((candidate) => candidate.label === label)
  if (found === undefined)
    throw new Error(`No job ${label} in ${jobs.map((j) => j.label).join(', ')}`)
  return found
}

const PUBLIC_REGISTRIES = `name: release
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
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 24
          registry-url: https://registry.npmjs.org
      - run: npm publish --registry https://registry.npmjs.org --access public
  pypi:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - run: |
          mkdir -p dist
          printf 'not really a wheel' > dist/acme_widget-1.1.0-py3-none-any.whl
      - id: upload
        continue-on-error: true
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: not-a-token
          TWINE_NON_INTERACTIVE: '1'
        run: twine upload --repository-url https://upload.pypi.org/legacy/ dist/*
`

describe('tokenless rehearse on release workflows shaped like real ones', () => {
  it('npm publish and twine upload naming the public registries land in the sandbox; no write leaves loopback', async () => {
    const dir = repository(PUBLIC_REGISTRIES)
    const proxy = await recordingProxy()
    const saved = { HTTPS_PROXY: process.env.HTTPS_PROXY, HTTP_PROXY: process.env.HTTP_PROXY }
    process.env.HTTPS_PROXY = proxy.url
    process.env.HTTP_PROXY = proxy.url
    let result
    try {
      result = await rehearseJson([], { cwd: dir })
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
      await new Promise((resolve) => proxy.server.close(resolve))
    }
    const { code, report } = result
    // Every request the jobs made off loopback went through the proxy: none was made.
    expect(proxy.seen).toEqual([])
    expect(report.readBack.npm).toEqual([
      expect.objectContaining({ name: 'acme-widget', published: ['1.1.0'] }),
    ])
    const npmJob = job(report, 'npm')
    expect(npmJob.steps[1]!.notes).toContain(
      `with registry-url: https://registry.npmjs.org → the sandbox's npm registry (${report.sandbox['npm registry']!.replace(/\/$/, '')})`,
    )
    expect(npmJob.steps[2]!.log.join('\n')).toContain(
      `[tokenless rehearse] npm publishes to the sandbox: ${report.sandbox['npm registry']}`,
    )
    const pypiJob = job(report, 'pypi')
    expect(pypiJob.steps[1]!.notes).toContain(
      `run: https://upload.pypi.org/legacy/ → the sandbox's PyPI (${report.sandbox.PyPI}/legacy/)`,
    )
    // twine reached the sandbox's PyPI, which refused its made-up token.
    expect(pypiJob.steps[1]!.log.join('\n')).toContain(
      `Uploading distributions to ${report.sandbox.PyPI}/legacy/`,
    )
    expect(report.verdict).toBe('PASSED: published acme-widget@1.1.0 (npm); no GitHub release.')
    expect(code).toBe(0)
  })

  it('a publish that could not run is NOT REHEARSED (exit 3), never PASSED, and every gap says what it caused', async () => {
    const dir = repository(UNRUNNABLE)
    const pipx = execFileSync('sh', ['-c', 'command -v pipx || true'], { encoding: 'utf8' })
    if (pipx.trim() !== '')
      throw new Error(`This test needs a machine without pipx; ${pipx.trim()} is installed.`)
    const run = await runRehearse([], { cwd: dir })
    expect(run.stderr).toBe('')
    const text = run.stdout
    expect(text).toContain(
      '\nSandbox (127.0.0.1 only; every publish goes here, whatever the workflow names):\n',
    )
    expect(text).toContain(`
Publish and release steps that did not run against the sandbox:
  ! build › Create the GitHub release: gh release create was skipped: its if: reads steps.plan.outputs.release_created
  ! job docs: Run npm publish --tag docs: npm publish (npm) was skipped: its if: reads needs.build.outputs.created, from job build's output created, which was not rehearsed (empty here; on GitHub it has a value)
  ! job announce: calls acme/shared-workflows/.github/workflows/release.yml@v2, a reusable workflow of another repository, which may publish or release
`)
    // Every skip says why.
    expect(text).toContain(`      - Create the GitHub release (skipped)
          skipped: its if: reads steps.plan.outputs.release_created, from step Run acme/release-planner@v3 (acme/release-planner@v3), which was not rehearsed (empty here; on GitHub it has a value)
`)
    expect(text).toContain(`      - Run npm publish dist/*.tgz (skipped)
          skipped: an earlier step failed (a step without if: runs only while the job succeeds)
`)
    // The artifact the unrehearsed build would have uploaded: the failure names its cause, and
    // only what ran before it in the jobs it needs.
    expect(text).toContain(
      '          this failure comes from what the rehearsal could not run (on GitHub the artifact would be there): not rehearsed before it: build › Run acme/release-planner@v3: acme/release-planner@v3; build › Build the distributions: acme/build-python-dist@v1; build › Create the GitHub release: skipped, its if: reads steps.plan.outputs.release_created\n',
    )
    expect(text).toContain(`
Differences from GitHub's runner:
  ~ job build: runs-on macos-latest runs on macOS on GitHub; the rehearsal ran it on Linux (this machine), so macOS-only steps, paths and tools may behave differently
  ~ build › Run actions/setup-node@v5: node-version 18 was asked for; this machine has Node ${process.versions.node}, which the rehearsal uses.
  ~ build › Lint with pipx: pipx is not installed on this machine; GitHub's runner has it. Install it with: python3 -m pip install --user pipx (or apt-get install pipx). Then rehearse again.
`)
    expect(text).toContain(
      "\nNOT REHEARSED: 3 publish or release step(s) did not run against the sandbox: build › Create the GitHub release: gh release create was skipped: its if: reads steps.plan.outputs.release_created; job docs: Run npm publish --tag docs: npm publish (npm) was skipped: its if: reads needs.build.outputs.created, from job build's output created, which was not rehearsed (empty here; on GitHub it has a value); job announce: calls acme/shared-workflows/.github/workflows/release.yml@v2, a reusable workflow of another repository, which may publish or release. Failed because of what was not rehearsed: publish › Run actions/download-artifact@v5. What ran: nothing was published; no GitHub release. The release was not shown to work (exit code 3).\n",
    )
    expect(text).not.toContain('PASSED')
    expect(run.code).toBe(3)
  })
})

const UNRUNNABLE = `name: release
on:
  workflow_dispatch:
permissions: {}
jobs:
  build:
    runs-on: macos-latest
    permissions:
      contents: read
    outputs:
      created: \${{ steps.plan.outputs.release_created }}
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 18
      - id: plan
        uses: acme/release-planner@v3
      - name: Build the distributions
        uses: acme/build-python-dist@v1
      - name: Lint with pipx
        continue-on-error: true
        run: pipx run ruff check .
      - name: Create the GitHub release
        if: steps.plan.outputs.release_created == 'true'
        run: gh release create v1.1.0 --generate-notes
  publish:
    needs: build
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: actions/download-artifact@v5
        with:
          name: Packages
          path: dist
      - run: npm publish dist/*.tgz
  docs:
    needs: build
    if: needs.build.outputs.created == 'true'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write
    steps:
      - run: npm publish --tag docs
  announce:
    needs: build
    uses: acme/shared-workflows/.github/workflows/release.yml@v2
    secrets: inherit
`

const PUSH_TAG = `name: release
on:
  push:
    tags: ['v*', '!v*-rc*']
    paths: ['src/**']
  workflow_run:
    workflows: [CI]
    types: [completed]
    branches: [main]
permissions: {}
jobs:
  publish:
    if: github.event_name == 'push' || github.event.workflow_run.conclusion == 'success'
    runs-on: ubuntu-latest
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
      - name: The tag is the version
        run: |
          test "\${{ github.ref }}" = refs/tags/v1.1.0
          test "\${{ github.ref_type }}" = tag
          test "$GITHUB_REF_NAME" = "\${{ github.ref_name }}"
          test "$(node -p 'require("./package.json").version')" = "\${GITHUB_REF_NAME#v}"
          test "\${{ github.event.ref }}" = refs/tags/v1.1.0
      - name: The pushed tag is in the checkout (setuptools-scm and git describe read it)
        run: test "$(git describe --tags --exact-match)" = v1.1.0
      - uses: actions/checkout@v5
        with:
          ref: v1.0.0
          path: previous
      - name: A tag named in ref is checked out detached, as that tag
        run: |
          test "$(git -C previous describe --tags --exact-match)" = v1.0.0
          ! git -C previous symbolic-ref -q HEAD
          test "$(node -p 'require("./previous/package.json").version')" = 1.0.0
      - run: npm publish
`

const PUSH_BY_URL = `name: release
on: { workflow_dispatch: {} }
permissions: { contents: write }
jobs:
  tag:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - name: Push as semantic-release does, by the URL in package.json
        env:
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
        run: |
          git -c user.name=a -c user.email=a@example.com tag -a v9.9.9 -m v9.9.9
          git push https://github.com/acme/widget.git v9.9.9
          git push "https://x-access-token:$GITHUB_TOKEN@github.com/acme/widget.git" HEAD:refs/heads/release-test
          git ls-remote git@github.com:acme/widget.git | grep -q refs/tags/v9.9.9
          git ls-remote git+https://github.com/acme/widget.git | grep -q refs/heads/release-test
`

// What @semantic-release/github's verify does: the repository's owner and name, parsed from the
// URL semantic-release was given (package.json, else origin), must be those of the clone_url the
// API answers for it, else EMISMATCHGITHUBURL.
const SEMANTIC_RELEASE_VERIFY = `name: release
on: { workflow_dispatch: {} }
permissions: { contents: write, issues: write, pull-requests: write }
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - name: Verify as @semantic-release/github does
        env:
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
        run: |
          cat > verify.mjs <<'EOF'
          import { execFileSync } from 'node:child_process'
          const parse = (url) => {
            const m = /^\\/(?<owner>[^/]+)?\\/?(?<repo>.+?)(?:\\.git)?$/.exec(new URL(url).pathname)
            return \`\${m?.groups?.owner}/\${m?.groups?.repo}\`
          }
          // semantic-release reads origin so, as written (get-url would apply insteadOf).
          const origin = execFileSync('git', ['config', '--get', 'remote.origin.url'], { encoding: 'utf8' }).trim()
          const given = parse(origin)
          const answer = await fetch(\`\${process.env.GITHUB_API_URL}/repos/\${given}\`, {
            headers: { authorization: \`token \${process.env.GITHUB_TOKEN}\` },
          })
          const { clone_url, html_url } = await answer.json()
          for (const url of [clone_url, html_url]) {
            if (parse(url) !== given || given !== process.env.GITHUB_REPOSITORY) {
              console.error(\`EMISMATCHGITHUBURL: \${origin} is not \${url}\`)
              process.exit(1)
            }
          }
          console.log(clone_url)
          EOF
          test "$(git config --get remote.origin.url)" = "$GITHUB_SERVER_URL/$GITHUB_REPOSITORY"
          node verify.mjs > clone-url
      - name: clone_url clones, and a push to it or to origin lands in the sandbox's copy
        run: |
          git clone --quiet "$(cat clone-url)" copy
          test "$(git -C copy rev-parse HEAD)" = "$GITHUB_SHA"
          git -C copy tag v9.9.8
          git -C copy push --quiet origin v9.9.8
          git tag v9.9.7
          git push --quiet origin v9.9.7
          git ls-remote https://github.com/acme/widget.git > remote-refs
          grep -q refs/tags/v9.9.8 remote-refs
          grep -q refs/tags/v9.9.7 remote-refs
`

describe('git addresses of the repository', () => {
  it("a push to the repository's GitHub URL (plain, with the job's token, ssh) lands in the sandbox's copy", async () => {
    const dir = repository(PUSH_BY_URL)
    const { code, report } = await rehearseJson([], { cwd: dir })
    expect(job(report, 'tag').status).toBe('success')
    expect(code).toBe(0)
    // The repository rehearsed is only read: the pushed tag is in the sandbox's copy alone.
    expect(execFileSync('git', ['-C', dir, 'tag', '--list', 'v9.9.9'], { encoding: 'utf8' })).toBe(
      '',
    )
  })

  it("@semantic-release/github's check passes: clone_url and html_url name the repository, on the web side's own port", async () => {
    const dir = repository(SEMANTIC_RELEASE_VERIFY)
    const { code, report } = await rehearseJson([], { cwd: dir })
    const release = job(report, 'release')
    expect(release.steps.map((step) => [step.label, step.status])).toEqual([
      ['Run actions/checkout@v5', 'success'],
      ['Verify as @semantic-release/github does', 'success'],
      ["clone_url clones, and a push to it or to origin lands in the sandbox's copy", 'success'],
    ])
    expect(code).toBe(0)
  })
})

describe('tokenless rehearse on push, schedule and workflow_run', () => {
  it('--event push --ref refs/tags/v1.1.0: the tag push payload, ref_name and ref_type; npm publish in run: publishes through OIDC', async () => {
    const dir = repository(PUSH_TAG, true)
    const { code, report, stderr } = await rehearseJson(
      ['--event', 'push', '--ref', 'refs/tags/v1.1.0'],
      { cwd: dir },
    )
    expect(stderr).toBe('')
    expect(report.event).toBe('push')
    expect(report.ref).toBe('refs/tags/v1.1.0')
    expect(report.notes).toContain(
      `push event: refs/tags/v1.1.0 at ${report.sha.slice(0, 7)} (a new tag)`,
    )
    expect(report.seeded).toEqual([
      expect.objectContaining({
        name: 'acme-widget',
        version: '1.0.0',
        from: 'the package at v1.0.0',
      }),
    ])
    expect(report.verdict).toBe('PASSED: published acme-widget@1.1.0 (npm); no GitHub release.')
    expect(report.differences).toEqual([])
    expect(code).toBe(0)
  })

  it.each([
    [
      ['--event', 'push'],
      'tokenless rehearse: .github/workflows/release.yml would not run on this push: on.push filters tags only, so a push of the branch main does not run it. Rehearse a push it runs on with --ref (a branch, or refs/tags/NAME for a tag).\n',
    ],
    [
      ['--event', 'push', '--ref', 'v1.0.0-rc1'],
      'tokenless rehearse: .github/workflows/release.yml would not run on this push: the tag v1.0.0-rc1 does not match on.push.tags (v*, !v*-rc*). Rehearse a push it runs on with --ref (a branch, or refs/tags/NAME for a tag).\n',
    ],
    [
      ['--event', 'workflow_run', '--ref', 'feature'],
      'tokenless rehearse: .github/workflows/release.yml would not run after that run: the branch feature of the run it follows does not match on.workflow_run.branches (main). Name the branch of the run it follows with --ref.\n',
    ],
    [
      ['--event', 'schedule'],
      'tokenless rehearse: .github/workflows/release.yml does not run on schedule: its on: lists push, workflow_run. Rehearse one of those with --event.\n',
    ],
    [
      ['--event', 'push', '--ref', 'refs/tags/v1.1.0', '--input', 'version=1.1.0'],
      'tokenless rehearse: --input is for the inputs of workflow_dispatch and workflow_call; a push event has none.\n',
    ],
  ])('%j says why the workflow would not run', async (args, message) => {
    const dir = repository(PUSH_TAG, true)
    execFileSync('git', ['-C', dir, 'tag', 'v1.0.0-rc1', 'v1.0.0'])
    execFileSync('git', ['-C', dir, 'branch', 'feature'])
    const run = await runRehearse(args, { cwd: dir })
    expect(run.stderr).toBe(message)
    expect(run.code).toBe(1)
  })

  it('--event schedule: on the default branch, with the cron in the payload; --ref is refused', async () => {
    const dir = repository(
      `name: nightly
on:
  schedule:
    - cron: '30 5 * * 1'
jobs:
  nightly:
    runs-on: ubuntu-latest
    steps:
      - run: |
          test "\${{ github.event.schedule }}" = '30 5 * * 1'
          test "\${{ github.ref }}" = refs/heads/main
`,
    )
    const { code, report } = await rehearseJson(['--event', 'schedule'], { cwd: dir })
    expect(report.notes).toContain('schedule event: cron 30 5 * * 1, on main (schedules run there)')
    expect(report.verdict).toBe('PASSED: nothing was published; no GitHub release.')
    expect(code).toBe(0)
    const refused = await runRehearse(['--event', 'schedule', '--ref', 'main'], { cwd: dir })
    expect(refused.stderr).toBe(
      'tokenless rehearse: --ref: a schedule runs on the default branch (main); leave --ref out.\n',
    )
    expect(refused.code).toBe(1)
  })

  it('--event workflow_run --conclusion failure: the payload carries it, and the job if: reads it', async () => {
    const dir = repository(PUSH_TAG, true)
    const { code, report } = await rehearseJson(
      ['--event', 'workflow_run', '--conclusion', 'failure'],
      { cwd: dir },
    )
    expect(report.ref).toBe('refs/heads/main')
    expect(report.notes).toContain(
      `workflow_run event: "CI" completed on main at ${report.sha.slice(0, 7)} with conclusion failure; this workflow runs on main`,
    )
    expect(job(report, 'publish').notes).toEqual([
      "skipped: if: github.event_name == 'push' || github.event.workflow_run.conclusion == 'success' was false",
    ])
    expect(code).toBe(0)
  })
})
