// A fault in the first attempt, then --rerun-failed: only the failed jobs (and those that needed
// them) run again, on the same sandbox state, and nothing is published twice.
import { npmWorkflow, rehearseJson, runRehearse } from './rehearse-support.js'

describe('tokenless rehearse --fault ... --rerun-failed', () => {
  it('a GitHub 502 on creating the release: the rerun creates it, publishing nothing again', async () => {
    const { code, report } = await rehearseJson([
      '--workflow',
      npmWorkflow(),
      '--fault',
      'github:POST /repos/{owner}/{repo}/releases:status=502:times=all',
      '--rerun-failed',
    ])
    expect(report.attempts.map((attempt) => attempt.result)).toEqual(['failure', 'success'])
    const [first, second] = report.attempts
    expect(first!.jobs.find((job) => job.id === 'create-release')!.status).toBe('failure')
    expect(second!.jobs.map((job) => [job.id, job.status, job.attempt])).toEqual([
      ['validate', 'success', 1],
      ['test', 'success', 1],
      ['build', 'success', 1],
      ['publish-npm', 'success', 1],
      ['create-release', 'success', 2],
    ])
    expect(report.faults).toEqual([
      expect.objectContaining({
        description: 'github: POST /repos/{owner}/{repo}/releases answers 502 (from call 1 on)',
        applied: expect.any(Number),
      }),
    ])
    expect(report.faults[0]!.applied).toBeGreaterThan(0)
    expect(report.readBack.npm[0]).toMatchObject({ published: ['1.3.0'], uploads: 1 })
    expect(report.readBack.releases.map((release) => [release.tag, release.draft])).toEqual([
      ['v1.3.0', false],
    ])
    expect(report.verdict).toBe(
      'PASSED after rerunning the failed jobs: published hello-tokenless@1.3.0 (npm); GitHub release v1.3.0.',
    )
    expect(code).toBe(0)
  })

  it('npm failing the OIDC token exchange: the rerun publishes once and the release follows', async () => {
    const run = await runRehearse([
      '--workflow',
      npmWorkflow(),
      '--fault',
      'registry:npm:POST /-/npm/v1/oidc/token/exchange/package/{name}:status=500:times=all',
      '--rerun-failed',
    ])
    expect(run.stdout).toMatch(/Jobs \(attempt 1\): failure/)
    expect(run.stdout).toMatch(/✗ publish-npm +failure/)
    expect(run.stdout).toMatch(
      /Jobs \(attempt 2: the failed jobs rerun on the same sandbox state\): success/,
    )
    expect(run.stdout).toContain('npm      hello-tokenless@1.3.0  dist-tag latest')
    expect(run.stdout).not.toContain('publishes accepted')
    expect(run.stdout).toContain('\nPASSED after rerunning the failed jobs')
    expect(run.code).toBe(0)
  })

  it('without --rerun-failed the fault fails the rehearsal, and says where', async () => {
    const { code, report } = await rehearseJson([
      '--workflow',
      npmWorkflow(),
      '--fault',
      'github:POST /repos/{owner}/{repo}/releases:status=502:times=all',
    ])
    expect(code).toBe(1)
    expect(report.attempts).toHaveLength(1)
    expect(report.verdict).toMatch(
      /^FAILED in create-release › Run owner\/tokenless\/actions\/create-release@v1: /,
    )
  })
})
