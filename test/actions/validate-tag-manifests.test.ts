import { runAction } from '@tokenless/action-kit'
import { run } from '../../actions/validate-tag/src/main.js'
import { fakeContext } from '../support/fake-context.js'
import { GitFixture } from '../support/git-fixture.js'

// validate-tag's manifest decisions, run from the sources: Cargo.toml (published as written,
// so compared exactly), and a manifest that carries a newer version than the release's tag.

const cargo = (version: string, name = 'demo') =>
  `[package]\nname = "${name}"\nversion = "${version}"\nedition = "2021"\n`
const packageJson = (version: string) => `${JSON.stringify({ name: 'demo', version }, null, 2)}\n`
const pyproject = (version: string) =>
  `[build-system]\nrequires = ["hatchling"]\n\n[project]\nname = "demo"\nversion = "${version}"\n`

afterEach(() => {
  process.exitCode = undefined
})

/** Commits `files`, tags the commit `tag`, and runs validate-tag on that tag. */
async function validate(files: Record<string, string>, tag: string, inputs = {}) {
  const repo = GitFixture.create()
  const sha = repo.commit('feat: release', files)
  repo.tag(tag, { annotated: true })
  const ctx = fakeContext({
    action: 'validate-tag',
    workspace: repo.dir,
    inputs: { tag, ...inputs },
    env: { GITHUB_SHA: sha },
  })
  await runAction(run, ctx)
  const errors = ctx.lines.filter((line) => line.startsWith('::error'))
  return { ctx, errors, exitCode: process.exitCode, summary: ctx.summary.render() }
}

describe('validate-tag: Cargo.toml', () => {
  it('finds a root Cargo.toml by itself and accepts the same version', async () => {
    const result = await validate({ 'Cargo.toml': cargo('1.2.3') }, 'v1.2.3')
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBeUndefined()
    expect(result.ctx.outputs).toMatchObject({ version: '1.2.3', 'tag-exists': 'true' })
    expect(result.summary).toContain('| Cargo.toml:3 | 1.2.3 | yes |')
  })

  it('refuses a Cargo.toml with another version, annotated on its version line', async () => {
    const result = await validate({ 'Cargo.toml': cargo('1.2.2') }, 'v1.2.3')
    expect(result.exitCode).toBe(1)
    expect(result.ctx.outputs).toEqual({})
    expect(result.errors.join('\n')).toContain('file=Cargo.toml,line=3')
    expect(result.errors.join('\n')).toContain(
      'Cargo.toml:3 ([package].version) has version 1.2.2 but the tag v1.2.3 says 1.2.3. Update the manifest or re-tag.',
    )
  })

  it('compares Cargo.toml exactly: cargo publishes the string as written, unlike pip', async () => {
    // 1.2.0rc1 is the same version as 1.2.0-rc.1 to Python tools, but not to crates.io.
    const result = await validate(
      { 'Cargo.toml': cargo('1.2.0rc1'), 'pyproject.toml': pyproject('1.2.0rc1') },
      'v1.2.0-rc.1',
    )
    expect(result.exitCode).toBe(1)
    const errors = result.errors.join('\n')
    expect(errors).toContain(
      'Cargo.toml:3 ([package].version) has version 1.2.0rc1 but the tag v1.2.0-rc.1 says 1.2.0-rc.1. Update the manifest or re-tag.',
    )
    // pyproject.toml may write the PEP 440 form: only Cargo.toml is refused.
    expect(errors).not.toContain('pyproject.toml')
  })

  it('follows version.workspace = true to [workspace.package] and names that line', async () => {
    const result = await validate(
      {
        'Cargo.toml':
          '[workspace]\nmembers = ["crates/core"]\n\n[workspace.package]\nversion = "1.2.2"\n',
        'crates/core/Cargo.toml': '[package]\nname = "core"\nversion.workspace = true\n',
      },
      'v1.2.3',
      { manifests: 'crates/core/Cargo.toml' },
    )
    expect(result.exitCode).toBe(1)
    expect(result.errors.join('\n')).toContain('has version 1.2.2 but the tag v1.2.3 says 1.2.3')
    expect(result.errors.join('\n')).toContain('file=Cargo.toml,line=5')
  })
})

describe('validate-tag: a manifest newer than the release', () => {
  it('refuses package.json carrying the next version (bumped before the tag was moved)', async () => {
    const result = await validate({ 'package.json': packageJson('1.2.4') }, 'v1.2.3')
    expect(result.exitCode).toBe(1)
    expect(result.ctx.outputs).toEqual({})
    expect(result.errors.join('\n')).toContain(
      'package.json:3 has version 1.2.4 but the tag v1.2.3 says 1.2.3. Update the manifest or re-tag.',
    )
  })

  it('refuses pyproject.toml carrying the final version for a release candidate tag', async () => {
    // 1.2.0 is newer than 1.2.0rc1: not the same version in any form.
    const result = await validate({ 'pyproject.toml': pyproject('1.2.0') }, 'v1.2.0-rc.1')
    expect(result.exitCode).toBe(1)
    expect(result.errors.join('\n')).toContain(
      "pyproject.toml:6 ([project].version) has version 1.2.0 but the tag v1.2.0-rc.1 says 1.2.0-rc.1 (1.2.0rc1 in this file's form). Update the manifest or re-tag.",
    )
  })

  it('accepts pyproject.toml in the PEP 440 form of the tag, and says why', async () => {
    const result = await validate({ 'pyproject.toml': pyproject('1.2.0rc1') }, 'v1.2.0-rc.1')
    expect(result.errors).toEqual([])
    expect(result.ctx.outputs).toMatchObject({
      version: '1.2.0-rc.1',
      prerelease: 'true',
      'pep440-version': '1.2.0rc1',
    })
    expect(result.summary).toContain('same version as 1.2.0-rc.1')
  })

  it('shows the PEP 440 form for a package __init__.py that carries the final version', async () => {
    const result = await validate(
      { 'src/demo/__init__.py': '__version__ = "1.2.0"\n' },
      'v1.2.0-rc.1',
      {
        manifests: 'src/demo/__init__.py',
      },
    )
    expect(result.exitCode).toBe(1)
    expect(result.errors.join('\n')).toContain(
      "has version 1.2.0 but the tag v1.2.0-rc.1 says 1.2.0-rc.1 (1.2.0rc1 in this file's form). Update the manifest or re-tag.",
    )
  })

  it('shows no PEP 440 form for a file read with a regex: it is compared as written', async () => {
    const result = await validate({ VERSION: '1.2.0\n' }, 'v1.2.0-rc.1', {
      manifests: 'VERSION:^(.*)$',
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors.join('\n')).toContain(
      'has version 1.2.0 but the tag v1.2.0-rc.1 says 1.2.0-rc.1. Update the manifest or re-tag.',
    )
  })

  it('reports every mismatching manifest, not only the first', async () => {
    const result = await validate(
      { 'package.json': packageJson('1.3.0'), 'Cargo.toml': cargo('1.3.0') },
      'v1.2.3',
    )
    expect(result.exitCode).toBe(1)
    const errors = result.errors.join('\n')
    expect(errors).toContain('package.json:3 has version 1.3.0')
    expect(errors).toContain('Cargo.toml:3 ([package].version) has version 1.3.0')
  })
})
