import { spawnSync } from 'node:child_process'
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

/**
 * Runs `node actions/<name>/dist/index.js` the way the runner does: INPUT_* (defaults from
 * action.yml included), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH, GITHUB_WORKSPACE.
 */
export function runBundle(
  action: string,
  options: {
    inputs?: Record<string, string>
    env?: Record<string, string>
    eventName?: string
    event?: unknown
    workspace: string
  },
): BundleRun {
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
    env[inputEnvironmentName(name)] = value
  }
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, 'actions', action, 'dist', 'index.js')],
    {
      cwd: options.workspace,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    },
  )
  if (result.error) throw result.error
  return {
    exitCode: result.status ?? 1,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: parseAnnotations(result.stdout),
  }
}
