// actions/upload-artifact: files copied into the run's artifact store under the artifact's name.
import { existsSync, globSync, statSync } from 'node:fs'
import { cp, mkdir, rm } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { setOutput, truthy, type StandIn, type StandInEntry } from './stand-in.js'

function hasGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern)
}

/** The longest directory every path is under: upload-artifact stores paths relative to it. */
function commonRoot(paths: string[]): string {
  if (paths.length === 0) return ''
  const split = paths.map((path) => dirname(path).split(sep))
  const first = split[0] ?? []
  let length = first.length
  for (const parts of split) {
    let index = 0
    while (index < length && parts[index] === first[index]) index++
    length = index
  }
  return first.slice(0, length).join(sep) || sep
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return globSync('**/*', { cwd: path })
    .map((file) => join(path, file))
    .filter((file) => statSync(file).isFile())
}

/** actions/upload-artifact: files copied into the run's artifact store under the artifact's name. */
const uploadArtifact: StandIn = async (ctx, inputs) => {
  const name = inputs.name || 'artifact'
  const store = join(ctx.artifactsDir, name)
  if (existsSync(store) && !truthy(inputs.overwrite, false)) {
    return {
      ok: false,
      error: `Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run`,
    }
  }
  const patterns = (inputs.path ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const files = new Set<string>()
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue
    const absolute = isAbsolute(pattern) ? pattern : resolve(ctx.workspace, pattern)
    const matches = hasGlob(pattern)
      ? globSync(pattern, { cwd: ctx.workspace }).map((match) => resolve(ctx.workspace, match))
      : [absolute]
    for (const match of matches) for (const file of filesUnder(match)) files.add(file)
  }
  if (files.size === 0) {
    const mode = inputs['if-no-files-found'] || 'warn'
    const message = `No files were found with the provided path: ${patterns.join(', ')}. No artifacts will be uploaded.`
    if (mode === 'error') return { ok: false, error: message }
    if (mode === 'warn') ctx.warn(message)
    else ctx.log(message)
    return { ok: true }
  }
  const list = [...files].sort()
  // A single directory is stored relative to itself; several paths relative to their common root.
  const root =
    patterns.length === 1 &&
    !hasGlob(patterns[0] ?? '') &&
    statSync(resolve(ctx.workspace, patterns[0] ?? '.')).isDirectory()
      ? resolve(ctx.workspace, patterns[0] ?? '.')
      : commonRoot(list)
  await rm(store, { recursive: true, force: true })
  for (const file of list) {
    const destination = join(store, relative(root, file))
    await mkdir(dirname(destination), { recursive: true })
    await cp(file, destination)
  }
  ctx.log(
    `Artifact ${name} has ${list.length} file(s): ${list.map((file) => relative(root, file)).join(', ')}`,
  )
  setOutput(ctx, 'artifact-id', String(list.length))
  setOutput(ctx, 'artifact-url', `artifact://${name}`)
  ctx.note(`artifact ${name} kept in the rehearsal's artifact store (${list.length} file(s))`)
  return { ok: true }
}

export const actionsUploadArtifact: StandInEntry = {
  uses: 'actions/upload-artifact',
  what: "the rehearsal's artifact store",
  inputs: [
    'name',
    'path',
    'if-no-files-found',
    'retention-days',
    'compression-level',
    'overwrite',
    'include-hidden-files',
    'archive',
  ],
  outputs: ['artifact-id', 'artifact-url', 'artifact-digest'],
  standIn: uploadArtifact,
}
