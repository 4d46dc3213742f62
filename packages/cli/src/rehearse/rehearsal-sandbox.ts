// The sandbox a rehearsal runs against: GitHub's API and OIDC issuer, npm (Verdaccio behind
// trusted publishing), PyPI and TestPyPI, all on 127.0.0.1, started together and stopped together.
import {
  type Fault,
  type GitHubSandbox,
  type NpmSandbox,
  type OidcIssuer,
  type PypiSandbox,
  type SigstoreSandbox,
  startGitHubSandbox,
  startNpmSandbox,
  startOidcIssuer,
  startPypiSandbox,
  startSigstoreSandbox,
} from '@tokenless/sandbox'
import type { ParsedFault } from './fault-specs.js'

export interface RehearsalSandbox {
  issuer: OidcIssuer
  github: GitHubSandbox
  npm: NpmSandbox | undefined
  pypi: PypiSandbox
  testpypi: PypiSandbox
  /** Fulcio, Rekor and a TSA: npm provenance and PyPI attestations are signed and verified. */
  sigstore: SigstoreSandbox
  /** Start times of each service, for the report's timing. */
  startMs: Record<string, number>
  stop(): Promise<void>
}

export interface SandboxRepository {
  owner: string
  repo: string
  /** The bare repository standing in for GitHub's copy: refs the API creates are written there. */
  gitDir: string
  defaultBranch: string
  private: boolean
}

/**
 * Starts every service at once; npm (a Verdaccio process, the slowest) only when asked for.
 * `githubDescription`: the file of GitHub's REST description, when not `@octokit/openapi`'s.
 */
export async function startRehearsalSandbox(
  repository: SandboxRepository,
  options: {
    npm: boolean
    githubDescription?: string | undefined
    /** The rehearsal's clock (`--clock`, `--approval-wait`): tokens and registries read it. */
    now?: () => Date
  },
): Promise<RehearsalSandbox> {
  const now = options.now
  const startMs: Record<string, number> = {}
  const timed = async <T>(name: string, start: () => Promise<T>): Promise<T> => {
    const began = performance.now()
    const service = await start()
    startMs[name] = performance.now() - began
    return service
  }
  const issuer = await timed('OIDC issuer', () => startOidcIssuer({ now }))
  const sigstore = await timed('Sigstore', () => startSigstoreSandbox({ issuer, now }))
  const started = await Promise.allSettled([
    timed('GitHub API', () =>
      startGitHubSandbox({
        repositories: [
          {
            owner: repository.owner,
            repo: repository.repo,
            gitDir: repository.gitDir,
            defaultBranch: repository.defaultBranch,
            private: repository.private,
          },
        ],
        descriptionFile: options.githubDescription,
      }),
    ),
    options.npm
      ? timed('npm registry', () => startNpmSandbox({ issuer, sigstore, now }))
      : undefined,
    timed('PyPI', () => startPypiSandbox({ issuer, name: 'pypi', sigstore, now })),
    timed('TestPyPI', () => startPypiSandbox({ issuer, name: 'testpypi', sigstore, now })),
  ])
  const [github, npm, pypi, testpypi] = started
  const running = started.flatMap((result) =>
    result.status === 'fulfilled' && result.value !== undefined ? [result.value] : [],
  )
  const stop = async (): Promise<void> => {
    await Promise.allSettled(running.map((service) => service.stop()))
    await sigstore.stop()
    await issuer.stop()
  }
  const failure = started.find((result) => result.status === 'rejected')
  if (
    failure !== undefined ||
    github?.status !== 'fulfilled' ||
    npm?.status !== 'fulfilled' ||
    pypi?.status !== 'fulfilled' ||
    testpypi?.status !== 'fulfilled'
  ) {
    await stop()
    const reason = failure?.status === 'rejected' ? (failure.reason as unknown) : undefined
    throw new Error(
      `The sandbox did not start: ${reason instanceof Error ? reason.message : String(reason)}`,
      { cause: reason },
    )
  }
  return {
    issuer,
    github: github.value,
    npm: npm.value,
    pypi: pypi.value,
    testpypi: testpypi.value,
    sigstore,
    startMs,
    stop,
  }
}

/** Adds `--fault` specs to the services they name; returns the handles, for counts and removal. */
export function injectFaults(
  sandbox: RehearsalSandbox,
  faults: ParsedFault[],
): Array<{ fault: ParsedFault; handle: Fault }> {
  return faults.map((fault) => {
    const { spec } = fault
    switch (fault.target) {
      case 'github':
        return { fault, handle: sandbox.github.faults.add(spec) }
      case 'registry:npm': {
        if (sandbox.npm === undefined) {
          throw new Error(
            `--fault ${fault.text}: the workflow publishes nothing to npm, so the rehearsal has no npm registry to break.`,
          )
        }
        return { fault, handle: sandbox.npm.faults.add(spec) }
      }
      case 'registry:pypi':
        return { fault, handle: sandbox.pypi.faults.add(spec) }
      case 'registry:testpypi':
        return { fault, handle: sandbox.testpypi.faults.add(spec) }
    }
  })
}
