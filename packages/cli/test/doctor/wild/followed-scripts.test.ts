// What a `run:` step does through the repository scripts it calls: a publish inside a shell,
// JavaScript, TypeScript or Python script, a date computed in a script called from two jobs.
// Findings point at the `run:` line and name the script's file:line. Nothing is executed, and
// nothing outside the repository is read.
import { afterAll, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  doctor,
  doctorAt,
  messagesOf,
  removeRepositories,
  shipWithoutEnvironment,
  shipWorkflow,
  writeRepository,
} from '../doctor-helpers.js'

afterAll(removeRepositories)

const workflow = shipWorkflow
const noEnvironment = shipWithoutEnvironment

test.each([
  [
    './tools/ship.sh',
    'tools/ship.sh',
    '#!/bin/sh\nset -eu\n# build first\nnpm run build\nnpm publish --access public\n',
    'npm publish in tools/ship.sh:5',
  ],
  [
    'bash tools/ship.sh --yes',
    'tools/ship.sh',
    'set -e\nfor dir in packages/*; do (cd "$dir" && npm publish); done\n',
    'npm publish in tools/ship.sh:2',
  ],
  [
    'node tools/ship.mjs',
    'tools/ship.mjs',
    "import { execa } from 'execa'\nconst dry = process.argv.includes('--dry')\nif (!dry) await execa('npm', ['publish', '--access', 'public'])\n",
    'npm publish in tools/ship.mjs:3',
  ],
  [
    'npx tsx tools/ship.ts',
    'tools/ship.ts',
    "import { runIfNotDry } from './utils'\n\nawait runIfNotDry('npm', ['publish', '--tag', tag], { cwd: dir })\n",
    'npm publish in tools/ship.ts:3',
  ],
  [
    'node ./tools/ship.cjs',
    'tools/ship.cjs',
    "const { execSync } = require('node:child_process')\nexecSync(`npm publish --tag ${tag}`, { stdio: 'inherit' })\n",
    'npm publish in tools/ship.cjs:2',
  ],
])('`%s` runs %s, which publishes', (run, path, script, tool) => {
  const result = doctor(workflow(run), { [path]: script })
  expect(messagesOf(result, 'publish-without-environment')).toEqual([noEnvironment(tool)])
})

test('`npm run ship` whose package.json script runs a repository script that publishes', () => {
  const result = doctor(workflow('npm run ship'), {
    'package.json': JSON.stringify({ scripts: { ship: 'node scripts/ship.js' } }),
    'scripts/ship.js': "const cp = require('child_process')\ncp.execSync('npm publish')\n",
  })
  expect(messagesOf(result, 'publish-without-environment')).toEqual([
    noEnvironment('npm publish in scripts/ship.js:2'),
  ])
})

test('twine inside a Python script is a publish to PyPI', () => {
  const pypi = `on: { push: { tags: ['v*'] } }
permissions: {}
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065 # v5.6.0
      - run: python scripts/upload.py dist
        env:
          TWINE_PASSWORD: \${{ secrets.PYPI_TOKEN }}
`
  const result = doctor(pypi, {
    'scripts/upload.py':
      'import subprocess, sys\n\n\ndef main():\n    subprocess.run([sys.executable, "-m", "twine", "upload", "dist/*"], check=True)\n',
  })
  expect(messagesOf(result, 'long-lived-token')).toEqual([
    '10:27 TWINE_PASSWORD hands a long-lived PyPI token (${{ secrets.PYPI_TOKEN }}) to the publish. When it expires or is revoked, PyPI answers 403 "Invalid or non-existent authentication information"; while it lives, any step that can read it can publish anything.',
  ])
  expect(messagesOf(result, 'publish-without-environment')).toEqual([
    '4:3 Job "upload" publishes to PyPI with twine upload in scripts/upload.py:5 (line 8) but has no `environment:`. Nobody approves this release and no branch rule limits it: anyone who can push a branch that runs this workflow can publish, and a trusted publisher that names an environment rejects this job\'s token (npm answers E404 on the upload, PyPI "invalid-publisher").',
  ])
})

test('a script that only builds, or publishes with --dry-run, is not a publish', () => {
  const result = doctor(workflow('./scripts/check.sh'), {
    'scripts/check.sh': 'npm ci\nnpm run build\nnpm publish --dry-run\n',
  })
  expect(messagesOf(result, 'publish-without-environment')).toEqual([])
})

test('a date computed in a repository script called from two jobs is computed twice', () => {
  const twoJobs = `on: { push: { branches: [main] } }
permissions: {}
jobs:
  tag:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - run: python scripts/next_version.py
  publish:
    needs: tag
    runs-on: ubuntu-latest
    environment: release
    permissions: { id-token: write }
    steps:
      - run: python scripts/next_version.py
`
  const result = doctor(twoJobs, {
    'scripts/next_version.py':
      'import datetime, os\n\nstamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y.%m.%d")\nwith open(os.environ["GITHUB_OUTPUT"], "a") as out:\n    out.write(f"version={stamp}\\n")\n',
  })
  expect(messagesOf(result, 'version-computed-twice')).toEqual([
    '15:14 Job "publish" computes the date (in scripts/next_version.py:3) again, after job "tag" computed it (line 8 (in scripts/next_version.py:3)): the approval wait of environment "release" before this job can cross midnight UTC or see a new tag, and the tag and the packages then carry different versions.',
  ])
})

test('`date +` in a shell script called from two jobs', () => {
  const twoJobs = `on: { push: { branches: [main] } }
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: ./ci/stamp.sh
  b:
    needs: a
    runs-on: ubuntu-latest
    steps:
      - run: ./ci/stamp.sh
`
  const result = doctor(twoJobs, {
    'ci/stamp.sh': '#!/usr/bin/env bash\necho "version=$(date -u +%Y%m%d)" >> "$GITHUB_OUTPUT"\n',
  })
  expect(messagesOf(result, 'version-computed-twice')).toEqual([
    '12:14 Job "b" computes the date (in ci/stamp.sh:2) again, after job "a" computed it (line 7 (in ci/stamp.sh:2)): the time between the jobs (a queue, an approval, a rerun days later) can cross midnight UTC or see a new tag, and the tag and the packages then carry different versions.',
  ])
})

test('a script reached through a symbolic link out of the repository is not read', () => {
  const outside = mkdtempSync(join(tmpdir(), 'tokenless-outside-'))
  try {
    writeFileSync(join(outside, 'ship.sh'), 'npm publish\n')
    const root = writeRepository({ '.github/workflows/release.yml': workflow('./ship.sh') })
    symlinkSync(join(outside, 'ship.sh'), join(root, 'ship.sh'))
    expect(messagesOf(doctorAt(root), 'publish-without-environment')).toEqual([])
    const parent = writeRepository({ '.github/workflows/release.yml': workflow('bash ../ship.sh') })
    expect(messagesOf(doctorAt(parent), 'publish-without-environment')).toEqual([])
  } finally {
    rmSync(outside, { recursive: true, force: true })
  }
})

test('a script calling itself is read once per level, not forever', () => {
  const result = doctor(workflow('./loop.sh'), { 'loop.sh': './loop.sh\nnpm publish\n' })
  expect(messagesOf(result, 'publish-without-environment')).toEqual([
    noEnvironment('npm publish in loop.sh:2'),
  ])
})

test('a script named without ./ or an extension, whose twine sits behind a ${PREFIX}, publishes', () => {
  const tagPush = `on: { push: { tags: ['*'] } }
permissions: {}
concurrency: { group: publish, cancel-in-progress: false }
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: deploy
    permissions: { contents: read }
    steps:
      - uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065 # v5.6.0
      - run: scripts/build
      - run: scripts/publish
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: \${{ secrets.PYPI_TOKEN }}
`
  const result = doctor(tagPush, {
    'scripts/build': '#!/bin/sh -e\n${PREFIX}python -m build\n',
    'scripts/publish':
      '#!/bin/sh -e\n\nif [ -d venv ] ; then\n    PREFIX="venv/bin/"\nelse\n    PREFIX=""\nfi\n\nset -x\n\n${PREFIX}twine upload dist/*\n${PREFIX}mkdocs gh-deploy --force\n',
  })
  expect(messagesOf(result, 'publish-before-test')).toEqual([
    '12:14 Job "publish" publishes with twine upload in scripts/publish:11 (line 12) and nothing in this workflow tests that commit first: the upload cannot be stopped by a failing test, and a published version cannot be replaced.',
  ])
})

test('a program run by its path in a virtual environment is that program', () => {
  const result = doctor(workflow('.venv/bin/twine upload dist/*'))
  expect(messagesOf(result, 'publish-without-environment')).toEqual([
    noEnvironment('twine upload').replace('npm', 'PyPI'),
  ])
})

test.each([
  [
    "import { publish } from '@vitejs/release-scripts'\n\npublish({ defaultPackage: 'core', packageManager: 'pnpm' })\n",
    'pnpm publish in tools/ship.ts:3',
  ],
  [
    "import { parseArgs } from 'node:util'\nimport {\n  releaseChangelog,\n  releasePublish as publishProjects,\n  releaseVersion,\n} from 'nx/release/index.js'\n\nconst { values } = parseArgs({ options: {} })\nawait releaseVersion({})\nawait publishProjects({ dryRun: false })\n",
    'nx release publish in tools/ship.ts:10',
  ],
  [
    "const semanticRelease = require('semantic-release')\n\nsemanticRelease({ branches: ['main'] }).catch(() => process.exit(1))\n",
    'semantic-release in tools/ship.ts:3',
  ],
])('a release library called from a script a package.json script runs: %#', (script, tool) => {
  const result = doctor(workflow('pnpm run ship'), {
    'package.json': JSON.stringify({ scripts: { ship: 'tsx tools/ship.ts' } }),
    'tools/ship.ts': script,
  })
  expect(messagesOf(result, 'publish-without-environment')).toEqual([noEnvironment(tool)])
})

test('a release library imported but only asked for a plan publishes nothing', () => {
  const result = doctor(workflow('npx tsx tools/plan.ts'), {
    'tools/plan.ts':
      "import { releaseVersion } from 'nx/release'\n\nawait releaseVersion({ dryRun: true })\n// releasePublish() runs in the release job\n",
  })
  expect(messagesOf(result, 'publish-without-environment')).toEqual([])
})

const analyse = (options: string) =>
  `import semanticRelease from 'semantic-release'\n\nasync function nextVersion(url: string) {\n  const result = await semanticRelease(\n    {\n${options}      repositoryUrl: url,\n      plugins: ['@semantic-release/commit-analyzer'],\n    },\n    { env: { ...process.env, CI: 'true' } },\n  )\n  return result ? result.nextRelease : undefined\n}\n\nconsole.log(await nextVersion(process.argv[2]!))\n`

test('a release library called with its own `dryRun: true` option releases nothing', () => {
  const result = doctor(workflow('node tools/next-version.ts "file://$PWD"'), {
    'tools/next-version.ts': analyse('      dryRun: true,\n'),
  })
  expect(messagesOf(result, 'publish-without-environment')).toEqual([])
  expect(messagesOf(result, 'tag-before-test')).toEqual([])
})

test.each([
  ['no dryRun option', ''],
  ['`dryRun: false`', '      dryRun: false,\n'],
  ['`dryRun` from a variable', '      dryRun: process.env.DRY === "1",\n'],
])('the same library call with %s publishes', (_, options) => {
  const result = doctor(workflow('node tools/next-version.ts "file://$PWD"'), {
    'tools/next-version.ts': analyse(options),
  })
  expect(messagesOf(result, 'publish-without-environment')).toEqual([
    noEnvironment('semantic-release in tools/next-version.ts:4'),
  ])
})

test('release-it called with `"dry-run": true` releases nothing', () => {
  const result = doctor(workflow('node tools/try.mjs'), {
    'tools/try.mjs':
      "import release from 'release-it'\n\nawait release({ 'dry-run': true, ci: true })\n",
  })
  expect(messagesOf(result, 'publish-without-environment')).toEqual([])
})
