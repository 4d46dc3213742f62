// Well-known actions stood in for: what each does that the release depends on, done locally, with
// the same inputs, outputs and env files. Anything else they do is named in the step's notes.
import { execFile } from 'node:child_process'
import { appendFileSync, existsSync, globSync, statSync } from 'node:fs'
import { cp, mkdir, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { promisify } from 'node:util'
import { git } from '@tokenless/git'

const run = promisify(execFile)

export interface StandInContext {
  workspace: string
  runnerTemp: string
  /** The step's environment (PATH and the rest). */
  env: Record<string, string>
  /** The bare repository standing in for GitHub's copy. */
  gitDir: string
  repository: string
  /** The event's commit and ref: what checkout takes by default. */
  sha: string
  ref: string
  artifactsDir: string
  log(line: string): void
  warn(message: string): void
  note(text: string): void
}

export interface StandInResult {
  ok: boolean
  /** Why it failed, as the action would say it. */
  error?: string
}

export type StandIn = (
  ctx: StandInContext,
  inputs: Record<string, string>,
) => Promise<StandInResult>

function setOutput(ctx: StandInContext, name: string, value: string): void {
  const file = ctx.env.GITHUB_OUTPUT
  if (file !== undefined) appendFileSync(file, `${name}=${value}\n`)
}

function exportVariable(ctx: StandInContext, name: string, value: string): void {
  const file = ctx.env.GITHUB_ENV
  if (file !== undefined) appendFileSync(file, `${name}=${value}\n`)
}

function addPath(ctx: StandInContext, dir: string): void {
  const file = ctx.env.GITHUB_PATH
  if (file !== undefined) appendFileSync(file, `${dir}\n`)
}

function truthy(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback
  return value === 'true'
}

/** actions/checkout: the repository's copy fetched into the workspace at the ref, as checkout fetches. */
const checkout: StandIn = async (ctx, inputs) => {
  const repository = inputs.repository ?? ''
  if (repository !== '' && repository.toLowerCase() !== ctx.repository.toLowerCase()) {
    return {
      ok: false,
      error: `checkout of another repository (${repository}) is not rehearsed: only ${ctx.repository} is in the sandbox.`,
    }
  }
  const depth = Number(inputs['fetch-depth'] ?? '1')
  const target = resolve(ctx.workspace, inputs.path ?? '.')
  if (!target.startsWith(ctx.workspace)) {
    return { ok: false, error: `Repository path '${inputs.path}' is not under '${ctx.workspace}'` }
  }
  await mkdir(target, { recursive: true })
  if (truthy(inputs.clean, true)) {
    for (const entry of await readdir(target))
      await rm(join(target, entry), { recursive: true, force: true })
  }
  const wanted = inputs.ref ?? ''
  const resolved = await git(
    ctx.gitDir,
    ['rev-parse', '--verify', '--quiet', `${wanted === '' ? ctx.sha : wanted}^{commit}`],
    {
      allowFailure: true,
    },
  )
  if (resolved.exitCode !== 0) {
    return { ok: false, error: `A branch or tag with the name '${wanted}' could not be found` }
  }
  const sha = resolved.stdout.trim()
  const branch =
    wanted === '' && ctx.ref.startsWith('refs/heads/')
      ? ctx.ref.slice('refs/heads/'.length)
      : /^[0-9a-f]{40}$/.test(wanted) || wanted === ''
        ? undefined
        : wanted.replace(/^refs\/heads\//, '')
  const url = `file://${ctx.gitDir}`
  ctx.log(`Syncing repository: ${ctx.repository}`)
  await git(target, ['init', '--quiet'])
  await git(target, ['remote', 'add', 'origin', url])
  const fetchArgs = [
    '-c',
    'protocol.version=2',
    'fetch',
    '--quiet',
    '--no-tags',
    '--prune',
    '--no-recurse-submodules',
  ]
  if (depth > 0) {
    fetchArgs.push(
      `--depth=${depth}`,
      'origin',
      `+${sha}:refs/remotes/origin/${branch ?? 'rehearsal-ref'}`,
    )
  } else {
    fetchArgs.push(
      '--tags',
      'origin',
      '+refs/heads/*:refs/remotes/origin/*',
      '+refs/tags/*:refs/tags/*',
    )
  }
  await git(target, fetchArgs)
  if (depth > 0 && branch === undefined)
    await git(target, ['update-ref', '-d', 'refs/remotes/origin/rehearsal-ref'])
  if (branch !== undefined) {
    await git(target, ['checkout', '--quiet', '--force', '-B', branch, sha])
  } else {
    await git(target, ['checkout', '--quiet', '--force', '--detach', sha])
  }
  ctx.log(
    `HEAD is now at ${sha.slice(0, 7)}${depth > 0 ? ` (fetch-depth ${depth})` : ' (full history and tags)'}`,
  )
  setOutput(ctx, 'ref', branch ?? wanted)
  setOutput(ctx, 'commit', sha)
  ctx.note(
    `the repository's sandbox copy fetched at ${sha.slice(0, 7)}${depth > 0 ? `, ${depth} commit(s) deep` : ', full history'}${truthy(inputs['persist-credentials'], true) ? '; no credentials persisted' : ''}`,
  )
  return { ok: true }
}

async function versionOf(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<string | undefined> {
  try {
    const { stdout, stderr } = await run(command, args, { env })
    return `${stdout}${stderr}`.trim()
  } catch {
    return undefined
  }
}

/** actions/setup-node: the Node on PATH checked against node-version; registry-url writes the .npmrc setup-node writes. */
const setupNode: StandIn = async (ctx, inputs) => {
  const present = (await versionOf('node', ['--version'], ctx.env))?.replace(/^v/, '')
  if (present === undefined) return { ok: false, error: 'No node on PATH.' }
  const wanted = (inputs['node-version'] ?? '').trim()
  if (wanted !== '' && !versionMatches(present, wanted)) {
    ctx.warn(
      `node-version ${wanted} was asked for; this machine has Node ${present}, which the rehearsal uses.`,
    )
  }
  ctx.log(`Found in PATH: node ${present}`)
  setOutput(ctx, 'node-version', `v${present}`)
  const registryUrl = inputs['registry-url'] ?? ''
  if (registryUrl !== '') {
    // What setup-node does: an .npmrc in RUNNER_TEMP naming NODE_AUTH_TOKEN, and a placeholder
    // token so that npm does not fail before the user sets the real one.
    const url = new URL(registryUrl.endsWith('/') ? registryUrl : `${registryUrl}/`)
    const scope = inputs.scope ?? ''
    const npmrc = join(ctx.runnerTemp, '.npmrc')
    const lines = [
      `//${url.host}${url.pathname}:_authToken=\${NODE_AUTH_TOKEN}`,
      scope === ''
        ? `registry=${url.href}`
        : `${scope.startsWith('@') ? scope : `@${scope}`}:registry=${url.href}`,
    ]
    await writeFile(npmrc, `${lines.join('\n')}\n`)
    exportVariable(ctx, 'NPM_CONFIG_USERCONFIG', npmrc)
    exportVariable(ctx, 'NODE_AUTH_TOKEN', 'XXXXX-XXXXX-XXXXX-XXXXX')
    ctx.log(`Wrote ${npmrc} for ${url.href} and set NODE_AUTH_TOKEN to setup-node's placeholder`)
  }
  if ((inputs.cache ?? '') !== '')
    ctx.note(`cache: ${inputs.cache} is not rehearsed (no cache service)`)
  ctx.note(`the Node on this machine (${present}) stands in for node-version ${wanted || '(none)'}`)
  return { ok: true }
}

function versionMatches(present: string, wanted: string): boolean {
  const clean = wanted.replace(/^v/, '').replace(/\.x$/, '')
  if (/^(lts|latest|node|current)/.test(clean)) return true
  return present === clean || present.startsWith(`${clean}.`)
}

/** What a Python interpreter says about itself: its version and its executable. */
async function pythonAt(
  command: string,
  env: Record<string, string>,
): Promise<{ version: string; executable: string } | undefined> {
  const found = await versionOf(
    command,
    ['-c', 'import sys, platform; print(platform.python_version()); print(sys.executable)'],
    env,
  )
  const [version, executable] = (found ?? '').split('\n')
  if (found === undefined || !version || !executable) return undefined
  return { version, executable }
}

/** The interpreters to try for python-version: `python3.11` for 3.11, then `python3`. */
function pythonCandidates(wanted: string): string[] {
  const minor = /^(\d+)\.(\d+)/.exec(wanted.replace(/^(cpython|python)-?/i, ''))
  return minor === null ? ['python3'] : [`python${minor[1]}.${minor[2]}`, 'python3']
}

/**
 * The tool-cache folder setup-python puts on PATH ($RUNNER_TOOL_CACHE/Python/<version>/x64), made
 * from this machine's interpreter: a virtual environment that sees the system's packages (pip
 * among them), so that `python`, `python3` and `pip` are there and `pip install` works as on
 * GitHub's Python, without touching the system's. Made once per rehearsal.
 */
async function pythonInstallDir(
  ctx: StandInContext,
  python: { version: string; executable: string },
): Promise<{ dir: string; pip: boolean }> {
  const cache = ctx.env.RUNNER_TOOL_CACHE || join(ctx.runnerTemp, 'toolcache')
  const dir = join(cache, 'Python', python.version, 'x64')
  const bin = join(dir, 'bin')
  if (!existsSync(join(bin, 'python'))) {
    const building = `${dir}.${process.pid}.${Math.random().toString(36).slice(2)}`
    await mkdir(dirname(building), { recursive: true })
    const made = await run(
      python.executable,
      ['-m', 'venv', '--without-pip', '--system-site-packages', building],
      { env: ctx.env },
    ).then(
      () => true,
      () => false,
    )
    if (!made) {
      // No venv module: the interpreter itself, under the names setup-python provides.
      await mkdir(join(building, 'bin'), { recursive: true })
      const [major, minor] = python.version.split('.')
      for (const name of ['python', 'python3', `python${major}.${minor}`])
        await symlink(python.executable, join(building, 'bin', name))
    }
    await rename(building, dir).catch(async () => {
      // Another job of the run made it first.
      await rm(building, { recursive: true, force: true })
    })
  }
  // pip as setup-python's Python has it: `pip` and `pip3` run the interpreter's pip module when it
  // has one (Debian's python3-pip). Looked for once per folder: importing pip takes a second.
  const pipMark = join(dir, 'pip-checked')
  if (!existsSync(pipMark)) {
    const found = await versionOf(
      join(bin, 'python'),
      ['-c', 'import importlib.util as u, sys; sys.exit(u.find_spec("pip") is None)'],
      ctx.env,
    )
    if (found !== undefined) {
      for (const name of ['pip', 'pip3'])
        await writeFile(join(bin, name), '#!/bin/sh\nexec "$(dirname "$0")/python" -m pip "$@"\n', {
          mode: 0o755,
        })
    }
    await writeFile(pipMark, found === undefined ? 'no pip\n' : 'pip\n')
  }
  return { dir, pip: existsSync(join(bin, 'pip')) }
}

/**
 * actions/setup-python: the machine's Python of the asked version (else its python3) in a
 * tool-cache folder put first on PATH as `python`, `python3`, `pip` and `pip3`, with the variables
 * and outputs setup-python sets.
 */
const setupPython: StandIn = async (ctx, inputs) => {
  const wanted = (inputs['python-version'] ?? '').trim()
  let python: { version: string; executable: string } | undefined
  for (const candidate of pythonCandidates(wanted)) {
    python = await pythonAt(candidate, ctx.env)
    if (python !== undefined) break
  }
  if (python === undefined) {
    return {
      ok: false,
      error:
        'No python3 on PATH: the rehearsal stands in for setup-python with the Python of this machine. Install it (on Debian: npm run setup in the tokenless repository, or apt-get install python3 python3-venv python3-pip).',
    }
  }
  const present = python.version
  if (wanted !== '' && !versionMatches(present, wanted)) {
    ctx.warn(
      `python-version ${wanted} was asked for; this machine has Python ${present} (${python.executable}), which the rehearsal uses.`,
    )
  }
  const { dir, pip } = await pythonInstallDir(ctx, python)
  const bin = join(dir, 'bin')
  ctx.log(`Found in PATH: Python ${present} (${python.executable})`)
  if (truthy(inputs['update-environment'], true)) {
    exportVariable(ctx, 'pythonLocation', dir)
    exportVariable(ctx, 'PKG_CONFIG_PATH', `${dir}/lib/pkgconfig`)
    exportVariable(ctx, 'Python_ROOT_DIR', dir)
    exportVariable(ctx, 'Python2_ROOT_DIR', dir)
    exportVariable(ctx, 'Python3_ROOT_DIR', dir)
    const libPath = ctx.env.LD_LIBRARY_PATH ?? ''
    if (!libPath.split(':').includes(join(dir, 'lib')))
      exportVariable(ctx, 'LD_LIBRARY_PATH', `${join(dir, 'lib')}${libPath ? `:${libPath}` : ''}`)
    addPath(ctx, dir)
    addPath(ctx, bin)
    ctx.log(`Added ${bin} to PATH: python, python3${pip ? ', pip, pip3' : ''}`)
  }
  if (!pip) {
    ctx.warn(
      `Python ${present} (${python.executable}) has no pip: \`python -m pip\` and \`pip\` fail in this job, where setup-python's Python has pip. Install it (on Debian: npm run setup in the tokenless repository, or apt-get install python3-pip).`,
    )
  }
  setOutput(ctx, 'python-version', present)
  setOutput(ctx, 'python-path', join(bin, 'python'))
  if ((inputs.cache ?? '') !== '')
    ctx.note(`cache: ${inputs.cache} is not rehearsed (no cache service)`)
  ctx.note(
    `the Python on this machine (${present}, ${python.executable}) stands in for python-version ${wanted || '(none)'}, as python${pip ? ' and pip' : ''} in ${bin}`,
  )
  return { ok: true }
}

function hasGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern)
}

/** The longest directory every path is under: upload-artifact stores paths relative to it. */
function commonRoot(paths: string[]): string {
  if (paths.length === 0) return ''
  const split = paths.map((path) => dirname(path).split(sep))
  const first = split[0] ?? []
  let length = first.length
  for (const parts of split) {
    let index = 0
    while (index < length && parts[index] === first[index]) index++
    length = index
  }
  return first.slice(0, length).join(sep) || sep
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return globSync('**/*', { cwd: path })
    .map((file) => join(path, file))
    .filter((file) => statSync(file).isFile())
}

/** actions/upload-artifact: files copied into the run's artifact store under the artifact's name. */
const uploadArtifact: StandIn = async (ctx, inputs) => {
  const name = inputs.name || 'artifact'
  const store = join(ctx.artifactsDir, name)
  if (existsSync(store) && !truthy(inputs.overwrite, false)) {
    return {
      ok: false,
      error: `Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run`,
    }
  }
  const patterns = (inputs.path ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const files = new Set<string>()
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue
    const absolute = isAbsolute(pattern) ? pattern : resolve(ctx.workspace, pattern)
    const matches = hasGlob(pattern)
      ? globSync(pattern, { cwd: ctx.workspace }).map((match) => resolve(ctx.workspace, match))
      : [absolute]
    for (const match of matches) for (const file of filesUnder(match)) files.add(file)
  }
  if (files.size === 0) {
    const mode = inputs['if-no-files-found'] || 'warn'
    const message = `No files were found with the provided path: ${patterns.join(', ')}. No artifacts will be uploaded.`
    if (mode === 'error') return { ok: false, error: message }
    if (mode === 'warn') ctx.warn(message)
    else ctx.log(message)
    return { ok: true }
  }
  const list = [...files].sort()
  // A single directory is stored relative to itself; several paths relative to their common root.
  const root =
    patterns.length === 1 &&
    !hasGlob(patterns[0] ?? '') &&
    statSync(resolve(ctx.workspace, patterns[0] ?? '.')).isDirectory()
      ? resolve(ctx.workspace, patterns[0] ?? '.')
      : commonRoot(list)
  await rm(store, { recursive: true, force: true })
  for (const file of list) {
    const destination = join(store, relative(root, file))
    await mkdir(dirname(destination), { recursive: true })
    await cp(file, destination)
  }
  ctx.log(
    `Artifact ${name} has ${list.length} file(s): ${list.map((file) => relative(root, file)).join(', ')}`,
  )
  setOutput(ctx, 'artifact-id', String(list.length))
  setOutput(ctx, 'artifact-url', `artifact://${name}`)
  ctx.note(`artifact ${name} kept in the rehearsal's artifact store (${list.length} file(s))`)
  return { ok: true }
}

/** actions/download-artifact: the artifact store's files copied into the workspace. */
const downloadArtifact: StandIn = async (ctx, inputs) => {
  const target = resolve(ctx.workspace, inputs.path || '.')
  const name = inputs.name ?? ''
  const available = existsSync(ctx.artifactsDir) ? (await readdir(ctx.artifactsDir)).sort() : []
  const names =
    name !== '' ? [name] : available.filter((entry) => matchPattern(entry, inputs.pattern))
  for (const each of names) {
    if (!available.includes(each)) {
      return {
        ok: false,
        error: `Unable to download artifact(s): Artifact not found for name: ${each}\n        Please ensure that your artifact is not expired and the artifact was uploaded using a compatible version of toolkit/upload-artifact.`,
      }
    }
  }
  const merge = name !== '' || truthy(inputs['merge-multiple'], false)
  for (const each of names) {
    const destination = merge ? target : join(target, each)
    await mkdir(destination, { recursive: true })
    await cp(join(ctx.artifactsDir, each), destination, { recursive: true })
    ctx.log(`Artifact ${each} downloaded to ${relative(ctx.workspace, destination) || '.'}`)
  }
  setOutput(ctx, 'download-path', target)
  ctx.note(
    `artifact${names.length === 1 ? '' : 's'} ${names.join(', ') || '(none)'} copied from the rehearsal's artifact store`,
  )
  return { ok: true }
}

function matchPattern(name: string, pattern: string | undefined): boolean {
  if (pattern === undefined || pattern === '') return true
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${source}$`).test(name)
}

/** The stand-in for `uses:` (`actions/checkout@...`), by the action's name without its ref. */
export const STAND_INS: Record<string, { standIn: StandIn; what: string }> = {
  'actions/checkout': { standIn: checkout, what: 'the repository from the sandbox copy' },
  'actions/setup-node': { standIn: setupNode, what: 'the Node on this machine' },
  'actions/setup-python': { standIn: setupPython, what: 'the Python on this machine' },
  'actions/upload-artifact': { standIn: uploadArtifact, what: "the rehearsal's artifact store" },
  'actions/download-artifact': {
    standIn: downloadArtifact,
    what: "the rehearsal's artifact store",
  },
}
