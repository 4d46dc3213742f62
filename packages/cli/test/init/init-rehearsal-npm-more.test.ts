// init, doctor and rehearse in sequence on npm workspaces (no "repository" in the manifests: init
// sets it, as npm checks provenance against it), CalVer tags, and a repository that publishes with
// an NPM_TOKEN today: each rehearsal publishes to the sandbox's npm with provenance.
import { afterAll, describe, expect, it } from '@jest/globals'
import { initDoctorRehearse, published } from './init-rehearsal-support.js'
import { gitRepository, packageJson, removeRepositories } from './init-support.js'

afterAll(removeRepositories)

const TEST = { 'test/ok.test.js': "import { test } from 'node:test'\ntest('ok', () => {})\n" }

describe('tokenless init, doctor, then a rehearsal that publishes', () => {
  it('npm workspaces: both public packages published with provenance, the private one left', async () => {
    const workspace = (name: string, version: string) =>
      packageJson({ name, version, license: 'MIT' })
    const repo = gitRepository(
      {
        'package.json': packageJson({
          name: 'root',
          private: true,
          workspaces: ['packages/*'],
          scripts: { test: 'node --test' },
        }),
        'packages/core/package.json': workspace('@acme/core', '1.0.0'),
        'packages/cli/package.json': workspace('@acme/cli', '1.0.0'),
        'packages/docs/package.json': packageJson({
          name: 'docs',
          private: true,
          version: '0.0.0',
        }),
        ...TEST,
      },
      ['v1.0.0'],
    )
    repo.write({
      'packages/core/package.json': workspace('@acme/core', '1.1.0'),
      'packages/cli/package.json': workspace('@acme/cli', '1.1.0'),
    })
    repo.commit('feat: more')
    const report = await initDoctorRehearse(repo)
    expect(report.verdict).toBe(
      'PASSED: published @acme/cli@1.1.0 (npm), @acme/core@1.1.0 (npm); GitHub release v1.1.0.',
    )
    expect(published(report)).toEqual({
      npm: ['@acme/cli@1.1.0', '@acme/core@1.1.0'],
      pypi: [],
      releases: ['v1.1.0'],
    })
    expect(report.readBack.npm.map((pkg) => Object.keys(pkg.provenance))).toEqual([
      ['1.1.0'],
      ['1.1.0'],
    ])
  }, 600_000)

  it('CalVer tags with a prefix: the version given to the rehearsal init offers is published', async () => {
    const repo = gitRepository(
      {
        'package.json': packageJson({
          name: 'acme-daily',
          version: '2024.11.20',
          scripts: { test: 'node --test' },
        }),
        ...TEST,
      },
      ['release-2024.5.1', 'release-2024.11.20'],
    )
    repo.write({
      'package.json': packageJson({
        name: 'acme-daily',
        version: '2025.1.3',
        scripts: { test: 'node --test' },
      }),
    })
    repo.commit('feat: January')
    const report = await initDoctorRehearse(repo, { rehearse: ['--input', 'version=2025.1.3'] })
    expect(published(report)).toEqual({
      npm: ['acme-daily@2025.1.3'],
      pypi: [],
      releases: ['release-2025.1.3'],
    })
  }, 600_000)

  it('a repository that publishes with an NPM_TOKEN today: the new release.yml publishes without it', async () => {
    const repo = gitRepository(
      {
        'package.json': packageJson({
          name: 'acme-widget',
          version: '1.0.0',
          scripts: { test: 'node --test' },
        }),
        ...TEST,
        '.github/workflows/publish.yml': `on: { release: { types: [published] } }
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v4
        with: { node-version: 22, registry-url: 'https://registry.npmjs.org' }
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
`,
      },
      ['v1.0.0'],
    )
    repo.write({
      'package.json': packageJson({
        name: 'acme-widget',
        version: '1.0.1',
        scripts: { test: 'node --test' },
      }),
    })
    repo.commit('fix: one')
    const report = await initDoctorRehearse(repo, {
      findings: expect.arrayContaining([
        expect.stringMatching(/^\.github\/workflows\/publish\.yml:\d+ long-lived-token$/),
      ]) as unknown as string[],
    })
    expect(published(report)).toEqual({
      npm: ['acme-widget@1.0.1'],
      pypi: [],
      releases: ['v1.0.1'],
    })
  }, 600_000)
})
