// init, doctor and rehearse in sequence, as a maintainer runs them: the workflow init writes
// publishes to the sandbox's registry and creates the release, with no token in the log.
import { afterAll, describe, expect, it } from '@jest/globals'
import { rehearseJson, tokenLines } from '../rehearse/rehearse-support.js'
import { gitRepository, removeRepositories, runInit } from './init-support.js'
import { npmSingle } from './init-fixtures.js'

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
})
