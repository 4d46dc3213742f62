import { startPypiSandbox, type PypiSandbox, type PypiSandboxOptions } from './server.js'

/**
 * Starts a PyPI sandbox for a person or a CLI (`tokenless rehearse`) and prints how to point
 * tools at it. Returns the running sandbox; the caller stops it.
 */
export async function runPypiSandbox(
  options: PypiSandboxOptions,
  print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<PypiSandbox> {
  const sandbox = await startPypiSandbox(options)
  print(`PyPI sandbox (${sandbox.audience}) listening on ${sandbox.url}`)
  print(`upload: twine upload --repository-url ${sandbox.uploadUrl} -u __token__ -p <token> dist/*`)
  print(`trusted publishing: ${sandbox.url}/_/oidc/audience, ${sandbox.url}/_/oidc/mint-token`)
  print(`OIDC issuer trusted: ${options.issuer.url}`)
  print(`JSON API: ${sandbox.url}/pypi/<name>/json, simple index: ${sandbox.url}/simple/`)
  return sandbox
}
