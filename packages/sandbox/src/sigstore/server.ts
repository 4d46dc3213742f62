import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  fulcioHandler,
  type HandlerFn,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
} from '@sigstore/mock'
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, UnsecuredJWT } from 'jose'
import { applyDelayAndDrop, type Fault, FaultInjector } from '../github/faults.js'
import type { NpmFaultSpec } from '../npm/server.js'
import { close, listen, readBody } from '../loopback-server.js'
import { CLIENT_HOOK_SOURCE } from './client-hook.js'
import { canonicalRekorEntry } from './rekor-entries.js'
import { buildTrustedRoot, type TrustedRoot, trustedRootJson } from './trusted-root.js'
import { type VerifiedBundle, verifyBundle } from './verify-bundle.js'

export interface SigstoreSandboxOptions {
  /** The OIDC issuer whose tokens Fulcio accepts (`startOidcIssuer()`). */
  issuer: { url: string; jwksUrl: string }
  port?: number
  /** The clock Fulcio checks a token's `nbf` and `exp` against: the issuer's. */
  now?: () => Date
}

/** One call to the stand-in. Never the token text. */
export interface SigstoreRecordedRequest {
  service: 'fulcio' | 'rekor' | 'tsa' | 'other'
  path: string
  status: number | undefined
  fault: boolean
  dropped: boolean
  /** Why Fulcio refused, in more words than its answer. */
  reason: string | undefined
}

export interface SigstoreSandbox {
  /** Fulcio, Rekor and the TSA answer on this one URL (their paths differ, as sigstore-js sends them). */
  url: string
  /** The audience Fulcio takes: `sigstore`. */
  audience: string
  trustedRoot: TrustedRoot
  /** `trusted_root.json`, as Sigstore's TUF repository serves it. */
  trustedRootJson: Record<string, unknown>
  /**
   * The environment that points a sigstore-js client (the npm CLI: `npm publish --provenance`,
   * `npm audit signatures`) at the stand-in: merge it into the child's environment
   * (`NODE_OPTIONS` holds a `--require` of the client hook).
   */
  clientEnv: Record<string, string>
  /** Verifies a bundle against this stand-in's trust root (see `verifyBundle`). */
  verify(bundle: unknown): VerifiedBundle
  faults: { add(spec: NpmFaultSpec): Fault; clear(): void }
  requests: SigstoreRecordedRequest[]
  stop(): Promise<void>
}

const FULCIO_PATH = '/api/v2/signingCert'
const REKOR_PATH = '/api/v1/log/entries'
const TSA_PATH = '/api/v1/timestamp'
/** Fulcio's answer to a token it cannot verify (HTTP 401). */
export const FULCIO_INVALID_TOKEN = 'There was an error processing the identity token'

/** The bytes of a view, without the rest of its buffer. */
function bytes(view: string | ArrayBufferView): string | Buffer {
  return typeof view === 'string'
    ? view
    : Buffer.from(view.buffer, view.byteOffset, view.byteLength)
}

function ecKeyPair() {
  return generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
}

/**
 * Fulcio in front of `@sigstore/mock`'s CA: the token must be the sandbox issuer's, signed, for
 * audience `sigstore`; the certificate then names `https://github.com/<job_workflow_ref>` and
 * carries GitHub's extensions from the token's claims, as Fulcio does for GitHub Actions.
 */
function fulcio(
  mock: HandlerFn,
  issuer: SigstoreSandboxOptions['issuer'],
  now: () => Date,
): (body: string) => Promise<{ status: number; body: string | Buffer; reason?: string }> {
  const jwks = createRemoteJWKSet(new URL(issuer.jwksUrl))
  return async (body) => {
    const refuse = (reason: string) => ({
      status: 401,
      body: JSON.stringify({ code: 16, message: FULCIO_INVALID_TOKEN }),
      reason,
    })
    let request: { credentials?: { oidcIdentityToken?: string } }
    try {
      request = JSON.parse(body) as typeof request
    } catch {
      return { status: 400, body: JSON.stringify({ code: 3, message: 'invalid JSON' }) }
    }
    const token = request.credentials?.oidcIdentityToken
    if (token === undefined) return refuse('no identity token')
    try {
      const { payload } = await jwtVerify(token, jwks, {
        issuer: issuer.url,
        audience: 'sigstore',
        algorithms: ['RS256'],
        currentDate: now(),
      })
      const jobWorkflowRef =
        typeof payload.job_workflow_ref === 'string' ? payload.job_workflow_ref : undefined
      if (jobWorkflowRef === undefined) return refuse('the token has no job_workflow_ref')
      const claims = { ...payload, san: `https://github.com/${jobWorkflowRef}` }
      request.credentials = { oidcIdentityToken: new UnsecuredJWT(claims).encode() }
      const answer = await mock(JSON.stringify(request))
      return { status: answer.statusCode, body: bytes(answer.response) }
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return refuse(`${error.code}: ${error.message}`)
      throw error
    }
  }
}

/**
 * Starts a Sigstore stand-in on 127.0.0.1 built from the Sigstore project's own fakes
 * (`@sigstore/mock`): Fulcio (certificates only for the sandbox issuer's tokens of audience
 * `sigstore`), Rekor (signed entry timestamps) and a timestamp authority, one trust root for all.
 */
export async function startSigstoreSandbox(
  options: SigstoreSandboxOptions,
): Promise<SigstoreSandbox> {
  const since = new Date(Date.now() - 60 * 60 * 1000)
  const caKeys = ecKeyPair()
  const ctlog = await initializeCTLog(caKeys)
  const ca = await initializeCA(caKeys, ctlog)
  const rekorKeys = ecKeyPair()
  const tsa = await initializeTSA(ecKeyPair())
  const server = createServer()
  const port = await listen(server, options.port ?? 0)
  const url = `http://127.0.0.1:${port}`
  const tlog = await initializeTLog(url, rekorKeys)
  const signCertificate = fulcio(
    fulcioHandler(ca, { subjectClaim: 'san' }).fn,
    options.issuer,
    options.now ?? (() => new Date()),
  )
  const rekor = rekorHandler(tlog).fn
  const timestamp = tsaHandler(tsa).fn
  const rekorKey = rekorKeys.publicKey.export({ format: 'der', type: 'spki' })
  const trustedRoot = buildTrustedRoot({
    url,
    fulcioRoot: bytes(ca.rootCertificate) as Buffer,
    rekorKey,
    ctlogKey: ctlog.publicKey,
    ctlogId: bytes(ctlog.logID) as Buffer,
    tsaChain: [tsa.intCertificate, tsa.rootCertificate].map(
      (certificate) => bytes(certificate) as Buffer,
    ),
    since,
  })
  const json = trustedRootJson(trustedRoot)
  const dir = await mkdtemp(join(tmpdir(), 'tokenless-sigstore-'))
  const hook = join(dir, 'sigstore-client-hook.cjs')
  const rootFile = join(dir, 'trusted_root.json')
  await writeFile(hook, CLIENT_HOOK_SOURCE)
  await writeFile(rootFile, JSON.stringify(json))

  const faults = new FaultInjector()
  const requests: SigstoreRecordedRequest[] = []
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = new URL(request.url ?? '/', url).pathname
    const method = (request.method ?? 'GET').toUpperCase()
    const body = (await readBody(request)).toString('utf8')
    const service =
      path === FULCIO_PATH
        ? 'fulcio'
        : path === REKOR_PATH
          ? 'rekor'
          : path === TSA_PATH
            ? 'tsa'
            : 'other'
    const entry: SigstoreRecordedRequest = {
      service,
      path,
      status: undefined,
      fault: false,
      dropped: false,
      reason: undefined,
    }
    requests.push(entry)
    const reply = (status: number, text: string | Buffer, type = 'application/json') => {
      entry.status = status
      response.writeHead(status, { 'content-type': type })
      response.end(text)
    }
    const fault = faults.select(method, path, undefined)
    if (fault !== undefined) {
      if (await applyDelayAndDrop(fault, entry, request)) return
      if (fault.spec.status !== undefined) {
        return reply(fault.spec.status, JSON.stringify(fault.spec.body ?? { message: 'fault' }))
      }
    }
    if (method !== 'POST' || service === 'other') return reply(404, '{"message":"Not Found"}')
    if (service === 'fulcio') {
      const answer = await signCertificate(body)
      entry.reason = answer.reason
      return reply(answer.status, answer.body)
    }
    const answer =
      service === 'rekor' ? await rekor(canonicalRekorEntry(body)) : await timestamp(body)
    return reply(
      answer.statusCode,
      bytes(answer.response),
      answer.contentType ?? 'application/json',
    )
  }
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) return response.destroy()
      response.writeHead(500, { 'content-type': 'application/json' })
      response.end(
        JSON.stringify({ message: error instanceof Error ? error.message : String(error) }),
      )
    })
  })

  let stopping: Promise<void> | undefined
  return {
    url,
    audience: 'sigstore',
    trustedRoot,
    trustedRootJson: json,
    clientEnv: {
      NODE_OPTIONS: `--require ${hook}`,
      TOKENLESS_SANDBOX_SIGSTORE_URL: url,
      TOKENLESS_SANDBOX_SIGSTORE_TRUSTED_ROOT: rootFile,
    },
    verify: (bundle) => verifyBundle(trustedRoot, bundle),
    faults: { add: (spec) => faults.add(spec), clear: () => faults.clear() },
    requests,
    stop: () => {
      stopping ??= close(server).then(() => rm(dir, { recursive: true, force: true }))
      return stopping
    },
  }
}
