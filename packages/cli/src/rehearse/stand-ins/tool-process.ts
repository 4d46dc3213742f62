// A machine's tool run by a stand-in (twine, uv, python -m build): found on the step's PATH, its
// output logged line by line (masked by the step's log), its exit code returned.
import { spawn } from 'node:child_process'
import { accessSync, constants, existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { PUBLISH_SHIM_PROGRAM } from '../containment.js'
import type { StandInContext } from './stand-in.js'

/**
 * `command` on `path` (the step's PATH), as the shell finds it; undefined when absent. The
 * rehearsal's publish shims (a folder holding PUBLISH_SHIM_PROGRAM) are not the tool: they only
 * run the real one found after them.
 */
export function whichOn(command: string, path: string | undefined): string | undefined {
  for (const dir of (path ?? '').split(delimiter)) {
    if (dir === '' || existsSync(join(dir, PUBLISH_SHIM_PROGRAM))) continue
    const candidate = join(dir, command)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      continue
    }
  }
  return undefined
}

export interface ToolRun {
  exitCode: number
  /** What it wrote on standard output (also logged). */
  stdout: string
}

export function runTool(
  ctx: StandInContext,
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; quiet?: boolean } = {},
): Promise<ToolRun> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ctx.workspace,
      env: options.env ?? ctx.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    const reader = (stream: NodeJS.ReadableStream, keep: boolean): void => {
      let pending = ''
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => {
        if (keep) stdout += chunk
        pending += chunk
        const lines = pending.split('\n')
        pending = lines.pop() ?? ''
        if (options.quiet !== true) for (const line of lines) ctx.log(line.replace(/\r$/, ''))
      })
      stream.on('end', () => {
        if (pending !== '' && options.quiet !== true) ctx.log(pending)
      })
    }
    reader(child.stdout, true)
    reader(child.stderr, false)
    child.on('error', (error) => {
      ctx.log(`${command}: ${error.message}`)
      resolve({ exitCode: 127, stdout })
    })
    child.on('close', (code) => resolve({ exitCode: code ?? 1, stdout }))
  })
}
