// Public registry addresses turned to the sandbox's services.
import type { RehearsalSandbox } from './rehearsal-sandbox.js'

// The tools every job finds first on PATH that talk to the sandbox only (gh).
export { sandboxToolsPath } from './stand-ins/gh-cli.js'

export interface SandboxService {
  name: string
  url: string
}

/** A public registry URL (npm, PyPI, TestPyPI, any path under it) at the sandbox's service. */
export function sandboxUrl(sandbox: RehearsalSandbox, value: string): SandboxService | undefined {
  const { npm, pypi, testpypi } = sandbox
  const origins: Array<[string, string, string | undefined]> = [
    ['https://test.pypi.org', 'TestPyPI', testpypi.url],
    ['https://upload.pypi.org', 'PyPI', pypi.url],
    ['https://pypi.org', 'PyPI', pypi.url],
    ['https://registry.npmjs.org', 'npm registry', npm?.url],
  ]
  for (const [origin, name, base] of origins) {
    if (base === undefined) continue
    if (value !== origin && !value.startsWith(`${origin}/`)) continue
    return { name, url: `${base.replace(/\/+$/, '')}${value.slice(origin.length)}` }
  }
  return undefined
}

/** A publish registry (`npm`, `pypi`, `testpypi` or a URL) as the sandbox's upload address. */
export function sandboxRegistry(
  sandbox: RehearsalSandbox,
  registry: string,
): SandboxService | undefined {
  const { npm, pypi, testpypi } = sandbox
  const trimmed = registry.replace(/\/+$/, '')
  if ((registry === 'npm' || trimmed === 'https://registry.npmjs.org') && npm !== undefined) {
    return { name: 'npm', url: npm.url }
  }
  if (registry === 'pypi' || trimmed === 'https://upload.pypi.org/legacy') {
    return { name: 'PyPI', url: pypi.uploadUrl }
  }
  if (registry === 'testpypi' || trimmed === 'https://test.pypi.org/legacy') {
    return { name: 'TestPyPI', url: testpypi.uploadUrl }
  }
  if (npm !== undefined && registry.startsWith(npm.url.replace(/\/$/, '')))
    return { name: 'npm', url: npm.url }
  if (registry.startsWith(pypi.url)) return { name: 'PyPI', url: pypi.uploadUrl }
  if (registry.startsWith(testpypi.url)) return { name: 'TestPyPI', url: testpypi.uploadUrl }
  return undefined
}
