/* global fetch */
// create-release uploading one large asset (default 1 GiB) to the sandbox GitHub, against curl
// sending the same file to the same upload endpoint (`-X POST -T file`: `--data-binary @file` reads
// the whole file into memory and fails at 1 GiB). Reports the median
// wall time and the peak RSS (GNU time's maximum resident set size) of each; the target for
// create-release is a peak RSS under 100 MB whatever the file's size (the upload is a stream).
// Before each run the release and its tag are removed, so every run uploads the whole file.
// Usage: node bench/create-release-asset.mjs [--runs N] [--size 1G|3G|...]
// A --size over 2G checks that files past Node's 2 GiB Buffer limit upload (the file is sparse).
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle } from '../scripts/bundle.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3
const size = args.includes('--size') ? args[args.indexOf('--size') + 1] : '1G'
const out = join(root, 'bench', 'out')
mkdirSync(out, { recursive: true })
const node = process.execPath
if (spawnSync('/usr/bin/time', ['-v', 'true']).status !== 0) {
  console.error('GNU time is not installed at /usr/bin/time: apt-get install time')
  process.exit(1)
}
const work = mkdtempSync(join(tmpdir(), 'tokenless-bench-create-release-asset-'))

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
writeFileSync(join(repo, 'CHANGELOG.md'), '# Changelog\n\n## [1.0.0] - 2026-07-04\n\n- All.\n')
writeFileSync(join(repo, '.gitignore'), 'dist/\n')
git('add', '-A')
git('commit', '-q', '-m', 'feat: everything')
const sha = git('rev-parse', 'HEAD')
const asset = join(repo, 'dist', 'big.bin')
execFileSync('truncate', ['-s', size, asset])

const serverDir = join(out, 'create-release-server')
await bundle(join(root, 'bench', 'create-release-server.ts'), serverDir)
const server = spawn(node, [join(serverDir, 'index.js'), repo], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
const { url, serverUrl } = await new Promise((resolve, reject) => {
  server.stdout.once('data', (chunk) => resolve(JSON.parse(chunk.toString())))
  server.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)))
})
const headers = { authorization: 'token sandbox-token' }

/** fetch, tried again when a kept-alive connection the server closed is reused. */
async function call(target, init) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(target, init)
    } catch (error) {
      if (attempt >= 2) throw error
    }
  }
}

async function reset() {
  const releases = await (await call(`${url}/repos/acme/widget/releases`, { headers })).json()
  for (const release of releases)
    await call(`${url}/repos/acme/widget/releases/${release.id}`, { method: 'DELETE', headers })
  await call(`${url}/repos/acme/widget/git/refs/tags/v1.0.0`, { method: 'DELETE', headers })
}

/** Runs a command under GNU time: wall seconds and peak RSS in MB. */
function measured(command, commandArgs, env) {
  const result = spawnSync('/usr/bin/time', ['-v', command, ...commandArgs], {
    encoding: 'utf8',
    env,
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) {
    throw new Error(`${command} failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
  }
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1]) / 1024
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(
    result.stderr,
  )
  const seconds = Number(wall?.[1] ?? 0) * 3600 + Number(wall?.[2]) * 60 + Number(wall?.[3])
  return { seconds, rss }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

try {
  const outputFile = join(work, 'output')
  writeFileSync(outputFile, '')
  const ours = []
  const curl = []
  for (let run = 0; run < runs; run++) {
    await reset()
    ours.push(
      measured(node, [join(root, 'actions', 'create-release', 'dist', 'index.js')], {
        PATH: `${dirname(node)}:/usr/bin:/bin`,
        HOME: work,
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
        INPUT_ASSETS: 'dist/big.bin',
        'INPUT_ASSETS-REQUIRED': 'true',
        'INPUT_DRAFT-FIRST': 'true',
        'INPUT_MAKE-LATEST': 'auto',
        'INPUT_WORKING-DIRECTORY': '.',
      }),
    )
    // curl to the same endpoint: a fresh draft, then the bytes, as the action sends them.
    await reset()
    const draft = await (
      await call(`${url}/repos/acme/widget/releases`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ tag_name: 'v1.0.0', target_commitish: sha, draft: true }),
      })
    ).json()
    const uploadUrl = draft.upload_url.replace(/\{\?[^}]*\}$/, '')
    curl.push(
      measured(
        'curl',
        [
          '-sS',
          '--fail',
          '-o',
          '/dev/null',
          '-H',
          'authorization: token sandbox-token',
          '-H',
          'content-type: application/octet-stream',
          // curl's --data-binary @file reads the file into memory first and fails at 1 GiB
          // ("out of memory"): -T streams it, with its Content-Length, as the action does.
          '-X',
          'POST',
          '-T',
          asset,
          `${uploadUrl}?name=big.bin`,
        ],
        { PATH: '/usr/bin:/bin' },
      ),
    )
  }
  const row = (label, results, target) =>
    `| ${label} | ${median(results.map((r) => r.seconds)).toFixed(2)} s | ${median(results.map((r) => r.rss)).toFixed(0)} MB | ${target} |`
  const oursRss = median(ours.map((r) => r.rss))
  const table = [
    `| ${size} asset, ${runs} runs | Median time | Median peak RSS | Target |`,
    '| --- | --- | --- | --- |',
    row('curl -X POST -T file', curl, 'floor for time'),
    row(
      'create-release (draft, upload, publish)',
      ours,
      oursRss < 100 ? 'RSS < 100 MB: met' : 'RSS < 100 MB: MISSED',
    ),
  ].join('\n')
  writeFileSync(join(out, 'create-release-asset-summary.md'), `${table}\n`)
  console.log(`\n${table}\n`)
} finally {
  await reset().catch(() => undefined)
  server.kill('SIGTERM')
  rmSync(work, { recursive: true, force: true })
}
