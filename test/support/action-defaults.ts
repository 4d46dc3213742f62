import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

export const repoRoot = join(import.meta.dirname, '..', '..')

interface ActionYml {
  inputs?: Record<string, { default?: string | number | boolean }>
}

/** The inputs' defaults from action.yml: the runner passes these when a step does not. */
export function actionDefaults(action: string): Record<string, string> {
  const yml = parse(
    readFileSync(join(repoRoot, 'actions', action, 'action.yml'), 'utf8'),
  ) as ActionYml
  const defaults: Record<string, string> = {}
  for (const [name, spec] of Object.entries(yml.inputs ?? {})) {
    if (spec.default !== undefined) defaults[name] = String(spec.default)
  }
  return defaults
}
