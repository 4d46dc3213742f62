import { configurationError, formatWhere, readManifestText } from './manifest-file.js'
import type { ManifestReadOptions, ManifestReference } from './manifest-file.js'
import type { ManifestKind } from './manifest-spec.js'
import { manifestVersion } from './manifest-version.js'
import type { ManifestVersion } from './manifest-version.js'

/** A top-level `NAME = ...` (or `NAME: str = ...`) statement of a Python module. */
export interface PythonAssignment {
  name: string
  /** Offset of the name, at the start of its line. */
  start: number
  /** The content of the string literal; undefined when the value is an expression. */
  value?: string
  /** Offset of the literal's content, or of the expression. */
  valueStart: number
  /** The value as written, up to the end of the line. */
  expression: string
}

/**
 * The offsets of the lines that start a statement at the top level of a Python module: not
 * inside a triple-quoted string, brackets, or after a backslash continuation; not indented.
 */
function topLevelLineStarts(text: string): number[] {
  const starts: number[] = []
  let depth = 0
  let triple: string | undefined
  let continued = false
  let lineStart = true
  for (let i = 0; i < text.length;) {
    if (lineStart) {
      if (triple === undefined && depth === 0 && !continued) starts.push(i)
      lineStart = false
      continued = false
    }
    const char = text[i]
    if (triple !== undefined) {
      if (char === '\\') i += 2
      else if (text.startsWith(triple, i)) {
        i += 3
        triple = undefined
      } else {
        if (char === '\n') lineStart = true
        i++
      }
      continue
    }
    if (char === '\n') {
      lineStart = true
      i++
    } else if (char === '#') {
      while (i < text.length && text[i] !== '\n') i++
    } else if (char === '\\' && (text[i + 1] === '\n' || text.startsWith('\r\n', i + 1))) {
      // only the backslash: the newline after it still ends the line (the next one is continued)
      continued = true
      i++
    } else if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
      triple = text.slice(i, i + 3)
      i += 3
    } else if (char === '"' || char === "'") {
      i++
      while (i < text.length && text[i] !== char && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1
      if (text[i] === char) i++
    } else {
      if (char === '(' || char === '[' || char === '{') depth++
      else if ((char === ')' || char === ']' || char === '}') && depth > 0) depth--
      i++
    }
  }
  return starts
}

const STRING_LITERAL = /([rRuU]?)("""|'''|"|')/y
const REST_OF_LINE = /^[ \t]*(?:[#;].*)?\r?$/

/**
 * The first top-level assignment to one of `names` (as setuptools and flit read `__version__`
 * without running the module), or undefined when there is none.
 */
export function findPythonAssignment(
  text: string,
  names: readonly string[],
): PythonAssignment | undefined {
  const alternatives = names.map((name) => name.replace(/[^\w]/g, '\\$&')).join('|')
  const statement = new RegExp(`(${alternatives})[ \\t]*(?::[^=\\n]*)?=(?!=)[ \\t]*`, 'y')
  for (const start of topLevelLineStarts(text)) {
    statement.lastIndex = start
    const match = statement.exec(text)
    if (match === null) continue
    const name = match[1] ?? ''
    const valueStart = start + match[0].length
    const lineEnd = text.indexOf('\n', valueStart)
    const expression = text.slice(valueStart, lineEnd === -1 ? text.length : lineEnd).trim()
    STRING_LITERAL.lastIndex = valueStart
    const literal = STRING_LITERAL.exec(text)
    if (literal !== null) {
      const quote = literal[2] ?? '"'
      const contentStart = valueStart + literal[0].length
      let end = contentStart
      while (end < text.length && !text.startsWith(quote, end) && text[end] !== '\n') {
        end += text[end] === '\\' ? 2 : 1
      }
      if (text.startsWith(quote, end)) {
        const after = end + quote.length
        const restEnd = text.indexOf('\n', after)
        if (REST_OF_LINE.test(text.slice(after, restEnd === -1 ? text.length : restEnd))) {
          const value = text.slice(contentStart, end)
          return { name, start, value, valueStart: contentStart, expression }
        }
      }
    }
    return { name, start, valueStart, expression }
  }
  return undefined
}

export interface PythonModuleOptions extends ManifestReadOptions {
  /** The names to look for; `__version__` by default (setuptools' `attr` may name another). */
  names?: readonly string[]
  kind?: ManifestKind
  packageName?: string
  /** The setting that named the module, when it is not itself in `manifests`. */
  reference?: ManifestReference
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/** Reads `__version__ = "1.2.3"` from a Python module. */
export async function readPythonModuleVersion(
  cwd: string,
  spec: { spec: string; file: string },
  options: PythonModuleOptions = {},
): Promise<ManifestVersion> {
  const { reference } = options
  const names = options.names ?? ['__version__']
  const manifest = await readManifestText(cwd, spec.file, reference, options.workspace)
  const { file } = manifest
  const fix =
    reference === undefined
      ? `or remove ${file} from manifests`
      : `or fix ${reference.source} in ${reference.file}`
  const found = findPythonAssignment(manifest.text, names)
  const example = `${names[0] ?? '__version__'} = "1.2.3"`
  if (found === undefined) {
    const by =
      reference === undefined
        ? ''
        : ` (${formatWhere(reference.file, reference)} reads it there: ${reference.source})`
    throw configurationError(
      `${file} has no top-level ${names.join(' or ')} assignment${by}. Add ${example}, ${fix}.`,
      reference?.file ?? file,
      reference,
    )
  }
  if (found.value === undefined) {
    const position = manifest.lines.position(found.start)
    throw configurationError(
      `${formatWhere(file, position)} sets ${found.name} to ${shorten(found.expression)}, not a string literal: tokenless reads the version without running Python. Write ${found.name} = "1.2.3", ${fix}.`,
      file,
      position,
    )
  }
  return manifestVersion({
    spec: spec.spec,
    file,
    ...manifest.lines.position(found.valueStart),
    version: found.value,
    kind: options.kind ?? 'python-module',
    packageName: options.packageName,
    source: found.name,
    via: reference,
  })
}
