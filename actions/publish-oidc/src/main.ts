import { mkdtemp, rm } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  type ActionContext,
  ConfigurationError,
  globInWorkspace,
  httpRequest,
  mapWithConcurrency,
  resolveInWorkspace,
} from '@tokenless/action-kit'
import {
  checkCanRequestIdToken,
  checkClaims,
  claimsTable,
  decodeClaims,
  describePublisher,
  findStaticTokens,
  type IdTokenRequest,
  mintPypiToken,
  pypiAttestationBlocker,
  npmAudience,
  publisherSettings,
  pypiOidcRoot,
  refuseStaticTokens,
  requestIdToken,
  type StaticToken,
} from '@tokenless/oidc'
import { parseInputs, type PublishInputs } from './inputs.js'
import type { Outcome } from './outcome.js'
import { reportOutcomes } from './outcome.js'

/** npm publishes at once; each is one npm process waiting mostly on the registry. */
const NPM_CONCURRENCY = 4

export async function run(ctx: ActionContext): Promise<void> {
  const inputs = parseInputs(ctx)
  const cwd = resolveInWorkspace(ctx.workspace, inputs.workingDirectory, {
    input: 'working-directory',
  })
  // The cheapest precondition first: without id-token: write nothing else matters.
  const request = checkCanRequestIdToken(ctx.env, ctx.event)
  const outcomes =
    inputs.registry.kind === 'npm'
      ? await publishToNpm(ctx, { ...inputs, registry: inputs.registry }, cwd, request)
      : await publishToPypi(ctx, { ...inputs, registry: inputs.registry }, cwd, request)
  reportOutcomes(ctx, outcomes)
  const failed = outcomes.filter((outcome) => outcome.result === 'failed')
  if (failed.length > 0) {
    throw new ConfigurationError(
      `${failed.length} of ${outcomes.length} package(s) failed to publish: ${failed.map((outcome) => `${outcome.id}: ${outcome.detail.replace(/\.$/, '')}`).join(' | ')}. A rerun publishes only what is missing.`,
    )
  }
}

/**
 * Refuses any static token in the environment, the .npmrc files npm would read started in any of
 * `dirs` (and the workspace), ~/.pypirc, and `more` (publishConfig), naming each, never its value.
 */
async function refuseTokensInReach(
  ctx: ActionContext,
  dirs: string[],
  more: StaticToken[] = [],
): Promise<void> {
  const { npmInstallDir } = await import('./npm-clean-room.js')
  const npmPath = await npmInstallDir(ctx.env)
  const found = await findStaticTokens({
    env: ctx.env,
    home: ctx.env.HOME ?? homedir(),
    dirs: [...new Set([...dirs, ctx.workspace])],
    ...(npmPath === undefined ? {} : { npmPath }),
    execPath: process.execPath,
  })
  refuseStaticTokens([...found, ...more])
}

function describeJob(
  ctx: ActionContext,
  claims: ReturnType<typeof decodeClaims>,
  registry: 'npm' | 'pypi',
): void {
  ctx.summary.heading('publish-oidc', 2)
  ctx.summary.table(['Claim', 'Value'], claimsTable(claims))
  ctx.summary.paragraph(
    `Trusted publisher this job matches on ${registry === 'npm' ? 'npm' : 'PyPI'}: ${describePublisher(publisherSettings(claims, registry))}.`,
  )
}

async function publishToNpm(
  ctx: ActionContext,
  inputs: PublishInputs & { registry: { kind: 'npm'; url: string } },
  cwd: string,
  request: IdTokenRequest,
): Promise<Outcome[]> {
  const { publishConfigTokens, resolvePackageSources } = await import('./npm-packages.js')
  const { ensureNpm } = await import('./npm-publish.js')
  const sources = await resolvePackageSources(ctx, inputs.packages, cwd)
  await refuseTokensInReach(
    ctx,
    [cwd, ...sources.map((source) => (source.endsWith('.tgz') ? dirname(source) : source))],
    await publishConfigTokens(ctx, sources),
  )
  const npm = await ensureNpm(ctx, inputs.npmVersion)
  // Directories are packed here: the tarball checked is the tarball published.
  const packedDir = await mkdtemp(join(tmpdir(), 'tokenless-packed-'))
  try {
    return await publishPackedToNpm(ctx, inputs, request, { npm, sources, packedDir })
  } finally {
    await rm(packedDir, { recursive: true, force: true })
  }
}

async function publishPackedToNpm(
  ctx: ActionContext,
  inputs: PublishInputs & { registry: { kind: 'npm'; url: string } },
  request: IdTokenRequest,
  context: { npm: string; sources: string[]; packedDir: string },
): Promise<Outcome[]> {
  const { npm, sources, packedDir } = context
  const { readPackage } = await import('./npm-packages.js')
  const {
    checkProvenanceClaims,
    checkRepositoryUrls,
    checkVersions,
    chooseDistTag,
    publishNpmPackage,
  } = await import('./npm-publish.js')
  const packages = []
  for (const source of sources) packages.push(await readPackage(ctx, npm, source, packedDir))
  checkVersions(packages, inputs.version)
  const distTags = packages.map((pkg) => chooseDistTag(pkg.version, inputs.distTag))

  const probe = await requestIdToken(request, npmAudience(inputs.registry.url), (secret) =>
    ctx.setSecret(secret),
  )
  const claims = decodeClaims(probe)
  checkClaims(claims, { registry: 'npm', environments: inputs.environments })
  if (inputs.provenance) {
    checkProvenanceClaims(claims)
    checkRepositoryUrls(packages, claims.repository)
  }
  describeJob(ctx, claims, 'npm')
  const { checkTestGate } = await import('./test-gate-check.js')
  ctx.summary.paragraph(`Test gate: ${await checkTestGate(ctx, inputs)}.`)

  // npm publish is mostly waiting on the registry: a few at once, in the packages' order.
  return mapWithConcurrency(packages, NPM_CONCURRENCY, async (pkg, index) => {
    try {
      return await publishNpmPackage(ctx, inputs, pkg, {
        npm,
        request,
        claims,
        distTag: distTags[index] ?? 'latest',
      })
    } catch (error) {
      return {
        id: `${pkg.name}@${pkg.version}`,
        registry: inputs.registry.url,
        result: 'failed' as const,
        detail: error instanceof Error ? error.message : String(error),
      }
    }
  })
}

async function publishToPypi(
  ctx: ActionContext,
  inputs: PublishInputs & { registry: { kind: 'pypi'; uploadUrl: string } },
  cwd: string,
  request: IdTokenRequest,
): Promise<Outcome[]> {
  const { readPythonDistribution } = await import('@tokenless/artifacts')
  const { publishPythonDistribution } = await import('./pypi-publish.js')
  await refuseTokensInReach(ctx, [cwd])
  const files: string[] = []
  for (const pattern of inputs.packages.length > 0 ? inputs.packages : ['dist/*']) {
    const matched = await globInWorkspace(ctx.workspace, pattern, { input: 'packages', cwd })
    if (matched.length === 0) {
      throw new ConfigurationError(
        `The packages entry ${pattern} matches no file. Build the distributions first (python -m build), or fix the entry.`,
        { input: 'packages' },
      )
    }
    files.push(...matched.filter((file) => /\.(whl|tar\.gz)$/.test(file)).sort())
  }
  const dists = await Promise.all([...new Set(files)].map((file) => readPythonDistribution(file)))
  for (const dist of dists) {
    if (inputs.version !== undefined) {
      const { versionsEquivalent } = await import('@tokenless/versioning')
      if (!versionsEquivalent(dist.version, inputs.version)) {
        throw new ConfigurationError(
          `${dist.filename} is version ${dist.version}, but this release is ${inputs.version}. Rebuild it from the release commit, or leave it out of packages.`,
          { input: 'version' },
        )
      }
    }
  }
  const root = pypiOidcRoot(inputs.registry.uploadUrl)
  const getIdToken = (audience: string) =>
    requestIdToken(request, audience, (secret) => ctx.setSecret(secret))
  const audienceAnswer = await httpRequest(`${root}/_/oidc/audience`, {
    maxBytes: 1024 * 1024,
    deadlineMs: 60_000,
  }).catch(() => undefined)
  const audience = (
    (await audienceAnswer?.json().catch(() => ({}))) as { audience?: string } | undefined
  )?.audience
  const claims = decodeClaims(await getIdToken(audience ?? 'pypi'))
  checkClaims(claims, { registry: 'pypi', environments: inputs.environments })
  describeJob(ctx, claims, 'pypi')
  const { checkTestGate } = await import('./test-gate-check.js')
  ctx.summary.paragraph(`Test gate: ${await checkTestGate(ctx, inputs)}.`)
  // A fresh token for the mint: PyPI refuses a jti it has seen.
  const { token } = await mintPypiToken({
    uploadUrl: inputs.registry.uploadUrl,
    getIdToken,
    mask: (secret) => ctx.setSecret(secret),
  })
  // Signed before anything is uploaded: without Sigstore, nothing goes up.
  const { attestDistributions, sigstoreUrls } = await import('./pypi-attestations.js')
  const urls = sigstoreUrls(ctx.env)
  if (inputs.attestations && ctx.env.TOKENLESS_SANDBOX_SIGSTORE_URL) {
    ctx.log.info(`Attestations are signed by the Sigstore at ${urls.fulcio} (a sandbox).`)
  }
  const blocker = inputs.attestations ? pypiAttestationBlocker(claims) : undefined
  if (blocker !== undefined)
    ctx.log.warning(blocker, { title: 'No attestations from a reusable workflow' })
  const attestations =
    inputs.attestations && blocker === undefined
      ? await attestDistributions(dists, { getIdToken, urls })
      : undefined
  const outcomes: Outcome[] = []
  for (const dist of dists) {
    try {
      outcomes.push(
        await publishPythonDistribution(inputs, dist, token, attestations?.get(dist.filename)),
      )
    } catch (error) {
      outcomes.push({
        id: `${dist.name}@${dist.version} (${dist.filename})`,
        registry: root,
        result: 'failed',
        detail: error instanceof Error ? error.message : String(error),
      })
    }
  }
  return outcomes
}
