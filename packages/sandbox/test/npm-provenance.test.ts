import { createHash, createPublicKey, verify } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { bundleToJSON } from '@sigstore/bundle'
import { DSSEBundleBuilder, FulcioSigner, RekorWitness } from '@sigstore/sign'
import {
  type JobClaims,
  type NpmSandbox,
  npmPurl,
  type OidcIssuer,
  PROVENANCE_ANSWERS,
  type SigstoreSandbox,
  startSigstoreSandbox,
} from '../src/index.js'
import {
  exchangedToken,
  makePackage,
  npm,
  type NpmRun,
  RELEASE_JOB,
  RELEASE_PUBLISHER,
  said,
  secrets,
  startRegistry,
  stopRegistries,
  tempDir,
} from './npm-fixture.js'

const NAME = '@acme/widget'
const sigstores: SigstoreSandbox[] = []
afterEach(async () => {
  await Promise.all(sigstores.splice(0).map((sigstore) => sigstore.stop()))
  await stopRegistries()
})

async function provenanceRegistry() {
  const started = await startRegistry({ sigstore: { verify: (bundle) => sigstore.verify(bundle) } })
  const sigstore = await startSigstoreSandbox({ issuer: started.issuer })
  sigstores.push(sigstore)
  await started.sandbox.seedPackage(await makePackage(NAME, '1.0.0'))
  started.sandbox.trustPublisher(NAME, RELEASE_PUBLISHER)
  return { ...started, sigstore }
}

/** The runner's variables npm reads to write the provenance statement. */
function runnerEnv(claims: JobClaims): Record<string, string> {
  const workflow = `${claims.repository}/.github/workflows/release.yml@${claims.ref ?? 'refs/heads/main'}`
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: claims.repository,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW_REF: workflow,
    GITHUB_REF: claims.ref ?? 'refs/heads/main',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_RUN_ID: '4004',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_ENVIRONMENT: claims.runner_environment ?? 'github-hosted',
  }
}

/** `npm publish --provenance` from a job with `id-token: write`, as the runner runs it. */
async function publishWithProvenance(
  started: { issuer: OidcIssuer; sandbox: NpmSandbox; sigstore: SigstoreSandbox },
  version: string,
  claims: JobClaims = RELEASE_JOB,
  token?: string,
): Promise<NpmRun> {
  const job = started.issuer.createJob(claims)
  secrets.push(job.requestToken)
  return npm(['publish', '--provenance', '--loglevel=verbose'], {
    registry: started.sandbox.url,
    cwd: await makePackage(NAME, version),
    env: { ...runnerEnv(claims), ...job.env, ...started.sigstore.clientEnv },
    ...(token === undefined ? {} : { token }),
  })
}

describe('npm publish --provenance against the Sigstore stand-in', () => {
  it('signs, is verified by the registry, served as attestations, and audited by npm', async () => {
    const started = await provenanceRegistry()
    const run = await publishWithProvenance(started, '1.1.0')
    expect(run.code).toBe(0)
    expect(said(run)).toContain('Signed provenance statement with source and build information')
    expect(started.issuer.issued.map((token) => token.aud)).toEqual(
      expect.arrayContaining(['npm:127.0.0.1', 'sigstore']),
    )
    const served = (await (
      await fetch(new URL(`-/npm/v1/attestations/${NAME}@1.1.0`, started.sandbox.url))
    ).json()) as { attestations: { predicateType: string; bundle: unknown }[] }
    expect(served.attestations[0]?.predicateType).toBe('https://slsa.dev/provenance/v1')
    const verified = started.sigstore.verify(served.attestations[0]?.bundle)
    expect(verified.statement.subject?.[0]?.name).toBe(npmPurl(NAME, '1.1.0'))
    expect(verified.extensions.sourceRepositoryUri).toBe('https://github.com/acme/widget')

    // The real client: install the package, then npm audit signatures.
    const project = await tempDir('tokenless-npm-audit-')
    const env = started.sigstore.clientEnv
    const installed = await npm(['install', `${NAME}@1.1.0`], {
      registry: started.sandbox.url,
      cwd: project,
      env,
    })
    expect(installed.code).toBe(0)
    const audit = await npm(['audit', 'signatures'], {
      registry: started.sandbox.url,
      cwd: project,
      env,
    })
    expect(said(audit)).toContain('1 package has a verified registry signature')
    expect(said(audit)).toContain('1 package has a verified attestation')
    expect(audit.code).toBe(0)
    // The registry's key, and its signature of the version: what npm audit signatures checked.
    const keys = (await (await fetch(new URL('-/npm/v1/keys', started.sandbox.url))).json()) as {
      keys: Array<{ keyid: string; key: string; scheme: string }>
    }
    expect(keys.keys).toEqual([
      expect.objectContaining({ keytype: 'ecdsa-sha2-nistp256', scheme: 'ecdsa-sha2-nistp256' }),
    ])
    const packument = (await (await fetch(new URL(NAME, started.sandbox.url))).json()) as {
      versions: Record<
        string,
        { dist: { integrity: string; signatures: Array<{ keyid: string; sig: string }> } }
      >
    }
    const dist = packument.versions['1.1.0']!.dist
    const signature = dist.signatures[0]!
    expect(signature.keyid).toBe(keys.keys[0]!.keyid)
    const publicKey = createPublicKey({
      key: Buffer.from(keys.keys[0]!.key, 'base64'),
      format: 'der',
      type: 'spki',
    })
    const message = Buffer.from(`${NAME}@1.1.0:${dist.integrity}`)
    expect(verify('sha256', message, publicKey, Buffer.from(signature.sig, 'base64'))).toBe(true)
  })

  it.each([
    [
      'a bundle for another repository',
      { ...RELEASE_JOB, repository: 'acme/other' },
      PROVENANCE_ANSWERS.repository(
        'git+https://github.com/acme/widget.git',
        'https://github.com/acme/other',
      ),
    ],
    [
      'a self-hosted runner',
      { ...RELEASE_JOB, runner_environment: 'self-hosted' as const },
      PROVENANCE_ANSWERS.selfHosted('self-hosted'),
    ],
    [
      'a private repository',
      { ...RELEASE_JOB, repository_visibility: 'private' as const },
      PROVENANCE_ANSWERS.visibility('private'),
    ],
  ])('refuses %s with npm E422', async (_what, claims, message) => {
    const started = await provenanceRegistry()
    started.sandbox.addStaticToken('npm_' + 'S'.repeat(36))
    const run = await publishWithProvenance(started, '1.2.0', claims, 'npm_' + 'S'.repeat(36))
    expect(run.code).not.toBe(0)
    expect(said(run).replace(/\s+/g, ' ')).toContain(message)
  })

  it('refuses a tarball that is not the one the provenance signs', async () => {
    const started = await provenanceRegistry()
    const dir = await makePackage(NAME, '1.3.0')
    const packed = await npm(['pack', '--json'], { registry: started.sandbox.url, cwd: dir })
    const file = (JSON.parse(packed.stdout) as { filename: string }[])[0]?.filename ?? ''
    const tarball = await readFile(join(dir, file))
    const token = await started.issuer.mint(RELEASE_JOB, 'sigstore')
    const builder = new DSSEBundleBuilder({
      signer: new FulcioSigner({
        fulcioBaseURL: started.sigstore.url,
        identityProvider: { getToken: () => Promise.resolve(token) },
      }),
      witnesses: [new RekorWitness({ rekorBaseURL: started.sigstore.url })],
    })
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [
        {
          name: npmPurl(NAME, '1.3.0'),
          digest: { sha512: createHash('sha512').update(tarball).digest('hex') },
        },
      ],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {},
    }
    const bundle = bundleToJSON(
      await builder.create({
        data: Buffer.from(JSON.stringify(statement)),
        type: 'application/vnd.in-toto+json',
      }),
    )
    const tampered = Buffer.concat([tarball, Buffer.from('tampered')])
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as object
    const body = {
      _id: NAME,
      name: NAME,
      'dist-tags': { latest: '1.3.0' },
      versions: { '1.3.0': { ...manifest, _id: `${NAME}@1.3.0`, dist: {} } },
      _attachments: {
        [`${NAME}-1.3.0.tgz`]: {
          content_type: 'application/octet-stream',
          data: tampered.toString('base64'),
          length: tampered.length,
        },
        [`${NAME}-1.3.0.sigstore`]: {
          content_type: 'application/vnd.dev.sigstore.bundle.v0.3+json',
          data: JSON.stringify(bundle),
        },
      },
    }
    const registryToken = await exchangedToken(started.issuer, started.sandbox, NAME)
    const answer = await fetch(new URL('@acme%2fwidget', started.sandbox.url), {
      method: 'PUT',
      headers: { authorization: `Bearer ${registryToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    expect(answer.status).toBe(422)
    expect(((await answer.json()) as { error: string }).error).toBe(
      PROVENANCE_ANSWERS.subject('digest'),
    )
  })
})
