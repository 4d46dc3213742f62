// A job's `strategy.matrix` expanded into the combinations GitHub runs, one job each.

import { isPrimitive, toText, type Value } from './expression-values.js'
import { WorkflowError, type WorkflowLocation } from './workflow-error.js'

export const MAX_MATRIX_JOBS = 256

/**
 * The combinations of a matrix, in GitHub's order and by its rules:
 * - every dimension (a key other than include/exclude) is a list; the combinations are their
 *   product, the first dimension varying slowest;
 * - `exclude` entries remove each combination they match (an entry may name only some keys);
 * - then each `include` entry is merged into every combination whose original dimensions it
 *   agrees with (values it adds itself may be overwritten by later entries); an entry that
 *   matches none becomes a combination of its own.
 * No matrix gives one empty combination. The matrix must already be evaluated (no `${{ }}`).
 * `where` places errors in the workflow.
 */
export function expandMatrix(
  matrix: Value,
  where: WorkflowLocation = { file: '', line: 0 },
): Array<Record<string, Value>> {
  if (matrix === null || matrix === undefined) return [{}]
  const fail = (problem: string): never => {
    throw new WorkflowError(where, problem)
  }
  if (typeof matrix !== 'object' || Array.isArray(matrix)) {
    return fail(
      `the matrix must be a mapping of keys to lists of values, but it is ${Array.isArray(matrix) ? 'a list' : JSON.stringify(matrix)}. Write e.g. \`matrix: { node: [20, 22] }\`, or \`\${{ fromJSON(...) }}\` giving such a mapping.`,
    )
  }
  const dimensions: Array<[string, Value[]]> = []
  for (const [key, values] of Object.entries(matrix)) {
    if (key === 'include' || key === 'exclude') continue
    if (!Array.isArray(values)) {
      fail(
        `matrix key '${key}' must be a list of values, e.g. \`${key}: [a, b]\`, but it is ${JSON.stringify(values)}.`,
      )
    } else if (values.length === 0) {
      fail(
        `matrix key '${key}' has no values, so the matrix makes no job. Give it at least one value, or remove it.`,
      )
    } else {
      dimensions.push([key, values])
    }
  }
  const include = entries(matrix.include, 'include', fail)
  const exclude = entries(matrix.exclude, 'exclude', fail)
  if (dimensions.length === 0 && include.length === 0) {
    fail(
      'the matrix has no keys and no `include:`, so it makes no job. Add a key with a list of values, e.g. `node: [20, 22]`.',
    )
  }

  let combinations: Array<Record<string, Value>> = []
  if (dimensions.length > 0) {
    combinations = [{}]
    for (const [key, values] of dimensions) {
      combinations = combinations.flatMap((combination) =>
        values.map((value) => ({ ...combination, [key]: value })),
      )
    }
    combinations = combinations.filter(
      (combination) => !exclude.some((entry) => matches(combination, entry, Object.keys(entry))),
    )
  }
  const original = dimensions.map(([key]) => key)
  const base = combinations.length
  const added: Array<Record<string, Value>> = []
  for (const entry of include) {
    let merged = false
    // Only the product's combinations take include entries; an entry added on its own does not.
    for (let i = 0; i < base; i++) {
      const combination = combinations[i]!
      if (
        matches(
          combination,
          entry,
          original.filter((key) => key in entry),
        )
      ) {
        Object.assign(combination, entry)
        merged = true
      }
    }
    if (!merged) added.push({ ...entry })
  }
  const result = [...combinations, ...added]
  if (result.length === 0) {
    fail(
      'the matrix excludes every combination, so it makes no job. Loosen `exclude:`, or add to `include:`.',
    )
  }
  if (result.length > MAX_MATRIX_JOBS) {
    fail(
      `the matrix makes ${result.length} jobs, but GitHub runs at most ${MAX_MATRIX_JOBS} per matrix. Split it, or exclude combinations.`,
    )
  }
  return result
}

function entries(
  value: Value | undefined,
  key: 'include' | 'exclude',
  fail: (problem: string) => never,
): Array<Record<string, Value>> {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || !value.every((entry) => isRecord(entry))) {
    return fail(
      `matrix \`${key}:\` must be a list of mappings, e.g. \`${key}: [{ os: windows-latest, node: 20 }]\`.`,
    )
  }
  return value
}

function isRecord(value: Value): value is Record<string, Value> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function matches(
  combination: Record<string, Value>,
  entry: Record<string, Value>,
  keys: string[],
): boolean {
  return keys.every((key) => key in combination && sameValue(combination[key]!, entry[key]!))
}

function sameValue(a: Value, b: Value): boolean {
  if (isPrimitive(a) || isPrimitive(b)) return a === b
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * The values of a combination as GitHub lists them after a job's name: "(ubuntu-latest, 20)".
 * Empty values (null, '') are left out; nested values are listed leaf by leaf.
 */
export function matrixSuffix(combination: Record<string, Value>): string {
  const leaves: string[] = []
  const walk = (value: Value): void => {
    if (isPrimitive(value)) {
      if (value !== null && value !== '') leaves.push(toText(value))
    } else if (Array.isArray(value)) value.forEach(walk)
    else Object.values(value).forEach(walk)
  }
  Object.values(combination).forEach(walk)
  return leaves.length === 0 ? '' : `(${leaves.join(', ')})`
}
