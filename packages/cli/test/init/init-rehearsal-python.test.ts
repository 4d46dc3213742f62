// init, doctor and rehearse in sequence on Python packages: the workflow init writes builds the
// package the way it builds on GitHub (`python -m pip install build && python -m build`, with
// build isolation), publishes it to the sandbox's PyPI and creates the release.
import { afterAll, describe, expect, it } from '@jest/globals'
import { setuptools } from './init-fixtures.js'
import { noPipRetriesOffline } from './init-rehearsal-pip.js'
import { initDoctorRehearse, published } from './init-rehearsal-support.js'
import { gitRepository, removeRepositories } from './init-support.js'

afterAll(removeRepositories)
noPipRetriesOffline()

describe('tokenless init, doctor, then a rehearsal that publishes', () => {
  it('a setuptools package: python -m build, pytest, PyPI, the release', async () => {
    const repo = gitRepository(setuptools, ['v0.3.0'])
    const report = await initDoctorRehearse(repo)
    expect(report.verdict).toBe(
      'PASSED: published acme-widget 0.4.0 (PyPI); GitHub release v0.4.0.',
    )
    expect(published(report)).toEqual({
      npm: [],
      pypi: [
        'pypi:acme-widget 0.4.0 acme_widget-0.4.0-py3-none-any.whl',
        'pypi:acme-widget 0.4.0 acme_widget-0.4.0.tar.gz',
      ],
      releases: ['v0.4.0'],
    })
  }, 600_000)

  it('hatch with the version in a module ([project].dynamic): hatchling builds 1.5.0', async () => {
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
      'src/acme_hatch/__init__.py': '',
      'src/acme_hatch/__about__.py': '__version__ = "1.5.0"\n',
      'tests/test_hatch.py': 'def test_hatch():\n    assert True\n',
    })
    const report = await initDoctorRehearse(repo)
    expect(report.verdict).toBe('PASSED: published acme-hatch 1.5.0 (PyPI); GitHub release v1.5.0.')
    expect(published(report)).toEqual({
      npm: [],
      pypi: [
        'pypi:acme-hatch 1.5.0 acme_hatch-1.5.0-py2.py3-none-any.whl',
        'pypi:acme-hatch 1.5.0 acme_hatch-1.5.0.tar.gz',
      ],
      releases: ['v1.5.0'],
    })
  }, 600_000)
})
