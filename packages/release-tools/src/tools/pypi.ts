// PyPI and its tools: twine, uv, poetry, hatch, flit, pdm, maturin, setup.py, and
// pypa/gh-action-pypi-publish; pytest, tox and nox; bump-my-version and commitizen.
import type { Subject } from '../detectors.js'
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

/** tox environments and nox sessions that are tests: `py312`, `py`, `tests`, `unit`... */
const TEST_ENV = /^(py\d*(-.*)?|pypy\d*(-.*)?|\w*tests?\w*|unit\w*|integration\w*|coverage|cov)$/i

/** `tox -e release-notes` runs no tests; `tox`, `tox -e py312`, `nox -s tests` do. */
function runsTestEnvironments({ args }: Subject): boolean {
  const names: string[] = []
  for (let index = 1; index < args.length; index++) {
    const word = args[index]!
    const inline = /^(-e|--env|-s|--session|--sessions)=(.*)$/.exec(word)
    if (inline) names.push(...inline[2]!.split(','))
    else if (['-e', '--env', '-s', '--session', '--sessions', '-k'].includes(word))
      names.push(...(args[++index] ?? '').split(','))
  }
  if (names.length === 0) return true
  return names.some((name) => TEST_ENV.test(name.trim()) || /\$|\{/.test(name))
}

/** cibuildwheel runs the tests its settings name (`CIBW_TEST_COMMAND`, pyproject's `test-command`). */
function cibuildwheelTests({ step, context }: Pick<Subject, 'step' | 'context'>): boolean {
  return (
    context.cibuildwheelTests === true ||
    Object.keys(step.env ?? {}).some((name) => /^CIBW_TEST_COMMAND/.test(name)) ||
    Object.keys(step.with ?? {}).some((name) => /^CIBW_TEST_COMMAND/.test(name))
  )
}

export const PYPI_TEST_RUNNERS: TestRunnerEntry[] = [
  { command: { words: [['pytest', 'unittest']] } },
  { command: { words: [['tox', 'nox']], when: runsTestEnvironments } },
  { command: { words: ['cibuildwheel'], when: cibuildwheelTests } },
  {
    action: {
      name: 'pypa/cibuildwheel',
      when: (step, context) => context !== undefined && cibuildwheelTests({ step, context }),
    },
  },
  { command: { words: ['hatch', 'test'] } },
  { command: { words: ['hatch', 'run', TEST_SCRIPT] } },
]
