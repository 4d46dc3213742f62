// npm, pnpm, yarn and bun, and the release tools of the npm world: changesets, semantic-release,
// lerna, release-it, nx release, changelogen, JS-DevTools/npm-publish.
import { PACKAGE_MANAGERS, scriptName } from '../commands.js'
import { releaseProfileCommands, usesOssjsRelease } from '../followed-scripts.js'
import type { Subject } from '../detectors.js'
import type { PublisherEntry } from '../publishers.js'
import { actionName, stepInput, type PlainStep } from '../step.js'
import type { TaggerEntry } from '../taggers.js'
import { TEST_SCRIPT } from '../test-runners.js'
import type { TestRunnerEntry } from '../test-runners.js'
import type { VersionComputerEntry } from '../version-computers.js'

const MANAGERS = [...PACKAGE_MANAGERS]
const NPM_TOKEN = { env: true } as const
const GITHUB_TOKEN_ENV = { env: ['GITHUB_TOKEN', 'GH_TOKEN'] } as const

/** changesets/action publishes when given a publish command: `publish:` (v1), `publish-script:` (v2). */
const changesetsPublishes = (step: PlainStep): boolean =>
  !!(stepInput(step, 'publish') || stepInput(step, 'publish-script'))

/** One release-it setting as its command line leaves it: `--no-npm`, `--no-git.tag`, `--github.release`. */
export function releaseItSetting(tool: string[], key: string, configured: boolean): boolean {
  const parent = key.split('.')[0]!
  let value = configured
  for (const word of tool) {
    if (word === `--no-${parent}` || word === `--no-${key}`) value = false
    else if (word === `--${key}` || word === `--${key}=true`) value = true
    else if (word === `--${key}=false`) value = false
  }
  return value
}

function releaseItKind({ args, context }: Subject): 'tag' | 'release' | undefined {
  const settings = context.releaseIt
  if (releaseItSetting(args, 'github.release', settings.githubRelease)) return 'release'
  return releaseItSetting(args, 'git.tag', settings.gitTag) ? 'tag' : undefined
}

const npmCommand = (
  tool: PublisherEntry['tool'],
  command: PublisherEntry['command'],
): PublisherEntry => ({ tool, command, ecosystem: 'npm', registry: 'npm', token: NPM_TOKEN })

export const NPM_PUBLISHERS: PublisherEntry[] = [
  {
    tool: ({ tool }) => `${tool[0]} publish`,
    command: { packageManager: true, words: [MANAGERS, 'publish'], unless: ['--help', '-h'] },
    ecosystem: 'npm',
    registry: 'npm-command',
    token: NPM_TOKEN,
    provenance: { flag: '--provenance' },
  },
  {
    // `yarn npm publish` (yarn berry) and `pnpm recursive publish`.
    tool: ({ tool }) => `${tool[0]} publish`,
    command: {
      packageManager: true,
      words: [['yarn', 'pnpm'], ['npm', 'recursive'], 'publish'],
      unless: ['--help', '-h'],
    },
    ecosystem: 'npm',
    registry: 'npm-command',
    token: NPM_TOKEN,
    provenance: { flag: '--provenance' },
  },
  {
    // npm >= 11.15: `npm stage publish` uploads a staged version that a person then approves.
    // pnpm hands `stage` to npm (`pnpm -r stage publish` stages every workspace package).
    tool: ({ tool }) => `${tool[0]} stage publish`,
    command: {
      packageManager: true,
      words: [['npm', 'pnpm'], 'stage', 'publish'],
      unless: ['--help', '-h'],
    },
    ecosystem: 'npm',
    registry: 'npm-command',
    token: NPM_TOKEN,
    provenance: { flag: '--provenance' },
  },
  npmCommand('changeset publish', { words: ['changeset', 'publish'] }),
  npmCommand(({ tool }) => tool[0]!, {
    words: [['semantic-release', 'multi-semantic-release']],
    unless: ['-d'],
  }),
  npmCommand('lerna publish', { words: ['lerna', 'publish'] }),
  // unjs's changelogen publishes (`npm publish`, or pnpm's) only when told to.
  npmCommand('changelogen --publish', { words: ['changelogen'], containing: ['--publish'] }),
  // @ossjs/release runs the `use` command of its profile (followed from release.config.json, or
  // the `script` of ossjs.release.config.js);
  // with no profile read, `release publish` is still a publish to npm.
  npmCommand('release publish', {
    words: ['release', 'publish'],
    unless: ['--dry-run', '-d'],
    when: ({ tool, context }) =>
      context.files !== undefined &&
      usesOssjsRelease(context.files) &&
      releaseProfileCommands(tool, context.files, '')?.length === 0,
  }),
  npmCommand('release-it', {
    words: ['release-it'],
    when: ({ args, context }) =>
      releaseItSetting(args, 'npm.publish', context.releaseIt.npmPublish),
  }),
  npmCommand(({ tool }) => (tool[2] === 'publish' ? 'nx release publish' : 'nx release'), {
    words: ['nx', 'release'],
    unless: ['--skip-publish', '-d'],
    when: ({ tool }) => !['version', 'changelog', 'plan', 'plan:check'].includes(tool[2] ?? ''),
  }),
  {
    tool: 'JS-DevTools/npm-publish',
    action: { name: 'js-devtools/npm-publish' },
    ecosystem: 'npm',
    registry: { inputs: ['registry'], default: 'npm' },
    token: { inputs: ['token'] },
    provenance: { input: 'provenance', inputDefault: false },
  },
  {
    tool: 'changesets/action',
    action: { name: 'changesets/action', when: changesetsPublishes },
    ecosystem: 'npm',
    registry: 'npm',
    token: NPM_TOKEN,
  },
  {
    // v2's publish sub-action: it publishes whatever its inputs say, no `publish:` script.
    tool: 'changesets/action/publish',
    action: { name: 'changesets/action/publish' },
    ecosystem: 'npm',
    registry: 'npm',
    token: NPM_TOKEN,
  },
  {
    tool: ({ step }) => actionName(step.uses),
    action: { name: /^(cycjimmy|codfish)\/semantic-release-action$/ },
    ecosystem: 'npm',
    registry: 'npm',
    token: NPM_TOKEN,
  },
]

export const NPM_TAGGERS: TaggerEntry[] = [
  {
    tool: 'npm version',
    command: {
      packageManager: true,
      words: ['npm', 'version'],
      unless: ['--no-git-tag-version', '--git-tag-version=false'],
    },
    kind: 'tag',
    token: 'git-push',
    needsPush: true,
  },
  {
    tool: ({ tool }) => `changeset ${tool[1]}`,
    command: { words: ['changeset', ['publish', 'tag']] },
    kind: 'tag',
    token: 'git-push',
    needsPush: true,
  },
  {
    tool: ({ tool }) => `lerna ${tool[1]}`,
    // A canary publishes only to the registry; `from-package` and `from-git` publish versions
    // already bumped (and tagged); without git tagging or pushing no tag reaches the remote.
    command: {
      words: ['lerna', ['publish', 'version']],
      unless: ['--canary', '-c', '--no-git-tag-version', '--no-push', 'from-package', 'from-git'],
    },
    kind: 'tag',
    token: 'git-push',
  },
  {
    tool: 'release-it',
    command: { words: ['release-it'], unless: ['-d', '--dry-run'] },
    kind: releaseItKind,
    token: GITHUB_TOKEN_ENV,
  },
  {
    tool: ({ tool }) => tool[0]!,
    command: {
      words: [['semantic-release', 'multi-semantic-release']],
      unless: ['-d', '--dry-run'],
    },
    kind: 'release',
    token: GITHUB_TOKEN_ENV,
  },
  {
    // @ossjs/release tags the release commit, pushes it and creates the GitHub Release.
    tool: 'release publish',
    command: {
      words: ['release', 'publish'],
      unless: ['--dry-run', '-d'],
      when: ({ context }) => context.files !== undefined && usesOssjsRelease(context.files),
    },
    kind: 'release',
    token: GITHUB_TOKEN_ENV,
  },
  {
    action: { name: /^(cycjimmy|codfish)\/semantic-release-action$/ },
    kind: 'release',
    token: GITHUB_TOKEN_ENV,
  },
  {
    action: {
      name: 'changesets/action',
      when: (step) =>
        changesetsPublishes(step) && stepInput(step, 'createGithubReleases') !== 'false',
    },
    kind: 'release',
    token: GITHUB_TOKEN_ENV,
  },
]

const VERSION_BUMPS = [
  'major',
  'minor',
  'patch',
  'premajor',
  'preminor',
  'prepatch',
  'prerelease',
  'from-git',
]

export const NPM_VERSION_COMPUTERS: VersionComputerEntry[] = [
  { what: 'version', command: { packageManager: true, words: ['npm', 'version', VERSION_BUMPS] } },
  { what: 'version', command: { words: [['standard-version', 'commit-and-tag-version']] } },
  {
    // `semantic-release --dry-run` to read the next version: computed here, released later.
    what: 'version',
    handsOn: true,
    command: { words: ['semantic-release'], containing: ['--dry-run', '-d'] },
  },
]

export const NPM_TEST_RUNNERS: TestRunnerEntry[] = [
  { command: { packageManager: true, words: [MANAGERS, ['test', 't', 'cit', 'install-test']] } },
  {
    command: {
      packageManager: true,
      words: [MANAGERS],
      when: ({ words }) => TEST_SCRIPT.test(scriptName(words) ?? ''),
    },
  },
  {
    command: { words: [['jest', 'vitest', 'mocha', 'ava', 'tap', 'karma', 'cypress']] },
  },
  { command: { words: ['playwright', 'test'] } },
  // kcd-scripts runs jest; its `validate` runs lint, test and build.
  { command: { words: ['kcd-scripts', ['test', 'validate']] } },
]
