// tokenless init on a repository of each kind: it writes release.yml, and doctor finds nothing.
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gitRepository, packageJson, removeRepositories, runInit } from './init-support.js'

afterAll(removeRepositories)

const npmSingle = {
  'package.json': packageJson({
    name: 'acme-widget',
    version: '1.1.0',
    repository: 'github:acme/widget',
    scripts: { test: 'node --test' },
  }),
  'index.js': 'export const widget = 1\n',
  'widget.test.js': "import { test } from 'node:test'\ntest('widget', () => {})\n",
  'CHANGELOG.md': '# Changelog\n\n## 1.1.0\n\n- More.\n\n## 1.0.0\n\n- First.\n',
}

describe('tokenless init', () => {
  it('writes the release workflow of a single npm package, and doctor finds nothing', async () => {
    const repo = gitRepository(npmSingle, ['v1.0.0'])
    const run = await runInit([], repo.dir)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const workflow = readFileSync(join(repo.dir, '.github', 'workflows', 'release.yml'), 'utf8')
    console.log(run.stdout, workflow)
  })
})
