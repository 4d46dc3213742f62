// The sandbox a rehearsal runs against: GitHub's API and OIDC issuer, npm (Verdaccio behind
// trusted publishing), PyPI and TestPyPI, all on 127.0.0.1, started together and stopped together.
import {
  type Fault,
  type GitHubSandbox,
  type NpmSandbox,
  type OidcIssuer,
  type PypiSandbox,
  type SigstoreSandbox,
  loadGitHubDescription,
  startGitHubSandbox,
  startNpmSandbox,
  startOidcIssuer,
  startPypiSandbox,
  startSigstoreSandbox,
  startVerdaccio,
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

/** The services that do not read the repository, being started (see `startSandboxServices`). */
export interface StartingServices {
  /** Never rejects: a service that did not start is in `failure`, the others are running. */
  readonly started: Promise<StartedServices>
  /** Stops whatever started (once: a second call waits for the first). */
  stop(): Promise<void>
}

interface StartedServices {
  issuer?: OidcIssuer
  sigstore?: SigstoreSandbox
  npm?: NpmSandbox
  pypi?: PypiSandbox
  testpypi?: PypiSandbox
  failure?: { service: string; reason: unknown }
  startMs: Record<string, number>
}

/**
 * Starts the services that need nothing from the repository: the OIDC issuer, Sigstore, npm
 * (Verdaccio, a process of its own and the slowest), PyPI and TestPyPI, and reads GitHub's REST
 * description. Called before the repository is prepared, so that they start while git works;
 * `startRehearsalSandbox` then adds GitHub's API, which serves the repository, and stops npm when
 * the workflow publishes nothing there.
 */
export function startSandboxServices(options: {
  githubDescription?: string | undefined
  now?: () => Date
}): StartingServices {
  const now = options.now
  const startMs: Record<string, number> = {}
  const services: StartedServices = { startMs }
  const timed = async <T>(
    name: string,
    start: () => Promise<T>,
    began = performance.now(),
  ): Promise<T | undefined> => {
    try {
      const service = await start()
      startMs[name] = performance.now() - began
      return service
    } catch (reason) {
      services.failure ??= { service: name, reason }
      return undefined
    }
  }
  // Parsed once per process and kept: GitHub's API, started later, finds it read.
  void loadGitHubDescription(options.githubDescription).catch(() => undefined)
  // Verdaccio, a process of its own and the slowest, first: its front needs the issuer.
  const npmBegan = performance.now()
  const verdaccio = startVerdaccio()
  verdaccio.catch(() => undefined)
  const started = (async (): Promise<StartedServices> => {
    const issuer = await timed('OIDC issuer', () => startOidcIssuer({ now }))
    services.issuer = issuer
    const sigstore =
      issuer && (await timed('Sigstore', () => startSigstoreSandbox({ issuer, now })))
    services.sigstore = sigstore
    if (issuer === undefined || sigstore === undefined) {
      // No npm front took Verdaccio over: it is stopped here.
      await verdaccio.then((backend) => backend.stop()).catch(() => undefined)
      return services
    }
    const [npm, pypi, testpypi] = await Promise.all([
      timed('npm registry', () => startNpmSandbox({ issuer, sigstore, now, verdaccio }), npmBegan),
      timed('PyPI', () => startPypiSandbox({ issuer, name: 'pypi', sigstore, now })),
      timed('TestPyPI', () => startPypiSandbox({ issuer, name: 'testpypi', sigstore, now })),
    ])
    Object.assign(services, { npm, pypi, testpypi })
    return services
  })()
  let stopping: Promise<void> | undefined
  return {
    started,
    stop: () => {
      stopping ??= started.then(stopServices)
      return stopping
    },
  }
}

async function stopServices(services: StartedServices): Promise<void> {
  const { npm, pypi, testpypi, sigstore, issuer } = services
  await Promise.allSettled([npm?.stop(), pypi?.stop(), testpypi?.stop()])
  await sigstore?.stop()
  await issuer?.stop()
}

function startFailure(reason: unknown): Error {
  return new Error(
    `The sandbox did not start: ${reason instanceof Error ? reason.message : String(reason)}`,
    { cause: reason },
  )
}

/**
 * Completes the sandbox: the services `starting` started (started here when not given), and
 * GitHub's API for the repository; npm only when asked for (stopped when started for nothing).
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
  starting: StartingServices = startSandboxServices(options),
): Promise<RehearsalSandbox> {
  const began = performance.now()
  let github: GitHubSandbox | undefined
  let githubFailure: unknown
  try {
    github = await startGitHubSandbox({
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
    })
  } catch (reason) {
    githubFailure = reason
  }
  const githubMs = performance.now() - began
  const services = await starting.started
  if (!options.npm && services.npm !== undefined) {
    // Started before the workflow was read; a workflow that publishes nothing to npm has none.
    await services.npm.stop()
    services.npm = undefined
    delete services.startMs['npm registry']
  }
  // npm's failure to start matters only to a workflow that publishes there.
  const failure =
    services.failure?.service === 'npm registry' && !options.npm ? undefined : services.failure
  const { issuer, sigstore, npm, pypi, testpypi } = services
  const stop = async (): Promise<void> => {
    await github?.stop()
    await starting.stop()
  }
  if (
    github === undefined ||
    failure !== undefined ||
    issuer === undefined ||
    sigstore === undefined ||
    pypi === undefined ||
    testpypi === undefined ||
    (options.npm && npm === undefined)
  ) {
    await stop()
    throw startFailure(failure !== undefined ? failure.reason : githubFailure)
  }
  return {
    issuer,
    github,
    npm,
    pypi,
    testpypi,
    sigstore,
    startMs: { ...services.startMs, 'GitHub API': githubMs },
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
