// workflows-examples/release.yml on its other events (a release a maintainer published, a call
// from another workflow) and with trusted publishers that do not match: the report a maintainer
// reads, in text and JSON.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RehearsalReport } from '../../src/rehearse/rehearsal.js'
import type { JobRecord } from '../../src/rehearse/run-records.js'
import {
  npmWorkflow,
  rehearseJson,
  runRehearse,
  suiteRoot,
  tokenLines,
} from './rehearse-support.js'

const RELEASE = join('workflows-examples', 'release.yml')

/** A job that tells the maintainers when a publish failed, and is skipped otherwise. */
const NOTIFY = (needs: string): string => `  notify-on-failure:
    needs: [${needs}]
    if: failure()
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - env:
          RESULTS: \${{ join(needs.*.result, ', ') }}
        run: echo "the release failed; the jobs ended $RESULTS"
`

function withNotify(text: string, needs: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tokenless-rehearse-notify-')), 'release.yml')
  writeFileSync(file, `${text.trimEnd()}\n\n${NOTIFY(needs)}`)
  return file
}

function job(report: RehearsalReport, label: string): JobRecord {
  const jobs = report.attempts[report.attempts.length - 1]!.jobs
  const found = jobs.find((candidate) => candidate.label === label)
  if (found === undefined)
    throw new Error(`No job ${label} in ${jobs.map((j) => j.label).join(', ')}`)
  return found
}

describe('tokenless rehearse --event', () => {
  it('release: the release a maintainer published before the run is the one release.yml fills in', async () => {
    const { code, report, stderr } = await rehearseJson([
      '--workflow',
      RELEASE,
      '--event',
      'release',
    ])
    expect(stderr).toBe('')
    expect(report.event).toBe('release')
    expect(report.ref).toBe('refs/tags/v1.3.0')
    expect(report.notes).toEqual([
      'the GitHub releases v1.0.0, v1.1.0, v1.2.0 were published before the run (v1.2.0 latest), as the release event of v1.3.0 finds them',
      `release event: v1.3.0 was tagged at ${report.sha.slice(0, 7)} and published by a maintainer before the run`,
    ])
    expect(report.concurrency).toBe('release-v1.3.0 (a second run waits for this one)')
    expect(job(report, 'validate').summary).toContain('| 1.3.0 | v1.3.0 |')
    expect(job(report, 'validate').summary).toContain('(from the release event)')
    expect(job(report, 'publish-npm').notes).toContain(
      'OIDC: id-token write; tokens carry workflow_ref tokenless-demo/hello-tokenless/.github/workflows/release.yml@refs/tags/v1.3.0, job_workflow_ref tokenless-demo/hello-tokenless/.github/workflows/release.yml@refs/tags/v1.3.0, environment release',
    )
    expect(job(report, 'create-release').summary).toContain('## create-release: v1.3.0 updated')
    // The maintainer's release, not a second one: its notes and assets filled in, latest.
    const releases = report.readBack.releases
    expect(releases.map((release) => [release.tag, release.author, release.latest])).toEqual([
      ['v1.0.0', 'maintainer', false],
      ['v1.1.0', 'maintainer', false],
      ['v1.2.0', 'maintainer', false],
      ['v1.3.0', 'maintainer', true],
    ])
    const released = releases[3]!
    expect(released.body).toContain('farewell() in Node.js and Python')
    expect(released.assets.map((asset) => asset.name)).toEqual([
      'hello-tokenless-1.3.0.tgz',
      'hello_tokenless-1.3.0-py3-none-any.whl',
    ])
    expect(report.verdict).toBe(
      'PASSED: published hello-tokenless@1.3.0 (npm), hello-tokenless 1.3.0 (PyPI); GitHub release v1.3.0.',
    )
    expect(tokenLines(JSON.stringify(report, null, 1))).toEqual([])
    expect(code).toBe(0)
  })

  it('workflow_call: the generated caller runs release.yml as "call / job", npm trusting the caller', async () => {
    const run = await runRehearse(['--workflow', RELEASE, '--event', 'workflow_call'])
    expect(run.stdout).toContain(
      "workflow_call: rehearsed as called by .github/workflows/rehearsal-caller.yml (workflow_dispatch, permissions write-all), so npm's trusted publisher names rehearsal-caller.yml",
    )
    expect(run.stdout).toContain(
      'npm      hello-tokenless: owner tokenless-demo, repository hello-tokenless, workflow rehearsal-caller.yml, environment release',
    )
    expect(run.stdout).toContain(
      'PyPI     hello-tokenless: owner tokenless-demo, repository hello-tokenless, workflow release.yml, environment release',
    )
    for (const label of [
      'call',
      'call / validate',
      'call / test',
      'call / build',
      'call / publish-npm',
      'call / publish-pypi',
      'call / create-release',
    ]) {
      expect(run.stdout).toMatch(new RegExp(`\\n {2}✓ ${label.replace(/\//g, '\\/')} +success `))
    }
    // The called workflow's concurrency, with its inputs' defaults.
    expect(run.stdout).toContain(
      '      concurrency: release-refs/heads/main (a second run waits for this one)\n',
    )
    expect(run.stdout).toContain(
      'OIDC: id-token write; tokens carry workflow_ref tokenless-demo/hello-tokenless/.github/workflows/rehearsal-caller.yml@refs/heads/main, job_workflow_ref tokenless-demo/hello-tokenless/.github/workflows/release.yml@refs/heads/main, environment release',
    )
    // PyPI would refuse an attestation made in a reusable workflow: the upload goes without one.
    expect(run.stdout).toContain(
      'This job runs in the reusable workflow tokenless-demo/hello-tokenless/.github/workflows/release.yml, called by tokenless-demo/hello-tokenless/.github/workflows/rehearsal-caller.yml.',
    )
    expect(run.stdout).toContain(
      '\nPASSED: published hello-tokenless@1.3.0 (npm), hello-tokenless 1.3.0 (PyPI); GitHub release v1.3.0.\n',
    )
    expect(tokenLines(run.stdout)).toEqual([])
    expect(run.code).toBe(0)
  })
})

describe('tokenless rehearse --trusted-publisher', () => {
  it('environment= registers no environment: any job may publish, and a failure notice is skipped', async () => {
    const workflow = withNotify(readFileSync(npmWorkflow(), 'utf8'), 'publish-npm, create-release')
    const run = await runRehearse(['--workflow', workflow, '--trusted-publisher', 'environment='])
    expect(run.stdout).toContain(
      'npm      hello-tokenless: owner tokenless-demo, repository hello-tokenless, workflow release.yml, no environment (a token from any environment matches)   (from --trusted-publisher)',
    )
    expect(run.stdout).toMatch(/\n {2}- notify-on-failure +skipped /)
    expect(run.stdout).toContain('      skipped: if: failure() was false\n')
    expect(run.stdout).toContain(
      '\nPASSED: published hello-tokenless@1.3.0 (npm); GitHub release v1.3.0.\n',
    )
    expect(run.code).toBe(0)
  })

  it("workflow=other.yml: PyPI's own refusal reaches the report, and the failure notice runs", async () => {
    const workflow = withNotify(
      readFileSync(join(suiteRoot, RELEASE), 'utf8'),
      'publish-npm, publish-pypi, create-release',
    )
    const { code, report } = await rehearseJson([
      '--workflow',
      workflow,
      '--trusted-publisher',
      'workflow=other.yml',
    ])
    expect(
      report.trustedPublishers.map((publisher) => [publisher.registry, publisher.workflow]),
    ).toEqual([
      ['npm', 'other.yml'],
      ['pypi', 'other.yml'],
    ])
    const pypi = job(report, 'publish-pypi')
    expect(pypi.status).toBe('failure')
    expect(pypi.steps[1]!.annotations[0]!.message).toBe(
      `${report.sandbox.PyPI} has no trusted publisher matching this job (invalid-publisher: valid token, but no corresponding publisher (Publisher with matching claims was not found)). The job presents owner tokenless-demo, repository hello-tokenless, workflow release.yml, environment release, from job_workflow_ref tokenless-demo/hello-tokenless/.github/workflows/release.yml@refs/heads/main. On the project's Publishing settings, add a GitHub trusted publisher with exactly these values (the environment matches case-insensitively); for a new project, add a pending publisher.`,
    )
    expect(job(report, 'create-release').status).toBe('skipped')
    expect(job(report, 'notify-on-failure').steps[0]!.log).toEqual([
      'the release failed; the jobs ended failure, failure, skipped',
    ])
    expect(report.verdict).toMatch(
      /^FAILED in publish-npm › Run owner\/tokenless\/actions\/publish-oidc@v1: .*refused the OIDC token for hello-tokenless: HTTP 403 .* \(also failed: publish-pypi\)$/,
    )
    expect(report.readBack.npm[0]!.published).toEqual([])
    expect(report.readBack.pypi.flatMap((project) => project.published)).toEqual([])
    expect(code).toBe(1)
  })
})
