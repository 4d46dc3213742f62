// init, doctor and rehearse in sequence on the version from the tag (hatch-vcs), poetry, and npm
// and Python side by side: each published to the sandbox, each released.
import { afterAll, describe, expect, it } from '@jest/globals'
import { npmSingle, setuptools } from './init-fixtures.js'
import { noPipRetriesOffline } from './init-rehearsal-pip.js'
import { initDoctorRehearse, published } from './init-rehearsal-support.js'
import { gitRepository, packageJson, removeRepositories } from './init-support.js'

afterAll(removeRepositories)
noPipRetriesOffline()

describe('tokenless init, doctor, then a rehearsal that publishes', () => {
  it('hatch-vcs (version from the tag): the build is handed the version being released', async () => {
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
        'src/acme_vcs/__init__.py': '',
        'tests/test_vcs.py': 'def test_vcs():\n    assert True\n',
      },
      ['v0.9.0', 'v0.10.0'],
    )
    repo.write({ 'src/acme_vcs/more.py': 'MORE = 1\n' })
    repo.commit('feat: more')
    const report = await initDoctorRehearse(repo, { rehearse: ['--input', 'version=0.11.0'] })
    expect(report.verdict).toBe('PASSED: published acme-vcs 0.11.0 (PyPI); GitHub release v0.11.0.')
    expect(published(report)).toEqual({
      npm: [],
      pypi: [
        'pypi:acme-vcs 0.11.0 acme_vcs-0.11.0-py2.py3-none-any.whl',
        'pypi:acme-vcs 0.11.0 acme_vcs-0.11.0.tar.gz',
      ],
      releases: ['v0.11.0'],
    })
  }, 600_000)

  it('poetry: poetry-core builds the version in [tool.poetry]', async () => {
    const repo = gitRepository({
      'pyproject.toml': `[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"

[tool.poetry]
name = "acme-poetry"
version = "3.1.0"
description = "Poetry, released with no token."
authors = ["A <a@example.com>"]
`,
      'acme_poetry/__init__.py': '',
      'tests/test_poetry.py': 'def test_poetry():\n    assert True\n',
    })
    const report = await initDoctorRehearse(repo)
    expect(report.verdict).toBe(
      'PASSED: published acme-poetry 3.1.0 (PyPI); GitHub release v3.1.0.',
    )
    expect(published(report)).toEqual({
      npm: [],
      pypi: [
        'pypi:acme-poetry 3.1.0 acme_poetry-3.1.0-py2.py3-none-any.whl',
        'pypi:acme-poetry 3.1.0 acme_poetry-3.1.0.tar.gz',
      ],
      releases: ['v3.1.0'],
    })
  }, 600_000)

  it('npm and Python side by side: both published, one release', async () => {
    const repo = gitRepository({
      ...npmSingle,
      'package.json': packageJson({
        name: 'acme-widget',
        version: '0.4.0',
        repository: 'github:acme/widget',
        scripts: { test: 'node --test' },
      }),
      'CHANGELOG.md': '# Changelog\n\n## 0.4.0\n\n- First.\n',
      ...Object.fromEntries(
        Object.entries(setuptools).map(([path, text]) => [`python/${path}`, text]),
      ),
    })
    const report = await initDoctorRehearse(repo)
    expect(report.verdict).toBe(
      'PASSED: published acme-widget@0.4.0 (npm), acme-widget 0.4.0 (PyPI); GitHub release v0.4.0.',
    )
    expect(published(report)).toEqual({
      npm: ['acme-widget@0.4.0'],
      pypi: [
        'pypi:acme-widget 0.4.0 acme_widget-0.4.0-py3-none-any.whl',
        'pypi:acme-widget 0.4.0 acme_widget-0.4.0.tar.gz',
      ],
      releases: ['v0.4.0'],
    })
  }, 600_000)
})
