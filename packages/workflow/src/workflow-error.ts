/** Where a problem in a workflow file is: 1-based line and column, 0 when unknown. */
export interface WorkflowLocation {
  file: string
  line: number
  column?: number
}

/**
 * A mistake in a workflow, or in what is given to it (inputs): the message says what was found,
 * where (`file:line`), and the fix.
 */
export class WorkflowError extends Error {
  override readonly name = 'WorkflowError'
  readonly file: string
  readonly line: number
  readonly column: number

  constructor(location: WorkflowLocation, problem: string) {
    super(`${where(location)}${problem}`)
    this.file = location.file
    this.line = location.line
    this.column = location.column ?? 0
  }
}

function where({ file, line }: WorkflowLocation): string {
  if (file === '') return ''
  return line > 0 ? `${file}:${line}: ` : `${file}: `
}
