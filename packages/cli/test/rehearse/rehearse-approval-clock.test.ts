// The approval wait: a job under an environment waits (--approval-wait, simulated) and the jobs
// after it see the later time (--clock, libfaketime for run: steps, the OIDC tokens' iat). A
// CalVer version computed before the approval and again after it, with the approval crossing
// midnight UTC, tags one date and publishes the next: the rehearsal shows the disagreement. The
// same workflow passing the version as a job output agrees.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findFaketime } from '../../src/rehearse/rehearsal-clock.js'
import { rehearseJson, runRehearse } from './rehearse-support.js'

function repository(workflow: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tokenless-approval-clock-'))
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' })
  git('init', '--quiet', '--initial-branch=main')
  git('remote', 'add', 'origin', 'https://github.com/acme/daily.git')
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'acme-daily', version: '0.0.0', repository: 'github:acme/daily' }),
  )
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true })
  writeFileSync(join(dir, '.github', 'workflows', 'release.yml'), workflow)
  git('add', '--all')
  git('-c', 'user.name=A', '-c', 'user.email=a@example.com', 'commit', '--quiet', '-m', 'init')
  return dir
}

/** A daily CalVer release: the date is the version; `publishVersion` is what the publish job uses. */
function calver(publishVersion: string): string {
  return `name: release
on:
  workflow_dispatch:
permissions: {}
jobs:
  tag:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    outputs:
      version: \${{ steps.date.outputs.version }}
    steps:
      - uses: actions/checkout@v5
      - id: date
        run: echo "version=$(date -u +%Y.%-m.%-d)" >> "$GITHUB_OUTPUT"
      - run: git tag "v\${{ steps.date.outputs.version }}" && git push origin "v\${{ steps.date.outputs.version }}"
  publish:
    needs: tag
    runs-on: ubuntu-latest
    environment: release
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 24
          registry-url: https://registry.npmjs.org
      - run: npm version "${publishVersion}" --no-git-tag-version
      - name: Clocks
        run: |
          node -e "console.log('node sees ' + new Date().toISOString())"
          node -e "fetch(process.env.ACTIONS_ID_TOKEN_REQUEST_URL + '&audience=check', { headers: { authorization: 'Bearer ' + process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN } }).then((r) => r.json()).then((b) => console.log('iat ' + new Date(JSON.parse(Buffer.from(b.value.split('.')[1], 'base64url')).iat * 1000).toISOString()))"
      - run: npm publish
`
}

const AGAIN = '$(date -u +%Y.%-m.%-d)'
const PASSED_ON = '${{ needs.tag.outputs.version }}'

// A full rehearsal each (a sandbox, Verdaccio, npm): slow on a loaded machine.
const REHEARSAL_MS = 240_000

describe('tokenless rehearse: the approval wait', () => {
  beforeAll(() => {
    if (findFaketime() === undefined)
      throw new Error('These tests need libfaketime: apt-get install libfaketime (npm run setup).')
  })

  it(
    'a version computed again after an approval crossing midnight UTC: the tag and the package disagree',
    async () => {
      const dir = repository(calver(AGAIN))
      const { code, report } = await rehearseJson(
        ['--clock', '2026-06-03T23:55:00Z', '--approval-wait', '9h'],
        { cwd: dir },
      )
      expect(report.readBack.tags).toContain('v2026.6.3')
      expect(report.readBack.npm).toEqual([
        expect.objectContaining({ name: 'acme-daily', published: ['2026.6.4'] }),
      ])
      expect(report.versionDisagreements).toEqual([
        'npm acme-daily@2026.6.4: the run tagged v2026.6.3',
      ])
      const jobs = report.attempts[0]!.jobs
      const publish = jobs.find((job) => job.id === 'publish')!
      expect(publish.notes).toContainEqual(
        expect.stringMatching(
          /^environment release: approved after 9h \(--approval-wait, simulated\): the job's clock reads 2026-06-04T08:5\d:\d\dZ$/,
        ),
      )
      // Node's Date in the publish job's processes moved too, and so did the OIDC token's iat.
      const clocks = publish.steps[3]!.log.join('\n')
      expect(clocks).toMatch(/node sees 2026-06-04T08:5/)
      expect(clocks).toMatch(/iat 2026-06-04T08:5/)
      const tag = jobs.find((job) => job.id === 'tag')!
      expect(tag.notes).toContainEqual(
        expect.stringMatching(/^clock: the job starts at 2026-06-03T23:5\d:\d\dZ$/),
      )
      expect(report.notes).toContain(
        'clock: the run starts at 2026-06-03T23:55:00Z (--clock): run: steps and JavaScript actions see it through libfaketime, and so do the OIDC tokens and the registries',
      )
      expect(report.notes).toContain(
        'approval wait: every job under an environment waits 9h for its approval (--approval-wait, simulated), and the jobs after it see the later time',
      )
      expect(report.verdict).toBe(
        'FAILED: the tags and the packages disagree: npm acme-daily@2026.6.4: the run tagged v2026.6.3. A version computed twice (before an approval and again after it, across midnight UTC for a date) differs: compute it once and pass it to the later jobs as a job output.',
      )
      expect(code).toBe(1)
    },
    REHEARSAL_MS,
  )

  it(
    'the same workflow passing the version as a job output agrees, and the text report says so',
    async () => {
      const dir = repository(calver(PASSED_ON))
      const run = await runRehearse(['--clock', '2026-06-03T23:55:00Z', '--approval-wait', '9h'], {
        cwd: dir,
      })
      expect(run.stdout).toContain('  npm      acme-daily@2026.6.3  dist-tag latest')
      expect(run.stdout).not.toContain('the tag and the package disagree')
      expect(run.stdout).toContain(
        'PASSED: published acme-daily@2026.6.3 (npm); no GitHub release.',
      )
      expect(run.code).toBe(0)
    },
    REHEARSAL_MS,
  )
})
