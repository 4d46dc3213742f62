// npm refuses a publish with provenance whose package.json does not name the repository the
// release runs in: init sets a missing "repository" in the file's own layout, and stops with the
// fix when the field names another repository or origin is not on GitHub.
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repositoryFields } from '../../src/init/manifest-repository.js'
import { gitRepository, packageJson, removeRepositories, runInit } from './init-support.js'

afterAll(removeRepositories)

const npmPackage = (dir: string) => ({
  dir,
  file: dir === '.' ? 'package.json' : `${dir}/package.json`,
  name: 'acme-widget',
  version: undefined,
  scripts: {},
})

describe('the "repository" npm checks provenance against', () => {
  it('is placed after "version", in the indent and line endings of the file', () => {
    const repo = gitRepository({
      'package.json':
        '{\r\n\t"name": "acme-widget",\r\n\t"version": "1.0.0",\r\n\t"type": "module"\r\n}\r\n',
    })
    const { edits, problems } = repositoryFields(repo.dir, [npmPackage('.')], {
      owner: 'acme',
      repo: 'widget',
    })
    expect(problems).toEqual([])
    expect(edits).toEqual([
      {
        file: 'package.json',
        url: 'git+https://github.com/acme/widget.git',
        text: '{\r\n\t"name": "acme-widget",\r\n\t"version": "1.0.0",\r\n\t"repository": {\r\n\t\t"type": "git",\r\n\t\t"url": "git+https://github.com/acme/widget.git"\r\n\t},\r\n\t"type": "module"\r\n}\r\n',
      },
    ])
  })

  it("is left alone when it names the repository in any of npm's forms", () => {
    for (const repository of [
      'github:acme/widget',
      'https://github.com/Acme/Widget',
      { type: 'git', url: 'git+ssh://git@github.com/acme/widget.git' },
    ]) {
      const repo = gitRepository({ 'package.json': packageJson({ name: 'w', repository }) })
      expect(
        repositoryFields(repo.dir, [npmPackage('.')], { owner: 'acme', repo: 'widget' }),
      ).toEqual({ edits: [], problems: [] })
    }
  })

  it('names another repository: init writes the workflow, then stops with the fix (exit 1)', async () => {
    const repo = gitRepository({
      'package.json': packageJson({
        name: 'acme-widget',
        version: '1.0.0',
        repository: 'github:someone-else/widget',
      }),
    })
    const run = await runInit([], repo.dir)
    expect(run.stdout).toContain('tokenless doctor: no finding in .github/workflows/release.yml.\n')
    expect(run.stdout).toContain(`
The release would fail at its npm publish until package.json is changed:
  package.json: "repository" is github:someone-else/widget, but the release runs in github.com/acme/widget (origin): npm refuses a publish with provenance whose package.json names another repository. Set "repository": { "type": "git", "url": "git+https://github.com/acme/widget.git" } in package.json.
`)
    expect(run.stdout).not.toContain('npx tokenless rehearse')
    expect(run.code).toBe(1)
    expect(JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8')).repository).toBe(
      'github:someone-else/widget',
    )
  })

  it('is missing and origin is not on GitHub: says what to set', async () => {
    const repo = gitRepository({
      'packages/core/package.json': packageJson({ name: '@acme/core', version: '1.0.0' }),
      'package.json': packageJson({ name: 'root', private: true, workspaces: ['packages/*'] }),
    })
    repo.git('remote', 'set-url', 'origin', 'https://git.example.com/acme/widget.git')
    const run = await runInit([], repo.dir)
    expect(run.stdout).toContain(
      '  packages/core/package.json has no "repository", and origin is not a GitHub repository: npm refuses a publish with provenance whose package.json does not name the repository it runs in. Set "repository": { "type": "git", "url": "git+https://github.com/<owner>/<repository>.git", "directory": "packages/core" } in packages/core/package.json.\n',
    )
    expect(run.code).toBe(1)
  })

  it('--dry-run says what it would set and writes nothing', async () => {
    const manifest = packageJson({ name: 'acme-widget', version: '1.0.0' })
    const repo = gitRepository({ 'package.json': manifest })
    const run = await runInit(['--dry-run'], repo.dir)
    expect(run.stdout).toContain(
      'Would set "repository" in package.json to git+https://github.com/acme/widget.git (--dry-run: not written): npm refuses a publish with provenance whose package.json does not name the repository it runs in.\n',
    )
    expect(readFileSync(join(repo.dir, 'package.json'), 'utf8')).toBe(manifest)
    expect(run.code).toBe(0)
  })
})
