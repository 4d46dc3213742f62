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
}

interface PreparedRun {
  script: string
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
    script: join(repoRoot, 'actions', action, 'dist', 'index.js'),
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
 * Runs `node actions/<name>/dist/index.js` the way the runner does: INPUT_* (defaults from
 * action.yml included), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH, GITHUB_WORKSPACE.
 */
export function runBundle(action: string, options: BundleOptions): BundleRun {
  const run = prepareRun(action, options)
  const result = spawnSync(process.execPath, [run.script], {
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
    const child = spawn(process.execPath, [run.script], { cwd: options.workspace, env: run.env })
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
