import { createHash } from 'node:crypto'
import type { VerifiedBundle } from '../sigstore/verify-bundle.js'
import type { NpmTrustedPublisher } from './trusted-publishers.js'

/** What the registry needs of a Sigstore stand-in to check provenance: its verifier. */
export interface ProvenanceVerifier {
  verify(bundle: unknown): VerifiedBundle
  /** The OIDC issuer Fulcio certificates must name (the sandbox's, for GitHub's). */
  issuerUrl: string
}

export interface StoredAttestation {
  predicateType: string
  bundle: unknown
}

interface Attachment {
  content_type?: string
  data?: string
}

interface PublishBody {
  name?: string
  versions?: Record<string, Record<string, unknown> & { dist?: Record<string, unknown> }>
  _attachments?: Record<string, Attachment>
}

const PREFIX = 'Error verifying sigstore provenance bundle: '

/** npm's words for a provenance bundle it refuses (HTTP 422); marked where they are the sandbox's. */
export const PROVENANCE_ANSWERS = {
  /** npm. */
  selfHosted: (environment: string): string =>
    `${PREFIX}Unsupported GitHub Actions runner environment: "${environment}". Only "github-hosted" runners are supported when publishing with provenance.`,
  /** npm. */
  visibility: (visibility: string): string =>
    `${PREFIX}Unsupported GitHub Actions source repository visibility: "${visibility}". Only public source repositories are supported when publishing with provenance.`,
  /** npm. */
  repository: (url: string, expected: string): string =>
    `${PREFIX}Failed to validate repository information: package.json: "repository.url" is "${url}", expected to match "${expected}" from provenance`,
  /** Sandbox wording. */
  invalid: (reason: string): string => `${PREFIX}${reason}`,
  /** Sandbox wording. */
  subject: (what: string): string =>
    `${PREFIX}Provenance subject ${what} does not match the package`,
  /** Sandbox wording. */
  publisher: (made: string, publisher: NpmTrustedPublisher): string =>
    `${PREFIX}the provenance was made by ${made}, which is not the trusted publisher (${publisher.owner}/${publisher.repository}, workflow ${publisher.workflow})`,
  /** Sandbox wording: a sandbox started without a Sigstore stand-in cannot check a bundle. */
  noSigstore: `${PREFIX}this sandbox registry was started without a Sigstore stand-in`,
} as const

/** `pkg:npm/%40scope/name@1.2.3`, as the npm CLI names the subject (npa.toPurl). */
export function npmPurl(name: string, version: string): string {
  return `pkg:npm/${name.replace(/^@/, '%40')}@${version}`
}

/** A repository URL as npm compares it: `https://github.com/owner/repo`. */
export function normalizeRepositoryUrl(url: string): string {
  return url
    .trim()
    .replace(/^git\+/, '')
    .replace(/^git@github\.com:/, 'https://github.com/')
    .replace(/^(git|ssh|http):\/\/(git@)?/, 'https://')
    .replace(/^github:/, 'https://github.com/')
    .replace(/^([\w.-]+\/[\w.-]+)$/, 'https://github.com/$1')
    .replace(/(\.git)?\/?$/, '')
}

function repositoryUrl(manifest: Record<string, unknown>): string {
  const field = manifest.repository
  if (typeof field === 'string') return field
  const url = (field as { url?: unknown } | undefined)?.url
  return typeof url === 'string' ? url : ''
}

function sha512Hex(attachment: Attachment | undefined): string {
  return createHash('sha512')
    .update(Buffer.from(attachment?.data ?? '', 'base64'))
    .digest('hex')
}

/** The refusal for a verified bundle that does not fit the package or its publisher. */
function mismatch(
  verified: VerifiedBundle,
  manifest: Record<string, unknown>,
  expected: { purl: string; sha512: string; publisher: NpmTrustedPublisher | undefined },
): string | undefined {
  const subject = verified.statement.subject
  if (subject?.length !== 1 || subject[0]?.name !== expected.purl) {
    return PROVENANCE_ANSWERS.subject(`${subject?.[0]?.name ?? '(none)'}`)
  }
  if (subject[0]?.digest?.sha512 !== expected.sha512) return PROVENANCE_ANSWERS.subject('digest')
  const { runnerEnvironment, sourceRepositoryVisibility, sourceRepositoryUri, buildConfigUri } =
    verified.extensions
  if (runnerEnvironment !== 'github-hosted') {
    return PROVENANCE_ANSWERS.selfHosted(runnerEnvironment ?? '')
  }
  if (sourceRepositoryVisibility !== 'public') {
    return PROVENANCE_ANSWERS.visibility(sourceRepositoryVisibility ?? '')
  }
  const url = repositoryUrl(manifest)
  const source = sourceRepositoryUri ?? ''
  if (normalizeRepositoryUrl(url).toLowerCase() !== source.toLowerCase()) {
    return PROVENANCE_ANSWERS.repository(url, source)
  }
  const publisher = expected.publisher
  if (publisher !== undefined) {
    const wanted = `https://github.com/${publisher.owner}/${publisher.repository}/.github/workflows/${publisher.workflow}@`
    if (!(buildConfigUri ?? '').startsWith(wanted)) {
      return PROVENANCE_ANSWERS.publisher(buildConfigUri ?? '(no workflow)', publisher)
    }
  }
  return undefined
}

/**
 * Checks the provenance bundle a publish carries (`_attachments["<name>-<version>.sigstore"]`) as
 * npm's registry does: the bundle verifies against Sigstore's trust root with a transparency-log
 * entry, its subject is this package and version with the tarball's sha512, the certificate names
 * a github-hosted runner, a public repository, the package.json `repository`, and (for a trusted
 * publishing token) the trusted publisher's repository and workflow. Returns the body to store
 * (the bundle removed, `dist.attestations` added) or npm's refusal. A body without a bundle
 * passes unchanged.
 */
export function acceptProvenance(
  raw: Buffer,
  context: {
    sigstore: ProvenanceVerifier | undefined
    registryUrl: string
    publisher: NpmTrustedPublisher | undefined
  },
): { refusal: string } | { body: Buffer; attestation?: StoredAttestation & { id: string } } {
  const body = JSON.parse(raw.toString('utf8')) as PublishBody
  const attachments = body._attachments ?? {}
  const bundleName = Object.keys(attachments).find((name) => name.endsWith('.sigstore'))
  if (bundleName === undefined) return { body: raw }
  if (context.sigstore === undefined) return { refusal: PROVENANCE_ANSWERS.noSigstore }
  const [version, manifest] = Object.entries(body.versions ?? {})[0] ?? []
  const name = body.name ?? ''
  if (version === undefined || manifest === undefined) {
    return { refusal: PROVENANCE_ANSWERS.invalid('the publish carries no version') }
  }
  let bundle: unknown
  let verified: VerifiedBundle
  try {
    bundle = JSON.parse(attachments[bundleName]?.data ?? '')
    verified = context.sigstore.verify(bundle)
  } catch (error) {
    return {
      refusal: PROVENANCE_ANSWERS.invalid(error instanceof Error ? error.message : String(error)),
    }
  }
  if (verified.issuer !== context.sigstore.issuerUrl) {
    return { refusal: PROVENANCE_ANSWERS.invalid(`unknown OIDC issuer ${verified.issuer ?? ''}`) }
  }
  const tarball = Object.entries(attachments).find(([file]) => file !== bundleName)?.[1]
  const refusal = mismatch(verified, manifest, {
    purl: npmPurl(name, version),
    sha512: sha512Hex(tarball),
    publisher: context.publisher,
  })
  if (refusal !== undefined) return { refusal }
  const id = `${name}@${version}`
  const predicateType = verified.statement.predicateType ?? ''
  delete attachments[bundleName]
  manifest.dist = {
    ...manifest.dist,
    attestations: {
      url: new URL(`-/npm/v1/attestations/${id}`, context.registryUrl).href,
      provenance: { predicateType },
    },
  }
  return { body: Buffer.from(JSON.stringify(body)), attestation: { id, predicateType, bundle } }
}

/** `/-/npm/v1/attestations/<name>@<version>`: the package and version asked for, or undefined. */
export function attestationsIdOf(pathname: string): string | undefined {
  const prefix = '/-/npm/v1/attestations/'
  if (!pathname.startsWith(prefix)) return undefined
  try {
    const spec = decodeURIComponent(pathname.slice(prefix.length))
    return spec.lastIndexOf('@') > 0 ? spec : undefined
  } catch {
    return undefined
  }
}
