#!/usr/bin/env node
// Rehearses real repositories' release workflows (fetched snapshots: bare git directories such as
// /work/.mirror/<owner+name>/repo) and prints how far each got: the verdict, the step that stopped
// it and why. Each snapshot is cloned into a temporary folder (tagged at HEAD when the workflow
// runs on a pushed tag) and removed at the end; nothing fetched is kept.
//   node scripts/rehearse-wild.mjs [--mirror DIR] [--only NAME] [--json]
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const cli = join(root, 'packages/cli/bin/tokenless.js')
const args = process.argv.slice(2)
const valueOf = (flag) => {
  const at = args.indexOf(flag)
  return at === -1 ? undefined : args[at + 1]
}
const mirror = valueOf('--mirror') ?? '/work/.mirror'
const only = valueOf('--only')
const json = args.includes('--json')

// The sweep: each repository's release workflow and the event it releases on. `tag`: a tag made
// at HEAD for a push of a tag (the next version after the snapshot's).
const SWEEP = [
  { repo: 'pypa/build', workflow: '.github/workflows/cd.yml', event: 'push', tag: '99.0.0' },
  {
    repo: 'hynek/structlog',
    workflow: '.github/workflows/pypi-package.yml',
    event: 'push',
    tag: '99.0.0',
  },
  {
    repo: 'python-attrs/attrs',
    workflow: '.github/workflows/pypi-package.yml',
    event: 'push',
    tag: '99.0.0',
  },
  { repo: 'pypa/twine', workflow: '.github/workflows/release.yml', event: 'push', tag: '99.0.0' },
  { repo: 'encode/httpx', workflow: '.github/workflows/publish.yml', event: 'push', tag: '99.0.0' },
  {
    repo: 'pallets/click',
    workflow: '.github/workflows/publish.yaml',
    event: 'push',
    tag: '99.0.0',
  },
  { repo: 'tox-dev/tox', workflow: '.github/workflows/release.yaml', event: 'push', tag: '99.0.0' },
  { repo: 'wntrblm/nox', workflow: '.github/workflows/cd.yml', event: 'workflow_dispatch' },
  { repo: 'changesets/changesets', workflow: '.github/workflows/publish.yml', event: 'push' },
  { repo: 'octokit/rest.js', workflow: '.github/workflows/release.yml', event: 'push' },
  { repo: 'bcoe/c8', workflow: '.github/workflows/release-please.yml', event: 'push' },
  {
    repo: 'semantic-release/semantic-release',
    workflow: '.github/workflows/release.yml',
    event: 'push',
  },
]

function firstStop(report) {
  const last = report.attempts?.[report.attempts.length - 1]
  for (const job of last?.jobs ?? []) {
    const step = job.steps.find((s) => s.status === 'failure')
    if (step !== undefined) {
      const why =
        step.annotations?.find((a) => a.level === 'error')?.message ??
        step.log.filter((line) => /error|not found|ERR!/i.test(line)).pop() ??
        step.log[step.log.length - 1]
      return `${job.label} › ${step.label}: ${String(why ?? '').slice(0, 160)}`
    }
    if (job.status === 'failure') return `${job.label}: ${job.notes[job.notes.length - 1] ?? ''}`
  }
  return report.unrehearsedPublishes?.[0] ?? ''
}

const results = []
for (const entry of SWEEP) {
  if (only !== undefined && !entry.repo.includes(only)) continue
  const gitDir = join(mirror, entry.repo.replace('/', '+'), 'repo')
  if (!existsSync(gitDir)) {
    results.push({ ...entry, verdict: 'NOT FETCHED', stop: `no snapshot at ${gitDir}` })
    continue
  }
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-wild-'))
  try {
    execFileSync('git', ['clone', '--quiet', '--no-tags', gitDir, dir])
    execFileSync('git', [
      '-C',
      dir,
      'remote',
      'set-url',
      'origin',
      `https://github.com/${entry.repo}.git`,
    ])
    const branch = execFileSync('git', ['-C', dir, 'symbolic-ref', '--short', 'HEAD'], {
      encoding: 'utf8',
    }).trim()
    let ref = branch
    if (entry.tag !== undefined) {
      execFileSync('git', ['-C', dir, 'tag', entry.tag])
      ref = `refs/tags/${entry.tag}`
    }
    const began = performance.now()
    const run = spawnSync(
      process.execPath,
      [
        cli,
        'rehearse',
        '--repo',
        dir,
        '--workflow',
        entry.workflow,
        '--event',
        entry.event,
        '--ref',
        ref,
        '--json',
      ],
      { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 600_000 },
    )
    const seconds = Math.round((performance.now() - began) / 1000)
    let report
    try {
      report = JSON.parse(run.stdout)
    } catch {
      report = undefined
    }
    results.push({
      ...entry,
      exit: run.status,
      seconds,
      verdict:
        report?.verdict ??
        `no report: ${(run.stderr || run.error?.message || '').trim().split('\n')[0]}`,
      stop: report === undefined ? '' : firstStop(report),
      published:
        report === undefined
          ? []
          : [
              ...report.readBack.npm.flatMap((p) => p.published.map((v) => `npm ${p.name}@${v}`)),
              ...report.readBack.pypi.flatMap((p) =>
                p.published.map((v) => `${p.registry} ${p.name} ${v}`),
              ),
            ],
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const last = results[results.length - 1]
  if (!json) {
    console.log(
      `${last.repo} (${last.workflow}, ${last.event}${last.tag ? ` ${last.tag}` : ''}): exit ${last.exit}, ${last.seconds} s`,
    )
    console.log(`  ${last.verdict.slice(0, 400)}`)
    if (last.stop) console.log(`  stopped at: ${last.stop}`)
  }
}
if (json) console.log(JSON.stringify(results, null, 2))
