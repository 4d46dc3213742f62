// Full release workflows as repositories write them: for each way of releasing (npm + PyPI, a
// monorepo with a composite action and a reusable test workflow, release-please, changesets,
// semantic-release), one written the way it is often found in the wild and one hardened. The
// hardened ones must come out clean; the wild ones report exactly these findings.
import { afterAll, expect, test } from '@jest/globals'
import { join } from 'node:path'
import { doctorAt, messagesOf, removeRepositories } from './doctor-helpers.js'

afterAll(removeRepositories)

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name)
const located = (name: string) =>
  doctorAt(fixture(name)).findings.map(
    (f) => `${f.file.rel}:${f.position.line}:${f.position.column} ${f.severity} ${f.rule}`,
  )

const HARDENED = [
  'npm-pypi-hardened',
  'monorepo-hardened',
  'release-please-hardened',
  'changesets-hardened',
  'semantic-release-hardened',
]

test.each(HARDENED)('%s comes out clean', (name) => {
  const result = doctorAt(fixture(name))
  expect(located(name)).toEqual([])
  expect(result.failures).toEqual([])
  expect(result.repository.files.length).toBeGreaterThan(0)
})

const WILD: Record<string, string[]> = {
  'changesets-wild': [
    '.github/workflows/release.yml:11:3 error publish-without-environment',
    '.github/workflows/release.yml:26:11 warning cache-in-publish-job',
    '.github/workflows/release.yml:29:14 warning build-in-publish-job',
    '.github/workflows/release.yml:33:15 warning tag-before-test',
    '.github/workflows/release.yml:33:15 warning unpinned-action',
    '.github/workflows/release.yml:38:22 error long-lived-token',
  ],
  'monorepo-wild': [
    '.github/workflows/release.yml:10:7 error test-gate-bypass',
    '.github/workflows/release.yml:17:3 error release-cancel-in-progress',
    '.github/workflows/release.yml:22:11 error missing-local-reference',
    '.github/workflows/release.yml:26:9 error test-gate-bypass',
    '.github/workflows/release.yml:34:15 warning build-in-publish-job',
    '.github/workflows/release.yml:34:15 warning cache-in-publish-job',
    '.github/workflows/release.yml:34:15 error npm-too-old',
    '.github/workflows/release.yml:41:23 error script-injection',
    '.github/workflows/release.yml:42:11 error phantom-version',
    '.github/workflows/release.yml:43:14 warning publish-not-rerunnable',
  ],
  'npm-pypi-wild': [
    '.github/workflows/release.yml:4:1 warning release-without-concurrency',
    '.github/workflows/release.yml:9:1 error id-token-at-workflow-level',
    '.github/workflows/release.yml:28:3 error publish-without-environment',
    '.github/workflows/release.yml:36:11 warning cache-in-publish-job',
    '.github/workflows/release.yml:37:14 warning build-in-publish-job',
    '.github/workflows/release.yml:39:14 error publish-before-test',
    '.github/workflows/release.yml:41:28 error long-lived-token',
    '.github/workflows/release.yml:43:3 error publish-without-environment',
    '.github/workflows/release.yml:54:11 warning build-in-publish-job',
    '.github/workflows/release.yml:59:27 error long-lived-token',
    '.github/workflows/release.yml:67:56 error script-injection',
    '.github/workflows/release.yml:68:15 warning unpinned-action',
  ],
  'release-please-wild': [
    '.github/workflows/publish.yml:3:1 warning release-without-concurrency',
    '.github/workflows/publish.yml:4:3 error dead-publish-trigger',
    '.github/workflows/publish.yml:5:12 warning release-trigger-types',
    '.github/workflows/publish.yml:15:15 warning unpinned-action',
    '.github/workflows/publish.yml:17:11 warning cache-in-publish-job',
    '.github/workflows/publish.yml:20:14 warning build-in-publish-job',
    '.github/workflows/release-please.yml:1:1 warning release-without-concurrency',
    '.github/workflows/release-please.yml:16:15 warning tag-before-test',
    '.github/workflows/release-please.yml:16:15 warning unpinned-action',
  ],
  'semantic-release-wild': [
    '.github/workflows/release.yml:2:1 warning release-without-concurrency',
    '.github/workflows/release.yml:13:3 error publish-without-environment',
    '.github/workflows/release.yml:31:14 warning build-in-publish-job',
    '.github/workflows/release.yml:35:14 error test-gate-bypass',
    '.github/workflows/release.yml:39:22 error long-lived-token',
  ],
}

test.each(Object.keys(WILD))('%s reports its hazards where they are', (name) => {
  expect(located(name)).toEqual(WILD[name])
})

test('the monorepo follows its composite action and its reusable test workflow', () => {
  const hardened = doctorAt(fixture('monorepo-hardened')).repository
  expect(hardened.files.map((file) => file.rel).sort()).toEqual([
    '.github/actions/setup/action.yml',
    '.github/workflows/release.yml',
    '.github/workflows/test.yml',
  ])
  const release = hardened.workflows.find((w) => w.file.rel === '.github/workflows/release.yml')!
  expect(release.jobs.find((job) => job.id === 'test')!.called?.file.rel).toBe(
    '.github/workflows/test.yml',
  )
  // The composite action's steps run in the jobs that use it.
  const build = release.jobs.find((job) => job.id === 'build')!
  expect(build.steps.map((step) => step.uses ?? step.run)).toEqual([
    'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8',
    './.github/actions/setup',
    'actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903',
    'npm ci --ignore-scripts',
    'npm run build',
    'npm pack --workspaces --pack-destination dist/',
    'actions/upload-artifact@330a01c490aca151604b8cf639adc76d48f6c5d4',
  ])

  // The Node version of the wild monorepo's composite action comes from the caller's `with:`.
  expect(messagesOf(doctorAt(fixture('monorepo-wild')), 'npm-too-old')).toEqual([
    '34:15 Node 22 bundles npm 10, older than 11.5.1, and nothing upgrades npm before npm publish (line 43): npm never tries OIDC and the publish fails with ENEEDAUTH or E404.',
  ])
})
