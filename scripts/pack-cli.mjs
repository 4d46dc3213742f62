// Packs the `tokenless` command (packages/cli) as the npm package `tokenless`, with what it needs
// to run from any directory once installed: the CLI bundle, the five actions (action.yml and
// their dist bundles, which `tokenless rehearse` runs), the demos and the reference workflows it
// rehearses by default, the reusable workflow, and GitHub's REST description the sandbox checks
// every call against. The package is assembled in a temporary folder, never in packages/cli, so
// nothing generated here lands in the repository (and `npm run check-dist` stays exact).
//
//   node scripts/pack-cli.mjs [--destination DIR] [--repository OWNER/NAME]
//
// --destination: where the .tgz goes (default: the current directory). --repository: the GitHub
// repository the package is published from (repository.url in its package.json, which npm's
// trusted publishing checks); release-self.yml passes $GITHUB_REPOSITORY. Prints the tarball's
// path as the last line. `npm pack` in packages/cli refuses (its prepack runs this with --refuse).
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { actionNames, root } from './actions.mjs'

const USAGE = 'Usage: node scripts/pack-cli.mjs [--destination DIR] [--repository OWNER/NAME]'

function fail(message) {
  console.error(`pack-cli: ${message}`)
  process.exit(1)
}

function parseArgs(args) {
  const options = { destination: process.cwd(), repository: undefined, refuse: false }
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]
    if (arg === '--refuse') options.refuse = true
    else if (arg === '--destination' || arg === '--repository') {
      const value = args[++index]
      if (value === undefined || value.startsWith('--')) fail(`${arg} needs a value.\n${USAGE}`)
      if (arg === '--destination') options.destination = resolve(value)
      else if (!/^[\w.-]+\/[\w.-]+$/.test(value)) {
        fail(`--repository is "${value}"; it takes OWNER/NAME, e.g. octo-org/tokenless.`)
      } else options.repository = value
    } else fail(`unknown argument "${arg}".\n${USAGE}`)
  }
  return options
}

/** The files git tracks under `path` (the demos and examples exactly as committed, .gitignore included). */
function trackedFiles(path) {
  const out = execFileSync('git', ['ls-files', '-z', '--', path], { cwd: root, encoding: 'utf8' })
  return out.split('\0').filter((file) => file !== '')
}

function copyTracked(path, stage) {
  const files = trackedFiles(path)
  if (files.length === 0) fail(`git tracks nothing under ${path}: pack from a checkout.`)
  for (const file of files) {
    // npm leaves every .gitignore out of a package; the demos read theirs back from gitignore.
    const target = join(stage, file.replace(/(^|\/)\.gitignore$/, '$1gitignore'))
    mkdirSync(dirname(target), { recursive: true })
    cpSync(join(root, file), target)
  }
}

function stagedFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`
    return entry.isDirectory() ? stagedFiles(dir, path) : [path]
  })
}

function builtBundle(dir) {
  if (!existsSync(join(root, dir, 'dist', 'index.js'))) {
    fail(`${dir}/dist/index.js is missing: run \`npm run build\` first.`)
  }
  return join(root, dir, 'dist')
}

/** packages/cli/package.json as published: no workspace-only fields, the repository given. */
function publishedManifest(repository) {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8'))
  const suite = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  if (manifest.version !== suite.version) {
    fail(
      `packages/cli/package.json has version ${manifest.version} but package.json has ${suite.version}: the command is released with the suite, so both carry the same version. Update packages/cli/package.json.`,
    )
  }
  delete manifest.scripts
  delete manifest.devDependencies
  if (repository !== undefined) {
    manifest.repository = {
      ...manifest.repository,
      url: `git+https://github.com/${repository}.git`,
    }
  }
  return manifest
}

const options = parseArgs(process.argv.slice(2))
if (options.refuse) {
  fail(
    'packages/cli is packed by `npm run pack:cli` (scripts/pack-cli.mjs), which adds the actions, the demos and the workflows the command runs; `npm pack` here alone would make a package that cannot rehearse.',
  )
}

const manifest = publishedManifest(options.repository)
const work = mkdtempSync(join(tmpdir(), 'tokenless-pack-'))
try {
  const stage = join(work, 'package')
  const cli = join(root, 'packages', 'cli')
  mkdirSync(stage)
  cpSync(join(cli, 'bin'), join(stage, 'bin'), { recursive: true })
  cpSync(builtBundle('packages/cli'), join(stage, 'dist'), { recursive: true })
  cpSync(join(cli, 'README.md'), join(stage, 'README.md'))
  for (const name of actionNames()) {
    const dir = join(stage, 'actions', name)
    mkdirSync(dir, { recursive: true })
    cpSync(join(root, 'actions', name, 'action.yml'), join(dir, 'action.yml'))
    cpSync(builtBundle(`actions/${name}`), join(dir, 'dist'), { recursive: true })
  }
  copyTracked('demo', stage)
  copyTracked('workflows-examples', stage)
  copyTracked('.github/workflows/release.yml', stage)
  const description = createRequire(import.meta.url).resolve(
    '@octokit/openapi/generated/api.github.com.json',
  )
  mkdirSync(join(stage, 'openapi'))
  cpSync(description, join(stage, 'openapi', 'api.github.com.json'))
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)

  mkdirSync(options.destination, { recursive: true })
  const packed = JSON.parse(
    execFileSync(
      'npm',
      ['pack', stage, '--pack-destination', options.destination, '--json', '--ignore-scripts'],
      { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    ),
  )
  const [{ filename, files, size, unpackedSize }] = packed
  // npm leaves some files out whatever `files` says (.gitignore, .npmrc, nested node_modules):
  // the demos need theirs, so every staged file must be in the tarball.
  const packedPaths = new Set(files.map((entry) => entry.path))
  const left = stagedFiles(stage).filter((file) => !packedPaths.has(file))
  if (left.length > 0) fail(`npm pack left out ${left.join(', ')}.`)
  console.log(
    `packed ${files.length} files, ${(size / 1e6).toFixed(1)} MB (${(unpackedSize / 1e6).toFixed(1)} MB unpacked)`,
  )
  console.log(join(options.destination, filename))
} finally {
  rmSync(work, { recursive: true, force: true })
}
