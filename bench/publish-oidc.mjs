// publish-oidc against the npm sandbox (Verdaccio behind trusted publishing), measured with
// hyperfine -N in the same run as its peer, a bare `npm publish` with a static token to the same
// Verdaccio; then a workspace of 1, 5 and 20 packages. Before each run every package's patch
// version goes up, so every run publishes for real.
// Usage: node bench/publish-oidc.mjs [--runs N]
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle } from '../scripts/bundle.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 10
const out = join(root, 'bench', 'out')
const node = process.execPath
const work = mkdtempSync(join(tmpdir(), 'tokenless-bench-publish-'))

// 1. The registries, bundled (TypeScript cannot run as is) into bench/out so that the bundle
// finds Verdaccio in node_modules.
const serverDir = join(out, 'publish-oidc-server')
await bundle(join(root, 'bench', 'publish-oidc-server.ts'), serverDir)
const server = spawn(node, [join(serverDir, 'index.js'), '20'], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
const { registry, jobEnv, staticToken } = await new Promise((resolve, reject) => {
  let text = ''
  server.stdout.on('data', (chunk) => {
    text += chunk
    if (text.includes('\n')) resolve(JSON.parse(text))
  })
  server.once('exit', (status) => reject(new Error(`the registries exited with ${status}`)))
})

try {
  // 2. Packages: bench-pkg-1..20 (trusted) in workspaces of 1, 5 and 20, and a baseline package.
  const pkgs = join(work, 'packages')
  for (let index = 1; index <= 20; index++) {
    mkdirSync(join(pkgs, `bench-pkg-${index}`), { recursive: true })
    writeFileSync(
      join(pkgs, `bench-pkg-${index}`, 'package.json'),
      JSON.stringify({ name: `bench-pkg-${index}`, version: '1.0.0' }),
    )
    writeFileSync(join(pkgs, `bench-pkg-${index}`, 'index.js'), `module.exports = ${index}\n`)
  }
  for (const size of [1, 5, 20]) {
    const ws = join(work, `ws${size}`)
    mkdirSync(ws)
    const members = Array.from({ length: size }, (_, i) => `../packages/bench-pkg-${i + 1}`)
    writeFileSync(
      join(ws, 'package.json'),
      JSON.stringify({ name: `ws${size}`, private: true, workspaces: members }),
    )
  }
  const baseline = join(work, 'baseline')
  mkdirSync(baseline)
  writeFileSync(
    join(baseline, 'package.json'),
    JSON.stringify({ name: 'bench-baseline', version: '1.0.0' }),
  )
  writeFileSync(join(baseline, 'index.js'), 'module.exports = 0\n')
  const host = new URL(registry)
  const staticConfig = join(work, 'static.npmrc')
  writeFileSync(
    staticConfig,
    `registry=${registry}\n//${host.host}${host.pathname}:_authToken=${staticToken}\n`,
  )
  const bump = join(work, 'bump.mjs')
  writeFileSync(
    bump,
    `import { readFileSync, writeFileSync, readdirSync } from 'node:fs'
const dirs = [${JSON.stringify(baseline)}, ...readdirSync(${JSON.stringify(pkgs)}).map((d) => ${JSON.stringify(pkgs)} + '/' + d)]
for (const dir of dirs) {
  const file = dir + '/package.json'
  const manifest = JSON.parse(readFileSync(file, 'utf8'))
  const [a, b, c] = manifest.version.split('.').map(Number)
  manifest.version = [a, b, c + 1].join('.')
  writeFileSync(file, JSON.stringify(manifest))
}
`,
  )

  const home = join(work, 'home')
  mkdirSync(home)
  const pathEnv = `${dirname(node)}:/usr/local/bin:/usr/bin:/bin`
  const ours = (workspace) => ({
    PATH: pathEnv,
    HOME: home,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    ...jobEnv,
    INPUT_REGISTRY: registry,
    INPUT_PROVENANCE: 'false',
    'INPUT_REQUIRE-GATE': 'false',
    INPUT_VERIFY: 'true',
    'INPUT_VERIFY-TIMEOUT-SECONDS': '120',
    'INPUT_SKIP-EXISTING': 'true',
    INPUT_ENVIRONMENT: 'release',
    'INPUT_NPM-VERSION': '11.5.1',
    'INPUT_WORKING-DIRECTORY': '.',
  })
  const command = (vars, ...argv) =>
    ['env', '-i', ...Object.entries(vars).map(([k, v]) => `${k}=${v}`), ...argv]
      .map((part) =>
        part === '' || /[\s'"$*&?]/.test(part) ? `'${part.replace(/'/g, `'\\''`)}'` : part,
      )
      .join(' ')
  const bundle = join(root, 'actions', 'publish-oidc', 'dist', 'index.js')
  const cases = {
    'npm publish, static token (peer)': command(
      { PATH: pathEnv, HOME: home },
      'npm',
      'publish',
      baseline,
      '--registry',
      registry,
      '--userconfig',
      staticConfig,
      '--provenance=false',
    ),
    'publish-oidc, 1 package': command(
      { ...ours(join(pkgs, 'bench-pkg-1')), INPUT_PACKAGES: '.' },
      node,
      bundle,
    ),
    'publish-oidc, workspace of 5': command(
      { ...ours(join(work, 'ws5')), INPUT_PACKAGES: '.' },
      node,
      bundle,
    ),
    'publish-oidc, workspace of 20': command(
      { ...ours(join(work, 'ws20')), INPUT_PACKAGES: '.' },
      node,
      bundle,
    ),
  }
  const file = join(out, 'publish-oidc.json')
  const hyperArgs = [
    '-N',
    '--warmup',
    '1',
    '--runs',
    String(runs),
    '--export-json',
    file,
    '--style',
    'basic',
    '--prepare',
    `${node} ${bump}`,
  ]
  for (const [label, cmd] of Object.entries(cases)) hyperArgs.push('-n', label, cmd)
  if (spawnSync('hyperfine', hyperArgs, { stdio: 'inherit' }).status !== 0)
    throw new Error('hyperfine failed')
  const results = Object.fromEntries(
    JSON.parse(readFileSync(file, 'utf8')).results.map((r) => [r.command, r]),
  )
  for (const [label, result] of Object.entries(results)) {
    if (!result.exit_codes.every((status) => status === 0))
      throw new Error(`${label} failed during the bench`)
  }
  const peer = results['npm publish, static token (peer)'].median
  const ms = (seconds) => `${(seconds * 1000).toFixed(0)} ms`
  const one = results['publish-oidc, 1 package'].median
  const rows = [
    ['npm publish, static token (peer)', ms(peer), '1.00x', ''],
    [
      'publish-oidc, 1 package',
      ms(one),
      `${(one / peer).toFixed(2)}x`,
      one / peer <= 1.3 ? 'target <= 1.3x: met' : 'target <= 1.3x: MISSED',
    ],
    ...[5, 20].map((size) => {
      const median = results[`publish-oidc, workspace of ${size}`].median
      return [
        `publish-oidc, workspace of ${size}`,
        ms(median),
        `${(median / peer).toFixed(2)}x`,
        `${ms(median / size)} per package`,
      ]
    }),
  ]
  const table = [
    '| Case | Median | vs peer | Note |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')
  writeFileSync(join(out, 'publish-oidc-summary.md'), `${table}\n`)
  console.log(`\n${table}\n`)
} finally {
  server.kill('SIGTERM')
  rmSync(work, { recursive: true, force: true })
}
