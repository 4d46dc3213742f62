// Every rule: its documented examples (the hazard is reported, the fixed workflow is not), the
// exact text of what it reports, and the variants and false positives met in real workflows.
import { afterAll, describe, expect, test } from '@jest/globals'
import { RULES } from '../../src/doctor/rules/index.js'
import { doctor, messagesOf, removeRepositories } from './doctor-helpers.js'

afterAll(removeRepositories)

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  test('reports its "bad" example', () => {
    expect(messagesOf(doctor(rule.bad, rule.context), id).length).toBeGreaterThan(0)
  })
  test('does not report its "good" example', () => {
    expect(messagesOf(doctor(rule.good, rule.context), id)).toEqual([])
  })
  test('has a title, a reason, a fix and a known severity', () => {
    expect(rule.title).toMatch(/\.$/)
    expect(rule.why.length).toBeGreaterThan(40)
    expect(rule.fix.length).toBeGreaterThan(20)
    expect(['error', 'warning', 'note']).toContain(rule.severity)
  })
})

test('each rule reports exactly this on its "bad" example', () => {
  const reported = Object.fromEntries(
    RULES.map((rule) => [rule.id, messagesOf(doctor(rule.bad, rule.context), rule.id)]),
  )
  expect(reported).toEqual({
    'publish-without-environment': [
      '4:3 Job "publish" publishes to PyPI with pypa/gh-action-pypi-publish (line 9) but has no `environment:`. Nobody approves this release and no branch rule limits it: anyone who can push a branch that runs this workflow can publish, and a trusted publisher that names an environment rejects this job\'s token (npm answers E404 on the upload, PyPI "invalid-publisher").',
    ],
    'id-token-at-workflow-level': [
      '2:1 `id-token: write` is granted to the whole workflow, so every job without `permissions:` of its own can mint an OIDC token and publish as this repository: "test". A compromised test dependency or action in any of them can publish a release.',
    ],
    'publish-without-id-token': [
      '4:3 Job "publish" publishes through trusted publishing (npm publish, line 10) but it has no `permissions:` and the workflow\'s (line 2) do not include `id-token: write`: npm skips the OIDC exchange without a word and the upload fails with ENEEDAUTH or E404.',
    ],
    'long-lived-token': [
      '14:28 NODE_AUTH_TOKEN hands a long-lived npm token (${{ secrets.NPM_TOKEN }}) to the publish. When it expires or is revoked, npm answers the upload with E404 Not Found, not an auth error; while it lives, any step that can read it can publish anything.',
    ],
    'setup-node-registry-url': [
      '13:11 setup-node\'s `registry-url` writes an .npmrc whose token is the placeholder XXXXX-XXXXX-XXXXX-XXXXX in job "publish", which publishes through trusted publishing (npm publish): whenever the OIDC exchange fails, npm silently uses the placeholder and the publish fails with E401/E404 instead of saying why.',
    ],
    'npm-too-old': [
      '11:17 Node 22 bundles npm 10, older than 11.5.1, and nothing upgrades npm before npm publish (line 12): npm never tries OIDC and the publish fails with ENEEDAUTH or E404.',
    ],
    'dead-publish-trigger': [
      '3:3 This workflow publishes when a release is published (`release:`), but the releases of this repository are created by googleapis/release-please-action@16a9c90856f42705d54a6fda1823352bdc62cf38 in .github/workflows/release-please.yml:8 with GITHUB_TOKEN, and events caused by GITHUB_TOKEN start no workflow: this publish never runs, and the versions tagged there never reach the registry.',
    ],
    'tag-before-test': [
      '16:14 Job "tag" creates a GitHub Release (and its tag) with gh release create (line 16) without waiting for the tests in job "test": when they fail, the tag is already out and the version is stranded.',
    ],
    'publish-before-test': [
      '16:15 Job "publish" publishes with pypa/gh-action-pypi-publish (line 16) without waiting for the tests in job "test": a failing test cannot stop this upload, and a published version cannot be replaced.',
    ],
    'version-computed-twice': [
      '16:29 Job "publish" computes the date again, after job "tag" computed it (line 9): the approval wait of environment "release" before this job can cross midnight UTC or see a new tag, and the tag and the packages then carry different versions.',
    ],
    'script-injection': [
      '10:30 `${{ inputs.version }}` is pasted into the shell script of job "bump" before it runs: whoever controls inputs.version (whoever starts the workflow or calls it types it) can run their own commands there, with the job\'s token and secrets.',
    ],
    'build-in-publish-job': [
      '11:45 `python -m build` runs in job "publish", which holds `id-token: write`: every dependency\'s install script, build plugin and test runs with the power to mint an OIDC token and publish under this project\'s name.',
    ],
    'cache-in-publish-job': [
      '11:35 actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 restores a cache in job "publish", which publishes: a cache poisoned by any other workflow run on this repository is unpacked here and runs with the power to publish.',
    ],
    'test-gate-bypass': [
      '4:7 Input "skip_tests" lets whoever starts this release skip the tests: the one run that skips them is the one that ships the broken version.',
      '17:9 Job "publish" releases with `if: always()`, which runs it even when the tests in job "test" failed or were skipped.',
    ],
    'unpinned-action': [
      '11:15 `pypa/gh-action-pypi-publish@release/v1` runs whatever the tag or branch release/v1 points to on the day of the release (its owner, or whoever takes over the account, can move it), in job "publish", which can mint a publish token.',
    ],
    'pull-request-target-checkout': [
      '9:11 This workflow runs on `pull_request_target` (with this repository\'s secrets and a writable GITHUB_TOKEN) and checks out the pull request\'s code (`${{ github.event.pull_request.head.sha }}`) in job "test", then runs it (`npm ci`, line 10): anyone who opens a pull request runs their code here.',
    ],
    'release-without-concurrency': [
      '1:1 This workflow releases (job "publish") but has no `concurrency:`: two runs for one version (a second dispatch, a re-pushed tag, a rerun while the first waits for approval) publish side by side, and one fails halfway on "version already exists".',
    ],
    'release-cancel-in-progress': [
      '5:3 `cancel-in-progress: true` on this workflow, which releases: a newer run cancels this one wherever it is (between the npm and the PyPI upload, after the tag but before the release), leaving a half-done release that a rerun cannot finish ("version already exists").',
    ],
    'event-field-missing': [
      "4:22 `github.event.push.ref` is always empty: no event's payload has a field named `push`. This concurrency group is therefore the same for every run, and with cancel-in-progress: true each run cancels the one before it, whatever tag or branch that one was releasing. Key the group on `github.event.ref` (or `github.ref`).",
    ],
    'phantom-version': [
      '13:11 Job "bump" commits a version bump and pushes only the tag (`git push origin "v$(node -p "require(\'./package.json\').version")"`): the tag points at a commit no branch holds, so the default branch never gets the new version (a phantom version) and the next release computes the same one again.',
    ],
    'release-trigger-types': [
      '2:3 `release:` has no `types:`, so this workflow runs for every release activity (created, edited, published, prereleased, released, deleted...): one release starts the publish two or three times, and editing its notes publishes again.',
    ],
    'publish-not-rerunnable': [
      '12:54 npm publish in job "publish" publishes several packages one by one: when one fails, a rerun (`gh run rerun <id> --failed`) stops at the first package the first attempt already published ("You cannot publish over the previously published versions"), and the rest never goes out.',
    ],
    'workflow-run-unchecked': [
      '14:15 Job "publish" publishes (pypa/gh-action-pypi-publish) when the workflow_run trigger fires, and nothing checks github.event.workflow_run.conclusion: the trigger fires when the upstream run completes, failed or cancelled too, so a commit whose CI failed is published.',
    ],
    'pypi-reusable-workflow': [
      '2:3 This reusable workflow publishes to PyPI (pypa/gh-action-pypi-publish, line 11). PyPI\'s trusted publisher must name this file, release.yml, and only workflows of this repository can publish through it: a caller in another repository gets "invalid-publisher".',
    ],
    'pypi-attestations-off': [
      '14:25 pypa/gh-action-pypi-publish uploads to PyPI with attestations: false and no comment saying why: the files go up without PEP 740 attestations, so nothing ties them to this workflow. Remove the line (attestations are on by default), or say why on it.',
    ],
    'missing-local-reference': [
      '8:15 ./.github/actions/setup-that-was-renamed is not in this repository (no action.yml or action.yaml in ./.github/actions/setup-that-was-renamed): GitHub fails the job when it reaches this step.',
    ],
    'invalid-yaml': [
      '5:5 .github/workflows/release.yml is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]. GitHub does not run a workflow it cannot parse: nothing in this file runs until it is fixed.',
    ],
    'ignore-directive': [
      '7:21 `# tokenless-ignore:` names "buld-in-publish-job", which is not a rule: the finding it was meant for is still reported. Known rules: tokenless doctor --list-rules.',
    ],
  })
})
