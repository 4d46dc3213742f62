// release-self.yml rehearsed on a copy of this repository: the tokenless command is packed in the
// pack job, downloaded with the publish-oidc of the same commit, published to the sandbox's npm
// registry through trusted publishing, and the release created. Two parts are trimmed, each for a
// reason: the test job's command (`bash .ci/run`, this repository's whole CI, which runs
// elsewhere) becomes `node --version`, and the step that moves the major tag with `gh` is left
// out (the rehearsal stands in for actions, not for the GitHub CLI). `npm ci` in the pack job
// becomes a link to this checkout's node_modules: a rehearsal reaches no registry but its own.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runRehearse, tokenLines } from '../../packages/cli/test/rehearse/rehearse-support.js'
import { repoRoot } from '../support/action-defaults.js'

const WORKFLOW = '.github/workflows/release-self.yml'

/** release-self.yml with the two trimmed parts; throws when one is no longer there to trim. */
export function trimmedReleaseSelf(text: string, nodeModules: string): string {
  const cuts: Array<[string, string]> = [
    ['run: bash .ci/run', 'run: node --version'],
    ['npm ci --no-audit --no-fund', `ln -s '${nodeModules}' node_modules`],
  ]
  let trimmed = text
  for (const [from, to] of cuts) {
    if (!trimmed.includes(from)) throw new Error(`${WORKFLOW} has no "${from}" to trim any more.`)
    trimmed = trimmed.replace(from, to)
  }
  const move = trimmed.indexOf('      - name: Move the major tag to the release commit')
  if (move < 0) throw new Error(`${WORKFLOW} has no step that moves the major tag any more.`)
  return trimmed.slice(0, move)
}

it('publishes the tokenless package to the sandbox npm registry and creates the release', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'tokenless-self-')), 'tokenless')
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Release Tester',
        GIT_AUTHOR_EMAIL: 'tester@example.test',
        GIT_COMMITTER_NAME: 'Release Tester',
        GIT_COMMITTER_EMAIL: 'tester@example.test',
      },
    })
  execFileSync('git', ['clone', '--quiet', '--no-tags', repoRoot, dir])
  git('checkout', '--quiet', '-B', 'main')
  git('remote', 'remove', 'origin')
  const workflow = readFileSync(join(repoRoot, WORKFLOW), 'utf8')
  writeFileSync(join(dir, WORKFLOW), trimmedReleaseSelf(workflow, join(repoRoot, 'node_modules')))
  git('commit', '--quiet', '-am', 'test: release-self.yml trimmed for the rehearsal')

  const run = await runRehearse(['--repo', dir, '--workflow', join(dir, WORKFLOW)], {
    cwd: tmpdir(),
  })
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    version: string
  }
  expect(run.stderr).toBe('')
  expect(run.stdout).toContain('[pack] ✓ Pack the tokenless command')
  // The publish-oidc downloaded beside the package runs as the suite's: to the sandbox's npm.
  expect(run.stdout).toContain('[publish-npm] ✓ Run ./actions/publish-oidc')
  expect(run.stdout).toMatch(/registry npm → the sandbox's npm at http:\/\/127\.0\.0\.1:\d+\//)
  expect(run.stdout).toMatch(new RegExp(`npm +tokenless@${version} +dist-tag latest +sha512-`))
  expect(run.stdout).toContain(
    `PASSED: published tokenless@${version} (npm); GitHub release v${version}.`,
  )
  expect(tokenLines(run.stdout)).toEqual([])
  expect(run.code).toBe(0)
}, 300_000)

it('says when release-self.yml no longer has a part the rehearsal trims', () => {
  expect(() => trimmedReleaseSelf('jobs: {}\n', '/nm')).toThrow(
    `${WORKFLOW} has no "run: bash .ci/run" to trim any more.`,
  )
})
