// package.json scripts as pnpm, yarn, npm and bun run them, in every spelling they accept: the
// script of the folder (`-C`, `--dir`, `--prefix`, `--cwd`) or of the workspace package
// (`--filter`, `-w`, `yarn workspace`) named, each workspace package's (`-r`), and the repository
// scripts those run. Shapes of public release workflows, written for these tests.
import { afterAll, expect, test } from '@jest/globals'
import {
  doctor,
  messagesOf,
  removeRepositories,
  shipWithoutEnvironment,
  shipWorkflow,
} from '../doctor-helpers.js'

afterAll(removeRepositories)

const workflow = shipWorkflow
const noEnvironment = shipWithoutEnvironment

const json = (value: unknown) => JSON.stringify(value, null, 2)

/** A workspace: a root that publishes nothing, packages/core that does, packages/docs that does not. */
const workspace = (extra: Record<string, string> = {}) => ({
  'package.json': json({
    name: 'acme',
    private: true,
    workspaces: ['packages/*'],
    scripts: { build: 'tsc -b' },
  }),
  'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n  - '!**/fixtures/**'\n",
  'packages/core/package.json': json({
    name: '@acme/core',
    scripts: { ship: 'npm publish --access public', deliver: 'node scripts/deliver.mjs' },
  }),
  'packages/core/scripts/deliver.mjs':
    "import { execSync } from 'node:child_process'\n\nexecSync('npm publish --provenance')\n",
  'packages/docs/package.json': json({ name: '@acme/docs', scripts: { ship: 'echo docs' } }),
  ...extra,
})

test.each([
  ['pnpm -C packages/core run ship', 'npm publish'],
  ['pnpm --dir=packages/core ship', 'npm publish'],
  ['pnpm --filter @acme/core run ship', 'npm publish'],
  ['pnpm -F @acme/core ship', 'npm publish'],
  ["pnpm --filter './packages/core' run-script ship", 'npm publish'],
  ['pnpm --filter "@acme/c*" ship', 'npm publish'],
  ['pnpm -r run ship', 'npm publish'],
  ['pnpm --recursive ship', 'npm publish'],
  ['yarn workspace @acme/core ship', 'npm publish'],
  ['yarn workspace @acme/core run ship', 'npm publish'],
  ['yarn workspaces foreach -A --topological run ship', 'npm publish'],
  ["yarn workspaces foreach --from '@acme/*' run ship", 'npm publish'],
  ['yarn --cwd packages/core ship', 'npm publish'],
  ['npm -w @acme/core run ship', 'npm publish'],
  ['npm run-script ship --workspace=packages/core', 'npm publish'],
  ['npm --prefix packages/core run ship', 'npm publish'],
  ['npm run ship --workspaces --if-present', 'npm publish'],
  ['bun run --filter @acme/core ship', 'npm publish'],
  ['bun --cwd packages/core ship', 'npm publish'],
  ['pnpm --filter @acme/core deliver', 'npm publish in packages/core/scripts/deliver.mjs:3'],
  ['npm -w packages/core run deliver', 'npm publish in packages/core/scripts/deliver.mjs:3'],
])('`%s` runs the workspace package script, which publishes', (run, tool) => {
  expect(messagesOf(doctor(workflow(run), workspace()), 'publish-without-environment')).toEqual([
    noEnvironment(tool),
  ])
})

test.each([
  'pnpm -C packages/docs run ship',
  'pnpm --filter @acme/docs ship',
  'yarn workspace @acme/docs ship',
  'npm -w @acme/docs run ship',
  'pnpm --filter @acme/nowhere ship',
])('`%s` runs the script of a package that does not publish, not the root one', (run) => {
  const files = workspace({
    'package.json': json({ workspaces: ['packages/*'], scripts: { ship: 'npm publish' } }),
  })
  expect(messagesOf(doctor(workflow(run), files), 'publish-without-environment')).toEqual([])
})

const inFolder = (run: string, folder: string) =>
  workflow(run).replace('      - run: ', `      - working-directory: ${folder}\n        run: `)

test.each([
  [inFolder('npm run ship', 'packages/core'), 'npm publish', 12],
  [
    inFolder('yarn deliver', './packages/core'),
    'npm publish in packages/core/scripts/deliver.mjs:3',
    12,
  ],
  [
    inFolder('node scripts/deliver.mjs', 'packages/core'),
    'npm publish in packages/core/scripts/deliver.mjs:3',
    12,
  ],
  [workflow('cd packages/core && npm run ship'), 'npm publish', 11],
  [
    workflow('cd "$GITHUB_WORKSPACE/packages/core"; pnpm run deliver'),
    'npm publish in packages/core/scripts/deliver.mjs:3',
    11,
  ],
])("a step that runs in a package folder runs that package's scripts: %#", (text, tool, line) => {
  expect(messagesOf(doctor(text, workspace()), 'publish-without-environment')).toEqual([
    noEnvironment(tool).replace('(line 11)', `(line ${line})`),
  ])
})

test.each([
  inFolder('npm run ship', 'packages/docs'),
  workflow('cd packages/docs && npm run ship'),
  workflow('cd packages/core/src && cd ../../docs && yarn ship'),
])('a step that runs in a folder whose package does not publish: %#', (text) => {
  const files = workspace({
    'package.json': json({ workspaces: ['packages/*'], scripts: { ship: 'npm publish' } }),
  })
  expect(messagesOf(doctor(text, files), 'publish-without-environment')).toEqual([])
})

test.each([
  ['bun ship', { ship: 'npm publish' }, {}, 'npm publish'],
  ['nr ship', { ship: 'npm publish' }, {}, 'npm publish'],
  [
    'pnpm tsx scripts/ship.ts',
    {},
    { 'scripts/ship.ts': 'await $`npm publish`\n' },
    'npm publish in scripts/ship.ts:1',
  ],
  [
    'bun run scripts/ship.ts',
    {},
    { 'scripts/ship.ts': 'await $`npm publish`\n' },
    'npm publish in scripts/ship.ts:1',
  ],
  [
    'node --import tsx scripts/ship.ts',
    {},
    { 'scripts/ship.ts': 'await $`npm publish`\n' },
    'npm publish in scripts/ship.ts:1',
  ],
  [
    'yarn node scripts/ship.js',
    {},
    { 'scripts/ship.js': "require('child_process').execSync('npm publish')\n" },
    'npm publish in scripts/ship.js:1',
  ],
])('`%s` runs a script that publishes', (run, scripts, files, tool) => {
  const result = doctor(workflow(run), { 'package.json': json({ scripts }), ...files })
  expect(messagesOf(result, 'publish-without-environment')).toEqual([noEnvironment(tool)])
})

const approvedRelease = (steps: string) => `on:
  push:
    branches: [main]
permissions: {}
concurrency: { group: release, cancel-in-progress: false }
jobs:
  release:
    runs-on: ubuntu-latest
    environment: npm
    permissions: { contents: write, id-token: write }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - uses: actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 # v5.0.0
        with: { node-version: 24 }
${steps}`

const noTests = (tool: string, line: number) =>
  `${line}:14 Job "release" publishes with ${tool} (line ${line}) and nothing in this workflow tests that commit first: the upload cannot be stopped by a failing test, and a published version cannot be replaced.`

/** publish-before-test's message for a staged publish (`npm stage publish`): staged, not public. */
const stagedNoTests = (tool: string, line: number) =>
  `${line}:14 Job "release" stages a version on npm with ${tool} (line ${line}) and nothing in this workflow tests that commit first: the upload cannot be stopped by a failing test: the staged version goes public as soon as someone approves it on npm, with no test result to go by.`

const ossjs = { '@ossjs/release': '^0.10.0' }

test('a release tool whose profile runs the publish: `yarn deliver` running `release publish`', () => {
  const result = doctor(workflow('yarn deliver'), {
    'package.json': json({
      scripts: { deliver: 'release publish --profile next' },
      devDependencies: ossjs,
    }),
    'release.config.json': json({
      profiles: [
        { name: 'latest', use: 'pnpm publish --no-git-checks' },
        { name: 'next', use: 'npm publish --tag next' },
      ],
    }),
  })
  expect(messagesOf(result, 'publish-without-environment')).toEqual([
    noEnvironment('npm publish in release.config.json:9'),
  ])
  expect(messagesOf(result, 'tag-before-test')).toEqual([
    '11:14 Job "ship" creates a GitHub Release (and its tag) with release publish (line 11) and nothing in this workflow tests that commit first: when the tests (wherever they run) fail afterwards, the version is already tagged and stranded.',
  ])
})

test('without its configuration, the release tool publishes with its default profile', () => {
  const result = doctor(workflow('npm run release'), {
    'package.json': json({ scripts: { release: 'release publish' }, devDependencies: ossjs }),
  })
  expect(messagesOf(result, 'publish-without-environment')).toEqual([
    noEnvironment('release publish'),
  ])
})

const ossjsRepository = (config: Record<string, string>) => ({
  'package.json': json({ scripts: { release: 'release publish' }, devDependencies: ossjs }),
  ...config,
})

test.each([
  [
    'the earliest config: module.exports with `script`',
    {
      'ossjs.release.config.js':
        "// the command that publishes\nmodule.exports = {\n  script: 'pnpm publish --no-git-checks',\n}\n",
    },
    'pnpm publish in ossjs.release.config.js:3',
  ],
  [
    'an ES module with a profile',
    {
      'ossjs.release.config.js':
        'export default {\n  profiles: [\n    { name: "latest", use: "npm publish --access public" },\n  ],\n}\n',
    },
    'npm publish in ossjs.release.config.js:3',
  ],
  [
    'release.config.json with a root-level `use`',
    { 'release.config.json': json({ use: 'npm publish $NEXT_VERSION' }) },
    'npm publish in release.config.json:2',
  ],
])('@ossjs/release reads %s', (_, config, tool) => {
  expect(
    messagesOf(
      doctor(workflow('npm run release'), ossjsRepository(config)),
      'publish-without-environment',
    ),
  ).toEqual([noEnvironment(tool)])
})

test.each([
  [
    'a command built at run time',
    'const tag = process.env.TAG\nmodule.exports = { script: `npm publish --tag ${tag}` }\n',
  ],
  [
    'a command from a variable',
    "const publish = 'npm publish'\nmodule.exports = { script: publish }\n",
  ],
  [
    'two candidates',
    "module.exports = process.env.CI\n  ? { script: 'npm publish' }\n  : { script: 'echo skip' }\n",
  ],
])(
  'an ossjs.release.config.js with %s is not guessed at: `release publish` is the publish',
  (_, text) => {
    expect(
      messagesOf(
        doctor(workflow('npm run release'), ossjsRepository({ 'ossjs.release.config.js': text })),
        'publish-without-environment',
      ),
    ).toEqual([noEnvironment('release publish')])
  },
)

test('a config whose command publishes nothing: no publish', () => {
  const files = ossjsRepository({
    'ossjs.release.config.js': "module.exports = { script: 'echo done' }\n",
  })
  expect(
    messagesOf(doctor(workflow('npm run release'), files), 'publish-without-environment'),
  ).toEqual([])
})

test.each([
  ['release publish --dry-run', { '@ossjs/release': '^0.10.0' }],
  ['release publish', { 'some-release-cli': '^1.0.0' }],
  ['release show', { '@ossjs/release': '^0.10.0' }],
])('`%s` (with %j) publishes nothing', (script, devDependencies) => {
  const result = doctor(workflow('pnpm release'), {
    'package.json': json({ scripts: { release: script }, devDependencies }),
  })
  expect(messagesOf(result, 'publish-without-environment')).toEqual([])
  expect(messagesOf(result, 'tag-before-test')).toEqual([])
})

test("`pnpm deploy` is pnpm's own command, not the package.json script of that name", () => {
  const result = doctor(workflow('pnpm deploy --filter @acme/core --prod out'), {
    'package.json': json({ scripts: { deploy: 'npm publish' } }),
  })
  expect(messagesOf(result, 'publish-without-environment')).toEqual([])
})

const stagedPublish = (line: string) => `import { $ } from 'zx'

const dryRun = process.env.SHIP_DRY_RUN === 'true'
const tag = process.argv[2]?.includes('-') ? 'next' : 'latest'
${line}
`

test.each([
  [
    "await $`pnpm -r publish --access public --tag ${tag} ${dryRun ? ['--dry-run'] : []}`",
    'pnpm publish in scripts/ship-ci.ts:5',
  ],
  [
    "await $({ stdio: 'inherit' })`pnpm -r stage publish --tag ${tag} ${dryRun ? '--dry-run' : ''}`",
    'pnpm stage publish in scripts/ship-ci.ts:5',
  ],
])(
  '`pnpm run ship-ci`: a zx script whose publish is a dry run only when the step says so: %#',
  (line, tool) => {
    const result = doctor(
      approvedRelease(`      - run: pnpm install --frozen-lockfile
      - name: Rehearse
        env: { SHIP_DRY_RUN: 'true' }
        run: pnpm run ship-ci "$VERSION"
      - name: Publish
        run: pnpm run ship-ci "$VERSION"
`),
      {
        'package.json': json({ scripts: { 'ship-ci': 'tsx scripts/ship-ci.ts' } }),
        'scripts/ship-ci.ts': stagedPublish(line),
      },
    )
    expect(messagesOf(result, 'publish-before-test')).toEqual([
      tool.includes('stage') ? stagedNoTests(tool, 20) : noTests(tool, 20),
    ])
  },
)

/** A workspace whose packages depend on each other: app → core → util; core publishes. */
const graph = (extra: Record<string, string> = {}) =>
  workspace({
    'packages/app/package.json': json({
      name: '@acme/app',
      dependencies: { '@acme/core': 'workspace:*' },
      scripts: { ship: 'echo app' },
    }),
    'packages/util/package.json': json({ name: '@acme/util', scripts: { ship: 'echo util' } }),
    'packages/core/package.json': json({
      name: '@acme/core',
      dependencies: { '@acme/util': 'workspace:^' },
      scripts: { ship: 'npm publish --access public' },
    }),
    ...extra,
  })

test.each([
  'npx lerna run ship',
  'lerna run ship --scope @acme/core --stream',
  'npx nx run-many -t build ship --parallel=3',
  'pnpm nx run-many --target=ship --projects=@acme/core',
  'npx nx affected -t ship --base=origin/main --head=HEAD',
  'yarn nx run @acme/core:ship',
  'npx nx affected:ship',
  'npx turbo run ship --filter=@acme/core',
  'pnpm turbo ship',
  'pnpm exec turbo run build ship -F @acme/core',
  'pnpm --filter "@acme/app..." run ship',
  'pnpm --filter "...^@acme/util" ship',
  'pnpm --filter "[origin/main]" ship',
  'pnpm --filter "...[origin/main]" run ship',
])('`%s` runs each chosen workspace package script of that name, which publishes', (run) => {
  expect(messagesOf(doctor(workflow(run), graph()), 'publish-without-environment')).toEqual([
    noEnvironment('npm publish'),
  ])
})

test.each([
  'npx nx run @acme/docs:ship',
  'npx turbo run ship --filter=@acme/docs',
  'lerna run ship --scope @acme/app',
  'npx nx run-many -t build',
  'pnpm --filter "@acme/util..." run ship',
  'pnpm --filter "@acme/core^..." run ship',
  'npx turbo prune @acme/core',
])('`%s` runs no script that publishes', (run) => {
  expect(messagesOf(doctor(workflow(run), graph()), 'publish-without-environment')).toEqual([])
})

test('lerna finds its packages through lerna.json when package.json names no workspaces', () => {
  const files = {
    'package.json': json({ name: 'acme', private: true }),
    'lerna.json': json({ packages: ['libs/*'], version: 'independent' }),
    'libs/core/package.json': json({ name: '@acme/core', scripts: { ship: 'npm publish' } }),
  }
  expect(
    messagesOf(doctor(workflow('npx lerna run ship'), files), 'publish-without-environment'),
  ).toEqual([noEnvironment('npm publish')])
})

test('`lerna publish` is a publish of its own', () => {
  expect(
    messagesOf(
      doctor(workflow('npx lerna publish from-package --yes'), graph()),
      'publish-without-environment',
    ),
  ).toEqual([noEnvironment('lerna publish')])
})

/** The root's `ship` publishes nothing; packages/core's publishes. */
const rootShipsNothing = () =>
  workspace({
    'package.json': json({ workspaces: ['packages/*'], scripts: { ship: 'echo root' } }),
  })
const block = (...lines: string[]) => `|\n${lines.map((line) => `          ${line}`).join('\n')}`

test.each([
  ['(cd packages/core && npm test); npm run ship'],
  ['( cd packages/core && npm test ) && npm run ship'],
  [block('(', '  cd packages/core', '  npm test', ')', 'npm run ship')],
  [block('DIR=$(cd packages/core && pwd)', 'npm run ship')],
  [block('(cd packages/docs; (cd ../core && npm test); npm test)', 'npm run ship')],
])('a `cd` inside a subshell does not hold after it: %#', (run) => {
  expect(
    messagesOf(doctor(workflow(run), rootShipsNothing()), 'publish-without-environment'),
  ).toEqual([])
})

test.each([
  '(cd packages/core && npm run ship)',
  block('(', '  cd packages/core', '  npm run ship', ')'),
  block('(cd packages/core; (cd ../docs && npm test); npm run ship)'),
])('a `cd` holds inside its subshell: %#', (run) => {
  expect(
    messagesOf(doctor(workflow(run), rootShipsNothing()), 'publish-without-environment'),
  ).toEqual([noEnvironment('npm publish')])
})
