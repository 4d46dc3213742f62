// What a suite action needs from the sandbox, as data: the executor applies each need to the
// action's inputs, and knows no action by name. An action that needs nothing is not listed.
import type { RehearsalSandbox } from '../rehearsal-sandbox.js'
import { sandboxRegistry } from '../sandbox-urls.js'

/** Applies a need to `inputs`; false (with the error logged) when the step cannot run. */
export type SandboxNeed = (
  inputs: Record<string, string>,
  sandbox: RehearsalSandbox,
  say: { note: (line: string) => void; error: (line: string) => void },
) => boolean

/** The registry the action publishes to (input `registry`) is the sandbox's, Sigstore too. */
const publishRegistry: SandboxNeed = (inputs, sandbox, say) => {
  const registry = (inputs.registry ?? 'npm').trim()
  const mapped = sandboxRegistry(sandbox, registry)
  if (mapped === undefined) {
    say.error(
      `registry ${registry} is not in the sandbox, and a rehearsal never publishes anywhere else. Rehearse with registry npm, pypi or testpypi.`,
    )
    return false
  }
  inputs.registry = mapped.url
  say.note(`registry ${registry} → the sandbox's ${mapped.name} at ${mapped.url}`)
  const signs = mapped.name === 'npm' ? inputs.provenance : inputs.attestations
  if ((signs ?? 'true') === 'true') {
    say.note(
      `${mapped.name === 'npm' ? 'provenance' : 'attestations'}: signed by the sandbox's Sigstore at ${sandbox.sigstore.url}`,
    )
  }
  return true
}

/** The registries the action reads (inputs `npm-registry`, `pypi-url`) are the sandbox's. */
const readRegistries: SandboxNeed = (inputs, sandbox, say) => {
  if (sandbox.npm !== undefined) inputs['npm-registry'] = sandbox.npm.url
  inputs['pypi-url'] = /test\.pypi/.test(inputs['pypi-url'] ?? '')
    ? sandbox.testpypi.url
    : sandbox.pypi.url
  say.note('npm-registry and pypi-url → the sandbox registries')
  return true
}

export const SANDBOX_NEEDS = { publishRegistry, readRegistries } satisfies Record<
  string,
  SandboxNeed
>

/** Each suite action's needs, by its folder under actions/. */
export const SUITE_ACTION_NEEDS: Readonly<Record<string, readonly SandboxNeed[]>> = {
  'publish-oidc': [publishRegistry],
  'yank-notice': [readRegistries],
}
