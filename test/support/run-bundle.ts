import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inputEnvironmentName } from '@tokenless/action-kit'
import { actionDefaults, repoRoot } from './action-defaults.js'

export interface BundleRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** `::error file=..::message` lines, parsed. */
  annotations: Array<{ level: string; properties: Record<string, string>; message: string }>
}

/** Parses the runner's GITHUB_OUTPUT file (`name<<delimiter` blocks and `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc?.[1] && heredoc[2]) {
      const end = lines.indexOf(heredoc[2], index + 1)
      outputs[heredoc[1]] = lines.slice(index + 1, end).join('\n')
      index = end
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return outputs
}

function unescape(value: string): string {
  return value
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')
}

export function parseAnnotations(stdout: string): BundleRun['annotations'] {
  return stdout.split('\n').flatMap((line) => {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match?.[1]) return []
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const [key, value = ''] = pair.split('=')
      if (key) properties[key] = unescape(value)
    }
    return [{ level: match[1], properties, message: unescape(match[3] ?? '') }]
  })
}

export interface BundleOptions {
  inputs?: Record<string, string>
  env?: Record<string, string>
  eventName?: string
  event?: unknown
  workspace: string
  /** Which code runs: the action's TypeScript sources, or its committed bundle. */
  target?: RunTarget
}

/** `src`: actions/<name>/src/index.ts run by Node from TypeScript; `dist`: the ncc bundle. */
export type RunTarget = 'src' | 'dist'

/**
 * The target of every run that does not name one: the sources, unless TOKENLESS_TEST_TARGET=dist
 * runs the same suites against the bundles.
 */
export function defaultTarget(): RunTarget {
  const wanted = process.env.TOKENLESS_TEST_TARGET
  if (wanted === undefined || wanted === '' || wanted === 'src') return 'src'
  if (wanted === 'dist') return 'dist'
  throw new Error(
    `TOKENLESS_TEST_TARGET is "${wanted}", which is not a target. Leave it unset (or src) to test the sources, or set dist to test the bundles.`,
  )
}

/**
 * The node arguments that run an action as the runner does: its bundle, or its sources with type
 * stripping (parameter properties need the transform) and the hooks that resolve `./x.js` to
 * `./x.ts` and `@tokenless/<name>` to packages/<name>/src.
 */
export function actionCommand(action: string, target: RunTarget = defaultTarget()): string[] {
  if (target === 'dist') return [join(repoRoot, 'actions', action, 'dist', 'index.js')]
  return [
    '--experimental-transform-types',
    '--disable-warning=ExperimentalWarning',
    '--import',
    join(repoRoot, 'test', 'support', 'source-hooks.ts'),
    join(repoRoot, 'actions', action, 'src', 'index.ts'),
  ]
}

interface PreparedRun {
  args: string[]
  env: Record<string, string>
  outputFile: string
  summaryFile: string
}

/** The runner's files and environment for one step: INPUT_* (action.yml defaults included) and the rest. */
function prepareRun(action: string, options: BundleOptions): PreparedRun {
  const dir = mkdtempSync(join(tmpdir(), `tokenless-${action}-`))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  const eventFile = join(dir, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: dir,
    ...(options.eventName ? { GITHUB_EVENT_NAME: options.eventName } : {}),
    ...options.env,
  }
  for (const [name, value] of Object.entries({ ...actionDefaults(action), ...options.inputs })) {
    // The runner evaluates `${{ github.token }}`-style defaults; a test passes what it needs.
    if (!value.includes('${{')) env[inputEnvironmentName(name)] = value
  }
  return {
    args: actionCommand(action, options.target),
    env,
    outputFile,
    summaryFile,
  }
}

function collect(run: PreparedRun, exitCode: number, stdout: string, stderr: string): BundleRun {
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(run.outputFile, 'utf8')),
    summary: readFileSync(run.summaryFile, 'utf8'),
    annotations: parseAnnotations(stdout),
  }
}

/**
 * Runs an action in its own node process the way the runner does: INPUT_* (defaults from
 * action.yml included), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH, GITHUB_WORKSPACE.
 * The code is actions/<name>/src (see defaultTarget), or dist/index.js with `target: 'dist'`.
 */
export function runBundle(action: string, options: BundleOptions): BundleRun {
  const run = prepareRun(action, options)
  const result = spawnSync(process.execPath, run.args, {
    cwd: options.workspace,
    env: run.env,
    encoding: 'utf8',
    timeout: 120_000,
  })
  if (result.error) throw result.error
  return collect(run, result.status ?? 1, result.stdout, result.stderr)
}

/** The same, without blocking this process: for bundles that talk to a server this process runs. */
export function runBundleAsync(action: string, options: BundleOptions): Promise<BundleRun> {
  const run = prepareRun(action, options)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, run.args, { cwd: options.workspace, env: run.env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve(collect(run, code ?? 1, stdout, stderr)))
  })
}

/**
 * The token may appear only in the `::add-mask::` command that tells the runner to hide it:
 * any other line of output holding it would be printed in the log.
 */
export function linesLeaking(run: BundleRun, secret: string): string[] {
  return `${run.stdout}\n${run.stderr}\n${run.summary}`
    .split('\n')
    .filter((line) => line.includes(secret) && line !== `::add-mask::${secret}`)
}
