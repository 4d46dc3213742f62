// Release notes bench: @tokenless/changelog's generateReleaseNotes (bundled with ncc, as an action
// ships it) against the conventional-changelog CLI with the conventionalcommits preset, and
// `git log` over the same range as the floor, with hyperfine -N in a clean environment.
//   (a) the last release: 50 commits between the last two tags
//   (b) the whole history: 10,000 commits, 500 tags
// The repository is made by bench/release-notes-repo.mjs with git fast-import.
// Results: bench/out/release-notes-*.json (hyperfine's own) and a table on stdout.
// Options: --runs N (default: hyperfine's, at least 10 runs and 3 s), --keep (keep the temp dir).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle } from '../scripts/bundle.mjs'
import {
  LAST_RELEASE_COMMITS,
  makeReleaseNotesRepo,
  REPOSITORY_URL,
} from './release-notes-repo.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : undefined
const out = join(root, 'bench', 'out')
mkdirSync(out, { recursive: true })

if (spawnSync('hyperfine', ['--version']).status !== 0) {
  console.error('hyperfine is not installed: apt-get install hyperfine')
  process.exit(1)
}

const work = mkdtempSync(join(tmpdir(), 'tokenless-release-notes-'))
process.on('exit', () => {
  if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true })
})

// 1. Bundle the bench entry as the actions are bundled (scripts/build.mjs): ESM, one file.
const started = Date.now()
const bundleDir = join(work, 'bundle')
const bundlePath = join(bundleDir, 'index.js')
const emitted = await bundle(
  join(root, 'packages', 'changelog', 'bench', 'release-notes-entry.ts'),
  bundleDir,
)
if (emitted.length > 0) {
  // The preset's templates are code since conventional-changelog-writer 9: nothing to ship.
  console.error(`ncc emitted assets next to the bundle: ${emitted.join(', ')}`)
  process.exit(1)
}
console.log(`bundled the bench entry in ${Date.now() - started} ms`)

// 2. The repository.
const repo = join(work, 'repo')
const versions = makeReleaseNotesRepo(repo, { commits: 10_000, tags: 500 })
const [previous, last] = versions.slice(-2)
console.log(`made ${repo}: 10000 commits, ${versions.length} tags, last ${last}`)

// 3. The commands. The CLI's `-p conventionalcommits` would load the preset 10 at the root of
// node_modules, which needs writer 9 and throws in the CLI's writer 8, so it gets the preset its
// own conventional-changelog depends on (8.0.0) by path, as a clean install of the CLI resolves it.
const node = process.execPath
const cli = join(root, 'node_modules', 'conventional-changelog-cli', 'cli.js')
const cliPreset = join(
  root,
  'node_modules/conventional-changelog/node_modules/conventional-changelog-conventionalcommits/src/index.js',
)
const cleanPath = `${dirname(node)}:/usr/local/bin:/usr/bin:/bin`
const clean = (...command) => [
  'env',
  '-i',
  `PATH=${cleanPath}`,
  `HOME=${work}`,
  'GIT_CONFIG_NOSYSTEM=1',
  'GIT_CONFIG_GLOBAL=/dev/null',
  ...command,
]
const quote = (parts) =>
  parts
    .map((part) =>
      part === '' || /[\s'"$\\]/.test(part) ? `'${part.replace(/'/g, `'\\''`)}'` : part,
    )
    .join(' ')
// The same format and options as commitsInRange in @tokenless/git.
const gitLog = (range) => [
  'git',
  'log',
  '--format=%H%x1f%P%x1f%s%x1f%b%x1f%an%x1f%ae%x1f%cI%x1e',
  '--encoding=UTF-8',
  '--no-show-signature',
  '--end-of-options',
  range,
  '--',
]
const ours = (...range) => [
  node,
  bundlePath,
  '--cwd',
  '.',
  ...range,
  '--repository',
  REPOSITORY_URL,
]
const cases = [
  {
    name: 'range',
    title: `last release (${LAST_RELEASE_COMMITS} commits, ${previous}..${last})`,
    commands: {
      ours: ours('--from', previous, '--to', last),
      // HEAD is at the last tag: -r 2 renders just the last release (-r 1 is the unreleased part).
      'conventional-changelog CLI': [node, cli, '-p', cliPreset, '-r', '2'],
      'git log': gitLog(`${previous}..${last}`),
    },
  },
  {
    name: 'history',
    title: `whole history (10000 commits, ${versions.length} tags)`,
    commands: {
      ours: ours('--to', last),
      'conventional-changelog CLI': [node, cli, '-p', cliPreset, '-r', '0'],
      'git log': gitLog(last),
    },
  },
]

// 4. Both must render the same commits before their speed means anything.
const run = (command) => {
  const result = spawnSync(command[0], command.slice(1), {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { PATH: cleanPath, HOME: work, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  })
  if (result.status !== 0) {
    console.error(`${quote(command)} failed (${result.status}):\n${result.stderr}`)
    process.exit(1)
  }
  return result.stdout
}
const linkedCommits = (markdown) =>
  new Set([...markdown.matchAll(/\/commit\/([0-9a-f]{40})\)/g)].map((match) => match[1]))
for (const { name, commands } of cases) {
  const oursText = run(commands.ours)
  const cliText = run(commands['conventional-changelog CLI'])
  writeFileSync(join(out, `release-notes-${name}.ours.md`), oursText)
  writeFileSync(join(out, `release-notes-${name}.cli.md`), cliText)
  const a = linkedCommits(oursText)
  const b = linkedCommits(cliText)
  const onlyOurs = [...a].filter((sha) => !b.has(sha)).length
  const onlyCli = [...b].filter((sha) => !a.has(sha)).length
  console.log(
    `${name}: ours lists ${a.size} commits, the CLI ${b.size}; only in ours ${onlyOurs}, only in the CLI ${onlyCli}` +
      `${oursText === cliText ? '; identical text' : ''}`,
  )
  if (name === 'range' && (onlyOurs > 0 || onlyCli > 0 || a.size === 0)) {
    console.error('The last release differs between ours and the CLI: the comparison is void.')
    process.exit(1)
  }
}

// 5. Measure.
const ms = (seconds) => `${(seconds * 1000).toFixed(1)} ms`
const rows = []
for (const { name, title, commands } of cases) {
  const file = join(out, `release-notes-${name}.json`)
  const hyperArgs = ['-N', '--warmup', '3', '--export-json', file, '--style', 'basic']
  if (runs !== undefined) hyperArgs.push('--runs', String(runs))
  for (const [label, command] of Object.entries(commands)) {
    hyperArgs.push('-n', label, quote(clean(...command)))
  }
  execFileSync('hyperfine', hyperArgs, { stdio: ['ignore', 'inherit', 'inherit'], cwd: repo })
  const results = Object.fromEntries(
    JSON.parse(readFileSync(file, 'utf8')).results.map((result) => [result.command, result]),
  )
  const median = (label) => results[label].median
  const oursMedian = median('ours')
  const vsCli = oursMedian / median('conventional-changelog CLI')
  const vsGit = oursMedian / median('git log')
  for (const label of Object.keys(commands)) rows.push([title, label, ms(median(label)), '', ''])
  rows.push([
    title,
    'ours / CLI',
    '',
    `${vsCli.toFixed(3)}x`,
    vsCli < 1 ? 'target < 1.0: met' : 'target < 1.0: MISSED',
  ])
  rows.push([title, 'ours / git log', '', `${vsGit.toFixed(1)}x`, ''])
  if (name === 'history') {
    rows.push([
      title,
      'ours, whole process',
      ms(oursMedian),
      '',
      oursMedian < 1 ? 'target < 1 s: met' : 'target < 1 s: MISSED',
    ])
  }
}
const table = [
  '| Case | Command | Median | Ratio | Target |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n')
writeFileSync(join(out, 'release-notes-summary.md'), `${table}\n`)
console.log(
  `\n${table}\n\n(node ${process.version}; hyperfine JSON in bench/out/release-notes-*.json)`,
)
