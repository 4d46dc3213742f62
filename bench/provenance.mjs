// publish-oidc with provenance on and off, npm and PyPI, in the same hyperfine run against the
// sandbox (Sigstore stand-in, npm sandbox, PyPI stand-in): the time signing adds per package
// (npm: npm's own provenance; PyPI: a PEP 740 attestation per file, two files per run).
// The action runs from its sources (the same way in both arms). Target: under 300 ms added.
// Usage: node bench/provenance.mjs [--runs N]
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 10
const out = join(root, 'bench', 'out')
const node = process.execPath
const work = mkdtempSync(join(tmpdir(), 'tokenless-bench-provenance-'))
mkdirSync(out, { recursive: true })

// The services run from their sources (ncc does not bundle @sigstore/mock's dependencies).
const hooks = join(root, 'test', 'support', 'source-hooks.ts')
const typeScript = ['--experimental-transform-types', '--disable-warning=ExperimentalWarning']
const server = spawn(
  node,
  [...typeScript, '--import', hooks, join(root, 'bench', 'provenance-server.ts')],
  { stdio: ['ignore', 'pipe', 'inherit'] },
)
const services = await new Promise((resolve, reject) => {
  let text = ''
  server.stdout.on('data', (chunk) => {
    text += chunk
    if (text.includes('\n')) resolve(JSON.parse(text))
  })
  server.once('exit', (status) => reject(new Error(`the services exited with ${status}`)))
})

try {
  const pkg = join(work, 'npm')
  mkdirSync(pkg)
  const repository = { type: 'git', url: 'git+https://github.com/acme/widget.git' }
  writeFileSync(
    join(pkg, 'package.json'),
    JSON.stringify({ name: 'bench-prov', version: '1.0.0', repository }),
  )
  writeFileSync(join(pkg, 'index.js'), 'module.exports = 1\n')
  const py = join(work, 'pypi')
  mkdirSync(py)
  const bump = join(work, 'bump.mjs')
  writeFileSync(
    bump,
    `import { readFileSync, writeFileSync } from 'node:fs'
const file = ${JSON.stringify(join(pkg, 'package.json'))}
const manifest = JSON.parse(readFileSync(file, 'utf8'))
const [a, b, c] = manifest.version.split('.').map(Number)
manifest.version = [a, b, c + 1].join('.')
writeFileSync(file, JSON.stringify(manifest))
`,
  )
  const makeDists = [node, ...typeScript, '--import', hooks]
    .concat(join(root, 'bench', 'provenance-dists.ts'), py)
    .join(' ')
  const home = join(work, 'home')
  mkdirSync(home)
  const pathEnv = `${dirname(node)}:/usr/local/bin:/usr/bin:/bin`
  const action = [
    node,
    ...typeScript,
    '--import',
    hooks,
    join(root, 'actions', 'publish-oidc', 'src', 'index.ts'),
  ]
  const runner = (workspace, job) => ({
    PATH: pathEnv,
    HOME: home,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/widget',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW_REF: 'acme/widget/.github/workflows/release.yml@refs/heads/main',
    RUNNER_ENVIRONMENT: 'github-hosted',
    ...job,
    ...services.sigstoreEnv,
    'INPUT_REQUIRE-GATE': 'false',
    INPUT_ENVIRONMENT: '',
    'INPUT_WORKING-DIRECTORY': '.',
    'INPUT_NPM-VERSION': '11.5.1',
    'INPUT_SKIP-EXISTING': 'true',
    INPUT_VERIFY: 'true',
    'INPUT_VERIFY-TIMEOUT-SECONDS': '120',
  })
  const command = (vars) =>
    ['env', '-i', ...Object.entries(vars).map(([k, v]) => `${k}=${v}`), ...action]
      .map((part) =>
        part === '' || /[\s'"$*&?]/.test(part) ? `'${part.replace(/'/g, `'\\''`)}'` : part,
      )
      .join(' ')
  const npmCase = (provenance) =>
    command({
      ...runner(pkg, services.npmJob),
      INPUT_REGISTRY: services.npm,
      INPUT_PACKAGES: '.',
      INPUT_PROVENANCE: provenance,
    })
  const pypiCase = (attestations) =>
    command({
      ...runner(py, services.pypiJob),
      INPUT_REGISTRY: services.pypi,
      INPUT_PACKAGES: 'dist/*',
      INPUT_ATTESTATIONS: attestations,
    })
  const measure = (name, cases, prepare) => {
    const file = join(out, `${name}.json`)
    const hyperArgs = ['-N', '--warmup', '1', '--runs', String(runs), '--export-json', file]
    hyperArgs.push('--style', 'basic', '--prepare', prepare)
    for (const [label, cmd] of Object.entries(cases)) hyperArgs.push('-n', label, cmd)
    if (spawnSync('hyperfine', hyperArgs, { stdio: 'inherit' }).status !== 0)
      throw new Error('hyperfine failed')
    const results = JSON.parse(readFileSync(file, 'utf8')).results
    for (const result of results) {
      if (!result.exit_codes.every((status) => status === 0))
        throw new Error(`${result.command} failed during the bench`)
    }
    return Object.fromEntries(
      results.map((r) => [r.command, { median: r.median, cpu: r.user + r.system }]),
    )
  }
  const npm = measure(
    'provenance-npm',
    { 'npm, provenance off': npmCase('false'), 'npm, provenance on': npmCase('true') },
    `${node} ${bump}`,
  )
  const pypi = measure(
    'provenance-pypi',
    {
      'PyPI, attestations off': pypiCase('false'),
      'PyPI, attestations on': pypiCase('true'),
    },
    makeDists,
  )
  const ms = (seconds) => `${(seconds * 1000).toFixed(0)} ms`
  // Wall time on a loaded machine swings by hundreds of ms; CPU time (user + system, mean) is
  // the steadier measure of what signing adds, and is shown beside it.
  const row = (label, off, on, files) => {
    const added = (on.median - off.median) / files
    return [
      label,
      ms(off.median),
      ms(on.median),
      ms(added),
      ms((on.cpu - off.cpu) / files),
      added < 0.3 ? 'target < 300 ms: met' : 'target < 300 ms: MISSED',
    ]
  }
  const rows = [
    row('npm, 1 package', npm['npm, provenance off'], npm['npm, provenance on'], 1),
    row(
      'PyPI, 2 files (wheel, sdist)',
      pypi['PyPI, attestations off'],
      pypi['PyPI, attestations on'],
      2,
    ),
  ]
  const table = [
    '| Case | Off (median) | On (median) | Added per package | CPU added per package | Target |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')
  writeFileSync(join(out, 'provenance-summary.md'), `${table}\n`)
  console.log(`\n${table}\n`)
} finally {
  server.kill('SIGTERM')
  rmSync(work, { recursive: true, force: true })
}
