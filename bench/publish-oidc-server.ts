// The registries for the publish-oidc bench, bundled by bench/publish-oidc.mjs: an OIDC issuer
// and the npm sandbox (Verdaccio behind trusted publishing), with argv[2] packages named
// bench-pkg-1..N already published at 1.0.0 and trusted for the release job, and a static token
// for the bare `npm publish` baseline. Prints one JSON line; runs until SIGTERM.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startNpmSandbox, startOidcIssuer } from '@tokenless/sandbox'

const count = Number(process.argv[2] ?? '20')
const issuer = await startOidcIssuer()
const registry = await startNpmSandbox({ issuer })
const seeds = mkdtempSync(join(tmpdir(), 'tokenless-bench-seed-'))
for (let index = 1; index <= count; index++) {
  const name = `bench-pkg-${index}`
  const dir = join(seeds, name)
  mkdirSync(dir)
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0' }))
  await registry.seedPackage(dir)
  registry.trustPublisher(name, {
    owner: 'acme',
    repository: 'widget',
    workflow: 'release.yml',
    environment: 'release',
  })
}
const staticToken = `npm_${'b'.repeat(36)}`
registry.addStaticToken(staticToken)
const job = issuer.createJob({
  repository: 'acme/widget',
  workflow: 'release.yml',
  environment: 'release',
  repository_visibility: 'private',
})
process.stdout.write(
  `${JSON.stringify({ registry: registry.url, jobEnv: job.env, staticToken })}\n`,
)
process.on('SIGTERM', () => {
  void registry
    .stop()
    .then(() => issuer.stop())
    .then(() => process.exit(0))
})
