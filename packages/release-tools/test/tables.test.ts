// One case per table entry, in the shape real release workflows write it.
import {
  PUBLISHERS,
  publishesIn,
  publishesOf,
  RELEASE_IT_DEFAULTS,
  stepContext,
  tagCreationsOf,
  testsRunBy,
  versionComputedBy,
} from '../src/index.js'
import type { PlainStep } from '../src/index.js'

const run = (script: string, env: Record<string, string> = {}): PlainStep => ({ run: script, env })
const uses = (action: string, inputs: Record<string, string> = {}, env = {}): PlainStep => ({
  uses: action,
  with: inputs,
  env,
})

function publishes(step: PlainStep, jobSteps: PlainStep[] = [step], scripts = {}) {
  return publishesOf(step, stepContext(step, { jobSteps, scripts })).map(
    (p) =>
      `${p.tool} → ${p.registry}${p.usesToken ? ' token' : ''}${p.provenance ? ' provenance' : ''}`,
  )
}

function tags(step: PlainStep, jobSteps: PlainStep[] = [step], releaseIt = RELEASE_IT_DEFAULTS) {
  return tagCreationsOf(step, stepContext(step, { jobSteps, releaseIt })).map(
    (t) => `${t.kind} by ${t.tool} (${t.token})`,
  )
}

describe('publishers', () => {
  test.each<[string, PlainStep, string[]]>([
    [
      'pnpm workspaces',
      run('pnpm -r publish --access public --no-git-checks'),
      ['pnpm publish → npm'],
    ],
    ['yarn berry', run('yarn npm publish --tolerate-republish'), ['yarn publish → npm']],
    ['a dry run', run('npm publish --dry-run'), []],
    ['help', run('npm publish --help'), []],
    [
      'a token in .npmrc',
      run('echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > ~/.npmrc && npm publish'),
      ['npm publish → npm token'],
    ],
    [
      'GitHub Packages',
      run('npm publish --registry=https://npm.pkg.github.com'),
      ['npm publish → other'],
    ],
    [
      'provenance from the env',
      run('npm publish', { NPM_CONFIG_PROVENANCE: 'true' }),
      ['npm publish → npm provenance'],
    ],
    ['lerna', run('npx lerna publish from-package --yes'), ['lerna publish → npm']],
    ['nx', run('npx nx release publish'), ['nx release publish → npm']],
    ['nx version only', run('npx nx release version 1.2.3'), []],
    ['release-it', run('npx release-it --ci'), ['release-it → npm']],
    ['release-it without npm', run('npx release-it --ci --no-npm'), []],
    [
      'twine with a password',
      run('twine upload dist/*', { TWINE_PASSWORD: '${{ secrets.PYPI_TOKEN }}' }),
      ['twine upload → pypi token'],
    ],
    [
      'twine to TestPyPI',
      run('python -m twine upload --repository testpypi dist/*'),
      ['twine upload → testpypi'],
    ],
    ['uv with a token', run('uv publish --token "$PYPI_TOKEN"'), ['uv publish → pypi token']],
    ['uv never trusted', run('uv publish --trusted-publishing never'), ['uv publish → pypi token']],
    ['poetry', run('poetry publish --build'), ['poetry publish → pypi']],
    ['hatch', run('hatch publish -u __token__ -a "$PYPI_TOKEN"'), ['hatch publish → pypi token']],
    ['flit', run('flit publish'), ['flit publish → pypi']],
    ['pdm', run('pdm publish'), ['pdm publish → pypi']],
    ['maturin', run('maturin upload --skip-existing dist/*'), ['maturin upload → pypi']],
    ['setup.py', run('python setup.py sdist bdist_wheel upload'), ['setup.py upload → pypi token']],
    [
      'pypi-publish to TestPyPI',
      uses('pypa/gh-action-pypi-publish@release/v1', {
        'repository-url': 'https://test.pypi.org/legacy/',
      }),
      ['pypa/gh-action-pypi-publish → testpypi'],
    ],
    [
      'pypi-publish with a password',
      uses('pypa/gh-action-pypi-publish@release/v1', { password: '${{ secrets.PYPI_API_TOKEN }}' }),
      ['pypa/gh-action-pypi-publish → pypi token'],
    ],
    [
      'npm-publish',
      uses('JS-DevTools/npm-publish@v3', { token: '${{ secrets.NPM_TOKEN }}', provenance: 'true' }),
      ['JS-DevTools/npm-publish → npm token provenance'],
    ],
    ['changesets without publish', uses('changesets/action@v1', { version: 'pnpm version' }), []],
    [
      'changesets v2 publish',
      uses('changesets/action/publish@v2'),
      ['changesets/action/publish → npm'],
    ],
    [
      'semantic-release action',
      uses('cycjimmy/semantic-release-action@v4', {}, { NPM_TOKEN: '${{ secrets.NPM_TOKEN }}' }),
      ['cycjimmy/semantic-release-action → npm token'],
    ],
    [
      'publish-oidc',
      uses('owner/tokenless/actions/publish-oidc@v1', { registry: 'testpypi' }),
      ['tokenless publish-oidc → testpypi provenance'],
    ],
    [
      'publish-oidc from a checkout',
      uses('./actions/publish-oidc', {
        registry: 'https://upload.pypi.org/legacy/',
        provenance: 'false',
      }),
      ['tokenless publish-oidc → pypi'],
    ],
    [
      'publish-oidc to an expression',
      uses('owner/tokenless/actions/publish-oidc@v1', { registry: '${{ inputs.registry }}' }),
      ['tokenless publish-oidc → npm provenance'],
    ],
    ['not a publish', run('npm ci && npm run build'), []],
  ])('%s', (_, step, expected) => {
    expect(publishes(step)).toEqual(expected)
  })

  test('setup-node registry-url in the job names the registry', () => {
    const setup = uses('actions/setup-node@v4', { 'registry-url': 'https://npm.pkg.github.com' })
    const step = run('npm publish')
    expect(publishes(step, [setup, step])).toEqual(['npm publish → other'])
  })

  test('`npm run release` is read as the script it runs', () => {
    const step = run('npm run release')
    expect(publishes(step, [step], { release: 'changeset publish' })).toEqual([
      'changeset publish → npm',
    ])
  })

  test('one step publishing to npm and PyPI gives both', () => {
    expect(publishes(run('npm publish\ntwine upload dist/*'))).toEqual([
      'npm publish → npm',
      'twine upload → pypi',
    ])
  })

  test('a new publisher is one entry', () => {
    const table = [
      ...PUBLISHERS,
      {
        tool: 'jsr publish',
        command: { words: ['jsr', 'publish'] },
        ecosystem: 'npm' as const,
        registry: 'npm' as const,
        token: {},
      },
    ]
    const step = run('npx jsr publish')
    expect(publishesOf(step, stepContext(step)).length).toBe(0)
    expect(publishesIn(table, step, stepContext(step)).map((p) => p.tool)).toEqual(['jsr publish'])
  })
})

describe('taggers', () => {
  const push = run('git push origin main --follow-tags')
  test.each<[string, PlainStep, PlainStep[], string[]]>([
    ['git tag pushed later', run('git tag "v$VERSION"'), [push], ['tag by git tag (github-token)']],
    ['git tag never pushed', run('git tag "v$VERSION"'), [], []],
    ['git tag listing', run('git tag --list "v*"'), [push], []],
    [
      'a PAT in the push URL',
      run('git push https://x-access-token:${{ secrets.RELEASE_PAT }}@github.com/o/r.git --tags'),
      [],
      ['tag by git push --tags (other)'],
    ],
    [
      'gh with a PAT',
      run('gh release create "$TAG" --generate-notes', { GH_TOKEN: '${{ secrets.PAT }}' }),
      [],
      ['release by gh release create (other)'],
    ],
    [
      'hub',
      run('hub release create -m "$TAG" "$TAG"'),
      [],
      ['release by hub release create (other)'],
    ],
    [
      'gh api',
      run('gh api -X POST repos/$GITHUB_REPOSITORY/releases -f tag_name="$TAG"'),
      [],
      ['release by gh POST /releases (github-token)'],
    ],
    [
      'curl a tag ref',
      run(
        'curl -X POST -d "{\\"ref\\":\\"refs/tags/$TAG\\"}" https://api.github.com/repos/o/r/git/refs',
      ),
      [],
      ['tag by curl POST /git/refs (other)'],
    ],
    [
      'lerna version',
      run('npx lerna version --conventional-commits --yes'),
      [],
      ['tag by lerna version (github-token)'],
    ],
    [
      'release-it',
      run('npx release-it --ci --github.release'),
      [],
      ['release by release-it (github-token)'],
    ],
    [
      'softprops with a PAT',
      uses('softprops/action-gh-release@v2', { token: '${{ secrets.RELEASE_TOKEN }}' }),
      [],
      ['release by softprops/action-gh-release@v2 (other)'],
    ],
    [
      'aio-libs/create-release',
      uses('aio-libs/create-release@v1.6.6', {
        changes_file: 'CHANGES.rst',
        version_file: 'src/pkg/__init__.py',
        github_token: '${{ secrets.GITHUB_TOKEN }}',
      }),
      [],
      ['release by aio-libs/create-release@v1.6.6 (github-token)'],
    ],
    [
      'github-script',
      uses('actions/github-script@v7', { script: 'await github.rest.git.createRef({ ref })' }),
      [],
      ['tag by actions/github-script (github-token)'],
    ],
    [
      'tag action',
      uses('mathieudutour/github-tag-action@v6.2', { github_token: '${{ secrets.GITHUB_TOKEN }}' }),
      [],
      ['tag by mathieudutour/github-tag-action@v6.2 (github-token)'],
    ],
    [
      'tokenless create-release',
      uses('owner/tokenless/actions/create-release@v1'),
      [],
      ['release by tokenless create-release (github-token)'],
    ],
  ])('%s', (_, step, others, expected) => {
    expect(tags(step, [step, ...others])).toEqual(expected)
  })

  test('a checkout with a PAT makes git push use it', () => {
    const checkout = uses('actions/checkout@v4', { token: '${{ secrets.BOT_PAT }}' })
    const step = run('git push --tags')
    expect(tags(step, [checkout, step])).toEqual(['tag by git push --tags (other)'])
  })
})

describe('version computers and test runners', () => {
  test.each<[string, string | undefined]>([
    ['echo "version=$(date +%Y.%m.%d)" >> "$GITHUB_OUTPUT"', 'date'],
    ['npm version patch --no-git-tag-version', 'version'],
    ['poetry version minor', 'version'],
    ['poetry version -s', undefined],
    ['bump-my-version bump patch', 'version'],
    ['cz bump --yes', 'version'],
    ['npx standard-version', 'version'],
    ['echo "v=$(git describe --tags)" >> $GITHUB_OUTPUT', 'version'],
    ['date', undefined],
  ])('%s', (script, what) => {
    const step = run(script)
    expect(versionComputedBy(step, stepContext(step))?.what).toBe(what)
  })

  test.each<[string, boolean]>([
    ['pnpm test', true],
    ['npm run test:unit', true],
    ['yarn lint', false],
    ['npx playwright test', true],
    ['npx playwright install', false],
    ['tox -e py312', true],
    ['python -m pytest', true],
    ['hatch run test:cov', true],
    ['go test ./...', true],
    ['cargo build', false],
    ['make check', true],
    ['./gradlew check', true],
    ['mvn -B verify', true],
  ])('%s', (script, runsTests) => {
    const step = run(script)
    expect(testsRunBy(step, stepContext(step)) !== undefined).toBe(runsTests)
  })

  test('test-gate runs tests', () => {
    const step = uses('owner/tokenless/actions/test-gate@v1')
    expect(testsRunBy(step, stepContext(step))).toBe('owner/tokenless/actions/test-gate@v1')
  })
})
