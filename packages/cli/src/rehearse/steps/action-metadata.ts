// The one place the rehearsal reads an action's action.yml.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'

export interface ActionMetadata {
  name: string | undefined
  runs: { using?: string; main?: string; steps?: unknown[] }
  /** Each input's default, as written (an expression stays an expression). */
  defaults: Record<string, string>
}

const cache = new Map<string, ActionMetadata>()

/** The action.yml in `dir`, or undefined when there is none. */
export function actionMetadata(dir: string): ActionMetadata | undefined {
  const file = join(dir, 'action.yml')
  const cached = cache.get(file)
  if (cached !== undefined) return cached
  if (!existsSync(file)) return undefined
  const metadata = parseMetadata(readFileSync(file, 'utf8'))
  cache.set(file, metadata)
  return metadata
}

function parseMetadata(text: string): ActionMetadata {
  const yml = (parseYaml(text) ?? {}) as {
    name?: unknown
    runs?: ActionMetadata['runs']
    inputs?: Record<string, { default?: unknown } | null>
  }
  const defaults: Record<string, string> = {}
  for (const [input, spec] of Object.entries(yml.inputs ?? {})) {
    const value = spec?.default
    if (value === undefined || value === null) continue
    defaults[input] = typeof value === 'string' ? value : JSON.stringify(value)
  }
  return {
    name: typeof yml.name === 'string' ? yml.name : undefined,
    runs: yml.runs ?? {},
    defaults,
  }
}
