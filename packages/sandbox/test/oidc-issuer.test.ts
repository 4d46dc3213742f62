import { createRemoteJWKSet, jwtVerify } from 'jose'
import { completeClaims, type OidcIssuer, startOidcIssuer, workflowRef } from '@tokenless/sandbox'

let issuer: OidcIssuer
beforeAll(async () => {
  issuer = await startOidcIssuer()
})
afterAll(() => issuer.stop())

describe('the OIDC issuer', () => {
  it('answers the runner token request with a signed token for the audience', async () => {
    const job = issuer.createJob({
      repository: 'acme/widget',
      workflow: 'release.yml',
      environment: 'release',
    })
    const response = await fetch(`${job.requestUrl}&audience=npm:registry.npmjs.org`, {
      headers: { authorization: `Bearer ${job.requestToken}` },
    })
    expect(response.status).toBe(200)
    const { value } = (await response.json()) as { value: string }
    const { payload, protectedHeader } = await jwtVerify(
      value,
      createRemoteJWKSet(new URL(issuer.jwksUrl)),
      {
        issuer: issuer.url,
        audience: 'npm:registry.npmjs.org',
      },
    )
    expect(protectedHeader.alg).toBe('RS256')
    expect(payload).toMatchObject({
      sub: 'repo:acme/widget:environment:release',
      repository: 'acme/widget',
      repository_owner: 'acme',
      environment: 'release',
      workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/heads/main',
      job_workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/heads/main',
      runner_environment: 'github-hosted',
    })
    expect(issuer.issued.at(-1)).toMatchObject({ aud: 'npm:registry.npmjs.org', jti: payload.jti })
  })

  it('gives every token a fresh jti', async () => {
    const first = await issuer.mint({ repository: 'acme/widget' }, 'pypi')
    const second = await issuer.mint({ repository: 'acme/widget' }, 'pypi')
    const jti = (token: string) =>
      (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { jti: string }).jti
    expect(jti(first)).not.toBe(jti(second))
  })

  it('refuses a token request without the job’s bearer', async () => {
    const job = issuer.createJob({ repository: 'acme/widget' })
    const response = await fetch(job.requestUrl, { headers: { authorization: 'Bearer wrong' } })
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({
      message: 'The request token is not valid for this job.',
    })
    expect(job.requestUrl).not.toContain(job.requestToken)
  })

  it('serves the discovery document', async () => {
    const response = await fetch(`${issuer.url}/.well-known/openid-configuration`)
    expect(await response.json()).toMatchObject({ issuer: issuer.url, jwks_uri: issuer.jwksUrl })
  })

  it('derives the claims GitHub fills in', () => {
    expect(workflowRef('acme/widget', 'Release.yaml', 'refs/tags/v1.0.0')).toBe(
      'acme/widget/.github/workflows/Release.yaml@refs/tags/v1.0.0',
    )
    expect(completeClaims({ repository: 'acme/widget', ref: 'refs/tags/v1.0.0' })).toMatchObject({
      sub: 'repo:acme/widget:ref:refs/tags/v1.0.0',
      ref_type: 'tag',
    })
  })
})
