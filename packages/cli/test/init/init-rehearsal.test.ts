// init, doctor and rehearse in sequence, as a maintainer runs them: the workflow init writes
// publishes to the sandbox's registry and creates the release, with no token in the log.
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { rehearseJson, suiteRoot, tokenLines } from '../rehearse/rehearse-support.js'
import { gitRepository, removeRepositories, runInit } from './init-support.js'
import { inTreePython, npmSingle } from './init-fixtures.js'

afterAll(removeRepositories)

describe('tokenless init, then tokenless rehearse', () => {
  it('a single npm package: the written workflow publishes it and creates the release', async () => {
    const repo = gitRepository(
      { ...npmSingle, 'package.json': npmSingle['package.json'].replace('1.1.0', '1.0.0') },
      ['v1.0.0'],
    )
    repo.write({ 'package.json': npmSingle['package.json'] })
    repo.commit('feat: more')
    const init = await runInit([], repo.dir)
    expect(init.code).toBe(0)
    expect(init.stdout).toContain('  npx tokenless rehearse\n')
    repo.commit('ci: release with tokenless')
    const { code, report, stderr } = await rehearseJson([], { cwd: repo.dir })
    expect(report.verdict).toBe('PASSED: published acme-widget@1.1.0 (npm); GitHub release v1.1.0.')
    expect(code).toBe(0)
    expect(tokenLines(stderr)).toEqual([])
    expect(tokenLines(JSON.stringify(report))).toEqual([])
  })

  it('a Python package: the written workflow builds the wheel, publishes it to PyPI and releases', async () => {
    const backend = readFileSync(
      join(suiteRoot, 'demo', 'python', 'build_backend', 'hello_build.py'),
      'utf8',
    )
    const repo = gitRepository(inTreePython(backend))
    const init = await runInit(
      ['--test-command', 'python -m unittest discover -s tests -t .'],
      repo.dir,
    )
    expect(init.stderr).toBe('')
    expect(init.code).toBe(0)
    repo.commit('ci: release with tokenless')
    const { code, report, stderr } = await rehearseJson([], { cwd: repo.dir })
    expect(report.verdict).toBe('PASSED: published acme-greet 0.2.0 (PyPI); GitHub release v0.2.0.')
    expect(code).toBe(0)
    expect(tokenLines(stderr)).toEqual([])
  })
})
