// The default rehearsal (npm start) end to end, with hyperfine: the committed bundle of the
// tokenless command, no arguments, on this machine; in the same hyperfine run, the same workflow
// with provenance and attestations off, for what signing costs (npm provenance and PyPI
// attestations on the Sigstore stand-in). Then one --json run for where the time goes: the phases
// (repository, sandbox, registries, jobs, read back), each job and each step.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(fileURLToPath(import.meta.url), '..', '..')
const args = process.argv.slice(2)
const runs = args.includes('--runs') ? args[args.indexOf('--runs') + 1] : '10'
const out = join(root, 'bench', 'out', 'rehearse.json')
const bin = join(root, 'packages', 'cli', 'bin', 'tokenless.js')

// The reference workflow with publish-oidc's provenance (npm) and attestations (PyPI) turned off.
const reference = readFileSync(join(root, 'workflows-examples', 'release.yml'), 'utf8')
const off = reference
  .replace(/(\n {10}registry: npm\n)/, "$1          provenance: 'false'\n")
  .replace(/(\n {10}registry: pypi\n)/, "$1          attestations: 'false'\n")
if (off.split("'false'").length !== reference.split("'false'").length + 2) {
  console.error(
    'bench/rehearse.mjs: the publish-oidc steps of workflows-examples/release.yml moved; update the provenance-off edit.',
  )
  process.exit(1)
}
const offDir = mkdtempSync(join(tmpdir(), 'bench-rehearse-'))
const offWorkflow = join(offDir, 'release.yml')
writeFileSync(offWorkflow, off)

execFileSync(
  'hyperfine',
  [
    '-N',
    '--warmup',
    '1',
    '--runs',
    runs,
    '--export-json',
    out,
    '--style',
    'basic',
    '-n',
    'npm start (tokenless rehearse, provenance on)',
    `${process.execPath} ${bin} rehearse`,
    '-n',
    'tokenless rehearse, provenance and attestations off',
    `${process.execPath} ${bin} rehearse --workflow ${offWorkflow}`,
  ],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
)
rmSync(offDir, { recursive: true, force: true })
const [result, withoutProvenance] = JSON.parse(readFileSync(out, 'utf8')).results
for (const measured of [result, withoutProvenance]) {
  if (!measured.exit_codes.every((code) => code === 0)) {
    console.error(
      `${measured.command}: the rehearsal did not pass in every run (exit codes ${[...new Set(measured.exit_codes)].join(', ')}): the measurement is void.`,
    )
    process.exit(1)
  }
}
const provenanceCost = result.median - withoutProvenance.median

const json = spawnSync(process.execPath, [bin, 'rehearse', '--json'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
})
const report = JSON.parse(json.stdout)
const s = (ms) => `${(ms / 1000).toFixed(2)} s`
const rows = [
  ['median, end to end', s(result.median * 1000)],
  ['target', '< 5 s: ' + (result.median < 5 ? 'met' : 'MISSED')],
  ['median, provenance and attestations off', s(withoutProvenance.median * 1000)],
  [
    'provenance on costs (target at most +1.5 s)',
    `${provenanceCost >= 0 ? '+' : ''}${provenanceCost.toFixed(2)} s: ${provenanceCost <= 1.5 ? 'met' : 'MISSED'}`,
  ],
  // The incident write-up (reference/seeds/003) reports about 2 minutes dispatch-to-release on GitHub.
  ['against ~120 s dispatch-to-release on GitHub', `${(result.median / 120).toFixed(3)}x`],
]
for (const [phase, ms] of Object.entries(report.timing)) rows.push([`phase: ${phase}`, s(ms)])
for (const job of report.attempts[0].jobs) {
  rows.push([`job ${job.label}`, s(job.durationMs ?? 0)])
  for (const step of job.steps)
    rows.push([
      `  step ${step.label.slice(0, 60)}`,
      step.durationMs === null || step.durationMs === undefined ? '(skipped)' : s(step.durationMs),
    ])
}
console.log(
  `\n| Where | Time |\n| --- | --- |\n${rows.map(([where, time]) => `| ${where} | ${time} |`).join('\n')}\n`,
)
