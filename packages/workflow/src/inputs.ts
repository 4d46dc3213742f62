// The inputs of a workflow_dispatch or workflow_call: their definitions, and the values given
// for a run checked and typed as GitHub does before the run starts.

import type { Value } from './expression-values.js'
import type { Workflow } from './model.js'
import { WorkflowError } from './workflow-error.js'

export type InputType = 'string' | 'boolean' | 'number' | 'choice' | 'environment'

export interface InputDefinition {
  name: string
  type: InputType
  required: boolean
  default?: unknown
  options?: string[]
  description?: string
}

export type InputEvent = 'workflow_dispatch' | 'workflow_call'

const TYPES: Record<InputEvent, readonly InputType[]> = {
  workflow_dispatch: ['string', 'boolean', 'number', 'choice', 'environment'],
  workflow_call: ['string', 'boolean', 'number'],
}

/** The inputs the workflow declares under `on.<event>.inputs`, in file order. */
export function inputDefinitions(workflow: Workflow, event: InputEvent): InputDefinition[] {
  const inputs = workflow.on[event]?.inputs
  if (inputs === undefined || inputs === null) return []
  const fail = (path: Array<string | number>, problem: string): never => {
    throw new WorkflowError(
      { file: workflow.file, line: workflow.lineOf(['on', event, 'inputs', ...path]) },
      problem,
    )
  }
  if (typeof inputs !== 'object' || Array.isArray(inputs)) {
    return fail([], `\`on.${event}.inputs\` must be a mapping of input names to their settings.`)
  }
  return Object.entries(inputs as Record<string, unknown>).map(([name, raw]) => {
    const settings = (raw ?? {}) as Record<string, unknown>
    if (typeof settings !== 'object' || Array.isArray(settings)) {
      return fail(
        [name],
        `input '${name}' must be a mapping (type, required, default, description).`,
      )
    }
    // workflow_dispatch inputs default to string; workflow_call inputs must say their type.
    const type = settings.type ?? (event === 'workflow_dispatch' ? 'string' : undefined)
    if (!TYPES[event].includes(type as InputType)) {
      fail(
        [name, 'type'],
        `input '${name}' has type ${type === undefined ? '(none)' : JSON.stringify(type)}, but a ${event} input's type is one of: ${TYPES[event].join(', ')}.`,
      )
    }
    const definition: InputDefinition = {
      name,
      type: type as InputType,
      required: settings.required === true,
    }
    if (settings.default !== undefined && settings.default !== null)
      definition.default = settings.default
    if (typeof settings.description === 'string') definition.description = settings.description
    if (type === 'choice') {
      const options = settings.options
      if (!Array.isArray(options) || options.length === 0) {
        fail([name], `choice input '${name}' has no \`options:\`. List the values it may take.`)
      }
      definition.options = (options as unknown[]).map(String)
    }
    return definition
  })
}

/**
 * The `inputs` context for a run: each given value checked against its definition and typed
 * (booleans true/false, numbers), defaults applied, unset optional inputs empty ('' / false / 0).
 * `file` names the workflow in errors.
 */
export function resolveInputs(
  definitions: InputDefinition[],
  given: Record<string, string>,
  file = '',
): Record<string, Value> {
  const fail = (problem: string): never => {
    throw new WorkflowError({ file, line: 0 }, problem)
  }
  const names = definitions.map((definition) => definition.name)
  for (const name of Object.keys(given)) {
    if (!names.includes(name)) {
      fail(
        names.length === 0
          ? `input '${name}' was given, but the workflow defines no inputs. Remove it, or declare it under \`inputs:\`.`
          : `input '${name}' was given, but the workflow defines only: ${names.join(', ')}. Remove it or correct its name.`,
      )
    }
  }
  const inputs: Record<string, Value> = {}
  for (const definition of definitions) {
    const { name } = definition
    const value = given[name]
    if (value !== undefined && !(definition.required && value === '')) {
      inputs[name] = convert(definition, value, 'given', fail)
    } else if (definition.default !== undefined) {
      inputs[name] = convert(definition, definition.default, 'default', fail)
    } else if (definition.required) {
      fail(
        `input '${name}' is required but was not given. Give it a value, or give the input a default.`,
      )
    } else {
      inputs[name] = definition.type === 'boolean' ? false : definition.type === 'number' ? 0 : ''
    }
  }
  return inputs
}

function convert(
  definition: InputDefinition,
  value: unknown,
  origin: 'given' | 'default',
  fail: (problem: string) => never,
): Value {
  const { name, type } = definition
  const text = typeof value === 'string' ? value : String(value)
  const what = origin === 'given' ? `input '${name}' is` : `the default of input '${name}' is`
  switch (type) {
    case 'boolean':
      if (value === true || text === 'true') return true
      if (value === false || text === 'false') return false
      return fail(`${what} '${text}', but it is a boolean: use true or false.`)
    case 'number': {
      const n = typeof value === 'number' ? value : text.trim() === '' ? Number.NaN : Number(text)
      if (!Number.isFinite(n))
        return fail(`${what} '${text}', but it is a number: use e.g. 3 or 1.5.`)
      return n
    }
    case 'choice': {
      const options = definition.options ?? []
      if (!options.includes(text)) {
        return fail(`${what} '${text}', but it must be one of: ${options.join(', ')}.`)
      }
      return text
    }
    default:
      return text
  }
}
