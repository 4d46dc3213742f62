// pypa/gh-action-pypi-publish: what its twine-upload.sh and oidc-exchange.py do, against the
// sandbox's PyPI or TestPyPI: the index's audience, the job's OIDC token for it, the token
// exchange, `twine check`, then the machine's twine uploading packages-dir. Whatever
// repository-url says, the upload goes to the sandbox.
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { PypiSandbox } from '@tokenless/sandbox'
import { input, truthy, type StandIn, type StandInContext, type StandInEntry } from './stand-in.js'
import { twineReads, uploadLikeTwine } from './pypi-upload.js'
import { runTool, whichOn } from './tool-process.js'

/** The sandbox index a repository-url stands for: TestPyPI for test.pypi.org, else PyPI. */
export function sandboxIndex(
  ctx: StandInContext,
  repositoryUrl: string,
): { index: PypiSandbox; name: 'PyPI' | 'TestPyPI' } {
  const { pypi, testpypi } = ctx.sandbox
  if (/test\.pypi\.org/i.test(repositoryUrl) || repositoryUrl.startsWith(testpypi.url))
    return { index: testpypi, name: 'TestPyPI' }
  return { index: pypi, name: 'PyPI' }
}

const IDENTITY_ERROR =
  'GitHub: missing or insufficient OIDC token permissions, the ACTIONS_ID_TOKEN_REQUEST_TOKEN environment variable was unset'

/** oidc-exchange.py: the audience, the job's OIDC token for it, then the index's API token. */
async function trustedPublishingToken(
  ctx: StandInContext,
  index: PypiSandbox,
): Promise<{ token: string } | { error: string }> {
  const audience = await fetch(`${index.url}/_/oidc/audience`)
  if (audience.status === 403)
    return {
      error: `audience retrieval failed: repository at ${index.url} has trusted publishing disabled`,
    }
  if (!audience.ok)
    return {
      error: `audience retrieval failed: repository at ${index.url} responded with unexpected ${audience.status}`,
    }
  const { audience: aud } = (await audience.json()) as { audience: string }
  const requestUrl = ctx.env.ACTIONS_ID_TOKEN_REQUEST_URL
  const requestToken = ctx.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (requestUrl === undefined || requestToken === undefined || requestToken === '') {
    return {
      error: `OpenID Connect token retrieval failed: ${IDENTITY_ERROR}\n\nThis generally indicates a workflow configuration error, such as insufficient permissions. Make sure that your workflow has \`id-token: write\` configured at the job level.`,
    }
  }
  const url = `${requestUrl}${requestUrl.includes('?') ? '&' : '?'}audience=${encodeURIComponent(aud)}`
  const idResponse = await fetch(url, { headers: { authorization: `Bearer ${requestToken}` } })
  if (!idResponse.ok)
    return {
      error: `OpenID Connect token retrieval failed: HTTP ${idResponse.status} from the job's token request`,
    }
  const { value: oidcToken } = (await idResponse.json()) as { value: string }
  ctx.mask(oidcToken)
  const mint = await fetch(`${index.url}/_/oidc/mint-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: oidcToken }),
  })
  const payload = (await mint.json()) as {
    token?: string
    errors?: Array<{ code: string; description: string }>
  }
  if (!mint.ok || payload.token === undefined) {
    const reasons = (payload.errors ?? [])
      .map((error) => `* \`${error.code}\`: ${error.description}`)
      .join('\n')
    return {
      error: `Token request failed: the server refused the request for the following reasons:\n\n${reasons}\n\nThis generally indicates a trusted publisher configuration error.`,
    }
  }
  ctx.mask(payload.token)
  return { token: payload.token }
}

/** print-hash.py: each file's SHA256 and MD5. */
function printHashes(ctx: StandInContext, files: string[]): void {
  ctx.log('Showing hash values of files to be uploaded:')
  for (const file of files) {
    const data = readFileSync(file)
    ctx.log(file)
    ctx.log(`SHA256: ${createHash('sha256').update(data).digest('hex')}`)
    ctx.log(`MD5: ${createHash('md5').update(data).digest('hex')}`)
    ctx.log('')
  }
}

/** The password: the given one, or for a secret the rehearsal lacks, a sandbox API token. */
function passwordOf(
  ctx: StandInContext,
  inputs: Record<string, string>,
  index: PypiSandbox,
): string {
  const given = inputs.password ?? ''
  const written = JSON.stringify(ctx.written.password ?? '')
  if (given === '' && !/secrets\./.test(written)) return ''
  const token = `pypi-${randomBytes(24).toString('base64url')}`
  ctx.mask(token)
  index.addApiToken(token)
  ctx.note(
    `password: ${written} → a sandbox API token (the rehearsal has none of the repository's secrets); the upload is a token upload, not trusted publishing`,
  )
  return token
}

/** twine check, then twine upload (or its form, when this twine cannot read the files). */
async function upload(
  ctx: StandInContext,
  twine: string,
  files: string[],
  target: {
    url: string
    user: string
    password: string
    skipExisting: boolean
    verify: boolean
    verbose: boolean
  },
): Promise<{ ok: true; by: string } | { ok: false; error: string }> {
  const reads = await twineReads(ctx, twine, files)
  if (!reads.ok) {
    ctx.note(
      `the machine's twine ${reads.twine} cannot read Metadata-Version ${reads.newest} (twine 6.1 can): the files are checked by reading them and uploaded with the form twine sends`,
    )
    const refused = await uploadLikeTwine(ctx, files, target)
    return refused === undefined
      ? { ok: true, by: "with twine's upload form" }
      : { ok: false, error: `the upload was refused: ${refused}` }
  }
  if (target.verify && files.length > 0) {
    const check = await runTool(ctx, twine, ['check', ...files])
    if (check.exitCode !== 0)
      return { ok: false, error: `twine check failed (exit ${check.exitCode})` }
  }
  const args = ['upload', '--non-interactive', '--disable-progress-bar']
  if (target.skipExisting) args.push('--skip-existing')
  if (target.verbose) args.unshift('--verbose')
  const run = await runTool(ctx, twine, [...args, ...files], {
    env: {
      ...ctx.env,
      TWINE_USERNAME: target.user,
      TWINE_PASSWORD: target.password,
      TWINE_REPOSITORY_URL: target.url,
    },
  })
  if (run.exitCode !== 0) return { ok: false, error: `twine upload failed (exit ${run.exitCode})` }
  return { ok: true, by: `by ${twine}` }
}

const pypiPublish: StandIn = async (ctx, inputs) => {
  const repositoryUrl =
    input(inputs, 'repository-url', 'repository_url') || 'https://upload.pypi.org/legacy/'
  const { index, name } = sandboxIndex(ctx, repositoryUrl)
  ctx.note(`repository-url ${repositoryUrl} → the sandbox's ${name} (${index.uploadUrl})`)
  const dir = resolve(ctx.workspace, input(inputs, 'packages-dir', 'packages_dir') || 'dist')
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.whl') || file.endsWith('.tar.gz'))
        .sort()
        .map((file) => join(dir, file))
    : []
  if (files.length === 0)
    ctx.warn(
      `It looks like there are no Python distribution packages to publish in the directory "${input(inputs, 'packages-dir', 'packages_dir') || 'dist'}/". Please verify that they are in place should you face this problem.`,
    )
  const twine = whichOn('twine', ctx.env.PATH) ?? whichOn('twine', '/usr/bin')
  if (twine === undefined)
    return {
      ok: false,
      error:
        "twine is not installed: the rehearsal stands in for pypa/gh-action-pypi-publish with the machine's twine. Install it (on Debian: apt-get install twine) and rehearse again.",
    }
  const user = inputs.user || '__token__'
  let password = passwordOf(ctx, inputs, index)
  const attestations = truthy(inputs.attestations, true)
  if (password === '' && user === '__token__') {
    const minted = await trustedPublishingToken(ctx, index)
    if ('error' in minted) return { ok: false, error: minted.error }
    password = minted.token
    ctx.note(`trusted publishing: the job's OIDC token exchanged at the sandbox's ${name}`)
  }
  ctx.note(
    `attestations: ${attestations ? 'true' : 'false'} (recorded; PEP 740 attestations are not made by this stand-in)`,
  )
  const verbose = truthy(inputs.verbose, false)
  if (truthy(inputs['print-hash'] || inputs.print_hash, false) || verbose) printHashes(ctx, files)
  const uploaded = await upload(ctx, twine, files, {
    url: index.uploadUrl,
    user,
    password,
    skipExisting: truthy(inputs['skip-existing'] || inputs.skip_existing, false),
    verify: truthy(inputs['verify-metadata'] || inputs.verify_metadata, true),
    verbose,
  })
  if (!uploaded.ok) return uploaded
  ctx.note(`${files.length} file(s) uploaded to the sandbox's ${name} ${uploaded.by}`)
  return { ok: true }
}

export const pypaGhActionPypiPublish: StandInEntry = {
  uses: 'pypa/gh-action-pypi-publish',
  what: "the sandbox's PyPI through the machine's twine",
  inputs: [
    'user',
    'password',
    'repository-url',
    'repository_url',
    'packages-dir',
    'packages_dir',
    'verify-metadata',
    'verify_metadata',
    'skip-existing',
    'skip_existing',
    'verbose',
    'print-hash',
    'print_hash',
    'attestations',
  ],
  outputs: [],
  standIn: pypiPublish,
}
