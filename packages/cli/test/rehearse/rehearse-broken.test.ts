// Broken release workflows fail in the rehearsal with the action's own diagnosis, before any
// version is burned on a real registry.
import {
  npmWorkflow,
  rehearseJson,
  replaceOnce,
  runRehearse,
  tokenLines,
} from './rehearse-support.js'

const PUBLISH_STEP = `      - uses: owner/tokenless/actions/publish-oidc@v1
        with:
          registry: npm
`

describe('tokenless rehearse on broken release workflows', () => {
  it('passes with the compact workflow as it is (the fixture the others break)', async () => {
    const { code, report } = await rehearseJson(['--workflow', npmWorkflow()])
    expect(report.verdict).toBe(
      'PASSED: published hello-tokenless@1.3.0 (npm); GitHub release v1.3.0.',
    )
    expect(code).toBe(0)
    expect(report.doctor.counts.error).toBe(0)
  })

  it('a publish job without environment: publish-oidc refuses before any upload', async () => {
    const workflow = npmWorkflow((text) => replaceOnce(text, '    environment: release\n', ''))
    const { code, report } = await rehearseJson(['--workflow', workflow])
    expect(code).toBe(1)
    expect(report.verdict).toBe(
      'FAILED in publish-npm › Run owner/tokenless/actions/publish-oidc@v1: The publishing job runs under no environment (its OIDC token has no environment claim), but publish-oidc requires release. Add "environment: release" to the job, protect that environment with required reviewers, and name it in the registry\'s trusted publisher.',
    )
    expect(report.readBack.npm[0]!.published).toEqual([])
    expect(report.readBack.releases).toEqual([])
    expect(report.doctor.findings).toContainEqual(
      expect.objectContaining({
        rule: 'publish-without-environment',
        severity: 'error',
        file: '.github/workflows/release.yml',
      }),
    )
  })

  it('the text report lists what doctor finds in the workflow, beside what the run did', async () => {
    const workflow = npmWorkflow((text) => replaceOnce(text, '    environment: release\n', ''))
    const { code, stdout } = await runRehearse(['--workflow', workflow])
    expect(code).toBe(1)
    expect(stdout).toMatch(
      /\nDoctor \(what the workflow file shows, run or not\): [1-9]\d* errors?, \d+ warnings?, \d+ notes?; `tokenless doctor` gives the fix of each\n/,
    )
    expect(stdout).toMatch(
      /\n {2}error {3}publish-without-environment \(\.github\/workflows\/release\.yml:\d+\): Job "publish-npm" publishes to npm/,
    )
  })

  it('a trusted publisher naming another workflow file: npm refuses the OIDC token, and the step says why', async () => {
    const { code, report } = await rehearseJson([
      '--workflow',
      npmWorkflow(),
      '--trusted-publisher',
      'workflow=publish.yml',
    ])
    expect(code).toBe(1)
    expect(report.trustedPublishers).toEqual([
      expect.objectContaining({
        registry: 'npm',
        workflow: 'publish.yml',
        environment: 'release',
        overridden: true,
      }),
    ])
    expect(report.verdict).toMatch(
      /^FAILED in publish-npm › Run owner\/tokenless\/actions\/publish-oidc@v1: .*refused the OIDC token for hello-tokenless: HTTP 403 \("OIDC permission denied for this action"\)\. Its trusted publisher does not match this job, which presents owner tokenless-demo, repository hello-tokenless, workflow release\.yml, environment release\./,
    )
    expect(report.readBack.npm[0]!.published).toEqual([])
  })

  it("setup-node's registry-url in the publish job: its placeholder token is refused", async () => {
    const workflow = npmWorkflow((text) =>
      replaceOnce(
        text,
        PUBLISH_STEP,
        `      - uses: actions/setup-node@v6
        with:
          node-version: 24
          registry-url: https://registry.npmjs.org
${PUBLISH_STEP}`,
      ),
    )
    const { code, report } = await rehearseJson(['--workflow', workflow])
    expect(code).toBe(1)
    expect(report.verdict).toContain(
      "NODE_AUTH_TOKEN holds setup-node's placeholder token XXXXX-XXXXX-XXXXX-XXXXX",
    )
    expect(report.readBack.npm[0]!.published).toEqual([])
  })

  it('a tag pushed before the tests ran: publish-oidc finds no test gate on the commit', async () => {
    const workflow = npmWorkflow((text) =>
      replaceOnce(
        replaceOnce(
          replaceOnce(text, '    needs: [validate, test]\n', '    needs: [validate]\n'),
          `          changelog: CHANGELOG.md
`,
          `          changelog: CHANGELOG.md
      - name: Push the tag
        env:
          TAG: \${{ steps.tag.outputs.tag }}
        run: git tag "$TAG" && git push origin "refs/tags/$TAG"
`,
        ),
        PUBLISH_STEP,
        `${PUBLISH_STEP}          require-gate: 'true'
`,
      ).replace(/ {2}test:\n[\s\S]*?(?= {2}build:)/, ''),
    )
    const { code, report } = await rehearseJson(['--workflow', workflow])
    expect(code).toBe(1)
    expect(report.readBack.tags).toContain('v1.3.0')
    expect(report.verdict).toMatch(
      /: require-gate is true, but [0-9a-f]{7} has no tokenless\/test-gate check run: the tests did not run \(or did not record\) on this exact commit\. Run test-gate on it first\.$/,
    )
  })

  it('a version computed twice: the publish job computes its own and publish-oidc refuses the mismatch', async () => {
    const workflow = npmWorkflow((text) =>
      replaceOnce(
        replaceOnce(
          text,
          PUBLISH_STEP,
          `      - id: again
        run: echo "version=$(date -u +%Y.%-m.%-d)" >> "$GITHUB_OUTPUT"
${PUBLISH_STEP}`,
        ),
        '          version: ${{ needs.validate.outputs.version }}\n          sha: ${{ needs.validate.outputs.sha }}\n  create-release',
        '          version: ${{ steps.again.outputs.version }}\n          sha: ${{ needs.validate.outputs.sha }}\n  create-release',
      ),
    )
    const { code, report } = await rehearseJson(['--workflow', workflow])
    expect(code).toBe(1)
    expect(report.verdict).toMatch(
      /: .*\(hello-tokenless\) has version 1\.3\.0, but this release is \d{4}\.\d+\.\d+\. Set the version in its package\.json/,
    )
    expect(tokenLines(JSON.stringify(report, null, 1))).toEqual([])
  })
})
