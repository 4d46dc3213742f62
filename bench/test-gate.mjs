// test-gate benchmarks, hyperfine -N in a clean environment:
//  1. Overhead: `run: "true"` through the test-gate bundle (no record, no JUnit) vs `sh -c true`.
//  2. JUnit: reading a 50,000-testcase report (bundled reader as its own process), with the peak
//     memory of one run from /usr/bin/time. Target: under 1 s.
//  3. JUnit: a report nested 100,000 deep (hostile input; reading is linear). Target: under 2 s.
// Usage: node bench/test-gate.mjs [--runs N]
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle } from '../scripts/bundle.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 20
const out = join(root, 'bench', 'out')
mkdirSync(out, { recursive: true })
const node = process.execPath
const work = mkdtempSync(join(tmpdir(), 'tokenless-bench-test-gate-'))
const quote = (parts) =>
  parts
    .map((part) =>
      part === '' || /[\s'"$*&?]/.test(part) ? `'${part.replace(/'/g, `'\\''`)}'` : part,
    )
    .join(' ')
const clean = (vars, ...argv) =>
  quote([
    'env',
    '-i',
    `PATH=${dirname(node)}:/usr/bin:/bin`,
    `HOME=${work}`,
    ...Object.entries(vars).map(([k, v]) => `${k}=${v}`),
    ...argv,
  ])

function hyperfine(name, commands) {
  const file = join(out, `${name}.json`)
  const hyperArgs = [
    '-N',
    '--warmup',
    '3',
    '--runs',
    String(runs),
    '--export-json',
    file,
    '--style',
    'basic',
  ]
  for (const [label, command] of Object.entries(commands)) hyperArgs.push('-n', label, command)
  if (spawnSync('hyperfine', hyperArgs, { stdio: 'inherit', cwd: work }).status !== 0)
    throw new Error('hyperfine failed')
  const results = JSON.parse(readFileSync(file, 'utf8')).results
  for (const result of results) {
    if (!result.exit_codes.every((code) => code === 0))
      throw new Error(`${result.command} failed during the bench`)
  }
  return Object.fromEntries(results.map((result) => [result.command, result.median]))
}

try {
  const outputFile = join(work, 'output')
  writeFileSync(outputFile, '')
  const gate = {
    GITHUB_WORKSPACE: work,
    GITHUB_OUTPUT: outputFile,
    INPUT_RUN: 'true',
    INPUT_RECORD: 'false',
    'INPUT_MIN-TESTS': '1',
    'INPUT_TIMEOUT-MINUTES': '10',
    'INPUT_WAIT-MINUTES': '10',
    'INPUT_WORKING-DIRECTORY': '.',
  }
  const overhead = hyperfine('test-gate-overhead', {
    'sh -c true': clean({}, 'sh', '-c', 'true'),
    'test-gate, run: true': clean(
      gate,
      node,
      join(root, 'actions', 'test-gate', 'dist', 'index.js'),
    ),
  })

  const cases = []
  for (let index = 0; index < 50_000; index++) {
    const failed = index % 1000 === 0
    cases.push(
      `    <testcase classname="suite.Module${index % 200}" name="test case ${index}" time="0.001" file="src/module${index % 200}.test.ts" line="${(index % 400) + 1}">${failed ? `<failure message="expected 1 to be 2">AssertionError: expected 1 to be 2\n    at src/module${index % 200}.test.ts:${(index % 400) + 1}</failure>` : ''}</testcase>`,
    )
  }
  const report = join(work, 'junit.xml')
  writeFileSync(
    report,
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="50000">\n  <testsuite name="all" tests="50000">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`,
  )
  const parserDir = join(work, 'parser')
  await bundle(join(root, 'bench', 'junit-parse.ts'), parserDir)
  const parser = join(parserDir, 'index.js')
  console.log(execFileSync(node, [parser, report], { encoding: 'utf8' }).trim())
  const deepDepth = 100_000
  const deep = join(work, 'deep.xml')
  writeFileSync(
    deep,
    `<testsuites>${'<testsuite name="level">'.repeat(deepDepth)}<testcase name="bottom"><failure message="deep"/></testcase>${'</testsuite>'.repeat(deepDepth)}</testsuites>\n`,
  )
  console.log(execFileSync(node, [parser, deep], { encoding: 'utf8' }).trim())
  const parse = hyperfine('junit-50k', {
    "node -e ''": clean({}, node, '-e', ''),
    'parse 50,000 testcases': clean({}, node, parser, report),
    'parse 100,000-deep nesting': clean({}, node, parser, deep),
  })
  const peak = (file) => {
    const timed = spawnSync('/usr/bin/time', ['-f', '%M', node, parser, file], {
      encoding: 'utf8',
    })
    return Number(timed.stderr.trim().split('\n').at(-1))
  }
  const peakKiB = peak(report)
  const deepPeakKiB = peak(deep)
  const size = readFileSync(report).length
  const deepSize = readFileSync(deep).length

  const ms = (seconds) => `${(seconds * 1000).toFixed(1)} ms`
  const table = [
    '| Case | Median | Ratio | Note |',
    '| --- | --- | --- | --- |',
    `| sh -c true | ${ms(overhead['sh -c true'])} | 1.00x | |`,
    `| test-gate, run: true | ${ms(overhead['test-gate, run: true'])} | ${(overhead['test-gate, run: true'] / overhead['sh -c true']).toFixed(1)}x | node start, bash, summary |`,
    `| node -e '' | ${ms(parse["node -e ''"])} | | floor of the parse process |`,
    `| parse 50,000 testcases (${(size / 1e6).toFixed(1)} MB) | ${ms(parse['parse 50,000 testcases'])} | ${(parse['parse 50,000 testcases'] / parse["node -e ''"]).toFixed(1)}x | peak RSS ${(peakKiB / 1024).toFixed(0)} MiB; target < 1 s: ${parse['parse 50,000 testcases'] < 1 ? 'met' : 'MISSED'} |`,
    `| parse 100,000-deep nesting (${(deepSize / 1e6).toFixed(1)} MB) | ${ms(parse['parse 100,000-deep nesting'])} | ${(parse['parse 100,000-deep nesting'] / parse["node -e ''"]).toFixed(1)}x | peak RSS ${(deepPeakKiB / 1024).toFixed(0)} MiB; target < 2 s: ${parse['parse 100,000-deep nesting'] < 2 ? 'met' : 'MISSED'} |`,
  ].join('\n')
  writeFileSync(join(out, 'test-gate-summary.md'), `${table}\n`)
  console.log(`\n${table}\n`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
