/** Where a problem is: a file (relative to the workspace), and a line when known. */
export interface SourceLocation {
  file: string
  line?: number
  endLine?: number
  column?: number
}

export interface ConfigurationErrorOptions {
  /** The file and line the mistake is in: becomes an annotation there. */
  location?: SourceLocation
  /** The input the mistake came from, e.g. `tag`. */
  input?: string
  /** Short title for the annotation. */
  title?: string
  cause?: unknown
}

/**
 * The code of a ConfigurationError that no package gave a code of its own: an action's check of
 * its inputs and workspace. docs/RELEASING.md has an entry for it as for every code.
 */
export const CONFIGURATION_ERROR_CODE = 'TL_CONFIGURATION'

/**
 * A mistake the user can fix: the message says what was found, where, and the fix.
 * runAction reports it as an error annotation (on the file and line when known) without a stack.
 * Each package raises its own subclass, whose `code` (TL_*) is stable across wordings: code and
 * docs/RELEASING.md key on the code, people read the message.
 */
export class ConfigurationError extends Error {
  override readonly name: string = 'ConfigurationError'
  readonly code: string = CONFIGURATION_ERROR_CODE
  readonly location: SourceLocation | undefined
  readonly input: string | undefined
  readonly title: string | undefined

  constructor(message: string, options: ConfigurationErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.location = options.location
    this.input = options.input
    this.title = options.title
  }
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError
}
