#!/usr/bin/env node
// Mutation testing of the decision logic with StrykerJS: `npm run mutation [-- TARGET...]`.
// Each target mutates its own sources and runs only the tests that exercise them, one target
// at a time; the score of each is printed as a table at the end (and kept in reports/mutation/).
// Slow (minutes per target): not part of `npm test` nor of CI.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const reports = join(root, 'reports', 'mutation')

/** What each target mutates, and the test files (jest testMatch globs) that exercise it. */
export const targets = {
  versioning: {
    mutate: ['packages/versioning/src/**/*.ts'],
    tests: ['packages/versioning/test/**/*.test.ts'],
  },
  manifests: {
    mutate: ['packages/manifests/src/**/*.ts'],
    tests: ['packages/manifests/test/**/*.test.ts'],
  },
  oidc: {
    // static-tokens.ts (the refusal of static tokens) included: its unit tests call it on src.
    mutate: ['packages/oidc/src/**/*.ts'],
    tests: ['packages/oidc/test/**/*.test.ts'],
  },
  changelog: {
    mutate: ['packages/changelog/src/**/*.ts'],
    tests: ['packages/changelog/test/**/*.test.ts'],
  },
  'validate-tag': {
    // The bundle-level tests run dist/: only the tests that import src/ can kill a mutant.
    mutate: ['actions/validate-tag/src/**/*.ts'],
    tests: ['test/actions/validate-tag-*.test.ts'],
  },
  'yank-notice': {
    mutate: ['actions/yank-notice/src/**/*.ts', '!actions/yank-notice/src/inputs.ts'],
    // The adversarial bodies test calls yank-marks and tracking-issue on src too.
    tests: ['test/actions/yank-notice-*.test.ts', 'test/adversarial/yank-notice-bodies.test.ts'],
  },
}

const usage = `Usage: npm run mutation [-- [--concurrency N] [--timeout-ms MS] [--mutate GLOB]... [--all-mutants] [--fresh] TARGET...]
Targets: ${Object.keys(targets).join(', ')} (default: all, one after the other).
  --concurrency N  test runner processes (default 1)
  --timeout-ms MS  extra time a mutant's tests get over their normal time before it counts as a
                   timeout (default 30000: the action tests start processes; 10000 suits a library)
  --mutate GLOB    mutate only these files of the target (a glob, or file.ts:10-40 for lines)
  --tests GLOB     run only these test files (jest testMatch globs from the repository root):
                   a quicker score that can only be lower than with all the target's tests
  --all-mutants    also run the static mutants (module-level constants: every test reruns)
  --fresh          forget the previous run's results (by default unchanged mutants are reused)
Reports: reports/mutation/<target>.html and .json; the scores table: reports/mutation/scores.md.`

function parseArgs(argv) {
  const chosen = []
  const mutate = []
  const tests = []
  let concurrency = 1
  let timeoutMS = 30000
  let ignoreStatic = true
  let incremental = true
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--help' || arg === '-h') {
      console.log(usage)
      process.exit(0)
    } else if (arg === '--concurrency') {
      concurrency = Number(argv[++i])
      if (!Number.isInteger(concurrency) || concurrency < 1) {
        throw new Error(`--concurrency takes a whole number >= 1, got "${argv[i]}".`)
      }
    } else if (arg === '--timeout-ms') {
      timeoutMS = Number(argv[++i])
      if (!Number.isInteger(timeoutMS) || timeoutMS < 1) {
        throw new Error(`--timeout-ms takes a whole number of milliseconds >= 1, got "${argv[i]}".`)
      }
    } else if (arg === '--mutate') {
      mutate.push(argv[++i])
    } else if (arg === '--tests') {
      tests.push(argv[++i])
    } else if (arg === '--all-mutants') {
      ignoreStatic = false
    } else if (arg === '--fresh') {
      incremental = false
    } else if (arg in targets) {
      chosen.push(arg)
    } else {
      throw new Error(`Unknown target "${arg}".\n${usage}`)
    }
  }
  if ((mutate.length > 0 || tests.length > 0) && chosen.length !== 1)
    throw new Error('--mutate and --tests need exactly one TARGET.')
  const options = {
    concurrency,
    timeoutMS,
    ignoreStatic,
    incremental,
    mutate: mutate.length > 0 ? mutate : undefined,
    tests: tests.length > 0 ? tests : undefined,
  }
  return { chosen: chosen.length > 0 ? chosen : Object.keys(targets), options }
}

/** The Stryker options for one target (exported for the script's own test). */
export function strykerOptions(name, options = {}) {
  const target = targets[name]
  const { concurrency = 1, timeoutMS = 30000, ignoreStatic = true, incremental = true } = options
  return {
    mutate: [...(options.mutate ?? target.mutate), '!**/index.ts'],
    testRunner: 'jest',
    plugins: ['@stryker-mutator/jest-runner'],
    testRunnerNodeArgs: ['--experimental-vm-modules'],
    jest: {
      projectType: 'custom',
      configFile: 'jest.config.js',
      config: { testMatch: (options.tests ?? target.tests).map((glob) => `<rootDir>/${glob}`) },
      enableFindRelatedTests: false,
    },
    coverageAnalysis: 'perTest',
    // Stryker puts `// @ts-nocheck` in mutated files so that ts-jest compiles mutants that do
    // not type-check (such a mutant must be killed by a test, not by the compiler).
    disableTypeChecks: '{packages,actions}/*/src/**/*.ts',
    ignorePatterns: ['coverage', 'reports', 'bench/out', 'actions/*/dist', 'packages/cli/dist'],
    concurrency,
    // A static mutant (a module-level constant) is only seen by rerunning every test file.
    ignoreStatic,
    incremental,
    // A run with --tests keeps its own results: a mutant killed by a test left out is not reused.
    incrementalFile: join(
      'reports',
      'mutation',
      `${name}${options.tests ? '.tests' : ''}.incremental.json`,
    ),
    timeoutMS,
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: join('reports', 'mutation', `${name}.html`) },
    jsonReporter: { fileName: join('reports', 'mutation', `${name}.json`) },
    tempDirName: join('reports', '.stryker-tmp'),
    cleanTempDir: true,
    thresholds: { high: 85, low: 70, break: null },
  }
}

/** Killed, survived, ... and the score (as Stryker counts it) of one JSON report. */
export function scoreOf(report) {
  const counts = {
    Killed: 0,
    Timeout: 0,
    Survived: 0,
    NoCoverage: 0,
    Ignored: 0,
    CompileError: 0,
    RuntimeError: 0,
  }
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1
  }
  const detected = counts.Killed + counts.Timeout
  const valid = detected + counts.Survived + counts.NoCoverage
  return { ...counts, score: valid === 0 ? 100 : (100 * detected) / valid }
}

function table(rows) {
  const lines = [
    '| target | files | killed | timeout | survived | no coverage | ignored (static) | score |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const [name, s] of rows) {
    lines.push(
      `| ${name} | ${s.files} | ${s.Killed} | ${s.Timeout} | ${s.Survived} | ${s.NoCoverage} | ${s.Ignored} | ${s.score.toFixed(1)}% |`,
    )
  }
  return lines.join('\n')
}

async function main() {
  const { chosen, options } = parseArgs(process.argv.slice(2))
  const { Stryker } = await import('@stryker-mutator/core')
  mkdirSync(reports, { recursive: true })
  process.chdir(root)
  for (const name of chosen) {
    console.log(`\n=== mutation: ${name}`)
    await new Stryker(strykerOptions(name, options)).runMutationTest()
  }
  // The table covers every target with a report, this run's and earlier ones'.
  const rows = Object.keys(targets).flatMap((name) => {
    const file = join(reports, `${name}.json`)
    if (!existsSync(file)) return []
    const report = JSON.parse(readFileSync(file, 'utf8'))
    return [[name, { ...scoreOf(report), files: Object.keys(report.files).length }]]
  })
  const result = table(rows)
  writeFileSync(join(reports, 'scores.md'), `${result}\n`)
  console.log(`\n${result}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
}
