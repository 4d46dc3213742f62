// PyPI and its tools: twine, uv, poetry, hatch, flit, pdm, maturin, setup.py, and
// pypa/gh-action-pypi-publish; pytest, tox and nox; bump-my-version and commitizen.
import type { PublisherEntry } from '../publishers.js'
import { TEST_SCRIPT } from '../test-runners.js'
import type { TestRunnerEntry } from '../test-runners.js'
import type { VersionComputerEntry } from '../version-computers.js'

const pythonCommand = (
  tool: PublisherEntry['tool'],
  words: readonly (string | readonly string[])[],
  flags: readonly string[],
): PublisherEntry => ({
  tool,
  command: { words },
  ecosystem: 'pypi',
  registry: 'python-command',
  token: { env: true, flags },
})

export const PYPI_PUBLISHERS: PublisherEntry[] = [
  pythonCommand('twine upload', ['twine', 'upload'], ['-p', '--password']),
  // `--trusted-publishing never` refuses OIDC: only a token can be left.
  pythonCommand('uv publish', ['uv', 'publish'], ['--token', '-t', '--password', '-p', 'never']),
  pythonCommand(
    ({ tool }) => `${tool[0]} publish`,
    [['poetry', 'hatch', 'flit', 'pdm'], 'publish'],
    ['--password', '-p', '-u', '--username', '-a', '--auth'],
  ),
  pythonCommand(
    ({ tool }) => `maturin ${tool[1]}`,
    ['maturin', ['publish', 'upload']],
    ['--password', '-p'],
  ),
  {
    // `python setup.py sdist upload`: distutils' upload takes a password, never OIDC.
    tool: 'setup.py upload',
    command: { words: [/^python3?$/, 'setup.py'], containing: ['upload'] },
    ecosystem: 'pypi',
    registry: 'python-command',
    token: { always: true },
  },
  {
    tool: 'pypa/gh-action-pypi-publish',
    action: { name: 'pypa/gh-action-pypi-publish' },
    ecosystem: 'pypi',
    registry: { inputs: ['repository-url', 'repository_url'], default: 'pypi' },
    token: { inputs: ['password'] },
  },
]

export const PYPI_VERSION_COMPUTERS: VersionComputerEntry[] = [
  {
    // `poetry version patch`, `hatch version minor` (not `poetry version -s`, which reads).
    what: 'version',
    command: { words: [['poetry', 'hatch'], 'version', /^[^-]/] },
  },
  {
    what: 'version',
    command: { words: [['bump-my-version', 'bumpversion', 'bump2version']] },
  },
  { what: 'version', command: { words: ['cz', 'bump'] } },
]

export const PYPI_TEST_RUNNERS: TestRunnerEntry[] = [
  { command: { words: [['pytest', 'tox', 'nox', 'unittest']] } },
  { command: { words: ['hatch', 'test'] } },
  { command: { words: ['hatch', 'run', TEST_SCRIPT] } },
]
