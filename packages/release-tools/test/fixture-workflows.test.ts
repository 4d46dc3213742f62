// The tables over the doctor's fixture workflows (shapes of real release workflows): every
// publish, tag, test run and computed version they hold, and nothing else.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { publishesOf, tagCreationsOf, testsRunBy, versionComputedBy } from '../src/index.js'
import { FIXTURES, fixtureSteps } from './fixture-steps.js'

function findings(fixture: string): string[] {
  const found: string[] = []
  for (const workflow of readdirSync(join(FIXTURES, fixture, '.github/workflows')).sort())
    for (const { job, step, context } of fixtureSteps(fixture, workflow)) {
      const at = `${workflow} ${job}:`
      for (const p of publishesOf(step, context))
        found.push(
          `${at} publish ${p.tool} → ${p.registry}${p.usesToken ? ' with a token' : ''}${p.provenance ? ' +provenance' : ''}`,
        )
      for (const t of tagCreationsOf(step, context))
        found.push(`${at} ${t.kind} by ${t.tool} (${t.token})`)
      const tests = testsRunBy(step, context)
      if (tests !== undefined) found.push(`${at} tests \`${tests}\``)
      const computed = versionComputedBy(step, context)
      if (computed !== undefined) found.push(`${at} ${computed.what} \`${computed.needle}\``)
    }
  return found
}

test.each([
  [
    'changesets-hardened',
    [
      'release.yml test: tests `npm test`',
      'release.yml publish: publish changeset publish → npm',
      'release.yml publish: tag by changeset publish (github-token)',
      'release.yml publish: tag by git push --tags (github-token)',
    ],
  ],
  [
    'changesets-wild',
    [
      'release.yml release: publish changesets/action → npm with a token',
      'release.yml release: release by changesets/action@v1 (github-token)',
    ],
  ],
  [
    'monorepo-hardened',
    [
      'release.yml publish: publish npm publish → npm +provenance',
      'release.yml tag: tag by git tag (github-token)',
      'test.yml unit: tests `npm test`',
    ],
  ],
  [
    'monorepo-wild',
    [
      'ci.yml test: tests `npm test`',
      'release.yml release: tag by npm version (github-token)',
      'release.yml release: tag by git push --tags (github-token)',
    ],
  ],
  [
    'npm-pypi-hardened',
    [
      'release.yml test: tests `npm test`',
      'release.yml test: tests `pytest -q python`',
      'release.yml publish-npm: publish npm publish → npm +provenance',
      'release.yml publish-pypi: publish pypa/gh-action-pypi-publish → pypi',
      'release.yml github-release: release by gh release create (github-token)',
    ],
  ],
  [
    'npm-pypi-wild',
    [
      'release.yml test: tests `pytest -q`',
      'release.yml publish-npm: publish npm publish → npm with a token +provenance',
      'release.yml publish-pypi: publish twine upload → pypi with a token',
      'release.yml github-release: release by softprops/action-gh-release@v2 (github-token)',
    ],
  ],
  [
    'release-please-hardened',
    [
      'release.yml test: tests `uv run --frozen pytest`',
      'release.yml release-please: release by googleapis/release-please-action@16a9c90856f42705d54a6fda1823352bdc62cf38 (github-token)',
      'release.yml publish: publish pypa/gh-action-pypi-publish → pypi',
    ],
  ],
  [
    'release-please-wild',
    [
      'publish.yml build-and-publish: date `date -u +%Y-%m-%d`',
      'publish.yml build-and-publish: tests `uv run --with pytest pytest`',
      'publish.yml build-and-publish: publish uv publish → pypi',
      'release-please.yml release-please: release by googleapis/release-please-action@v4 (github-token)',
    ],
  ],
  [
    'semantic-release-hardened',
    [
      'release.yml test: tests `npm test`',
      'release.yml release: publish semantic-release → npm',
      'release.yml release: release by semantic-release (github-token)',
    ],
  ],
  [
    'semantic-release-wild',
    [
      'release.yml release: tests `npm test`',
      'release.yml release: publish semantic-release → npm with a token',
      'release.yml release: release by semantic-release (github-token)',
    ],
  ],
])('%s', (fixture, expected) => {
  expect(findings(fixture)).toEqual(expected)
})

test('every fixture is covered', () => {
  expect(readdirSync(FIXTURES).sort()).toHaveLength(10)
})
