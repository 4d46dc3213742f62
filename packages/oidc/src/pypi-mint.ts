import { httpRequest } from '@tokenless/platform'
import { decodeClaims } from './claims.js'
import { describePublisher, publisherSettings } from './trusted-publisher.js'
import { OidcError } from './oidc-error.js'

export interface PypiMintError {
  code: string
  description: string
}

/** PyPI's and TestPyPI's upload URLs, and their roots for the OIDC endpoints. */
export const PYPI_UPLOAD_URLS = {
  pypi: 'https://upload.pypi.org/legacy/',
  testpypi: 'https://test.pypi.org/legacy/',
} as const

/** The root that serves `/_/oidc/*` for an upload URL (`https://upload.pypi.org/legacy/`). */
export function pypiOidcRoot(uploadUrl: string): string {
  const url = new URL(uploadUrl)
  if (url.hostname === 'upload.pypi.org') return 'https://pypi.org'
  return url.origin
}

export function diagnosePypiMint(errors: PypiMintError[], idToken: string, index: string): string {
  const claims = decodeClaims(idToken)
  const expected = describePublisher(publisherSettings(claims, 'pypi'))
  const said =
    errors.map((error) => `${error.code}: ${error.description}`).join('; ') || 'no details'
  if (
    errors.some(
      (error) => error.code === 'invalid-publisher' || error.code === 'invalid-pending-publisher',
    )
  ) {
    return `${index} has no trusted publisher matching this job (${said}). The job presents ${expected}, from job_workflow_ref ${claims.job_workflow_ref ?? '(none)'}. On the project's Publishing settings, add a GitHub trusted publisher with exactly these values (the environment matches case-insensitively); for a new project, add a pending publisher.`
  }
  if (
    errors.some((error) =>
      /jti|replay|already (been )?used|reused/i.test(`${error.code} ${error.description}`),
    )
  ) {
    return `${index} refused the OIDC token as already used (${said}). Every exchange needs a fresh token from GitHub; rerun the job.`
  }
  return `${index} refused to mint an upload token (${said}). The job presents ${expected}.`
}

/**
 * PyPI's exchange: ask the index for its audience, get a FRESH token for it (PyPI refuses a
 * reused jti), and mint a short-lived upload token that goes to `mask` at once.
 */
export async function mintPypiToken(options: {
  uploadUrl: string
  getIdToken: (audience: string) => Promise<string>
  mask: (secret: string) => void
}): Promise<{ token: string; idToken: string }> {
  const root = pypiOidcRoot(options.uploadUrl)
  // Both answers are a few lines of JSON: a megabyte is far more than enough.
  const limits = { maxBytes: 1024 * 1024, deadlineMs: 60_000 }
  const audienceResponse = await httpRequest(`${root}/_/oidc/audience`, { ...limits, retries: 2 })
  const { audience } = (await audienceResponse.json().catch(() => ({}))) as { audience?: unknown }
  if (!audienceResponse.ok || typeof audience !== 'string') {
    throw new OidcError(
      'TL_OIDC_NO_TRUSTED_PUBLISHING',
      `${root} does not offer trusted publishing (GET /_/oidc/audience answered HTTP ${audienceResponse.status}). Check the registry input: pypi, testpypi, or the upload URL of an index that supports OIDC.`,
      { input: 'registry' },
    )
  }
  const idToken = await options.getIdToken(audience)
  const response = await httpRequest(`${root}/_/oidc/mint-token`, {
    ...limits,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: idToken }),
  })
  const body = (await response.json().catch(() => ({}))) as {
    token?: unknown
    errors?: PypiMintError[]
  }
  if (response.ok && typeof body.token === 'string') {
    options.mask(body.token)
    return { token: body.token, idToken }
  }
  throw new OidcError('TL_OIDC_PYPI_MINT', diagnosePypiMint(body.errors ?? [], idToken, root))
}
