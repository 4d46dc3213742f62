// npm run bench: hyperfine benchmarks, each measured against its floor in the same run.
//  1. Cold start: every action bundle run with no inputs (it fails fast) vs `node -e ''`.
//  2. validate-tag on a synthetic repository of 100,000 commits and 10,000 tags.
// Results: bench/out/*.json (hyperfine's own) and a table of medians and ratios on stdout.
//  3. Release notes (bench/release-notes.mjs): ours vs the conventional-changelog CLI vs git log.
//  4. create-release end to end against the sandbox GitHub (bench/create-release.mjs), and its
//     upload of a 1 GiB asset vs curl -T: time and peak RSS (bench/create-release-asset.mjs).
//  5. publish-oidc vs a bare npm publish with a static token; workspaces of 1, 5, 20 (bench/publish-oidc.mjs).
//  6. test-gate overhead vs sh -c true; JUnit reading of 50,000 testcases and of a report nested
//     100,000 deep, each vs node -e '' (bench/test-gate.mjs).
//  7. The default rehearsal (npm start) end to end, and where its time goes (bench/rehearse.mjs).
//  8. tokenless doctor over 200 generated workflow files (bench/doctor.mjs).
//  9. tokenless notes: a 50-commit range vs git-cliff's native binary vs node -e '', and --all vs
//     the conventional-changelog CLI -r 0 vs git log (bench/notes.mjs).
// 10. publish-oidc with provenance on vs off, npm and PyPI, against the Sigstore stand-in
//     (bench/provenance.mjs).
// Options: --quick (fewer runs), --only cold|validate-tag|release-notes|create-release|create-release-asset|publish-oidc|provenance|test-gate|rehearse|doctor|notes.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionNames, root } from './actions.mjs'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined
const out = join(root, 'bench', 'out')
mkdirSync(out, { recursive: true })

if (spawnSync('hyperfine', ['--version']).status !== 0) {
  console.error('hyperfine is not installed: run `npm run setup` (it installs it with apt-get).')
  process.exit(1)
}

const node = process.execPath
const cleanPath = `${join(node, '..')}:/usr/local/bin:/usr/bin:/bin`
/** A command with a clean environment: only PATH, HOME and what the case sets. */
const clean = (vars, ...command) => [
  'env',
  '-i',
  `PATH=${cleanPath}`,
  `HOME=${tmpdir()}`,
  ...Object.entries(vars).map(([key, value]) => `${key}=${value}`),
  ...command,
]
const quote = (parts) =>
  parts
    .map((part) =>
      part === '' || /[\s'"$]/.test(part) ? `'${part.replace(/'/g, `'\\''`)}'` : part,
    )
    .join(' ')

function hyperfine(name, commands, { runs = quick ? 10 : 40, warmup = 5, cwd = root } = {}) {
  const file = join(out, `${name}.json`)
  const hyperArgs = [
    '-N',
    '--warmup',
    String(warmup),
    '--runs',
    String(runs),
    '-i',
    '--export-json',
    file,
    '--style',
    'basic',
  ]
  for (const [label, command] of Object.entries(commands))
    hyperArgs.push('-n', label, quote(command))
  execFileSync('hyperfine', hyperArgs, { stdio: ['ignore', 'inherit', 'inherit'], cwd })
  const results = JSON.parse(readFileSync(file, 'utf8')).results
  return Object.fromEntries(results.map((result) => [result.command, result]))
}

/** The budget: cold start of every action within 1.5x `node -e ''`. */
const COLD_START_TARGET = 1.5
const ms = (seconds) => `${(seconds * 1000).toFixed(1)} ms`
const rows = []

if (!only || only === 'cold') {
  const empty = mkdtempSync(join(tmpdir(), 'tokenless-bench-cold-'))
  const commands = { "node -e ''": clean({}, node, '-e', '') }
  for (const name of actionNames()) {
    commands[name] = clean(
      { GITHUB_WORKSPACE: empty },
      node,
      join(root, 'actions', name, 'dist', 'index.js'),
    )
  }
  const results = hyperfine('cold-start', commands, { cwd: empty })
  if (!results["node -e ''"].exit_codes.every((code) => code === 0)) {
    console.error("The floor, node -e '', did not exit 0: the measurement is void.")
    process.exit(1)
  }
  const floor = results["node -e ''"].median
  rows.push(['cold start', "node -e ''", ms(floor), '1.00x (floor)', ''])
  for (const name of actionNames()) {
    const median = results[name].median
    const ratio = median / floor
    rows.push([
      'cold start',
      name,
      ms(median),
      `${ratio.toFixed(2)}x`,
      ratio <= COLD_START_TARGET
        ? `target <= ${COLD_START_TARGET}x: met`
        : `target <= ${COLD_START_TARGET}x: MISSED`,
    ])
  }
}

if (!only || only === 'validate-tag') {
  const repo = join(tmpdir(), 'tokenless-bench-100k')
  if (!existsSync(join(repo, '.git'))) {
    execFileSync(node, [join(root, 'bench', 'make-big-repo.mjs'), repo, '100000', '10000'], {
      stdio: 'inherit',
    })
  }
  const vars = {
    GITHUB_WORKSPACE: repo,
    INPUT_TAG: 'v1.99.99',
    'INPUT_TAG-PREFIX': 'v',
    INPUT_SCHEME: 'semver',
    'INPUT_BUMP-CHECK': 'warn',
    'INPUT_ALLOW-PRERELEASE': 'true',
    'INPUT_WORKING-DIRECTORY': '.',
    GITHUB_OUTPUT: join(out, 'validate-tag.output'),
  }
  writeFileSync(vars.GITHUB_OUTPUT, '')
  const results = hyperfine(
    'validate-tag-100k',
    {
      "node -e ''": clean({}, node, '-e', ''),
      'git for-each-ref refs/tags': clean({}, 'git', '-C', repo, 'for-each-ref', 'refs/tags'),
      'validate-tag v1.99.99': clean(
        vars,
        node,
        join(root, 'actions', 'validate-tag', 'dist', 'index.js'),
      ),
    },
    { runs: quick ? 10 : 30 },
  )
  const median = results['validate-tag v1.99.99'].median
  const exitCodes = new Set(results['validate-tag v1.99.99'].exit_codes)
  if (exitCodes.size !== 1 || !exitCodes.has(0)) {
    console.error(
      `validate-tag failed on the synthetic repository (exit codes ${[...exitCodes].join(', ')}):`,
    )
    console.error(
      spawnSync(
        clean(vars, 'x')[0],
        clean(vars, node, join(root, 'actions', 'validate-tag', 'dist', 'index.js')).slice(1),
        { encoding: 'utf8' },
      ).stdout,
    )
    process.exit(1)
  }
  rows.push([
    '100k commits, 10k tags',
    'git for-each-ref refs/tags',
    ms(results['git for-each-ref refs/tags'].median),
    '',
    'git floor',
  ])
  rows.push([
    '100k commits, 10k tags',
    'validate-tag v1.99.99',
    ms(median),
    `${(median / results['git for-each-ref refs/tags'].median).toFixed(1)}x git`,
    median < 0.5 ? 'target < 500 ms: met' : 'target < 500 ms: MISSED',
  ])
}

if (!only || only === 'release-notes') {
  // Its own script: ours vs the conventional-changelog CLI vs git log, same repository, same run.
  execFileSync(
    node,
    [join(root, 'bench', 'release-notes.mjs'), ...(quick ? ['--runs', '5'] : [])],
    {
      stdio: 'inherit',
    },
  )
}

if (!only || only === 'create-release') {
  // The sandbox GitHub in its own process; the release and tag removed before each run.
  execFileSync(
    node,
    [join(root, 'bench', 'create-release.mjs'), ...(quick ? ['--runs', '5'] : [])],
    {
      stdio: 'inherit',
    },
  )
}

if (!only || only === 'create-release-asset') {
  // One 1 GiB asset (sparse file): the bundle's streamed upload vs curl -T, with RSS.
  execFileSync(
    node,
    [join(root, 'bench', 'create-release-asset.mjs'), ...(quick ? ['--runs', '1'] : [])],
    { stdio: 'inherit' },
  )
}

if (!only || only === 'publish-oidc') {
  // Verdaccio behind trusted publishing in its own process; versions bumped before each run.
  execFileSync(node, [join(root, 'bench', 'publish-oidc.mjs'), ...(quick ? ['--runs', '5'] : [])], {
    stdio: 'inherit',
  })
}

if (!only || only === 'provenance') {
  // publish-oidc with provenance (npm) and attestations (PyPI) on vs off, in the same run.
  execFileSync(node, [join(root, 'bench', 'provenance.mjs'), ...(quick ? ['--runs', '5'] : [])], {
    stdio: 'inherit',
  })
}

if (!only || only === 'test-gate') {
  // test-gate's overhead over `sh -c true`; a 50,000-testcase and a 100,000-deep JUnit report.
  execFileSync(node, [join(root, 'bench', 'test-gate.mjs'), ...(quick ? ['--runs', '5'] : [])], {
    stdio: 'inherit',
  })
}

if (!only || only === 'rehearse') {
  // The whole release rehearsal: the sandbox, the demo repository and every job, per run.
  execFileSync(node, [join(root, 'bench', 'rehearse.mjs'), ...(quick ? ['--runs', '5'] : [])], {
    stdio: 'inherit',
  })
}

if (!only || only === 'doctor') {
  // doctor over 200 workflow files, variations of the test fixtures; target: median under 1 s.
  execFileSync(node, [join(root, 'bench', 'doctor.mjs'), ...(quick ? ['--runs', '5'] : [])], {
    stdio: 'inherit',
  })
}

if (!only || only === 'notes') {
  // The CLI bundled into a temp dir, the release-notes repository, git-cliff and the CLI, same run.
  execFileSync(node, [join(root, 'bench', 'notes.mjs'), ...(quick ? ['--runs', '5'] : [])], {
    stdio: 'inherit',
  })
}

const table = [
  '| Case | Command | Median | Ratio | Target |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n')
// Benchmarks that print their own tables (rehearse, doctor) add no row here.
if (rows.length > 0) {
  writeFileSync(join(out, 'summary.md'), `${table}\n`)
  console.log(`\n${table}`)
}
console.log(`\n(node ${process.version}; hyperfine JSON in bench/out/)`)
