/** The runner's registered workflow commands (actions/runner's command extensions). */
const REGISTERED = new Set([
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
])

export interface RunnerCommand {
  command: string
  data: string
  line: string
}

/**
 * The workflow commands the runner would obey in `stdout`, read with its own rules: a line is
 * split at \n, \r and \r\n; `::name ...::data` counts after leading whitespace
 * (ActionCommand.TryParseV2); failing that, `##[name ...]data` anywhere in the line
 * (ActionCommand.TryParse).
 */
export function runnerCommands(stdout: string): RunnerCommand[] {
  return stdout.split(/\r\n|\r|\n/).flatMap((line) => {
    const trimmed = line.replace(/^[\s\u0085]+/, '')
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2)
      if (end >= 0) {
        const command = trimmed.slice(2, end).split(' ')[0] ?? ''
        if (REGISTERED.has(command)) return [{ command, data: trimmed.slice(end + 2), line }]
      }
    }
    const legacy = line.indexOf('##[')
    if (legacy >= 0) {
      const close = line.indexOf(']', legacy)
      const command = close < 0 ? '' : (line.slice(legacy + 3, close).split(' ')[0] ?? '')
      if (REGISTERED.has(command)) return [{ command, data: line.slice(close + 1), line }]
    }
    return []
  })
}
