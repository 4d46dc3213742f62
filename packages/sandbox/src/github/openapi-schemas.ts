import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import * as ajvFormats from 'ajv-formats'
import { isRecord, type GitHubDescription, type OpenApiOperation } from './openapi-description.js'

/** Where converted component schemas live inside ajv: `$ref`s are rewritten to this base. */
const SCHEMA_BASE = 'https://sandbox.tokenless.invalid/components/schemas/'

/** OpenAPI-only keywords (and annotations) that JSON Schema does not need. */
const DROPPED = new Set([
  'description',
  'example',
  'examples',
  'title',
  'summary',
  'deprecated',
  'readOnly',
  'writeOnly',
  'discriminator',
  'xml',
  'externalDocs',
  'nullable',
])

/** Keywords whose value is data, not a schema: copied as they are. */
const LITERAL = new Set(['enum', 'default', 'const', 'required', 'type', 'format', 'pattern'])

/** Keywords whose value maps names to schemas: the names are not keywords. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs'])

/** Formats GitHub's description uses that ajv-formats does not define: annotations only. */
const ANNOTATION_FORMATS = [
  'int32',
  'int64',
  'binary',
  'byte',
  'float',
  'double',
  'password',
  'repo.nwo',
  'ssh-key',
  'uri-template',
]

/**
 * Turns one OpenAPI 3.0 schema into JSON Schema for ajv:
 * - `nullable: true` becomes `type: [T, 'null']` (or `anyOf [.., {type: null}]` without a type);
 * - `oneOf` becomes `anyOf`: GitHub's alternatives overlap (none sets `additionalProperties:
 *   false`), so a strict `oneOf` rejects real GitHub payloads that match two alternatives;
 * - `$ref: '#/components/schemas/x'` points at the component registered in ajv, and its
 *   siblings are dropped as OpenAPI 3.0 says;
 * - annotations and `x-*` extensions are dropped.
 */
export function convertSchema(node: unknown, refs: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((item) => convertSchema(item, refs))
  if (!isRecord(node)) return node
  if (typeof node.$ref === 'string') {
    const name = /^#\/components\/schemas\/(.+)$/.exec(node.$ref)?.[1]
    if (name === undefined) throw new Error(`Unsupported $ref ${node.$ref} in a schema.`)
    refs.add(name)
    const ref = { $ref: SCHEMA_BASE + name }
    return node.nullable === true ? { anyOf: [ref, { type: 'null' }] } : ref
  }
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue
    if (LITERAL.has(key)) out[key] = value
    else if (SCHEMA_MAPS.has(key) && isRecord(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, schema]) => [name, convertSchema(schema, refs)]),
      )
    } else if (key === 'oneOf') {
      const alternatives = convertSchema(value, refs)
      if (out.anyOf === undefined) out.anyOf = alternatives
      else out.allOf = [...((out.allOf as unknown[]) ?? []), { anyOf: alternatives }]
    } else if (key === 'anyOf' && out.anyOf !== undefined) {
      out.allOf = [...((out.allOf as unknown[]) ?? []), { anyOf: convertSchema(value, refs) }]
    } else out[key] = convertSchema(value, refs)
  }
  if (node.nullable !== true) return out
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null']
    if (Array.isArray(out.enum) && !out.enum.includes(null))
      out.enum = [...(out.enum as unknown[]), null]
    return out
  }
  return { anyOf: [out, { type: 'null' }] }
}

interface AjvOptions {
  coerceTypes: boolean
  verbose: boolean
}

/** One ajv instance with GitHub's component schemas added on first use. */
class SchemaCompiler {
  private readonly ajv: Ajv
  private readonly added = new Set<string>()

  constructor(
    private readonly components: ComponentCache,
    options: AjvOptions,
  ) {
    this.ajv = new Ajv({
      strict: false,
      // Compile each referenced schema once (simple-user is referenced everywhere) and skip the
      // code optimizer: first compiles of large schemas take a third less time.
      inlineRefs: false,
      code: { optimize: false },
      allErrors: true,
      logger: false,
      coerceTypes: options.coerceTypes,
      verbose: options.verbose,
    })
    addFormats(this.ajv)
    for (const format of ANNOTATION_FORMATS) this.ajv.addFormat(format, true)
  }

  compile(schema: unknown): ValidateFunction {
    const refs = new Set<string>()
    const converted = convertSchema(schema, refs)
    this.addComponents(refs)
    return this.ajv.compile(converted as object)
  }

  private addComponents(names: Set<string>): void {
    const queue = [...names]
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
      if (this.added.has(name)) continue
      const component = this.components.get(name)
      this.ajv.addSchema(component.schema as object, SCHEMA_BASE + name)
      this.added.add(name)
      queue.push(...component.refs)
    }
  }
}

function addFormats(ajv: Ajv): void {
  // ajv-formats is CommonJS: its plugin is the module itself or its `default`.
  const module = ajvFormats as unknown as { default?: unknown }
  const plugin = (typeof module.default === 'function' ? module.default : module) as (
    ajv: Ajv,
  ) => Ajv
  plugin(ajv)
}

/** Component schemas converted once, shared by every ajv instance. */
class ComponentCache {
  private readonly converted = new Map<string, { schema: unknown; refs: string[] }>()

  constructor(private readonly description: GitHubDescription) {}

  get(name: string): { schema: unknown; refs: string[] } {
    const cached = this.converted.get(name)
    if (cached !== undefined) return cached
    const source = this.description.document.components.schemas[name]
    if (source === undefined) throw new Error(`GitHub's description has no schema ${name}.`)
    const refs = new Set<string>()
    const entry = { schema: convertSchema(source, refs), refs: [...refs] }
    this.converted.set(name, entry)
    return entry
  }
}

export interface OperationValidators {
  /** Path parameters (integers coerced from their text). */
  path: ValidateFunction | undefined
  /** Query parameters (coerced from their text). */
  query: ValidateFunction | undefined
  /** The JSON request body. */
  body: ValidateFunction | undefined
  /** The response schema for a status; undefined when the status is not documented. */
  response(status: number): { schema: ValidateFunction | undefined; documented: boolean }
}

/**
 * Validators compiled lazily per operation and cached for the life of the description, so a test
 * file that starts many sandboxes compiles each operation it uses once.
 */
export class ContractSchemas {
  private readonly components: ComponentCache
  private readonly requests: SchemaCompiler
  private readonly parameters: SchemaCompiler
  private readonly responses: SchemaCompiler
  private readonly operations = new Map<string, OperationValidators>()
  private basicError: ValidateFunction | undefined

  constructor(description: GitHubDescription) {
    this.components = new ComponentCache(description)
    this.requests = new SchemaCompiler(this.components, { coerceTypes: false, verbose: true })
    this.parameters = new SchemaCompiler(this.components, { coerceTypes: true, verbose: true })
    this.responses = new SchemaCompiler(this.components, { coerceTypes: false, verbose: false })
  }

  for(operation: OpenApiOperation): OperationValidators {
    const cached = this.operations.get(operation.operationId)
    if (cached !== undefined) return cached
    const validators = this.compileOperation(operation)
    this.operations.set(operation.operationId, validators)
    return validators
  }

  private compileOperation(operation: OpenApiOperation): OperationValidators {
    const parametersIn = (place: 'path' | 'query'): ValidateFunction | undefined => {
      const list = operation.parameters.filter((p) => p.in === place)
      if (list.length === 0) return undefined
      return this.parameters.compile({
        type: 'object',
        properties: Object.fromEntries(list.map((p) => [p.name, p.schema ?? {}])),
        required: list.filter((p) => p.required === true).map((p) => p.name),
      })
    }
    const compiledResponses = new Map<string, ValidateFunction | undefined>()
    const responseSchema = (key: string): ValidateFunction | undefined => {
      if (!compiledResponses.has(key)) {
        const schema = operation.responses.get(key)
        compiledResponses.set(
          key,
          schema === undefined ? undefined : this.responses.compile(schema),
        )
      }
      return compiledResponses.get(key)
    }
    return {
      path: parametersIn('path'),
      query: parametersIn('query'),
      body:
        operation.requestSchema === undefined
          ? undefined
          : this.requests.compile(operation.requestSchema),
      response: (status) => {
        const key = String(status)
        if (operation.responses.has(key)) return { schema: responseSchema(key), documented: true }
        if (operation.responses.has('default')) {
          return { schema: responseSchema('default'), documented: true }
        }
        // GitHub documents few error statuses per operation; every error body is a basic-error.
        if (status >= 400) return { schema: this.basicErrorSchema(), documented: true }
        return { schema: undefined, documented: false }
      },
    }
  }

  private basicErrorSchema(): ValidateFunction {
    this.basicError ??= this.responses.compile({ $ref: '#/components/schemas/basic-error' })
    return this.basicError
  }
}

/** ajv's errors as short lines: `/assets/0/digest must be string`. */
export function formatSchemaErrors(errors: ErrorObject[] | null | undefined, limit = 8): string[] {
  const lines = (errors ?? []).map((error) => {
    const where = error.instancePath === '' ? '(root)' : error.instancePath
    const detail =
      error.keyword === 'required'
        ? `must have required property '${String(error.params.missingProperty)}'`
        : error.keyword === 'additionalProperties'
          ? `must not have property '${String(error.params.additionalProperty)}'`
          : (error.message ?? error.keyword)
    return `${where} ${detail}`
  })
  const unique = [...new Set(lines)]
  return unique.length > limit
    ? [...unique.slice(0, limit), `... and ${unique.length - limit} more`]
    : unique
}
