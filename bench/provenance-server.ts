// The services for the provenance bench, bundled by bench/provenance.mjs: an OIDC issuer, the
// Sigstore stand-in, the npm sandbox and PyPI verifying against it, `bench-prov` on npm (1.0.0,
// trusted for the release job) and `bench-attest` trusted on PyPI. Prints one JSON line; runs
// until SIGTERM.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  startNpmSandbox,
  startOidcIssuer,
  startPypiSandbox,
  startSigstoreSandbox,
} from '@tokenless/sandbox'

const issuer = await startOidcIssuer()
const sigstore = await startSigstoreSandbox({ issuer })
const npm = await startNpmSandbox({ issuer, sigstore })
const pypi = await startPypiSandbox({ issuer, sigstore })
const publisher = { owner: 'acme', repository: 'widget', workflow: 'release.yml' }
const seed = join(mkdtempSync(join(tmpdir(), 'tokenless-bench-prov-')), 'bench-prov')
mkdirSync(seed)
writeFileSync(join(seed, 'package.json'), JSON.stringify({ name: 'bench-prov', version: '1.0.0' }))
await npm.seedPackage(seed)
npm.trustPublisher('bench-prov', publisher)
pypi.trustPublisher('bench-attest', publisher)
const claims = {
  repository: 'acme/widget',
  workflow: 'release.yml',
  ref: 'refs/heads/main',
  repository_visibility: 'public' as const,
}
process.stdout.write(
  `${JSON.stringify({
    npm: npm.url,
    pypi: pypi.uploadUrl,
    npmJob: issuer.createJob(claims).env,
    pypiJob: issuer.createJob(claims).env,
    sigstoreEnv: sigstore.clientEnv,
  })}\n`,
)
process.on('SIGTERM', () => {
  void Promise.all([npm.stop(), pypi.stop()])
    .then(() => sigstore.stop())
    .then(() => issuer.stop())
    .then(() => process.exit(0))
})
