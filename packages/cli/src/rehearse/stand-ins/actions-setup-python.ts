// actions/setup-python: the machine's Python of the asked version (else its python3) in a
// tool-cache folder put first on PATH.
import { existsSync } from 'node:fs'
import { mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import {
  addPath,
  exportVariable,
  setOutput,
  truthy,
  type StandIn,
  type StandInContext,
  type StandInEntry,
} from './stand-in.js'
import { execFileAsync as run, versionMatches, versionOf } from './tool-versions.js'

/** The variables that choose which interpreter a name runs: PATH and the version managers'. */
const CHOOSING_PYTHON = /^(PATH|PYENV_.*|PYTHON.*|VIRTUAL_ENV|CONDA_.*)$/

/**
 * What each interpreter said, by rehearsal (its tool cache) and by what chose it: the jobs of a
 * run that set up Python ask once (through a version manager's shim, an answer takes a second).
 */
const answers = new Map<string, Promise<{ version: string; executable: string } | undefined>>()

/** What a Python interpreter says about itself: its version and its executable. */
function pythonAt(
  command: string,
  env: Record<string, string>,
): Promise<{ version: string; executable: string } | undefined> {
  const choosing = Object.entries(env).filter(([name]) => CHOOSING_PYTHON.test(name))
  const key = JSON.stringify([env.RUNNER_TOOL_CACHE ?? '', command, choosing.sort()])
  let answer = answers.get(key)
  if (answer === undefined || env.RUNNER_TOOL_CACHE === undefined) {
    answer = askPython(command, env)
    if (env.RUNNER_TOOL_CACHE !== undefined) answers.set(key, answer)
  }
  return answer
}

async function askPython(
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

export const actionsSetupPython: StandInEntry = {
  uses: 'actions/setup-python',
  what: 'the Python on this machine',
  inputs: [
    'python-version',
    'python-version-file',
    'cache',
    'architecture',
    'check-latest',
    'token',
    'cache-dependency-path',
    'update-environment',
    'allow-prereleases',
    'freethreaded',
    'pip-version',
  ],
  outputs: ['python-version', 'cache-hit', 'python-path'],
  standIn: setupPython,
}
