// The rehearsal's view of an action's metadata, read by the workflow layer's one action.yml
// (or action.yaml) reader.
import { inputDefaults, readActionMetadata } from '@tokenless/workflow'

export interface ActionMetadata {
  name: string | undefined
  runs: { using?: string; main?: string }
  /** Each input's default, as written (an expression stays an expression). */
  defaults: Record<string, string>
}

const cache = new Map<string, ActionMetadata>()

/** The action.yml (or action.yaml) in `dir`, or undefined when there is none. */
export function actionMetadata(dir: string): ActionMetadata | undefined {
  const cached = cache.get(dir)
  if (cached !== undefined) return cached
  // Not found is not remembered: a later step (a checkout) may write the action.
  const action = readActionMetadata(dir)
  if (action === undefined) return undefined
  const metadata = {
    name: action.name,
    runs: { using: action.using, main: action.main },
    defaults: inputDefaults(action),
  }
  cache.set(dir, metadata)
  return metadata
}
