// Nothing a rehearsed workflow publishes leaves the machine, whatever registry it names: public
// registry addresses in a step's env, `with:` and upload URLs in its script point at the sandbox;
// the variables publishing tools read for their target are forced to it; and `npm`, `pnpm`,
// `yarn`, `twine` and `uv` on PATH are shims that send every publish to the sandbox (npm still
// does its own OIDC exchange, with the job's ACTIONS_ID_TOKEN_REQUEST_* and npm's audience; a
// `twine upload` given no password in a job that can mint one makes the exchange twine 6.1 makes).
// Reads are left alone: installs reach the real registries with the machine's network settings.
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { publishesOf, stepContext, type PlainStep } from '@tokenless/release-tools'
import type { Workflow } from '@tokenless/workflow'
import { changesetsScript } from './publish-plan.js'
import type { RehearsalSandbox } from './rehearsal-sandbox.js'
import { sandboxUrl } from './sandbox-urls.js'

/** The tools the shims stand before, on every job's PATH. */
export const SHIMMED_TOOLS = ['npm', 'pnpm', 'yarn', 'twine', 'uv'] as const

/** Whether the workflow may publish to npm: a publish command in `run:`, or setup-node with a registry. */
export function mayPublishToNpm(workflow: Workflow): boolean {
  return workflow.jobs.some((job) =>
    job.steps.some((step) => {
      if (/^actions\/setup-node@/.test(step.uses ?? '') && step.with['registry-url'] !== undefined)
        return true
      const run = step.run ?? changesetsScript(step)
      if (run === undefined) return false
      const plain: PlainStep = { run }
      return (
        publishesOf(plain, stepContext(plain)).some((found) => found.registry !== 'pypi') ||
        /\b(npm|pnpm|yarn)\b[^\n]*\bpublish\b/.test(run)
      )
    }),
  )
}

/** PyPI's upload and trusted-publishing endpoints in a script: writes, always the sandbox's. */
const PYPI_WRITE_URL =
  /https:\/\/(?:upload\.pypi\.org|test\.pypi\.org|pypi\.org)\/(?:legacy\/?|_\/oidc\/[\w/-]*)/g

/** An upload address given to twine or uv on the command line (`python -m twine` has no shim). */
const UPLOAD_FLAG = /(--repository-url|--publish-url)(=|[ \t]+)(["']?)(https?:\/\/[^\s"']+)/g

/** A `run:` script with PyPI's write addresses turned to the sandbox's, and a note per change. */
export function containScript(sandbox: RehearsalSandbox, script: string, notes: string[]): string {
  const loopback = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/
  const flagged = script.replace(
    UPLOAD_FLAG,
    (whole, flag: string, gap: string, quote: string, url: string) => {
      if (loopback.test(url) || PYPI_WRITE_URL.test(url)) {
        PYPI_WRITE_URL.lastIndex = 0
        return whole
      }
      const target = /test/i.test(url) ? sandbox.testpypi.uploadUrl : sandbox.pypi.uploadUrl
      notes.push(`run: ${flag} ${url} is not in the sandbox; ${target} instead`)
      return `${flag}${gap}${quote}${target}`
    },
  )
  return flagged.replace(PYPI_WRITE_URL, (url) => {
    const local = sandboxUrl(sandbox, url.replace('https://upload.pypi.org', 'https://pypi.org'))
    if (local === undefined) return url
    notes.push(`run: ${url} → the sandbox's ${local.name} (${local.url})`)
    return local.url
  })
}

/** An action's `with:` values that are a public registry address, turned to the sandbox's. */
export function containInputs(
  sandbox: RehearsalSandbox,
  inputs: Record<string, string>,
  notes: string[],
): void {
  for (const [name, value] of Object.entries(inputs)) {
    if (!/^https?:\/\/\S+$/.test(value.trim())) continue
    const local = sandboxUrl(sandbox, value.trim())
    if (local === undefined) continue
    inputs[name] = local.url
    notes.push(`with ${name}: ${value} → the sandbox's ${local.name} (${local.url})`)
  }
}

/**
 * A step's process environment contained: registry addresses in the workflow's env at the
 * sandbox, and the publish targets of twine, uv and yarn forced to it.
 */
export function containEnv(
  sandbox: RehearsalSandbox,
  processEnv: Record<string, string>,
  workflowNames: string[],
  notes: string[],
): void {
  for (const name of workflowNames) {
    const value = processEnv[name] ?? ''
    const local = sandboxUrl(sandbox, value)
    if (local === undefined) continue
    processEnv[name] = local.url
    notes.push(`env ${name}: ${value} → the sandbox's ${local.name} (${local.url})`)
  }
  const forced: Record<string, string | undefined> = {
    TWINE_REPOSITORY_URL: sandbox.pypi.uploadUrl,
    UV_PUBLISH_URL: sandbox.pypi.uploadUrl,
    YARN_NPM_PUBLISH_REGISTRY: sandbox.npm?.url,
  }
  const sandboxes = [sandbox.pypi.url, sandbox.testpypi.url, sandbox.npm?.url].flatMap((url) =>
    url === undefined ? [] : [url.replace(/\/+$/, '')],
  )
  for (const [name, url] of Object.entries(forced)) {
    if (url === undefined) continue
    const value = processEnv[name]
    if (value !== undefined && sandboxes.some((base) => value.startsWith(base))) continue
    processEnv[name] = url
    if (value !== undefined && value !== '')
      notes.push(`env ${name}: ${value} is not in the sandbox; set to ${url}`)
  }
}

/** The file that marks a folder of publish shims (whichOn skips such a folder). */
export const PUBLISH_SHIM_PROGRAM = 'publish-shim.cjs'

/**
 * Writes the shims into `dir` (put first on every job's PATH): each runs the real tool found
 * further on PATH, adding the sandbox as the target of a publish.
 */
export async function writePublishShims(dir: string, sandbox: RehearsalSandbox): Promise<string> {
  await mkdir(dir, { recursive: true })
  const targets = {
    npm: sandbox.npm?.url ?? '',
    pypi: sandbox.pypi.uploadUrl,
    testpypi: sandbox.testpypi.uploadUrl,
  }
  const program = join(dir, PUBLISH_SHIM_PROGRAM)
  await writeFile(program, SHIM_PROGRAM.replace('__TARGETS__', JSON.stringify(targets)))
  for (const tool of SHIMMED_TOOLS) {
    const file = join(dir, tool)
    await writeFile(file, `#!/bin/sh\nexec "${process.execPath}" "${program}" ${tool} "$@"\n`)
    await chmod(file, 0o755)
  }
  return dir
}

const SHIM_PROGRAM = `// tokenless rehearse: a publish by this tool goes to the sandbox, whatever the workflow names.
const { spawnSync } = require('node:child_process')
const { accessSync, constants, realpathSync } = require('node:fs')
const { join } = require('node:path')
const targets = __TARGETS__
const [tool, ...args] = process.argv.slice(2)
const here = realpathSync(__dirname)
const real = (process.env.PATH || '').split(':').filter((dir) => {
  try { return dir !== '' && realpathSync(dir) !== here } catch { return false }
}).map((dir) => join(dir, tool)).find((file) => {
  try { accessSync(file, constants.X_OK); return true } catch { return false }
})
if (real === undefined) {
  process.stderr.write(tool + ': command not found\\n')
  process.exit(127)
}
const env = { ...process.env }
let trusted
const say = (url) => process.stderr.write('[tokenless rehearse] ' + tool + ' publishes to the sandbox: ' + url + '\\n')
const words = args.filter((arg) => !arg.startsWith('-'))
// What npm's registry refuses (E422) in a publish with provenance, said before the upload with
// what to change: a runner that is not GitHub-hosted, a package.json repository that is not the
// repository the provenance names. (Without id-token: write, npm refuses by itself.)
function provenanceRefusal() {
  const flag = args.filter((arg) => /^--(no-)?provenance(=|$)/.test(arg)).pop()
  const setting = flag === undefined ? env.npm_config_provenance ?? env.NPM_CONFIG_PROVENANCE ?? '' : flag
  // The folder published: a word after publish that holds a package.json (not a flag's value
  // such as --access public), else the working directory. A tarball is left to the registry.
  const read = (folder) => {
    try { return JSON.parse(require('node:fs').readFileSync(join(folder, 'package.json'), 'utf8')) } catch { return undefined }
  }
  const after = words.slice(words.indexOf('publish') + 1)
  const tarball = after.some((word) => /\\.t(ar\\.)?gz$/.test(word))
  const named = after.map((word) => read(require('node:path').resolve(word))).find((found) => found !== undefined)
  const manifest = tarball ? undefined : named !== undefined ? named : read(process.cwd())
  const configured = manifest && manifest.publishConfig ? manifest.publishConfig.provenance : undefined
  const asked = flag !== undefined ? /^--provenance(=true)?$/.test(flag)
    : /^true$/i.test(String(setting)) || configured === true || configured === 'true'
  if (!asked || env.GITHUB_ACTIONS !== 'true') return undefined
  const runner = env.RUNNER_ENVIRONMENT
  if (runner !== undefined && runner !== 'github-hosted') {
    return 'this job runs on a self-hosted runner (RUNNER_ENVIRONMENT=' + runner + '), and npm accepts provenance only from GitHub-hosted runners (on GitHub the registry answers E422 "Unsupported GitHub Actions runner environment"). Run the publishing job on a GitHub-hosted runner (runs-on: ubuntu-latest), or publish without provenance.'
  }
  const repository = env.GITHUB_REPOSITORY
  if (manifest === undefined || !repository) return undefined
  const field = manifest.repository
  const url = typeof field === 'string' ? field : field && typeof field.url === 'string' ? field.url : undefined
  const match = /github(?:\\.com)?[:/]([^/]+\\/[^/#]+?)(?:\\.git)?(?:#.*)?$/i.exec(url || '')
  if (match && match[1].toLowerCase() === repository.toLowerCase()) return undefined
  return (manifest.name || 'the package') + ": package.json's repository is " + (url || 'not set') + ', but provenance ties the package to ' + repository + ', and npm refuses the publish when they differ (on GitHub the registry answers E422 "Failed to validate repository information"). Set "repository": { "type": "git", "url": "git+https://github.com/' + repository + '.git" } in package.json.'
}
const test = args.some((arg) => /test\\.?pypi|testpypi/i.test(arg)) || (args.includes(targets.testpypi))
if (['npm', 'pnpm', 'yarn'].includes(tool) && words.includes('publish') && targets.npm === '') {
  // No npm registry in the sandbox: a publish has nowhere to go but off the machine.
  process.stderr.write('[tokenless rehearse] ' + tool + ' publish refused: the rehearsal started no npm registry (it saw no npm publish in the workflow), and a publish never leaves the machine.\\n')
  process.exit(1)
}
if ((tool === 'npm' || tool === 'pnpm') && words.includes('publish') && targets.npm !== '') {
  const refusal = provenanceRefusal()
  if (refusal !== undefined) {
    process.stderr.write('[tokenless rehearse] ' + tool + ' publish with provenance refused before any upload: ' + refusal + '\\n')
    process.exit(1)
  }
  args.push('--registry=' + targets.npm)
  say(targets.npm)
} else if (tool === 'yarn' && words.includes('publish') && targets.npm !== '') {
  env.YARN_NPM_PUBLISH_REGISTRY = targets.npm
  if (!words.includes('npm')) args.push('--registry', targets.npm)
  say(targets.npm)
} else if (tool === 'twine' && words[0] === 'upload') {
  const url = test ? targets.testpypi : targets.pypi
  args.push('--repository-url', url)
  say(url)
  const given = (env.TWINE_PASSWORD || '') !== '' || args.some((arg) => arg === '-p' || arg === '--password' || arg.startsWith('--password='))
  const named = args.findIndex((arg) => arg === '-u' || arg === '--username')
  const user = named >= 0 ? args[named + 1] : (env.TWINE_USERNAME || '__token__')
  if (!given && user === '__token__' && env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) trusted = url
} else if (tool === 'uv' && words[0] === 'publish') {
  const url = test ? targets.testpypi : targets.pypi
  for (let i = args.length - 1; i >= 0; i--) {
    if (args[i] === '--publish-url' || args[i] === '--index') args.splice(i, 2)
    else if (/^--(publish-url|index)=/.test(args[i])) args.splice(i, 1)
  }
  args.push('--publish-url', url)
  env.UV_PUBLISH_URL = url
  say(url)
}
function run() {
  const result = spawnSync(real, args, { stdio: 'inherit', env })
  if (result.error) { process.stderr.write(String(result.error.message) + '\\n'); process.exit(127) }
  process.exit(result.status === null ? 1 : result.status)
}
// twine 6.1 and later do trusted publishing when no password is given on GitHub Actions: the
// index's audience, the job's OIDC token for it, the token exchange. The machine's twine may be
// older, and the upload goes to the sandbox, so the shim does it as twine would.
async function mint(url) {
  const base = url.replace(/\\/legacy\\/?$/, '')
  const audience = await fetch(base + '/_/oidc/audience')
  if (!audience.ok) throw new Error('trusted publishing: ' + base + '/_/oidc/audience answered ' + audience.status)
  const { audience: aud } = await audience.json()
  const request = env.ACTIONS_ID_TOKEN_REQUEST_URL
  const identity = await fetch(request + (request.includes('?') ? '&' : '?') + 'audience=' + encodeURIComponent(aud), { headers: { authorization: 'Bearer ' + env.ACTIONS_ID_TOKEN_REQUEST_TOKEN } })
  if (!identity.ok) throw new Error('Unable to retrieve an OIDC token from the CI platform for trusted publishing (HTTP ' + identity.status + ')')
  const { value } = await identity.json()
  process.stdout.write('::add-mask::' + value + '\\n')
  const minted = await fetch(base + '/_/oidc/mint-token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: value }) })
  const payload = await minted.json().catch(() => ({}))
  if (!minted.ok || typeof payload.token !== 'string') {
    const reasons = (payload.errors || []).map((error) => '* ' + error.code + ': ' + error.description).join('\\n')
    throw new Error('The token request failed; the index server gave the following reasons:\\n\\n' + reasons)
  }
  process.stdout.write('::add-mask::' + payload.token + '\\n')
  env.TWINE_USERNAME = '__token__'
  env.TWINE_PASSWORD = payload.token
  process.stderr.write("[tokenless rehearse] twine: trusted publishing as twine 6.1 and later do it: the job's OIDC token exchanged at the sandbox's index\\n")
}
if (trusted === undefined) run()
else mint(trusted).then(run, (error) => { process.stderr.write('twine: ' + error.message + '\\n'); process.exit(1) })
`
