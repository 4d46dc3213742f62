// tokenless init on a repository of each kind: it writes release.yml filled in for it, and
// doctor, run again on the repository as a user would, finds nothing in it.
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { doctorAt } from '../doctor/doctor-helpers.js'
import { npmSingle, setuptools } from './init-fixtures.js'
import {
  gitRepository,
  packageJson,
  removeRepositories,
  runInit,
  type Repo,
} from './init-support.js'

afterAll(removeRepositories)

interface Workflow {
  env: Record<string, string>
  jobs: Record<
    string,
    {
      needs?: string[]
      steps: {
        name?: string
        uses?: string
        run?: string
        with?: Record<string, string>
        env?: Record<string, string>
      }[]
    }
  >
}

function written(repo: Repo, file = 'release.yml'): { text: string; workflow: Workflow } {
  const text = readFileSync(join(repo.dir, '.github', 'workflows', file), 'utf8')
  return { text, workflow: parse(text) as Workflow }
}

function validateInputs(workflow: Workflow): Record<string, string> {
  const step = workflow.jobs.validate!.steps.find((candidate) =>
    candidate.uses?.includes('validate-tag'),
  )
  return step!.with!
}

/** init exits 0 saying doctor found nothing, and doctor over the repository agrees. */
async function initClean(repo: Repo, args: string[] = []): Promise<string> {
  const run = await runInit(args, repo.dir)
  expect(run.stderr).toBe('')
  expect(run.stdout).toContain('tokenless doctor: no finding in .github/workflows/release.yml.')
  expect(run.code).toBe(0)
  const doctor = doctorAt(repo.dir)
  expect(doctor.failures).toEqual([])
  expect(doctor.findings.map((f) => `${f.file.rel}:${f.position.line} ${f.rule}`)).toEqual([])
  return run.stdout
}

describe('tokenless init writes a clean workflow for', () => {
  it('a single npm package, and prints its trusted publisher exactly', async () => {
    const repo = gitRepository(npmSingle, ['v1.0.0'])
    const stdout = await initClean(repo)
    expect(stdout).toContain(`Found in ${repo.dir}:
  npm     acme-widget in package.json
  version 1.1.0 (package.json:3)
  tags    v<version>, semver, newest v1.0.0
  tests   npm test
  branch  main
  changelog CHANGELOG.md (plain)
`)
    expect(stdout).toContain(`  npm: acme-widget
    https://www.npmjs.com/package/acme-widget/access -> Trusted publishing -> GitHub Actions
    Package:              acme-widget
    Organization or user: acme
    Repository:           widget
    Workflow filename:    release.yml
    Environment name:     release
`)
    expect(stdout)
      .toContain(`Create the environment "release": https://github.com/acme/widget/settings/environments/new
  Required reviewers: the maintainers who approve a release (the publish jobs wait for one).
  Deployment branches and tags: selected: main, hotfix/*, and tags v*.`)
    expect(stdout).toContain(
      'Rehearse the release against the sandbox (nothing leaves the machine):\n  npx tokenless rehearse\n',
    )
    expect(stdout).not.toContain('PyPI')
    const { workflow } = written(repo)
    expect(Object.keys(workflow.jobs)).toEqual([
      'validate',
      'test',
      'build',
      'publish-npm',
      'create-release',
    ])
    expect(workflow.jobs['create-release']!.needs).toEqual([
      'validate',
      'test',
      'build',
      'publish-npm',
    ])
    expect(validateInputs(workflow)).toEqual({
      version: '${{ env.VERSION_INPUT }}',
      manifests: 'package.json\n',
      changelog: 'CHANGELOG.md',
      branches: 'main, hotfix/*',
    })
    expect(workflow.env.TEST_COMMAND).toBe('npm test')
    expect(workflow.jobs.build!.steps.map((step) => step.name ?? step.uses)).toEqual([
      expect.stringMatching(/^actions\/checkout@/),
      expect.stringMatching(/^actions\/setup-node@/),
      'Pack acme-widget',
      expect.stringMatching(/^actions\/upload-artifact@/),
    ])
  })

  it('npm workspaces: each public package packed and checked, the private root left out', async () => {
    const repo = gitRepository({
      'package.json': packageJson({
        name: 'root',
        private: true,
        workspaces: ['packages/*'],
        scripts: { test: 'node --test' },
      }),
      'packages/core/package.json': packageJson({ name: '@acme/core', version: '2.0.0' }),
      'packages/cli/package.json': packageJson({ name: '@acme/cli', version: '2.0.0' }),
      'packages/docs/package.json': packageJson({ name: 'docs', private: true, version: '0.0.0' }),
    })
    const stdout = await initClean(repo)
    expect(stdout).toContain('  npm: @acme/cli\n')
    expect(stdout).toContain('  npm: @acme/core\n')
    expect(stdout).toContain(
      'Set "repository" in packages/core/package.json to git+https://github.com/acme/widget.git: npm refuses a publish with provenance whose package.json does not name the repository it runs in.\n',
    )
    expect(JSON.parse(readFileSync(join(repo.dir, 'packages/core/package.json'), 'utf8'))).toEqual({
      name: '@acme/core',
      version: '2.0.0',
      repository: {
        type: 'git',
        url: 'git+https://github.com/acme/widget.git',
        directory: 'packages/core',
      },
    })
    const { workflow } = written(repo)
    expect(validateInputs(workflow).manifests).toBe(
      'packages/cli/package.json\npackages/core/package.json\n',
    )
    expect(
      workflow.jobs
        .build!.steps.filter((step) => step.run?.includes('npm pack'))
        .map((step) => step.name),
    ).toEqual(['Pack @acme/cli', 'Pack @acme/core'])
  })

  it('a setuptools package: PEP 440, python -m build, pytest, and PyPI and TestPyPI publishers', async () => {
    const repo = gitRepository(setuptools, ['v0.3.0'])
    const stdout = await initClean(repo)
    expect(stdout).toContain('  Python  acme-widget in pyproject.toml (setuptools)\n')
    expect(stdout).toContain('  tags    v<version>, pep440, newest v0.3.0\n')
    expect(stdout).toContain(`  PyPI: acme-widget
    an existing project: https://pypi.org/manage/project/acme-widget/settings/publishing/
    a new project (pending publisher): https://pypi.org/manage/account/publishing/
    PyPI Project Name: acme-widget (pending publisher only)
    Owner:             acme
    Repository name:   widget
    Workflow name:     release.yml
    Environment name:  release
`)
    expect(stdout).toContain('https://test.pypi.org/manage/account/publishing/')
    const { workflow } = written(repo)
    expect(Object.keys(workflow.jobs)).toEqual([
      'validate',
      'test',
      'build',
      'publish-pypi',
      'create-release',
    ])
    expect(validateInputs(workflow)).toMatchObject({
      manifests: 'pyproject.toml\n',
      scheme: 'pep440',
    })
    expect(workflow.env.TEST_COMMAND).toBe('python -m pip install . pytest && python -m pytest .')
    expect(workflow.jobs.build!.steps.map((step) => step.run).filter(Boolean)).toEqual([
      'python -m pip install build && python -m build --outdir dist/python .',
    ])
    expect(JSON.stringify(workflow.jobs.test)).not.toContain('setup-node')
  })

  it('hatch with the version in a module ([project].dynamic): the manifest is read through it', async () => {
    const repo = gitRepository({
      'pyproject.toml': `[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "acme-hatch"
dynamic = ["version"]

[tool.hatch.version]
path = "src/acme_hatch/__about__.py"
`,
      'src/acme_hatch/__about__.py': '__version__ = "1.5.0"\n',
      'tox.ini': '[tox]\nenv_list = py3\n',
    })
    const stdout = await initClean(repo)
    expect(stdout).toContain('  version 1.5.0 (src/acme_hatch/__about__.py:1)\n')
    expect(stdout).toContain('  tests   python -m pip install tox && tox\n')
    expect(validateInputs(written(repo).workflow).manifests).toBe('pyproject.toml\n')
  })

  it('hatch-vcs (version from the tag): no manifest to check, the version from the newest tag', async () => {
    const repo = gitRepository(
      {
        'pyproject.toml': `[build-system]
requires = ["hatchling", "hatch-vcs"]
build-backend = "hatchling.build"

[project]
name = "acme-vcs"
dynamic = ["version"]

[tool.hatch.version]
source = "vcs"
`,
      },
      ['v0.9.0', 'v0.10.0'],
    )
    const stdout = await initClean(repo)
    expect(stdout).toContain(
      '  Python  acme-vcs in pyproject.toml (hatch, version from the git tag (hatch-vcs))\n',
    )
    expect(stdout).toContain('  version 0.10.0 (the tag v0.10.0)\n')
    expect(stdout).toContain('npx tokenless rehearse --input version=0.10.0')
    const { workflow } = written(repo)
    expect(validateInputs(workflow).manifests).toBe('none')
    // The tag is made after the build (by create-release): hatch-vcs is handed the version.
    expect(workflow.jobs.build!.steps.find((step) => step.name === 'Build acme-vcs')).toEqual({
      name: 'Build acme-vcs',
      env: { SETUPTOOLS_SCM_PRETEND_VERSION: '${{ needs.validate.outputs.version }}' },
      run: 'python -m pip install build && python -m build --outdir dist/python .',
    })
  })

  it('a tag plugin with no version variable known: the build step says what to check', async () => {
    const repo = gitRepository(
      {
        'pyproject.toml': `[build-system]
requires = ["setuptools", "versioningit"]
build-backend = "setuptools.build_meta"

[project]
name = "acme-vgit"
dynamic = ["version"]
`,
      },
      ['v1.0.0'],
    )
    await initClean(repo)
    expect(written(repo).text).toContain(
      '      # TO CHECK: versioningit reads the version from git, and the tag is made after this build (by create-release): set the version being released, needs.validate.outputs.version, the way it reads one.\n      - name: Build acme-vgit\n',
    )
  })

  it('poetry: the version in [tool.poetry], uv build when there is a uv.lock', async () => {
    const repo = gitRepository({
      'pyproject.toml': `[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"

[tool.poetry]
name = "acme-poetry"
version = "3.1.0"
`,
      'uv.lock': '',
    })
    const stdout = await initClean(repo)
    expect(stdout).toContain('  Python  acme-poetry in pyproject.toml (poetry)\n')
    expect(stdout).toContain('  version 3.1.0 (pyproject.toml:7)\n')
    expect(written(repo).text).toContain(
      'python -m pip install uv && uv build --out-dir dist/python .',
    )
  })

  it('npm and Python side by side: both published, both manifests checked, both test commands', async () => {
    const repo = gitRepository({
      ...npmSingle,
      'package.json': packageJson({
        name: 'acme-widget',
        version: '0.4.0',
        scripts: { test: 'node --test' },
      }),
      ...Object.fromEntries(
        Object.entries(setuptools).map(([path, text]) => [`python/${path}`, text]),
      ),
    })
    const stdout = await initClean(repo)
    expect(stdout).toContain('  npm: acme-widget\n')
    expect(stdout).toContain('  PyPI: acme-widget\n')
    const { workflow } = written(repo)
    expect(Object.keys(workflow.jobs)).toEqual([
      'validate',
      'test',
      'build',
      'publish-npm',
      'publish-pypi',
      'create-release',
    ])
    expect(validateInputs(workflow)).toMatchObject({
      manifests: 'package.json\npython/pyproject.toml\n',
    })
    expect(validateInputs(workflow).scheme).toBeUndefined()
    expect(workflow.env.TEST_COMMAND).toBe(
      'npm test && python -m pip install ./python pytest && python -m pytest ./python',
    )
  })

  it('CalVer tags: the scheme, the format and a tag prefix other than v', async () => {
    const repo = gitRepository(
      { 'package.json': packageJson({ name: 'acme-daily', version: '2025.1.3' }) },
      ['release-2024.5.1', 'release-2024.11.20'],
    )
    const stdout = await initClean(repo)
    expect(stdout).toContain(
      '  tags    release-<version>, calver YYYY.M.D, newest release-2024.11.20\n',
    )
    expect(stdout).toContain(
      '  tests   none found: set TEST_COMMAND in the workflow, or rerun with --test-command\n',
    )
    expect(validateInputs(written(repo).workflow)).toMatchObject({
      'tag-prefix': 'release-',
      scheme: 'calver',
      'calver-format': 'YYYY.M.D',
    })
  })
})
