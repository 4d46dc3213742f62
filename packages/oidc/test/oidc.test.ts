import {
  checkCanRequestIdToken,
  checkClaims,
  claimsTable,
  decodeClaims,
  diagnoseNpmExchange,
  diagnosePypiMint,
  escapePackageName,
  MISSING_ID_TOKEN_PERMISSION,
  npmAudience,
  publisherSettings,
  pypiAttestationBlocker,
  pypiOidcRoot,
  requestIdToken,
  workflowFileOf,
} from '@tokenless/oidc'
import { type OidcIssuer, startOidcIssuer } from '@tokenless/sandbox'

let issuer: OidcIssuer
beforeAll(async () => {
  issuer = await startOidcIssuer()
})
afterAll(() => issuer.stop())

const claims = {
  repository: 'acme/widget',
  repository_owner: 'acme',
  workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/heads/main',
  job_workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/heads/main',
  environment: 'release',
  runner_environment: 'github-hosted' as const,
}

function thrown(body: () => unknown): string {
  try {
    body()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected a throw')
}

describe('the id token', () => {
  it('is requested for an audience and masked before use', async () => {
    const job = issuer.createJob({ repository: 'acme/widget', environment: 'release' })
    const masked: string[] = []
    const token = await requestIdToken(job, 'npm:registry.npmjs.org', (secret) =>
      masked.push(secret),
    )
    expect(masked).toEqual([token])
    expect(decodeClaims(token)).toMatchObject({
      aud: 'npm:registry.npmjs.org',
      environment: 'release',
    })
  })

  it('says so when GitHub refuses the request', async () => {
    const job = issuer.createJob({ repository: 'acme/widget' })
    await expect(
      requestIdToken({ ...job, requestToken: 'wrong' }, 'pypi', () => undefined),
    ).rejects.toThrow(
      'GitHub refused the OIDC token request for audience pypi: HTTP 401 The request token is not valid for this job. The job\'s id-token permission or the runner\'s request token is not valid; rerun the job, and check "permissions: id-token: write" on it.',
    )
  })

  it('gives up after retries when the service is down', async () => {
    await expect(
      requestIdToken(
        { requestUrl: 'http://127.0.0.1:1/token?x=1', requestToken: 't' },
        'pypi',
        () => undefined,
        {
          retries: 1,
          backoffMs: 1,
        },
      ),
    ).rejects.toThrow(
      /^Could not get an OIDC token from GitHub for audience pypi after 2 attempts \(.*\)\. GitHub's token service may be down: rerun the job later\.$/,
    )
  })

  it('is not a JWT: a clear error', () => {
    expect(thrown(() => decodeClaims('nonsense'))).toBe(
      'The OIDC token from GitHub is not a JWT with a JSON payload, so its claims cannot be read. This is not expected from GitHub Actions: rerun the job, and check that nothing replaces ACTIONS_ID_TOKEN_REQUEST_URL.',
    )
  })
})

describe('claims', () => {
  it('name the workflow file and the publisher settings per registry', () => {
    expect(workflowFileOf('acme/widget/.github/workflows/Release.yaml@refs/tags/v1')).toBe(
      'Release.yaml',
    )
    expect(workflowFileOf(undefined)).toBeUndefined()
    const reusable = { ...claims, job_workflow_ref: 'acme/shared/.github/workflows/publish.yml@v1' }
    expect(publisherSettings(reusable, 'npm').workflow).toBe('release.yml')
    expect(publisherSettings(reusable, 'pypi').workflow).toBe('publish.yml')
    expect(claimsTable({ repository: 'acme/widget' })).toContainEqual(['environment', '(none)'])
  })
})

describe('preconditions', () => {
  const event = { name: 'workflow_dispatch', payload: {} }

  it('need id-token: write', () => {
    expect(thrown(() => checkCanRequestIdToken({}, event))).toBe(MISSING_ID_TOKEN_PERMISSION)
    expect(
      checkCanRequestIdToken(
        { ACTIONS_ID_TOKEN_REQUEST_URL: 'u', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' },
        event,
      ),
    ).toEqual({ requestUrl: 'u', requestToken: 't' })
  })

  it('refuse a fork pull request', () => {
    const fork = {
      name: 'pull_request',
      payload: {
        pull_request: {
          head: { repo: { fork: true, full_name: 'mallory/widget' } },
          base: { repo: { full_name: 'acme/widget' } },
        },
      },
    }
    expect(thrown(() => checkCanRequestIdToken({}, fork))).toBe(
      'This run is for a pull request from a fork (mallory/widget): GitHub gives fork pull requests no OIDC token, and a publish must never run for them. Publish from workflow_dispatch, a release or a tag push in acme/widget itself.',
    )
  })

  it('require the environment', () => {
    expect(
      thrown(() =>
        checkClaims(
          { ...claims, environment: undefined },
          { registry: 'npm', environments: ['release'] },
        ),
      ),
    ).toBe(
      'The publishing job runs under no environment (its OIDC token has no environment claim), but publish-oidc requires release. Add "environment: release" to the job, protect that environment with required reviewers, and name it in the registry\'s trusted publisher.',
    )
    expect(
      thrown(() =>
        checkClaims(
          { ...claims, environment: 'staging' },
          { registry: 'npm', environments: ['release', 'prod'] },
        ),
      ),
    ).toBe(
      'The publishing job runs under the environment staging, but publish-oidc requires release or prod. Run the job under release (environment: release), or change the environment input if staging is the protected one.',
    )
    expect(() =>
      checkClaims(
        { ...claims, environment: 'Release' },
        { registry: 'pypi', environments: ['release'] },
      ),
    ).not.toThrow()
  })

  it('refuse a self-hosted runner for npm only', () => {
    const selfHosted = { ...claims, runner_environment: 'self-hosted' }
    expect(thrown(() => checkClaims(selfHosted, { registry: 'npm', environments: [] }))).toBe(
      'npm accepts trusted publishing only from GitHub-hosted runners, and this job runs on a self-hosted runner (runner_environment: self-hosted): npm would answer 422. Run the publishing job on a GitHub-hosted runner (runs-on: ubuntu-latest).',
    )
    expect(() => checkClaims(selfHosted, { registry: 'pypi', environments: [] })).not.toThrow()
  })

  it('refuse a reusable workflow of another repository for PyPI only', () => {
    const reusable = {
      ...claims,
      job_workflow_ref: 'acme/shared/.github/workflows/publish.yml@refs/heads/main',
    }
    expect(thrown(() => checkClaims(reusable, { registry: 'pypi', environments: [] }))).toBe(
      "PyPI's trusted publisher names the workflow file that holds the publishing job (job_workflow_ref: acme/shared/.github/workflows/publish.yml@refs/heads/main), and that file is in acme/shared, not in acme/widget, the repository publishing: PyPI cannot trust a reusable workflow from another repository. Put the publishing job in a workflow file of acme/widget (it can still call the shared workflow for building and testing).",
    )
    expect(() => checkClaims(reusable, { registry: 'npm', environments: [] })).not.toThrow()
  })

  it('say when PyPI would refuse an attestation: a job in a reusable workflow', () => {
    const ref = (file: string) => `acme/widget/.github/workflows/${file}@refs/tags/v1.2.0`
    expect(
      pypiAttestationBlocker({ workflow_ref: ref('ci.yml'), job_workflow_ref: ref('release.yml') }),
    ).toBe(
      'This job runs in the reusable workflow acme/widget/.github/workflows/release.yml, called by acme/widget/.github/workflows/ci.yml. PyPI mints the upload token for the file that holds the job, but verifies a PEP 740 attestation against the calling workflow, so it refuses any attestation made here ("Certificate\'s Build Config URI ... does not match expected Trusted Publisher"). The files are uploaded without attestations. To have them, put the publishing job in ci.yml itself (and name that file in the trusted publisher), or set attestations: false on this step to say it is known.',
    )
    // The same file at another ref is the same workflow; a token without the claims says nothing.
    const top = { workflow_ref: ref('release.yml'), job_workflow_ref: ref('release.yml') }
    expect(pypiAttestationBlocker(top)).toBeUndefined()
    expect(pypiAttestationBlocker({})).toBeUndefined()
  })
})

describe('diagnoses', () => {
  it('turn npm exchange failures into the fix', () => {
    expect(npmAudience('http://127.0.0.1:4873/')).toBe('npm:127.0.0.1')
    expect(escapePackageName('@acme/widget')).toBe('@acme%2Fwidget')
    expect(
      diagnoseNpmExchange(
        404,
        'OIDC token exchange error - package not found',
        '@acme/widget',
        claims,
        'https://registry.npmjs.org/',
      ),
    ).toBe(
      'https://registry.npmjs.org/ has no trusted publisher for @acme/widget ("OIDC token exchange error - package not found"). npm cannot create a package through OIDC: publish its first version once by hand (npm publish, with 2FA), then on the package\'s settings page add a trusted publisher for GitHub Actions with owner acme, repository widget, workflow release.yml, environment release.',
    )
    expect(
      diagnoseNpmExchange(403, 'OIDC permission denied for this action', 'widget', claims, 'R'),
    ).toBe(
      'R refused the OIDC token for widget: HTTP 403 ("OIDC permission denied for this action"). Its trusted publisher does not match this job, which presents owner acme, repository widget, workflow release.yml, environment release. Compare them on the package\'s settings page: the workflow file name is case-sensitive and .yml is not .yaml, and the environment must match when one is set.',
    )
    expect(
      diagnoseNpmExchange(422, '', 'widget', { ...claims, runner_environment: 'self-hosted' }, 'R'),
    ).toBe(
      'R refused trusted publishing for widget: HTTP 422. npm accepts OIDC only from GitHub-hosted runners (this job: self-hosted). Run the publishing job on runs-on: ubuntu-latest.',
    )
    expect(diagnoseNpmExchange(500, '', 'widget', claims, 'R')).toBe(
      "R failed the OIDC token exchange for widget: HTTP 500. Rerun the job; if it persists, check the registry's status.",
    )
  })

  it('turn PyPI mint failures into the fix', async () => {
    const idToken = await issuer.mint(claims, 'pypi')
    expect(pypiOidcRoot('https://upload.pypi.org/legacy/')).toBe('https://pypi.org')
    expect(pypiOidcRoot('https://test.pypi.org/legacy/')).toBe('https://test.pypi.org')
    expect(
      diagnosePypiMint(
        [{ code: 'invalid-publisher', description: 'valid token, but no corresponding publisher' }],
        idToken,
        'https://pypi.org',
      ),
    ).toBe(
      "https://pypi.org has no trusted publisher matching this job (invalid-publisher: valid token, but no corresponding publisher). The job presents owner acme, repository widget, workflow release.yml, environment release, from job_workflow_ref acme/widget/.github/workflows/release.yml@refs/heads/main. On the project's Publishing settings, add a GitHub trusted publisher with exactly these values (the environment matches case-insensitively); for a new project, add a pending publisher.",
    )
    expect(
      diagnosePypiMint(
        [{ code: 'invalid-token', description: 'JWT has already been used' }],
        idToken,
        'P',
      ),
    ).toBe(
      'P refused the OIDC token as already used (invalid-token: JWT has already been used). Every exchange needs a fresh token from GitHub; rerun the job.',
    )
    expect(diagnosePypiMint([], idToken, 'P')).toBe(
      'P refused to mint an upload token (no details). The job presents owner acme, repository widget, workflow release.yml, environment release.',
    )
  })
})
