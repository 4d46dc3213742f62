import { GitFixture } from '../support/git-fixture.js'
import { type BundleRun, runBundle } from '../support/run-bundle.js'

const packageJson = (version: string, name = 'demo') =>
  `${JSON.stringify({ name, version, description: 'demo', engines: { node: '>=20' } }, null, 2)}\n`
const pyproject = (version: string) =>
  `[build-system]\nrequires = ["hatchling"]\n\n[project]\nname = "demo"\nversion = "${version}"\n`

/** main: 1.2.2 tagged, then a fix, then 1.2.3 tagged (HEAD). */
function releasedRepo(): { repo: GitFixture; v122: string; v123: string } {
  const repo = GitFixture.create()
  repo.commit('feat: first', { 'package.json': packageJson('1.2.2') })
  const v122 = repo.head()
  repo.tag('v1.2.2', { annotated: true })
  repo.commit('fix: a bug')
  const v123 = repo.commit('chore(release): 1.2.3', { 'package.json': packageJson('1.2.3') })
  repo.tag('v1.2.3', { annotated: true })
  return { repo, v122, v123 }
}

function expectFailure(result: BundleRun, message: string): void {
  expect(result.exitCode).toBe(1)
  const errors = result.annotations.filter((annotation) => annotation.level === 'error')
  expect(errors.map((error) => error.message).join('\n')).toContain(message)
  expect(result.outputs).toEqual({})
}

describe('validate-tag (bundle)', () => {
  it('validates a pushed tag and computes every output', () => {
    const { repo, v123 } = releasedRepo()
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      eventName: 'push',
      event: { ref: 'refs/tags/v1.2.3', repository: { default_branch: 'main' } },
      env: { GITHUB_SHA: v123, GITHUB_REF: 'refs/tags/v1.2.3' },
    })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toEqual({
      version: '1.2.3',
      tag: 'v1.2.3',
      sha: v123,
      prerelease: 'false',
      'npm-dist-tag': 'latest',
      'pep440-version': '1.2.3',
      'previous-tag': 'v1.2.2',
      'release-type': 'patch',
      'tag-exists': 'true',
    })
    expect(result.summary).toContain('## validate-tag: v1.2.3 is ready to release')
    expect(result.summary).toContain('| package.json:3 | 1.2.3 | yes |')
    expect(result.summary).toContain('| branch | ✅ pass |')
  })

  it('is idempotent: a second run gives the same outputs', () => {
    const { repo, v123 } = releasedRepo()
    const options = {
      workspace: repo.dir,
      inputs: { tag: 'v1.2.3' },
      env: { GITHUB_SHA: v123 },
    }
    const first = runBundle('validate-tag', options)
    const second = runBundle('validate-tag', options)
    expect(first.exitCode).toBe(0)
    expect(second.outputs).toEqual(first.outputs)
  })

  it('takes the tag of a release event and matches a PEP 440 prerelease in pyproject.toml', () => {
    const repo = GitFixture.create()
    const sha = repo.commit('feat: rc', {
      'pyproject.toml': pyproject('1.2.0rc1'),
      'package.json': packageJson('1.2.0-rc.1'),
    })
    repo.tag('v1.2.0-rc.1')
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      eventName: 'release',
      event: { release: { tag_name: 'v1.2.0-rc.1' }, repository: { default_branch: 'main' } },
      env: { GITHUB_SHA: sha },
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({
      version: '1.2.0-rc.1',
      prerelease: 'true',
      'npm-dist-tag': 'rc',
      'pep440-version': '1.2.0rc1',
      'previous-tag': '',
    })
    expect(result.summary).toContain(
      '| pyproject.toml:6 | 1.2.0rc1 | yes (same version as 1.2.0-rc.1) |',
    )
  })

  it('releases a version whose tag does not exist yet (workflow_dispatch)', () => {
    const repo = GitFixture.create()
    repo.commit('feat: one', { 'package.json': packageJson('1.0.0') })
    repo.tag('v1.0.0')
    const head = repo.commit('feat: two', { 'package.json': packageJson('1.1.0') })
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      event: { inputs: { version: '1.1.0' }, repository: { default_branch: 'main' } },
      env: { GITHUB_SHA: head },
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({
      tag: 'v1.1.0',
      sha: head,
      'tag-exists': 'false',
      'previous-tag': 'v1.0.0',
      'release-type': 'minor',
    })
  })

  it('releases the version of the manifests when a dispatch names none', () => {
    const repo = GitFixture.create()
    repo.commit('feat: one', { 'package.json': packageJson('1.0.0') })
    repo.tag('v1.0.0')
    const head = repo.commit('feat: two', {
      'package.json': packageJson('1.1.0'),
      'pyproject.toml': '[project]\nname = "widget"\nversion = "1.1.0"\n',
    })
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      event: { inputs: { version: '' }, repository: { default_branch: 'main' } },
      env: { GITHUB_SHA: head },
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ version: '1.1.0', tag: 'v1.1.0', 'tag-exists': 'false' })
    expect(result.summary).toContain('1.1.0 is a valid semver version (from the manifests)')
  })

  it('says what to set when a dispatch names no version and no manifest carries one', () => {
    const repo = GitFixture.create()
    const head = repo.commit('feat: one', { 'README.md': 'widget\n' })
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      event: { inputs: {}, repository: { default_branch: 'main' } },
      env: { GITHUB_SHA: head },
    })
    expectFailure(
      result,
      'The workflow_dispatch event names no version, the version input is empty, and no manifest carries one. Enter the version when you run the workflow (e.g. 1.2.3), set the version input, or list the files that carry it in the manifests input.',
    )
  })

  it('refuses a manifest version that is not valid in the scheme, on its line', () => {
    const repo = GitFixture.create()
    const head = repo.commit('feat: one', { 'package.json': packageJson('one') })
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      event: { inputs: {}, repository: { default_branch: 'main' } },
      env: { GITHUB_SHA: head },
    })
    expect(result.exitCode).toBe(1)
    expect(result.annotations[0]?.message).toMatch(
      /^No version was given, and the version in package\.json \(one\) is not a valid semver version: /,
    )
    expect(result.annotations[0]?.properties).toMatchObject({ file: 'package.json', line: '3' })
  })

  it('annotates a manifest whose version differs from the tag, on its line, and writes no output', () => {
    const repo = GitFixture.create()
    const sha = repo.commit('fix: x', { 'package.json': packageJson('1.2.0') })
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { tag: 'v1.2.1' },
      env: { GITHUB_SHA: sha },
    })
    expectFailure(
      result,
      'package.json:3 has version 1.2.0 but the tag v1.2.1 says 1.2.1. Update the manifest or re-tag.',
    )
    const annotation = result.annotations.find((a) => a.level === 'error')
    expect(annotation?.properties).toMatchObject({
      file: 'package.json',
      line: '3',
      title: 'Version mismatch',
    })
    expect(result.summary).toContain('cannot be released')
  })

  it('reports every problem of one run, each annotated', () => {
    const repo = GitFixture.create()
    const sha = repo.commit('fix: x', {
      'package.json': packageJson('1.2.0'),
      'pyproject.toml': pyproject('1.1.0'),
    })
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { tag: 'v1.2.1' },
      env: { GITHUB_SHA: sha },
    })
    expect(result.exitCode).toBe(1)
    const errors = result.annotations.filter((a) => a.level === 'error')
    expect(errors.map((error) => error.properties.file)).toEqual([
      'package.json',
      'pyproject.toml',
      undefined,
    ])
    expect(errors[2]?.message).toMatch(/^2 problems stop this release \(each is reported above\): /)
  })

  it('refuses a tag that exists at another commit than the one being released', () => {
    const { repo, v122 } = releasedRepo()
    const head = repo.commit('feat: more')
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { tag: 'v1.2.2', manifests: '' },
      env: { GITHUB_SHA: head },
    })
    expectFailure(
      result,
      `Tag v1.2.2 already exists at ${v122.slice(0, 7)}, but this run releases ${head.slice(0, 7)}. A published tag must not move: release from the tagged commit (check out v1.2.2), or choose a new version.`,
    )
  })

  it('refuses a tag whose commit is on no allowed branch (phantom version)', () => {
    const repo = GitFixture.create()
    repo.commit('feat: base', { 'package.json': packageJson('1.0.0') })
    repo.git('checkout', '-q', '-b', 'orphan-release')
    const orphan = repo.commit('chore: bump', { 'package.json': packageJson('1.1.0') })
    repo.tag('v1.1.0')
    repo.git('checkout', '-q', 'main')
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { tag: 'v1.1.0' },
      env: { GITHUB_SHA: orphan },
    })
    expectFailure(
      result,
      `Commit ${orphan.slice(0, 7)} of v1.1.0 is not on main. Releasing it would publish a version whose sources no allowed branch has (a phantom version). Merge the release commit into main first, or add its branch to the branches input (e.g. hotfix/*).`,
    )
  })

  it('accepts a hotfix tag when hotfix/* is allowed', () => {
    const repo = GitFixture.create()
    repo.commit('feat: base', { 'package.json': packageJson('1.4.2') })
    repo.tag('v1.4.2')
    repo.git('checkout', '-q', '-b', 'hotfix/1.4')
    const fix = repo.commit('fix: urgent', { 'package.json': packageJson('1.4.3') })
    repo.tag('v1.4.3')
    repo.git('checkout', '-q', 'main')
    repo.commit('feat!: two point oh', { 'package.json': packageJson('2.0.0') })
    repo.tag('v2.0.0')
    repo.git('checkout', '-q', 'v1.4.3')
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { tag: 'v1.4.3', branches: 'main, hotfix/*' },
      env: { GITHUB_SHA: fix },
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ 'previous-tag': 'v1.4.2', 'release-type': 'patch' })
    expect(result.summary).toContain('is on hotfix/1.4')
  })

  it('refuses to read manifests from a checkout of another commit', () => {
    const { repo, v122, v123 } = releasedRepo()
    repo.git('checkout', '-q', 'v1.2.2')
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { tag: 'v1.2.3', 'bump-check': 'off' },
      env: { GITHUB_SHA: v123 },
    })
    expectFailure(
      result,
      `package.json in the working tree differ from the release commit ${v123.slice(0, 7)} (the checkout is at ${v122.slice(0, 7)}), so the versions read here are not the ones being released. Check out the commit being released before validate-tag (actions/checkout with ref: the tag or sha).`,
    )
  })

  it('annotates manifests in the working-directory with their path from the workspace', () => {
    const repo = GitFixture.create()
    const sha = repo.commit('fix: x', { 'python/pyproject.toml': pyproject('0.9.0') })
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { version: '1.0.0', 'working-directory': 'python' },
      env: { GITHUB_SHA: sha },
    })
    expectFailure(
      result,
      'python/pyproject.toml:6 ([project].version) has version 0.9.0 but the tag v1.0.0 says 1.0.0. Update the manifest or re-tag.',
    )
    expect(result.annotations[0]?.properties).toMatchObject({
      file: 'python/pyproject.toml',
      line: '6',
    })
  })

  it('sees a tag that only the remote has (a checkout fetches no tags)', () => {
    const origin = GitFixture.create('origin')
    origin.commit('feat: one', { 'package.json': packageJson('1.0.0') })
    const tagged = origin.head()
    origin.tag('v1.0.0', { annotated: true })
    origin.commit('feat: two', { 'package.json': packageJson('1.1.0') })
    origin.tag('v1.1.0')
    const clone = origin.clone(['--depth', '1', '--no-tags', '--branch', 'main'])
    clone.commit('feat: three', { 'package.json': packageJson('1.0.0') })
    expect(clone.git('tag')).toBe('')
    const result = runBundle('validate-tag', {
      workspace: clone.dir,
      inputs: { version: '1.0.0' },
      env: { GITHUB_SHA: clone.head() },
    })
    expectFailure(
      result,
      `Tag v1.0.0 already exists at ${tagged.slice(0, 7)}, but this run releases ${clone.head().slice(0, 7)}.`,
    )
  })

  it('takes the previous tag from the remote in a clone without tags', () => {
    const origin = GitFixture.create('origin')
    origin.commit('feat: one', { 'package.json': packageJson('1.0.0') })
    origin.tag('v1.0.0', { annotated: true })
    const head = origin.commit('fix: two', { 'package.json': packageJson('1.0.1') })
    const clone = origin.clone(['--depth', '1', '--no-tags', '--branch', 'main'])
    const result = runBundle('validate-tag', {
      workspace: clone.dir,
      inputs: { version: '1.0.1', 'bump-check': 'error' },
      env: { GITHUB_SHA: head },
      event: { repository: { default_branch: 'main' } },
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({
      'previous-tag': 'v1.0.0',
      'release-type': 'patch',
      'tag-exists': 'false',
    })
    expect(result.summary).toContain('patch release; 1 commit(s) since v1.0.0 call for patch')
  })

  it('deepens a shallow clone to find the tag commit on main', () => {
    const origin = GitFixture.create('origin')
    origin.commit('feat: start', { 'package.json': packageJson('0.9.0') })
    origin.tag('v0.9.0')
    const tagged = origin.commit('feat: one', { 'package.json': packageJson('1.0.0') })
    origin.tag('v1.0.0', { annotated: true })
    for (let index = 0; index < 5; index++) origin.commit(`fix: later ${index}`)
    const clone = origin.clone(['--depth', '1', '--branch', 'v1.0.0'])
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true')
    const result = runBundle('validate-tag', {
      workspace: clone.dir,
      eventName: 'push',
      event: { ref: 'refs/tags/v1.0.0', repository: { default_branch: 'main' } },
      env: { GITHUB_SHA: tagged },
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({
      sha: tagged,
      'previous-tag': 'v0.9.0',
      'release-type': 'major',
    })
    expect(result.summary).toContain('(history fetched to decide)')
  })

  it('requires a changelog section and lists the headings it found', () => {
    const { repo, v123 } = releasedRepo()
    repo.write({
      'CHANGELOG.md': '# Changelog\n\n## [1.2.2] - 2024-01-01\n- x\n\n## [1.2.1]\n- y\n',
    })
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { tag: 'v1.2.3', changelog: 'CHANGELOG.md' },
      env: { GITHUB_SHA: v123 },
    })
    expectFailure(
      result,
      'CHANGELOG.md has no section for 1.2.3; the versions it has headings for are: 1.2.2, 1.2.1. Add a heading such as "## [1.2.3] - ',
    )
  })

  it('passes with a changelog section', () => {
    const { repo, v123 } = releasedRepo()
    repo.write({ 'CHANGELOG.md': '# Changelog\n\n## [1.2.3] - 2024-02-01\n### Fixed\n- a bug\n' })
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { tag: 'v1.2.3', changelog: 'CHANGELOG.md' },
      env: { GITHUB_SHA: v123 },
    })
    expect(result.exitCode).toBe(0)
    expect(result.summary).toContain('CHANGELOG.md:3 has a section for 1.2.3')
  })

  describe('bump-check', () => {
    function breakingAsPatch(): { repo: GitFixture; head: string } {
      const repo = GitFixture.create()
      repo.commit('feat: first', { 'package.json': packageJson('1.2.2') })
      repo.tag('v1.2.2')
      repo.commit('feat!: drop the old API')
      const head = repo.commit('chore: release', { 'package.json': packageJson('1.2.3') })
      return { repo, head }
    }

    it('fails a breaking change released as a patch with bump-check: error', () => {
      const { repo, head } = breakingAsPatch()
      const result = runBundle('validate-tag', {
        workspace: repo.dir,
        inputs: { version: '1.2.3', 'bump-check': 'error' },
        env: { GITHUB_SHA: head },
      })
      expectFailure(
        result,
        'v1.2.3 is a patch release, but the commits since v1.2.2 call for a major bump: ',
      )
      expect(result.annotations[0]?.message).toContain('feat!: drop the old API')
      expect(result.annotations[0]?.message).toContain(
        'Release the next major version instead, or set bump-check: off.',
      )
    })

    it('only warns by default', () => {
      const { repo, head } = breakingAsPatch()
      const result = runBundle('validate-tag', {
        workspace: repo.dir,
        inputs: { version: '1.2.3' },
        env: { GITHUB_SHA: head },
      })
      expect(result.exitCode).toBe(0)
      expect(result.annotations.find((a) => a.level === 'warning')?.message).toContain(
        'call for a major bump',
      )
    })
  })

  it('finds the manifest of a monorepo package from its tag', () => {
    const repo = GitFixture.create()
    const sha = repo.commit('feat(core): x', {
      'package.json': `${JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] })}\n`,
      'packages/core/package.json': packageJson('1.4.0', '@acme/core'),
      'packages/cli/package.json': packageJson('0.3.0', '@acme/cli'),
    })
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { tag: '@acme/core@1.4.0', 'tag-prefix': '@acme/core@' },
      env: { GITHUB_SHA: sha },
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ version: '1.4.0', tag: '@acme/core@1.4.0' })
    expect(result.summary).toContain('| packages/core/package.json:3 | 1.4.0 | yes |')
  })

  it('refuses a prerelease when prereleases are not allowed', () => {
    const repo = GitFixture.create()
    const sha = repo.commit('feat: x', { 'package.json': packageJson('2.0.0-beta.1') })
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { version: '2.0.0-beta.1', 'allow-prerelease': 'false' },
      env: { GITHUB_SHA: sha },
    })
    expectFailure(
      result,
      '2.0.0-beta.1 is a prerelease, and allow-prerelease is false. Release a stable version, or set allow-prerelease: true.',
    )
  })

  it('says what to set when nothing names a tag', () => {
    const repo = GitFixture.create()
    repo.commit('feat: x', { 'package.json': packageJson('1.0.0') })
    const result = runBundle('validate-tag', { workspace: repo.dir, eventName: 'schedule' })
    expectFailure(
      result,
      'The schedule event names no tag, and neither the tag nor the version input is set. Set tag (e.g. v1.2.3) for an existing tag, version (e.g. 1.2.3) for a release whose tag does not exist yet, or scheme: calver to compute the version from the date.',
    )
  })

  it('names the commit it cannot find', () => {
    const repo = GitFixture.create()
    repo.commit('feat: x', { 'package.json': packageJson('1.0.0') })
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { version: '1.0.0', sha: '0123456789abcdef0123456789abcdef01234567' },
    })
    expectFailure(
      result,
      `The commit to release, 0123456789abcdef0123456789abcdef01234567 (input sha), is not in the repository at ${repo.dir}. Check out the repository first (actions/checkout), or set sha to a commit that exists.`,
    )
  })

  it('says when a version and a tag disagree', () => {
    const repo = GitFixture.create()
    repo.commit('feat: x', { 'package.json': packageJson('1.0.0') })
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { tag: 'v1.0.0', version: '1.0.1' },
    })
    expectFailure(
      result,
      'Input tag is v1.0.0 but input version is 1.0.1, which makes the tag v1.0.1. Give only one of them, or make them agree.',
    )
  })

  it('refuses an unknown scheme, listing the known ones', () => {
    const repo = GitFixture.create()
    repo.commit('feat: x')
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { tag: 'v1.0.0', scheme: 'semvar' },
    })
    expectFailure(result, 'Input scheme is "semvar", which is not one of: semver, pep440, calver.')
  })

  it.each([
    ['v1.2', '"1.2"'],
    ['v1.2.3.4', '"1.2.3.4"'],
    ['v01.2.3', '"01.2.3"'],
    ['v1.2.3; rm -rf /', 'v1.2.3; rm -rf /'],
    ['v1.2.3 beta', 'v1.2.3 beta'],
  ])('refuses the tag %s before writing any output', (tag, named) => {
    const repo = GitFixture.create()
    repo.commit('feat: x', { 'package.json': packageJson('1.2.3') })
    const result = runBundle('validate-tag', { workspace: repo.dir, inputs: { tag } })
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toEqual({})
    expect(result.annotations[0]?.message).toContain(named)
  })

  it('names a manifest that does not exist', () => {
    const repo = GitFixture.create()
    repo.commit('feat: x', { 'package.json': packageJson('1.2.3') })
    const result = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { tag: 'v1.2.3', manifests: 'package.json\npyproject.toml' },
    })
    expectFailure(result, 'pyproject.toml not found')
  })

  it('points at the line of a manifest that does not parse', () => {
    const repo = GitFixture.create()
    repo.commit('feat: x', { 'package.json': '{\n  "name": "demo",\n  "version": "1.2.3",,\n}\n' })
    const result = runBundle('validate-tag', { workspace: repo.dir, inputs: { tag: 'v1.2.3' } })
    expect(result.exitCode).toBe(1)
    expect(result.annotations[0]?.properties).toMatchObject({ file: 'package.json', line: '3' })
  })

  it('checks a JSON pointer and a regex manifest', () => {
    const repo = GitFixture.create()
    const sha = repo.commit('feat: x', {
      'server.json':
        '{\n  "name": "srv",\n  "packages": [{ "version": "9.9.9" }],\n  "version": "1.2.3"\n}\n',
      VERSION: '1.2.3\n',
    })
    const ok = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { tag: 'v1.2.3', manifests: 'server.json#/version\nVERSION:^(.*)$' },
      env: { GITHUB_SHA: sha },
    })
    expect(ok.exitCode).toBe(0)
    expect(ok.summary).toContain('| server.json:4 | 1.2.3 | yes |')
    expect(ok.summary).toContain('| VERSION:1 | 1.2.3 | yes |')
    const noGroup = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { tag: 'v1.2.3', manifests: 'VERSION:^.*$' },
      env: { GITHUB_SHA: sha },
    })
    expectFailure(noGroup, 'group')
    const nothing = runBundle('validate-tag', {
      workspace: repo.dir,
      inputs: { tag: 'v1.2.3', manifests: 'server.json#/release/version' },
      env: { GITHUB_SHA: sha },
    })
    expectFailure(nothing, '/release/version')
  })
})
