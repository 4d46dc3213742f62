import { readFile } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { git } from './git-command.js'

/** Whether the repository at `cwd` is a shallow clone (e.g. actions/checkout's default depth 1). */
export async function isShallow(cwd: string): Promise<boolean> {
  const { stdout } = await git(cwd, ['rev-parse', '--is-shallow-repository'])
  return stdout.trim() === 'true'
}

/**
 * The commits where a shallow clone's history is cut off (`.git/shallow`): git treats them as
 * having no parents. Empty for a complete repository.
 */
export async function shallowBoundaries(cwd: string): Promise<Set<string>> {
  const { stdout } = await git(cwd, ['rev-parse', '--git-path', 'shallow'])
  const relative = stdout.trim()
  const path = isAbsolute(relative) ? relative : join(cwd, relative)
  const text = await new Promise<string>((resolve, reject) =>
    readFile(path, 'utf8', (error, data) => {
      if (error === null) resolve(data)
      else if (error.code === 'ENOENT') resolve('')
      else reject(error)
    }),
  )
  return new Set(text.split('\n').filter((line) => line !== ''))
}
