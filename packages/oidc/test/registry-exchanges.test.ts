import { decodeClaims, exchangeNpmToken, mintPypiToken } from '@tokenless/oidc'
import {
  type NpmSandbox,
  type OidcIssuer,
  type PypiSandbox,
  startNpmSandbox,
  startOidcIssuer,
  startPypiSandbox,
} from '@tokenless/sandbox'

const JOB = { repository: 'acme/widget', workflow: 'release.yml', environment: 'release' }
let issuer: OidcIssuer
let pypi: PypiSandbox
let npm: NpmSandbox

beforeAll(async () => {
  issuer = await startOidcIssuer()
  pypi = await startPypiSandbox({ issuer })
  npm = await startNpmSandbox({ issuer })
}, 60_000)
afterAll(async () => {
  await npm.stop()
  await pypi.stop()
  await issuer.stop()
})

describe('PyPI mint', () => {
  it('mints with a fresh token, and explains a reused one', async () => {
    pypi.trustPublisher('demo-widget', {
      owner: 'acme',
      repository: 'widget',
      workflow: 'release.yml',
    })
    const masked: string[] = []
    const used: string[] = []
    const getIdToken = async (audience: string) => {
      const token = await issuer.mint(JOB, audience)
      used.push(token)
      return token
    }
    const { token } = await mintPypiToken({
      uploadUrl: pypi.uploadUrl,
      getIdToken,
      mask: (s) => masked.push(s),
    })
    expect(masked).toEqual([token])
    await expect(
      mintPypiToken({
        uploadUrl: pypi.uploadUrl,
        getIdToken: () => Promise.resolve(used[0]!),
        mask: () => undefined,
      }),
    ).rejects.toThrow(
      `${pypi.url} refused the OIDC token as already used (invalid-reuse-token: invalid token: already used). Every exchange needs a fresh token from GitHub; rerun the job.`,
    )
  })

  it('says when the index offers no trusted publishing', async () => {
    await expect(
      mintPypiToken({
        uploadUrl: `${npm.url}legacy/`,
        getIdToken: () => Promise.resolve(''),
        mask: () => undefined,
      }),
    ).rejects.toThrow(
      /does not offer trusted publishing \(GET \/_\/oidc\/audience answered HTTP \d+\)\. Check the registry input/,
    )
  })
})

describe('npm exchange', () => {
  it('refuses a package with no trusted publisher with npm’s own words and the fix', async () => {
    const idToken = await issuer.mint(JOB, npm.audience)
    await expect(
      exchangeNpmToken({
        registry: npm.url,
        packageName: 'nobody-trusts-me',
        idToken,
        claims: decodeClaims(idToken),
        mask: () => undefined,
      }),
    ).rejects.toThrow(
      `${npm.url} has no trusted publisher for nobody-trusts-me ("OIDC token exchange error - package not found").`,
    )
  })
})
