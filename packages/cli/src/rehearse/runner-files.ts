// What the runner reads back after a step: the env files (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH)
// and the workflow commands in its output (::add-mask::, ::error::, ...).

/**
 * Parses a runner key-value file (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE): `name=value` lines
 * and `name<<DELIMITER` blocks. Throws, as the runner fails the step, on an unclosed block.
 */
export function parseKeyValueFile(text: string, file: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (line === '') continue
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line)
    const equals = line.indexOf('=')
    if (heredoc !== null && (equals < 0 || equals > line.indexOf('<<'))) {
      const [, name = '', delimiter = ''] = heredoc
      const end = lines.indexOf(delimiter, index + 1)
      if (end < 0) {
        throw new Error(
          `Matching delimiter not found '${delimiter}' in ${file}: a ${name}<<${delimiter} block is never closed.`,
        )
      }
      values[name] = lines.slice(index + 1, end).join('\n')
      index = end
      continue
    }
    if (equals <= 0) {
      throw new Error(
        `Invalid format '${line}' in ${file}: expected name=value or name<<DELIMITER.`,
      )
    }
    values[line.slice(0, equals)] = line.slice(equals + 1)
  }
  return values
}

/** GITHUB_PATH: one directory per line, the last written first on PATH. */
export function parsePathFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reverse()
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  file?: string
  line?: number
  title?: string
}

function unescapeData(value: string): string {
  return value.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
}

function unescapeProperty(value: string): string {
  return unescapeData(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',')
}

/**
 * Reads the workflow commands in a step's output as the runner does: `::add-mask::` adds a secret
 * (the line itself is never shown), annotations are collected, `::stop-commands::TOKEN` suspends
 * command processing until `::TOKEN::`. Returns the lines to show.
 */
export class WorkflowCommandReader {
  readonly annotations: Annotation[] = []
  private stopToken: string | undefined

  constructor(private readonly addMask: (secret: string) => void) {}

  /** One line of output; returns the line as the log shows it, or undefined to hide it. */
  line(text: string): string | undefined {
    if (this.stopToken !== undefined) {
      if (text.trim() === `::${this.stopToken}::`) {
        this.stopToken = undefined
        return undefined
      }
      return text
    }
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(text.trim())
    if (match === null) return text
    const [, command = '', props = '', data = ''] = match
    switch (command) {
      case 'add-mask': {
        const secret = unescapeData(data).trim()
        if (secret !== '') this.addMask(secret)
        return undefined
      }
      case 'stop-commands':
        this.stopToken = data
        return undefined
      case 'error':
      case 'warning':
      case 'notice': {
        const properties: Record<string, string> = {}
        for (const pair of props.split(',').filter(Boolean)) {
          const at = pair.indexOf('=')
          if (at > 0) properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1))
        }
        const annotation: Annotation = { level: command, message: unescapeData(data) }
        if (properties.file !== undefined) annotation.file = properties.file
        if (properties.line !== undefined && /^\d+$/.test(properties.line)) {
          annotation.line = Number(properties.line)
        }
        if (properties.title !== undefined) annotation.title = properties.title
        this.annotations.push(annotation)
        return `${command === 'error' ? 'Error' : command === 'warning' ? 'Warning' : 'Notice'}: ${annotation.message}`
      }
      case 'debug':
      case 'group':
      case 'endgroup':
      case 'save-state':
      case 'echo':
        return command === 'group' ? data : undefined
      case 'set-output':
      case 'set-env':
      case 'add-path':
        this.annotations.push({
          level: 'warning',
          message: `The \`${command}\` command is disabled on GitHub: write to ${command === 'set-output' ? 'GITHUB_OUTPUT' : command === 'set-env' ? 'GITHUB_ENV' : 'GITHUB_PATH'} instead.`,
        })
        return text
      default:
        return text
    }
  }
}

/** Replaces every registered secret with `***`, longest first, as the runner's log does. */
/**
 * A secret as base64 shows it inside longer encoded text, as the runner masks it: from each of
 * the three byte offsets it may start at, whole 3-byte groups only.
 */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  const forms: string[] = []
  // Short forms would mask unrelated text.
  for (let shift = 0; shift < 3 && bytes.length - shift >= 12; shift++) {
    // Whole 3-byte groups only: the bytes around the secret change the rest.
    const whole = Math.floor((bytes.length - shift) / 3) * 4
    forms.push(bytes.subarray(shift).toString('base64').slice(0, whole))
  }
  return forms
}

export class Masker {
  private secrets: string[] = []

  add(secret: string): void {
    for (const part of [secret, ...secret.split(/\r?\n/)]) {
      const trimmed = part.trim()
      // The runner ignores very short values, which would mask half the log.
      if (trimmed.length < 4) continue
      for (const form of [trimmed, ...base64Forms(trimmed)]) {
        if (form.length >= 4 && !this.secrets.includes(form)) this.secrets.push(form)
      }
    }
    this.secrets.sort((a, b) => b.length - a.length)
  }

  mask(text: string): string {
    let result = text
    for (const secret of this.secrets) {
      if (result.includes(secret)) result = result.split(secret).join('***')
    }
    return result
  }
}
