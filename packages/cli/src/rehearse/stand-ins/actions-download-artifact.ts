// actions/download-artifact: the artifact store's files copied into the workspace.
import { existsSync } from 'node:fs'
import { cp, mkdir, readdir } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { setOutput, truthy, type StandIn, type StandInEntry } from './stand-in.js'

const downloadArtifact: StandIn = async (ctx, inputs) => {
  const target = resolve(ctx.workspace, inputs.path || '.')
  const name = inputs.name ?? ''
  const available = existsSync(ctx.artifactsDir) ? (await readdir(ctx.artifactsDir)).sort() : []
  const names =
    name !== '' ? [name] : available.filter((entry) => matchPattern(entry, inputs.pattern))
  for (const each of names) {
    if (!available.includes(each)) {
      return {
        ok: false,
        error: `Unable to download artifact(s): Artifact not found for name: ${each}\n        Please ensure that your artifact is not expired and the artifact was uploaded using a compatible version of toolkit/upload-artifact.`,
      }
    }
  }
  const merge = name !== '' || truthy(inputs['merge-multiple'], false)
  for (const each of names) {
    const destination = merge ? target : join(target, each)
    await mkdir(destination, { recursive: true })
    await cp(join(ctx.artifactsDir, each), destination, { recursive: true })
    ctx.log(`Artifact ${each} downloaded to ${relative(ctx.workspace, destination) || '.'}`)
  }
  setOutput(ctx, 'download-path', target)
  ctx.note(
    `artifact${names.length === 1 ? '' : 's'} ${names.join(', ') || '(none)'} copied from the rehearsal's artifact store`,
  )
  return { ok: true }
}

function matchPattern(name: string, pattern: string | undefined): boolean {
  if (pattern === undefined || pattern === '') return true
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${source}$`).test(name)
}

export const actionsDownloadArtifact: StandInEntry = {
  uses: 'actions/download-artifact',
  what: "the rehearsal's artifact store",
  inputs: [
    'name',
    'artifact-ids',
    'path',
    'pattern',
    'merge-multiple',
    'github-token',
    'repository',
    'run-id',
    'skip-decompress',
    'digest-mismatch',
  ],
  outputs: ['download-path'],
  standIn: downloadArtifact,
}
