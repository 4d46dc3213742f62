import type { ErrorObject } from 'ajv'
import { isRecord } from './openapi-description.js'

/**
 * The lines GitHub writes after `Invalid request.` when a body fails its JSON schema, e.g.
 * `"tag_name" wasn't supplied.` or `For 'properties/body', nil is not a string.` Values are
 * shown as Ruby inspects them (`nil`, `{"a" => 1}`), properties by their last name only
 * (GitHub reports `author.name` as `properties/name`), and the root as `links/0/schema`.
 */
export function describeInvalidRequest(errors: ErrorObject[]): string[] {
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath)
  // The branches of a failed anyOf explain themselves through the anyOf error.
  const relevant = errors.filter(
    (error) =>
      error.keyword === 'anyOf' ||
      !anyOfPaths.some((path) => error.schemaPath.startsWith(`${path}/`)),
  )
  const lines: string[] = []
  const missing = new Map<string, string[]>()
  for (const error of relevant) {
    if (error.keyword === 'required') {
      const names = missing.get(error.instancePath) ?? []
      names.push(String(error.params.missingProperty))
      missing.set(error.instancePath, names)
      continue
    }
    lines.push(describeError(error))
  }
  const supplied = [...missing.values()].map((names) =>
    names.length === 1
      ? `${quote(names[0]!)} wasn't supplied.`
      : `${names.map(quote).join(', ')} weren't supplied.`,
  )
  return [...new Set([...supplied, ...lines])]
}

function describeError(error: ErrorObject): string {
  const where = `For '${location(error.instancePath)}', `
  const value = rubyInspect(error.data)
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'type':
      return `${where}${value} is not ${typeNames(params.type)}.`
    case 'enum':
      return `${where}${plain(error.data)} is not a member of ${rubyInspect(params.allowedValues)}.`
    case 'additionalProperties':
      return `${quote(String(params.additionalProperty))} is not a permitted key.`
    case 'anyOf':
      return `${where}${value} is not ${typeNames(branchTypes(error.schema))}.`
    case 'maxLength':
      return `${where}${value} is too long (maximum is ${String(params.limit)} characters).`
    case 'minLength':
      return `${where}${value} is too short (minimum is ${String(params.limit)} characters).`
    case 'maxItems':
      return `${where}${value} has more than ${String(params.limit)} items.`
    case 'minItems':
      return `${where}${value} has fewer than ${String(params.limit)} items.`
    case 'maxProperties':
      return `No more than ${String(params.limit)} properties are allowed; ${countOf(error.data)} were supplied.`
    case 'maximum':
      return `${where}${value} is greater than the maximum of ${String(params.limit)}.`
    case 'minimum':
      return `${where}${value} is less than the minimum of ${String(params.limit)}.`
    case 'format':
      return `${where}${value} is not a valid ${String(params.format)}.`
    case 'pattern':
      return `${where}${value} does not match ${String(params.pattern)}.`
    default:
      return `${where}${value} ${error.message ?? 'is invalid'}.`
  }
}

function location(instancePath: string): string {
  if (instancePath === '') return 'links/0/schema'
  const last = instancePath.split('/').at(-1) ?? ''
  return /^\d+$/.test(last) ? 'items' : `properties/${last.replace(/~1/g, '/').replace(/~0/g, '~')}`
}

const ARTICLE: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  null: 'null',
}

function typeNames(type: unknown): string {
  const types = (Array.isArray(type) ? type : String(type).split(',')).map(String)
  const names = [...new Set(types.map((t) => ARTICLE[t] ?? t))]
  return names.length === 0 ? 'valid' : names.join(' or ')
}

/** The types an anyOf's branches accept, when each branch names one. */
function branchTypes(schema: unknown): string[] {
  if (!Array.isArray(schema)) return []
  return schema.flatMap((branch: unknown) => {
    if (!isRecord(branch)) return []
    const type = branch.type
    return Array.isArray(type) ? type.map(String) : typeof type === 'string' ? [type] : ['object']
  })
}

function countOf(value: unknown): number {
  return isRecord(value) ? Object.keys(value).length : 0
}

function quote(name: string): string {
  return JSON.stringify(name)
}

/** A value as GitHub shows it in an enum error: strings bare, anything else inspected. */
function plain(value: unknown): string {
  return typeof value === 'string' ? value : rubyInspect(value)
}

/** A JSON value as Ruby's `inspect` writes it: `nil`, `"text"`, `[1, 2]`, `{"a" => true}`. */
export function rubyInspect(value: unknown): string {
  if (value === null || value === undefined) return 'nil'
  if (typeof value === 'string') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(rubyInspect).join(', ')}]`
  if (isRecord(value)) {
    const entries = Object.entries(value).map(
      ([k, v]) => `${JSON.stringify(k)} => ${rubyInspect(v)}`,
    )
    return `{${entries.join(', ')}}`
  }
  return typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value)
}
