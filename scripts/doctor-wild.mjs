#!/usr/bin/env node
// Runs doctor over fetched repositories (bare git directories, such as /work/.mirror/<owner+name>/repo):
// materialises each one's workflows, local actions, package.json files (the root's and the
// workspace packages'), pnpm-workspace.yaml, release-it and @ossjs/release settings and small
// scripts under scripts/, tools/, bin/ and .github/ into a temporary folder, runs
// `tokenless doctor --format json` on it and prints one line per finding (or JSON with --json).
// Nothing fetched is kept: the folders are removed at the end.
//   node scripts/doctor-wild.mjs <gitdir>... [--json] [--source]
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
// --source bundles packages/cli/src into a temporary folder first (the committed dist is left alone).
const source = process.argv.includes('--source')
let cli = join(root, 'packages/cli/bin/tokenless.js')
let built
if (source) {
  const { bundle } = await import('./bundle.mjs')
  built = mkdtempSync(join(tmpdir(), 'doctor-wild-cli-'))
  await bundle(join(root, 'packages/cli/src/bin.ts'), built)
  cli = join(built, 'index.js')
}
const hooks = []
const args = process.argv.slice(2)
const json = args.includes('--json')
const gitDirs = args.filter((arg) => !arg.startsWith('--'))

// Workspace packages' package.json (and the scripts under their scripts/ folders) too: a step's
// `pnpm --filter x run release` runs that package's script.
const WANTED =
  /^(\.github\/.*|((?!node_modules\/)[^/]+\/){0,2}package\.json|\.release-it\.json|release\.config\.json|ossjs\.release\.config\.[cm]?js|lerna\.json|pnpm-workspace\.yaml|((?!node_modules\/)[^/]+\/){0,2}(scripts|tools|bin|ci|\.ci)\/[^/]+\.(sh|py|js|mjs|cjs|ts|mts|bash)|[^/]+\.(sh|py)|noxfile\.py|tox\.ini|pyproject\.toml)$/

function materialise(gitDir, into) {
  const names = execFileSync('git', ['-C', gitDir, 'ls-tree', '-r', '--name-only', 'HEAD'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
    .split('\n')
    .filter((name) => WANTED.test(name))
  if (names.length === 0) return false
  const archive = execFileSync('git', ['-C', gitDir, 'archive', 'HEAD', '--', ...names], {
    maxBuffer: 1 << 28,
  })
  execFileSync('tar', ['-x', '-C', into], { input: archive })
  return true
}

const results = []
for (const gitDir of gitDirs) {
  const name = basename(dirname(gitDir)).replace('+', '/')
  const dir = mkdtempSync(join(tmpdir(), 'doctor-wild-'))
  try {
    if (!materialise(gitDir, dir)) {
      results.push({ name, error: 'no workflows' })
      continue
    }
    const run = spawnSync(process.execPath, [...hooks, cli, 'doctor', dir, '--format', 'json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    })
    let findings
    try {
      findings = JSON.parse(run.stdout).findings
    } catch {
      results.push({ name, error: run.stderr.trim() || run.stdout.trim() })
      continue
    }
    results.push({ name, findings })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (built) rmSync(built, { recursive: true, force: true })
if (json) console.log(JSON.stringify(results, null, 2))
else
  for (const result of results) {
    if (result.error) console.log(`${result.name}: ${result.error}`)
    else
      for (const finding of result.findings)
        console.log(
          `${result.name}\t${finding.file}:${finding.line}\t${finding.severity}\t${finding.rule}\t${finding.message}`,
        )
  }
