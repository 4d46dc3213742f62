// The list of actions: every folder under actions/ that has an action.yml.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

export const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '')

export function actionNames() {
  const dir = join(root, 'actions')
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'action.yml')))
    .map((entry) => entry.name)
    .sort()
}
