// `tokenless notes` bench, same hyperfine run per case, clean environment, on the release-notes
// repository (bench/release-notes-repo.mjs: 10,000 commits, 500 tags, made with git fast-import):
//   (a) the last release (50 commits): tokenless notes vs git-cliff's native binary vs
//       `node -e ''` (the Node floor); the ratio to the floor is what counts (target: below
//       git-cliff's ratio).
//   (b) the whole history, one section per tag: tokenless notes --all vs the conventional-changelog
//       CLI -r 0 (target: at least 10x faster) vs `git log` over the same history (target: within 3x).
// The CLI is bundled with ncc into a temp dir (scripts/bundle.mjs, as `npm run build` bundles it,
// without touching packages/cli/dist). --all and the CLI's -r 0 must give the same text first.
// Options: --runs N, --keep (keep the temp dir).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle } from '../scripts/bundle.mjs'
import { makeReleaseNotesRepo, REPOSITORY_URL } from './release-notes-repo.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : undefined
const out = join(root, 'bench', 'out')
mkdirSync(out, { recursive: true })
if (spawnSync('hyperfine', ['--version']).status !== 0) {
  console.error('hyperfine is not installed: apt-get install hyperfine')
  process.exit(1)
}
const cliff = join(root, 'node_modules', 'git-cliff-linux-x64', 'bin', 'git-cliff')
if (spawnSync(cliff, ['--version']).status !== 0) {
  console.error(`git-cliff's native binary does not run (${cliff}): npm ci installs it.`)
  process.exit(1)
}

const work = mkdtempSync(join(tmpdir(), 'tokenless-notes-'))
process.on('exit', () => {
  if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true })
})
let started = Date.now()
const bundleDir = join(work, 'cli')
await bundle(join(root, 'packages', 'cli', 'src', 'bin.ts'), bundleDir)
console.log(`bundled the CLI in ${Date.now() - started} ms`)
started = Date.now()
const repo = join(work, 'repo')
const versions = makeReleaseNotesRepo(repo, { commits: 10_000, tags: 500 })
const [previous, last] = versions.slice(-2)
console.log(`made ${repo} in ${Date.now() - started} ms: 10000 commits, ${versions.length} tags`)
execFileSync('git', ['remote', 'add', 'origin', `${REPOSITORY_URL}.git`], { cwd: repo })

const node = process.execPath
const cleanPath = `${dirname(node)}:/usr/local/bin:/usr/bin:/bin`
const env = {
  PATH: cleanPath,
  HOME: work,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
}
const clean = (...command) => [
  'env',
  '-i',
  ...Object.entries(env).map(([key, value]) => `${key}=${value}`),
  ...command,
]
const quote = (parts) =>
  parts
    .map((part) =>
      part === '' || /[\s'"$\\]/.test(part) ? `'${part.replace(/'/g, `'\\''`)}'` : part,
    )
    .join(' ')
const cli = join(root, 'node_modules', 'conventional-changelog-cli', 'cli.js')
const cliPreset = join(
  root,
  'node_modules/conventional-changelog/node_modules/conventional-changelog-conventionalcommits/src/index.js',
)
const notes = (...rest) => [node, join(bundleDir, 'index.js'), 'notes', ...rest]
const cases = [
  {
    name: 'range',
    title: `last release (50 commits, ${previous}..${last})`,
    floor: "node -e ''",
    commands: {
      'tokenless notes': notes('--from', previous, '--to', last),
      'git-cliff (native)': [cliff, `${previous}..${last}`],
      "node -e ''": [node, '-e', ''],
    },
  },
  {
    name: 'all',
    title: `whole history, one section per tag (10000 commits, ${versions.length} tags)`,
    floor: 'git log',
    commands: {
      'tokenless notes --all': notes('--all'),
      'conventional-changelog CLI -r 0': [node, cli, '-p', cliPreset, '-r', '0'],
      'git log': [
        'git',
        'log',
        '--format=%H%x1f%P%x1f%s%x1f%b%x1f%an%x1f%ae%x1f%cI%x1e',
        '--end-of-options',
        'HEAD',
        '--',
      ],
    },
  },
]

const run = (command) => {
  const result = spawnSync(command[0], command.slice(1), {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env,
  })
  if (result.status !== 0) {
    console.error(`${quote(command)} failed (${result.status}):\n${result.stderr}`)
    process.exit(1)
  }
  return result.stdout
}
// The same text before the speed means anything: --all against the CLI's -r 0.
const ours = run(cases[1].commands['tokenless notes --all'])
const theirs = run(cases[1].commands['conventional-changelog CLI -r 0'])
writeFileSync(join(out, 'notes-all.ours.md'), ours)
writeFileSync(join(out, 'notes-all.cli.md'), theirs)
// Sections split at each `## ` heading: the splitting and headings must agree; the text of a
// section may differ where the CLI's preset (8) and the suite's (10) differ (note order, links
// in notes, `references` for Refs footers, trailers in notes).
const sections = (text) => text.replace(/^\n/, '').split(/\n(?=## )/)
const [a, b] = [sections(ours), sections(theirs)]
const heading = (section) => section.split('\n', 1)[0]
const sameHeadings =
  a.length === b.length && a.every((section, i) => heading(section) === heading(b[i]))
const differing = a.filter((section, i) => section !== b[i]).length
console.log(
  `--all: ${a.length} sections, the CLI ${b.length}; headings ${sameHeadings ? 'identical' : 'DIFFER'}; ` +
    `${a.length - differing} sections byte-identical, ${differing} differ (see bench/out/notes-all.*.md)`,
)
if (!sameHeadings) {
  console.error('The sections of --all and the CLI -r 0 differ: the comparison is void.')
  process.exit(1)
}

const ms = (seconds) => `${(seconds * 1000).toFixed(1)} ms`
const rows = []
for (const { name, title, floor, commands } of cases) {
  const file = join(out, `notes-${name}.json`)
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
  for (const label of Object.keys(commands)) {
    rows.push([
      title,
      label,
      ms(median(label)),
      `${(median(label) / median(floor)).toFixed(2)}x ${floor}`,
      '',
    ])
  }
  if (name === 'range') {
    const ratio = median('tokenless notes') / median(floor)
    const cliffRatio = median('git-cliff (native)') / median(floor)
    rows.push([
      title,
      'tokenless / node -e',
      '',
      `${ratio.toFixed(2)}x`,
      `target < git-cliff's ${cliffRatio.toFixed(2)}x: ${ratio < cliffRatio ? 'met' : 'MISSED'}`,
    ])
  } else {
    const speedup = median('conventional-changelog CLI -r 0') / median('tokenless notes --all')
    const vsGit = median('tokenless notes --all') / median('git log')
    rows.push([
      title,
      'CLI / tokenless',
      '',
      `${speedup.toFixed(1)}x faster`,
      `target >= 10x: ${speedup >= 10 ? 'met' : 'MISSED'}`,
    ])
    rows.push([
      title,
      'tokenless / git log',
      '',
      `${vsGit.toFixed(1)}x`,
      `target <= 3x: ${vsGit <= 3 ? 'met' : 'MISSED'}`,
    ])
  }
}
const table = [
  '| Case | Command | Median | Ratio | Target |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n')
writeFileSync(join(out, 'notes-summary.md'), `${table}\n`)
console.log(`\n${table}\n\n(node ${process.version}; hyperfine JSON in bench/out/notes-*.json)`)
