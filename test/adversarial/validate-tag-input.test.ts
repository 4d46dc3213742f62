// Hostile or odd values of validate-tag's tag and version, and manifests whose versions the
// registries would refuse: each is refused with its fix (or warned about), no output is set, and
// nothing long or secret is echoed whole in the log, the annotations or the summary.
import { GitFixture } from '../support/git-fixture.js'
import { type BundleRun, runBundle } from '../support/run-bundle.js'

const SECRET = 'ghs_TagInputSecret0123456789abcdefABCDEF'

const packageJson = (version: string) => `${JSON.stringify({ name: 'demo', version }, null, 2)}\n`
const pyproject = (version: string) => `[project]\nname = "demo"\nversion = "${version}"\n`

function validate(
  repo: GitFixture,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): BundleRun {
  return runBundle('validate-tag', {
    workspace: repo.dir,
    inputs: { branches: 'main', ...inputs },
    env: { GITHUB_TOKEN: SECRET, GITHUB_SHA: repo.head(), ...env },
  })
}

function everything(run: BundleRun): string {
  return [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n')
}

function errorsOf(run: BundleRun): string {
  return run.annotations
    .filter((annotation) => annotation.level === 'error')
    .map((annotation) => annotation.message)
    .join('\n')
}

function expectRefused(run: BundleRun, message: string): void {
  expect(run.exitCode).toBe(1)
  expect(errorsOf(run)).toContain(message)
  expect(run.outputs).toEqual({})
  expect(everything(run)).not.toContain(SECRET)
}

describe('validate-tag: the tag input', () => {
  /** v1.2.3 tagged on main, then one more commit (HEAD) that a run might try to release. */
  function movedRepo(): { repo: GitFixture; tagged: string; head: string } {
    const repo = GitFixture.create()
    const tagged = repo.commit('feat: first', { 'package.json': packageJson('1.2.3') })
    repo.tag('v1.2.3')
    const head = repo.commit('fix: later')
    return { repo, tagged, head }
  }

  it('reads refs/tags/v1.2.3 as v1.2.3: the wrong-commit check applies the same', () => {
    const { repo, tagged, head } = movedRepo()
    const message = `Tag v1.2.3 already exists at ${tagged.slice(0, 7)}, but this run releases ${head.slice(0, 7)}. A published tag must not move`
    expectRefused(validate(repo, { tag: 'v1.2.3' }), message)
    expectRefused(validate(repo, { tag: 'refs/tags/v1.2.3' }), message)
  })

  it('gives refs/tags/v1.2.3 the outputs of v1.2.3 when the commit is right', () => {
    const { repo, tagged } = movedRepo()
    const result = validate(repo, { tag: 'refs/tags/v1.2.3', sha: tagged })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ tag: 'v1.2.3', version: '1.2.3', 'tag-exists': 'true' })
  })

  it.each([
    ['refs/heads/main', 'a branch'],
    ['refs/pull/7/merge', 'a pull request'],
    ['refs/notes/v1.2.3', 'a ref that is not a tag'],
  ])('refuses %s with the fix', (tag, kind) => {
    const { repo } = movedRepo()
    expectRefused(
      validate(repo, { tag }),
      `Input tag is ${JSON.stringify(tag)}, ${kind}, not a tag: validate-tag releases a tag. Pass the tag's name (e.g. v1.2.3 or refs/tags/v1.2.3), or the version input for a tag not created yet.`,
    )
  })

  it.each([
    ['tag', 'v1.2.3-'],
    ['version', '1.2.3-'],
  ])('refuses a 100 KB %s and echoes it cut', (input, start) => {
    const { repo } = movedRepo()
    const value = `${start}${'a'.repeat(100_000)}`
    const result = validate(repo, { [input]: value })
    const bytes = (input === 'tag' ? value : `v${value}`).length
    expectRefused(
      result,
      `a"… (${bytes} characters) is ${bytes} bytes long; a tag may have at most 255 (git stores it as a file of that name, and npm refuses versions over 256 characters). Give the release's tag, tag-prefix + version, e.g. v1.2.3.`,
    )
    expect(everything(result)).not.toContain('a'.repeat(101))
    expect(everything(result).length).toBeLessThan(5_000)
  })

  it('accepts a tag of 255 bytes as far as its length goes', () => {
    const { repo } = movedRepo()
    const tag = `v1.2.3-${'a'.repeat(248)}`
    const result = validate(repo, { tag })
    expect(errorsOf(result)).not.toContain('bytes long')
  })
})

describe('validate-tag: versions the registries refuse', () => {
  function repoWith(files: Record<string, string>, tag: string): GitFixture {
    const repo = GitFixture.create()
    repo.commit('feat: first', files)
    repo.tag(tag)
    return repo
  }

  it('refuses semver build metadata for npm: npm drops it and refuses the next +build', () => {
    const repo = repoWith({ 'package.json': packageJson('1.2.3+build.5') }, 'v1.2.3+build.5')
    const result = validate(repo, { tag: 'v1.2.3+build.5' })
    expectRefused(
      result,
      'v1.2.3+build.5 has build metadata (+build.5), which npm drops: package.json would be published as 1.2.3, and no other 1.2.3+... could follow it (npm refuses the same version twice). Release 1.2.3, or make the label a prerelease (1.2.3-build.5).',
    )
    expect(result.summary).toContain('| registries | ❌ fail |')
  })

  it('refuses a PEP 440 local version for PyPI', () => {
    const repo = repoWith({ 'pyproject.toml': pyproject('1.2.3+local.1') }, 'v1.2.3+local.1')
    const result = validate(repo, { tag: 'v1.2.3+local.1', scheme: 'pep440' })
    expectRefused(
      result,
      `v1.2.3+local.1 is a PEP 440 local version (+local.1), which PyPI refuses on upload ("Can't use PEP 440 local versions"). Release 1.2.3: local versions are for builds that are never uploaded.`,
    )
  })

  it('refuses both when the release has package.json and pyproject.toml', () => {
    const repo = repoWith(
      { 'package.json': packageJson('1.2.3+b'), 'pyproject.toml': pyproject('1.2.3+b') },
      'v1.2.3+b',
    )
    const result = validate(repo, { tag: 'v1.2.3+b' })
    expect(result.exitCode).toBe(1)
    expect(errorsOf(result)).toContain('which npm drops')
    expect(errorsOf(result)).toContain('which PyPI refuses on upload')
  })

  it('only warns when no manifest says which registry the release goes to', () => {
    const repo = repoWith({ 'README.md': 'stamped at build time\n' }, 'v1.2.3+b')
    const result = validate(repo, { tag: 'v1.2.3+b', manifests: 'none' })
    expect(result.exitCode).toBe(0)
    const warnings = result.annotations.filter((annotation) => annotation.level === 'warning')
    expect(warnings.map((warning) => warning.message)).toContain(
      'v1.2.3+b has build metadata (+b): npm would publish it as 1.2.3, and PyPI refuses it as a local version. If this release goes to either registry, release 1.2.3 instead.',
    )
  })
})

describe('validate-tag: what a manifest holds is echoed cut', () => {
  it('shows a 5000-character version from a manifest cut, in the error and the summary', () => {
    const long = `9.9.9-${'z'.repeat(5_000)}`
    const repo = GitFixture.create()
    repo.commit('feat: first', { VERSION: `${long}\n` })
    repo.tag('v1.2.3')
    const result = validate(repo, { tag: 'v1.2.3', manifests: 'VERSION:^(.*)$' })
    const shown = `${long.slice(0, 100)}… (${long.length} characters)`
    expectRefused(result, `VERSION:1 (^(.*)$) has version ${shown} but the tag v1.2.3 says 1.2.3.`)
    expect(result.summary).toContain(`| VERSION:1 | ${shown} | no: expected 1.2.3 |`)
    expect(everything(result)).not.toContain('z'.repeat(101))
  })
})
