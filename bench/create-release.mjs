// create-release end to end against the sandbox GitHub: process start to release published,
// with 3 assets (draft, upload, publish), measured with hyperfine -N against `node -e ''` in the
// same run. Before each run the release and its tag are removed, so every run does the whole work.
// Usage: node bench/create-release.mjs [--runs N]
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle } from '../scripts/bundle.mjs'
import { randomBytes } from 'node:crypto'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 20
const out = join(root, 'bench', 'out')
mkdirSync(out, { recursive: true })
const node = process.execPath
const work = mkdtempSync(join(tmpdir(), 'tokenless-bench-create-release-'))

// 1. A repository with three built assets.
const repo = join(work, 'repo')
const git = (...gitArgs) =>
  execFileSync('git', gitArgs, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'B',
      GIT_AUTHOR_EMAIL: 'b@example.test',
      GIT_COMMITTER_NAME: 'B',
      GIT_COMMITTER_EMAIL: 'b@example.test',
    },
  }).trim()
mkdirSync(join(repo, 'dist'), { recursive: true })
git('init', '-q', '-b', 'main')
writeFileSync(
  join(repo, 'CHANGELOG.md'),
  '# Changelog\n\n## [1.0.0] - 2026-07-04\n\n### Added\n- Everything.\n',
)
writeFileSync(join(repo, 'dist', 'widget-1.0.0.tgz'), randomBytes(200_000))
writeFileSync(join(repo, 'dist', 'widget-1.0.0-py3-none-any.whl'), randomBytes(150_000))
writeFileSync(join(repo, 'dist', 'SHA256SUMS'), randomBytes(200).toString('hex'))
git('add', '-A')
git('commit', '-q', '-m', 'feat: everything')
const sha = git('rev-parse', 'HEAD')

// 2. The sandbox, bundled with ncc (TypeScript cannot run as is) and run as its own process.
// Inside the repository, so that the bundle resolves GitHub's OpenAPI description from node_modules.
const serverDir = join(out, 'create-release-server')
await bundle(join(root, 'bench', 'create-release-server.ts'), serverDir)
const server = spawn(node, [join(serverDir, 'index.js'), repo], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
const { url, serverUrl } = await new Promise((resolve, reject) => {
  server.stdout.once('data', (chunk) => resolve(JSON.parse(chunk.toString())))
  server.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)))
})

try {
  // 3. Reset between runs: no release, no tag.
  const reset = join(work, 'reset.mjs')
  writeFileSync(
    reset,
    `const api = ${JSON.stringify(url)}, headers = { authorization: 'token sandbox-token' }
const releases = await (await fetch(api + '/repos/acme/widget/releases', { headers })).json()
for (const release of releases) await fetch(api + '/repos/acme/widget/releases/' + release.id, { method: 'DELETE', headers })
await fetch(api + '/repos/acme/widget/git/refs/tags/v1.0.0', { method: 'DELETE', headers })
`,
  )
  const outputFile = join(work, 'output')
  writeFileSync(outputFile, '')
  const env = {
    GITHUB_API_URL: url,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_REPOSITORY: 'acme/widget',
    GITHUB_WORKSPACE: repo,
    GITHUB_OUTPUT: outputFile,
    INPUT_TOKEN: 'sandbox-token',
    INPUT_TAG: 'v1.0.0',
    INPUT_SHA: sha,
    INPUT_NOTES: 'changelog',
    'INPUT_CHANGELOG-FILE': 'CHANGELOG.md',
    INPUT_ASSETS: 'dist/*',
    'INPUT_ASSETS-REQUIRED': 'true',
    'INPUT_DRAFT-FIRST': 'true',
    'INPUT_MAKE-LATEST': 'auto',
    'INPUT_WORKING-DIRECTORY': '.',
  }
  const clean = (vars, ...command) =>
    [
      'env',
      '-i',
      `PATH=${dirname(node)}:/usr/bin:/bin`,
      `HOME=${work}`,
      ...Object.entries(vars).map(([k, v]) => `${k}=${v}`),
      ...command,
    ]
      .map((part) =>
        part === '' || /[\s'"$*]/.test(part) ? `'${part.replace(/'/g, `'\\''`)}'` : part,
      )
      .join(' ')
  const file = join(out, 'create-release.json')
  const result = spawnSync(
    'hyperfine',
    [
      '-N',
      '--warmup',
      '2',
      '--runs',
      String(runs),
      '--export-json',
      file,
      '--style',
      'basic',
      '--prepare',
      `${node} ${reset}`,
      '-n',
      "node -e ''",
      clean({}, node, '-e', ''),
      '-n',
      'create-release (3 assets)',
      clean(env, node, join(root, 'actions', 'create-release', 'dist', 'index.js')),
    ],
    { stdio: 'inherit', cwd: repo },
  )
  if (result.status !== 0) throw new Error('hyperfine failed')
  const [floor, ours] = JSON.parse(readFileSync(file, 'utf8')).results
  if (!ours.exit_codes.every((code) => code === 0))
    throw new Error('create-release failed during the bench')
  const table = [
    '| Case | Median | Ratio |',
    '| --- | --- | --- |',
    `| node -e '' | ${(floor.median * 1000).toFixed(1)} ms | 1.00x |`,
    `| create-release, 3 assets, draft -> upload -> publish | ${(ours.median * 1000).toFixed(1)} ms | ${(ours.median / floor.median).toFixed(2)}x |`,
  ].join('\n')
  writeFileSync(join(out, 'create-release-summary.md'), `${table}\n`)
  console.log(`\n${table}\n`)
} finally {
  server.kill('SIGTERM')
  rmSync(work, { recursive: true, force: true })
}
