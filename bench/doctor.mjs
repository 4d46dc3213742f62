// tokenless doctor over 200 workflow files (variations of the test fixtures' release workflows:
// npm + PyPI, monorepo with a composite action and a reusable workflow, release-please,
// changesets, semantic-release), hyperfine -N against `node -e ''`. Target: median under 1 s.
// Also: the same without the shell parser's WebAssembly (patterns only: the parser's cost), and a
// repository whose run: steps call its scripts (shell, Node, Python), followed (target < 0.5 s).
// Usage: node bench/doctor.mjs [--runs N] [--files N] [--cli <bundle folder>]
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle } from '../scripts/bundle.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 20
const count = args.includes('--files') ? Number(args[args.indexOf('--files') + 1]) : 200
const given = args.includes('--cli') ? args[args.indexOf('--cli') + 1] : undefined
const out = join(root, 'bench', 'out')
mkdirSync(out, { recursive: true })
const node = process.execPath
const work = mkdtempSync(join(tmpdir(), 'tokenless-bench-doctor-'))

/** The fixtures' workflows, with the repository files they use (composite actions, package.json). */
function templates() {
  const fixtures = join(root, 'packages', 'cli', 'test', 'doctor', 'fixtures')
  const found = []
  for (const name of readdirSync(fixtures).sort()) {
    const dir = join(fixtures, name, '.github', 'workflows')
    for (const file of readdirSync(dir).sort())
      found.push({ fixture: name, file, text: readFileSync(join(dir, file), 'utf8') })
  }
  return found
}

/** Variation `index` of a template: other job names, versions, an extra job, a matrix. */
function vary(text, index) {
  let varied = text
    .replace(/node-version: (['"]?)2[024]\1/g, `node-version: ${[20, 22, 24][index % 3]}`)
    .replace(/group: release(\b|-)/g, `group: release-${index}$1`)
    .replace(
      /environment: release\b/g,
      index % 4 === 0 ? 'environment: staging' : 'environment: release',
    )
  // Each workflow's jobs get a suffix, `needs:` follow.
  const jobs = [...varied.matchAll(/^ {2}([\w-]+):\s*(#.*)?$/gm)].map((match) => match[1])
  for (const job of jobs) {
    varied = varied
      .replace(new RegExp(`^  ${job}:`, 'm'), `  ${job}-${index}:`)
      .replace(new RegExp(`(needs:.*?\\b)${job}\\b(?![\\w-])`, 'g'), `$1${job}-${index}`)
      .replace(new RegExp(`needs\\.${job}\\.`, 'g'), `needs.${job}-${index}.`)
  }
  if (index % 5 === 0) {
    varied += `
  lint-${index}:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: npx eslint . && npx prettier --check .
      - run: echo "checked \${{ github.event.head_commit.message }}"
`
  }
  return varied
}

/** 12 workflows whose steps run the repository's scripts (each publishing or computing a date). */
function scriptsRepository(repo) {
  mkdirSync(join(repo, '.github', 'workflows'), { recursive: true })
  mkdirSync(join(repo, 'scripts'), { recursive: true })
  for (let index = 0; index < 12; index++) {
    writeFileSync(
      join(repo, 'scripts', `release-${index}.sh`),
      `#!/bin/sh\nset -eu\nnpm ci\nnpm test\nfor dir in packages/*; do (cd "$dir" && npm publish --provenance); done\n`,
    )
    writeFileSync(
      join(repo, 'scripts', `publish-${index}.mjs`),
      `import { execa } from 'execa'\nconst tag = process.env.TAG\nawait execa('npm', ['publish', '--tag', tag])\nawait execa('git', ['tag', tag])\n`,
    )
    writeFileSync(
      join(repo, 'scripts', `stamp-${index}.py`),
      `import datetime, os\nstamp = datetime.date.today().isoformat()\nopen(os.environ["GITHUB_OUTPUT"], "a").write(f"version={stamp}\\n")\n`,
    )
    writeFileSync(
      join(repo, '.github', 'workflows', `release-${index}.yml`),
      `on: { push: { tags: ['v*'] }, workflow_dispatch: {} }
permissions: {}
jobs:
  stamp:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: python scripts/stamp-${index}.py
  publish:
    needs: stamp
    runs-on: ubuntu-latest
    permissions: { id-token: write, contents: write }
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - run: python scripts/stamp-${index}.py
      - run: ./scripts/release-${index}.sh
      - run: node scripts/publish-${index}.mjs
        env:
          TAG: \${{ github.ref_name }}
`,
    )
  }
  return repo
}

try {
  const repo = join(work, 'repo')
  const workflows = join(repo, '.github', 'workflows')
  mkdirSync(workflows, { recursive: true })
  const fixtureRoot = join(root, 'packages', 'cli', 'test', 'doctor', 'fixtures', 'monorepo-wild')
  cpSync(join(fixtureRoot, '.github', 'actions'), join(repo, '.github', 'actions'), {
    recursive: true,
  })
  cpSync(join(fixtureRoot, 'package.json'), join(repo, 'package.json'))
  const all = templates()
  let lines = 0
  const write = (name, text) => {
    lines += text.split('\n').length
    writeFileSync(join(workflows, name), text)
  }
  // The reusable workflows the monorepo fixtures call, under the names they call them by.
  const reusable = all.filter(
    (t) =>
      (t.fixture === 'monorepo-wild' && t.file === 'ci.yml') ||
      (t.fixture === 'monorepo-hardened' && t.file === 'test.yml'),
  )
  for (const template of reusable) write(template.file, template.text)
  for (let index = 0; index < count - reusable.length; index++) {
    const template = all[index % all.length]
    write(
      `${index}-${template.fixture}-${template.file}`,
      index < all.length ? template.text : vary(template.text, index),
    )
  }
  const dist = join(work, 'cli')
  // --cli <folder>: a bundle built before (another commit's, to compare), instead of this tree's.
  if (given) cpSync(given, dist, { recursive: true, filter: (path) => !path.endsWith('.wasm') })
  else await bundle(join(root, 'packages', 'cli', 'src', 'bin.ts'), dist)
  const cli = join(dist, 'index.js')
  // doctor reads sh-syntax's main.wasm from next to the bundle. A copy of the bundle without it
  // reads run: scripts by patterns only.
  const patternsOnly = join(work, 'patterns', 'cli')
  cpSync(dist, patternsOnly, { recursive: true })
  cpSync(join(root, 'node_modules', 'sh-syntax', 'main.wasm'), join(dist, 'main.wasm'))
  const scriptsRepo = scriptsRepository(join(work, 'scripts-repo'))
  const check = spawnSync(node, [cli, 'doctor', repo, '--format', 'json'], { encoding: 'utf8' })
  if (check.status !== 0 && check.status !== 1)
    throw new Error(`doctor failed (${check.status}): ${check.stderr}`)
  const report = JSON.parse(check.stdout)
  console.log(
    `${report.summary.files} files (${count} workflows, ${lines} lines): ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notes} notes`,
  )

  const file = join(out, 'doctor.json')
  const hyperArgs = [
    '-N',
    '--warmup',
    '3',
    '--runs',
    String(runs),
    '-i',
    '--export-json',
    file,
    '--style',
    'basic',
  ]
  hyperArgs.push('-n', "node -e ''", `${node} -e ''`)
  hyperArgs.push('-n', `doctor, ${count} workflows`, `${node} ${cli} doctor ${repo} --format json`)
  hyperArgs.push(
    '-n',
    `doctor, ${count} workflows, patterns only`,
    `${node} ${join(patternsOnly, 'index.js')} doctor ${repo} --format json`,
  )
  hyperArgs.push(
    '-n',
    'doctor, scripts followed',
    `${node} ${cli} doctor ${scriptsRepo} --format json`,
  )
  if (spawnSync('hyperfine', hyperArgs, { stdio: 'inherit', cwd: work }).status !== 0)
    throw new Error('hyperfine failed')
  const results = Object.fromEntries(
    JSON.parse(readFileSync(file, 'utf8')).results.map((r) => [r.command, r]),
  )
  const doctor = results[`doctor, ${count} workflows`]
  if (!doctor.exit_codes.every((code) => code === 1))
    throw new Error(
      `doctor exited ${[...new Set(doctor.exit_codes)].join(', ')} (expected 1: the variations hold errors)`,
    )
  const ms = (seconds) => `${(seconds * 1000).toFixed(1)} ms`
  const table = [
    '| Case | Median | Note |',
    '| --- | --- | --- |',
    `| node -e '' | ${ms(results["node -e ''"].median)} | floor |`,
    `| doctor, ${count} workflows (${lines} lines) | ${ms(doctor.median)} | target < 1 s: ${doctor.median < 1 ? 'met' : 'MISSED'} |`,
    `| same, patterns only (no shell parser) | ${ms(results[`doctor, ${count} workflows, patterns only`].median)} | the parser's cost is the difference |`,
    `| doctor, 12 workflows calling 36 repository scripts | ${ms(results['doctor, scripts followed'].median)} | target < 0.5 s: ${results['doctor, scripts followed'].median < 0.5 ? 'met' : 'MISSED'} |`,
  ].join('\n')
  writeFileSync(join(out, 'doctor-summary.md'), `${table}\n`)
  console.log(`\n${table}\n`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
