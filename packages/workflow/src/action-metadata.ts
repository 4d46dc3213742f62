// An action's metadata file (`action.yml`, or `action.yaml`): its name, inputs with their
// defaults, and how it runs (a JavaScript entry, or a composite action's steps), read tolerantly
// and with positions. The one reader of action metadata, for doctor and the rehearsal alike.

import { existsSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { parseYamlSource, type SourceFile, type YNode } from './yaml-source.js'

export interface ActionInput {
  name: string
  /** The default as text (`${{ }}` left for the caller to evaluate); undefined when none. */
  default: string | undefined
  required: boolean
  node: YNode
}

export interface ActionMetadata {
  /** The folder that holds the file. */
  dir: string
  file: SourceFile
  /** The document, when the file parses. */
  node: YNode | undefined
  name: string | undefined
  inputs: ActionInput[]
  /** `runs.using`: `node24`, `composite`, `docker`. */
  using: string | undefined
  /** `runs.main` of a JavaScript action, relative to `dir`. */
  main: string | undefined
  /** `runs.steps` of a composite action. */
  steps: YNode[]
}

export const ACTION_FILES: readonly string[] = ['action.yml', 'action.yaml']

/** The path of the action file in `dir` (`action.yml` first, as GitHub looks), if there is one. */
export function findActionFile(dir: string): string | undefined {
  return ACTION_FILES.map((name) => join(dir, name)).find((path) => existsSync(path))
}

/**
 * Reads the action in `dir`; undefined when the folder holds no action file. `root` is what
 * `file.rel` is relative to (default `dir`). A file that does not parse is returned with its
 * errors in `file.errors` and no `node`.
 */
export function readActionMetadata(dir: string, root = dir): ActionMetadata | undefined {
  const path = findActionFile(dir)
  if (path === undefined) return undefined
  const rel = relative(root, path).split(sep).join('/')
  return parseActionMetadata(parseYamlSource(path, rel, readFileSync(path, 'utf8')), dir)
}

/** The metadata in an already-read action file. */
export function parseActionMetadata(file: SourceFile, dir: string): ActionMetadata {
  const node = file.documents[0]
  const runs = node?.get('runs')
  return {
    dir,
    file,
    node,
    name: node?.get('name')?.str(),
    inputs: (node?.get('inputs')?.entries() ?? []).map(([name, value]) => ({
      name,
      default: value.get('default')?.str(),
      required: value.get('required')?.str() === 'true',
      node: value,
    })),
    using: runs?.get('using')?.str(),
    main: runs?.get('main')?.str(),
    steps: runs?.get('steps')?.items() ?? [],
  }
}

/** Each input that has a default, to that default. */
export function inputDefaults(action: ActionMetadata): Record<string, string> {
  const defaults: Record<string, string> = {}
  for (const input of action.inputs)
    if (input.default !== undefined) defaults[input.name] = input.default
  return defaults
}
