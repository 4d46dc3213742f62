// init, doctor and rehearse in sequence, as a maintainer runs them: the workflow init writes
// publishes to the sandbox's registry and creates the release, with no token in the log.
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { suiteRoot } from '../rehearse/rehearse-support.js'
import { initDoctorRehearse, published } from './init-rehearsal-support.js'
import { gitRepository, removeRepositories, runInit } from './init-support.js'
import { inTreePython, npmSingle } from './init-fixtures.js'

afterAll(removeRepositories)

describe('tokenless init, doctor, then a rehearsal that publishes', () => {
  it('a single npm package: the written workflow publishes it and creates the release', async () => {
    const repo = gitRepository(
      { ...npmSingle, 'package.json': npmSingle['package.json'].replace('1.1.0', '1.0.0') },
      ['v1.0.0'],
    )
    repo.write({ 'package.json': npmSingle['package.json'] })
    repo.commit('feat: more')
    const init = await runInit(['--dry-run'], repo.dir)
    expect(init.stdout).toContain('  npx tokenless rehearse\n')
    const report = await initDoctorRehearse(repo)
    expect(report.verdict).toBe('PASSED: published acme-widget@1.1.0 (npm); GitHub release v1.1.0.')
    expect(published(report)).toEqual({
      npm: ['acme-widget@1.1.0'],
      pypi: [],
      releases: ['v1.1.0'],
    })
  }, 600_000)

  it('a Python package: the written workflow builds the wheel, publishes it to PyPI and releases', async () => {
    const backend = readFileSync(
      join(suiteRoot, 'demo', 'python', 'build_backend', 'hello_build.py'),
      'utf8',
    )
    const repo = gitRepository(inTreePython(backend))
    const report = await initDoctorRehearse(repo, {
      init: ['--test-command', 'python -m unittest discover -s tests -t .'],
    })
    expect(report.verdict).toBe('PASSED: published acme-greet 0.2.0 (PyPI); GitHub release v0.2.0.')
    expect(published(report).pypi).toEqual([
      'pypi:acme-greet 0.2.0 acme_greet-0.2.0-py3-none-any.whl',
    ])
  }, 600_000)
})
