import { startNpmSandbox, type NpmSandbox, type NpmSandboxOptions } from './server.js'

/**
 * Starts an npm sandbox for a person or a CLI (`tokenless rehearse`) and prints how to point npm
 * at it. Returns the running sandbox; the caller stops it. Token texts are never printed.
 */
export async function runNpmSandbox(
  options: NpmSandboxOptions,
  print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<NpmSandbox> {
  const sandbox = await startNpmSandbox(options)
  print(`npm sandbox listening on ${sandbox.url} (Verdaccio at ${sandbox.backendUrl})`)
  print(`registry=${sandbox.url}`)
  print(`OIDC audience: ${sandbox.audience} (tokens from ${options.issuer.url})`)
  print(`token exchange: POST ${sandbox.url}-/npm/v1/oidc/token/exchange/package/<escaped name>`)
  for (const [name, publisher] of Object.entries(options.trustedPublishers ?? {})) {
    const environment =
      publisher.environment === undefined ? '' : `, environment ${publisher.environment}`
    print(
      `trusted publisher: ${name} <- ${publisher.owner}/${publisher.repository} ` +
        `${publisher.workflow}${environment}`,
    )
  }
  const statics = options.staticTokens?.length ?? 0
  if (statics > 0) print(`static tokens: ${statics} registered (not shown)`)
  return sandbox
}
