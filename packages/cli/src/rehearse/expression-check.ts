// Every expression of a workflow's jobs parsed before any job runs, as GitHub does when it loads
// the workflow: a syntax error, an unknown context or an unknown function refuses the whole run
// ("The workflow is not valid"), with the file and line of the value that holds it.
import {
  CONTEXT_NAMES,
  ExpressionError,
  expressionsIn,
  parseExpression,
  type Workflow,
  WorkflowError,
} from '@tokenless/workflow'

type Path = Array<string | number>

/** The first expression mistake in `value` (a string, or a structure walked with its keys). */
function findMistake(
  value: unknown,
  path: Path,
  condition: boolean,
): { path: Path; error: ExpressionError } | undefined {
  if (typeof value === 'string') {
    try {
      const parts = expressionsIn(value)
      // An if: may leave out the ${{ }}: the whole text is then the expression.
      if (condition && parts.length === 0 && value.trim() !== '') {
        parseExpression(value, { namedValues: CONTEXT_NAMES })
      }
      for (const part of parts) parseExpression(part.expression, { namedValues: CONTEXT_NAMES })
    } catch (error) {
      if (error instanceof ExpressionError) return { path, error }
      throw error
    }
    return undefined
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findMistake(item, [...path, index], false)
      if (found !== undefined) return found
    }
    return undefined
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const found =
        findMistake(key, [...path, key], false) ?? findMistake(item, [...path, key], false)
      if (found !== undefined) return found
    }
  }
  return undefined
}

/**
 * Throws a WorkflowError (`file:line: ... key: the parser's message`) for the first expression
 * that does not parse, in file order.
 */
export function checkWorkflowExpressions(workflow: Workflow): void {
  const places: Array<[Path, unknown, boolean]> = [
    [['env'], workflow.env, false],
    [['concurrency', 'group'], workflow.concurrency?.group, false],
  ]
  for (const job of workflow.jobs) {
    const at = (...keys: Path): Path => ['jobs', job.id, ...keys]
    places.push(
      [at('name'), job.name, false],
      [at('if'), job.if, true],
      [at('runs-on'), job.runsOn, false],
      [at('environment'), job.environment, false],
      [at('concurrency', 'group'), job.concurrency?.group, false],
      [at('strategy', 'matrix'), job.strategy?.matrix, false],
      [at('strategy', 'fail-fast'), job.strategy?.failFast, false],
      [at('strategy', 'max-parallel'), job.strategy?.maxParallel, false],
      [at('env'), job.env, false],
      [at('outputs'), job.outputs, false],
      [at('with'), job.with, false],
      [at('secrets'), job.secrets, false],
      [at('timeout-minutes'), job.timeoutMinutes, false],
      [at('continue-on-error'), job.continueOnError, false],
    )
    for (const step of job.steps) {
      const s = (key: string): Path => at('steps', step.index, key)
      places.push(
        [s('name'), step.name, false],
        [s('if'), step.if, true],
        [s('run'), step.run, false],
        [s('with'), step.with, false],
        [s('env'), step.env, false],
        [s('working-directory'), step.workingDirectory, false],
        [s('continue-on-error'), step.continueOnError, false],
        [s('timeout-minutes'), step.timeoutMinutes, false],
      )
    }
  }
  for (const [path, value, condition] of places) {
    const found = findMistake(value, path, condition)
    if (found === undefined) continue
    // The place's key, and the keys below it: `run`, `with.ref`, `env.TOKEN`.
    const key = [
      path.filter((part) => typeof part === 'string').pop() ?? '',
      ...found.path.slice(path.length).filter((part) => typeof part === 'string'),
    ].join('.')
    throw new WorkflowError(
      { file: workflow.file, line: workflow.lineOf(found.path) },
      `the workflow is not valid, and GitHub starts none of its jobs: ${key}: ${found.error.message}`,
    )
  }
}
