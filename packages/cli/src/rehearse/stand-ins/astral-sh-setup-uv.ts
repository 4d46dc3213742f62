// astral-sh/setup-uv: the machine's uv on PATH, with setup-uv's outputs and variables; without
// one, `uv` and `uvx` that say how to install it, so that only a step that uses uv fails.
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import {
  addPath,
  exportVariable,
  input,
  setOutput,
  truthy,
  type StandIn,
  type StandInEntry,
} from './stand-in.js'
import { versionOf } from './tool-versions.js'
import { runTool, whichOn } from './tool-process.js'

export const INSTALL_UV =
  "uv is not installed on this machine: the rehearsal stands in for astral-sh/setup-uv with the machine's uv. Install it (https://docs.astral.sh/uv/getting-started/installation/, or pipx install uv) and rehearse again."

const setupUv: StandIn = async (ctx, inputs) => {
  const uv = whichOn('uv', ctx.env.PATH)
  if (uv === undefined) {
    const bin = join(ctx.runnerTemp, 'setup-uv-missing')
    await mkdir(bin, { recursive: true })
    for (const name of ['uv', 'uvx'])
      await writeFile(
        join(bin, name),
        `#!/bin/sh\necho ${JSON.stringify(INSTALL_UV)} >&2\nexit 127\n`,
        {
          mode: 0o755,
        },
      )
    addPath(ctx, bin)
    ctx.warn(`${INSTALL_UV} The steps that run uv or uvx fail.`)
    ctx.note('no uv on this machine: uv and uvx say how to install it')
    return { ok: true }
  }
  const version = (await versionOf(uv, ['--version'], ctx.env)) ?? ''
  const wanted = input(inputs, 'version')
  if (wanted !== '' && wanted !== 'latest' && !version.includes(wanted))
    ctx.warn(
      `version ${wanted} was asked for; this machine has ${version}, which the rehearsal uses.`,
    )
  ctx.log(`Found in PATH: ${version} (${uv})`)
  setOutput(ctx, 'uv-version', version.replace(/^uv\s+/, '').split(' ')[0] ?? '')
  setOutput(ctx, 'uv-path', uv)
  setOutput(ctx, 'uvx-path', whichOn('uvx', ctx.env.PATH) ?? '')
  setOutput(ctx, 'cache-hit', 'false')
  const python = input(inputs, 'python-version')
  if (python !== '') {
    exportVariable(ctx, 'UV_PYTHON', python)
    setOutput(ctx, 'python-version', python)
  }
  if (truthy(inputs['activate-environment'], false)) {
    const venv = resolve(ctx.workspace, input(inputs, 'venv-path') || '.venv')
    const made = await runTool(ctx, uv, ['venv', venv])
    if (made.exitCode !== 0) return { ok: false, error: `uv venv failed (exit ${made.exitCode})` }
    addPath(ctx, join(venv, 'bin'))
    exportVariable(ctx, 'VIRTUAL_ENV', venv)
    setOutput(ctx, 'venv', venv)
  }
  if (truthy(inputs['enable-cache'], false))
    ctx.note('enable-cache: not rehearsed (no cache service)')
  ctx.note(`the machine's ${version} stands in for setup-uv's`)
  return { ok: true }
}

export const astralShSetupUv: StandInEntry = {
  uses: 'astral-sh/setup-uv',
  what: "the machine's uv",
  inputs: [
    'version',
    'version-file',
    'python-version',
    'activate-environment',
    'venv-path',
    'no-project',
    'working-directory',
    'checksum',
    'github-token',
    'enable-cache',
    'cache-dependency-glob',
    'restore-cache',
    'save-cache',
    'cache-suffix',
    'cache-local-path',
    'prune-cache',
    'cache-python',
    'ignore-nothing-to-cache',
    'ignore-empty-workdir',
    'tool-dir',
    'tool-bin-dir',
    'manifest-file',
    'download-from-astral-mirror',
    'add-problem-matchers',
    'quiet',
    'resolution-strategy',
  ],
  outputs: [
    'uv-version',
    'uv-path',
    'uvx-path',
    'cache-hit',
    'cache-key',
    'venv',
    'python-version',
    'python-cache-hit',
  ],
  standIn: setupUv,
}
