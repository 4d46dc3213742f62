// The names GitHub shows for jobs and steps in a run's log and checks.

import { expressionsIn, interpolate } from './expressions.js'
import { CONTEXT_NAMES } from './expression-parser.js'
import type { Value } from './expression-values.js'
import { matrixSuffix } from './matrix.js'
import type { Job, Step } from './model.js'

/** A step's label: its name, else `Run <first line of run>`, else `Run <uses>`. */
export function stepLabel(step: Step): string {
  if (step.name !== undefined && step.name !== '') return step.name
  if (step.run !== undefined) {
    const firstLine = step.run.split(/\r?\n/).find((line) => line.trim() !== '') ?? ''
    return `Run ${firstLine.trim()}`
  }
  return `Run ${step.uses ?? ''}`
}

/**
 * A job's label: its name (with `${{ }}` evaluated against the matrix and any other contexts
 * given; contexts not given read as empty), else its id. With a matrix combination, a name
 * without expressions (or no name) gets GitHub's suffix of the combination's values:
 * `test (ubuntu-latest, 20)`.
 */
export function jobLabel(
  job: Job,
  matrix?: Record<string, Value>,
  contexts: Record<string, Value> = {},
): string {
  const name = job.name ?? job.id
  const hasExpressions = job.name !== undefined && expressionsIn(job.name).length > 0
  if (hasExpressions) {
    const all: Record<string, Value> = Object.fromEntries(CONTEXT_NAMES.map((n) => [n, {}]))
    Object.assign(all, contexts, { matrix: matrix ?? {} })
    return interpolate(name, { contexts: all })
  }
  const suffix = matrix === undefined ? '' : matrixSuffix(matrix)
  return suffix === '' ? name : `${name} ${suffix}`
}
